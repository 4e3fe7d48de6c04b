namespace Flint;

/// <summary>Ops that cut a tensor into several views along one dimension.</summary>
public sealed partial class Tensor
{
    /// <summary>All slices along <paramref name="dim"/>, each without that dimension.</summary>
    public Tensor[] Unbind(int dim = 0)
    {
        int d = WrapDimOfNonScalar(dim);
        var slices = new Tensor[Layout.Shape[d]];
        for (long i = 0; i < slices.Length; i++) slices[i] = Select(d, i);
        return slices;
    }

    /// <summary>Views of <paramref name="splitSize"/> elements along <paramref name="dim"/> (the last may be smaller).</summary>
    public Tensor[] Split(long splitSize, int dim = 0)
    {
        if (Dim == 0) throw new ArgumentException("split expects at least a 1-dimensional tensor");
        if (splitSize < 0) throw new ArgumentException($"split expects split_size be non-negative, but got split_size={splitSize}");
        int d = WrapDim(dim);
        long size = Layout.Shape[d];
        if (splitSize == 0 && size != 0)
            throw new ArgumentException($"split_size can only be 0 if dimension size is 0, but got dimension size of {size}");
        // An empty dimension still gives one (empty) part, as in PyTorch.
        long count = splitSize == 0 ? 1 : Math.Max((size + splitSize - 1) / splitSize, 1);
        var parts = new Tensor[count];
        for (long i = 0; i < count; i++)
        {
            long start = i * splitSize;
            parts[i] = Narrow(d, start, Math.Min(splitSize, size - start));
        }
        return parts;
    }

    /// <summary>Views with the given sizes along <paramref name="dim"/> (they must add up to its size).</summary>
    public Tensor[] Split(long[] splitSizes, int dim = 0)
    {
        if (Dim == 0) throw new ArgumentException("split expects at least a 1-dimensional tensor");
        int d = WrapDim(dim);
        long size = Layout.Shape[d];
        if (splitSizes.Any(s => s < 0))
            throw new ArgumentException($"split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes={Shape.Format(splitSizes)}");
        if (splitSizes.Sum() != size)
            throw new ArgumentException(
                $"split_with_sizes expects split_sizes to sum exactly to {size} (input tensor's size at dimension {dim}), but got split_sizes={Shape.Format(splitSizes)}");
        var parts = new Tensor[splitSizes.Length];
        long start = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Narrow(d, start, splitSizes[i]);
            start += splitSizes[i];
        }
        return parts;
    }

    /// <summary>At most <paramref name="chunks"/> views of equal size ceil(size / chunks) along <paramref name="dim"/>.</summary>
    public Tensor[] Chunk(int chunks, int dim = 0)
    {
        if (Dim == 0) throw new ArgumentException("chunk expects at least a 1-dimensional tensor");
        if (chunks <= 0) throw new ArgumentException($"chunk expects `chunks` to be greater than 0, got: {chunks}");
        long size = Layout.Shape[WrapDim(dim)];
        // An empty dimension gives exactly `chunks` empty parts (split by size would give one).
        return size == 0 ? Split(new long[chunks], dim) : Split((size + chunks - 1) / chunks, dim);
    }
}
