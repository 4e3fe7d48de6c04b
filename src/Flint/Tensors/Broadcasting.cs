namespace Flint;

/// <summary>NumPy/PyTorch broadcasting: sizes align from the right; a size of 1 stretches.</summary>
internal static class Broadcasting
{
    public static long[] BroadcastShapes(ReadOnlySpan<long> a, ReadOnlySpan<long> b)
    {
        int rank = Math.Max(a.Length, b.Length);
        var result = new long[rank];
        for (int i = 0; i < rank; i++)
        {
            long sizeA = i < rank - a.Length ? 1 : a[i - (rank - a.Length)];
            long sizeB = i < rank - b.Length ? 1 : b[i - (rank - b.Length)];
            if (sizeA != sizeB && sizeA != 1 && sizeB != 1)
                throw new ArgumentException(
                    $"The size of tensor a ({sizeA}) must match the size of tensor b ({sizeB}) at non-singleton dimension {i}");
            result[i] = sizeA == 1 ? sizeB : sizeA;
        }
        return result;
    }

    /// <summary>The layout of <paramref name="tensor"/> broadcast to <paramref name="shape"/> (stride 0 where it stretches).</summary>
    public static Layout ExpandLayout(Tensor tensor, long[] shape, string op)
    {
        var source = tensor.Layout.Shape;
        if (source.SequenceEqual(shape)) return tensor.Layout;
        if (source.Length > shape.Length)
            throw new ArgumentException(
                $"{op}: the shape of the source {Shape.Format(source)} cannot be broadcast to the destination shape {Shape.Format(shape)}");
        int lead = shape.Length - source.Length;
        for (int d = 0; d < source.Length; d++)
            if (source[d] != 1 && source[d] != shape[d + lead])
                throw new ArgumentException(
                    $"{op}: The expanded size of the tensor ({shape[d + lead]}) must match the existing size ({source[d]}) at non-singleton dimension {d + lead}.  " +
                    $"Target sizes: {Shape.Format(shape)}.  Tensor sizes: {Shape.Format(source)}");
        return tensor.Layout.Expand(shape);
    }
}
