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
}
