namespace Flint;

/// <summary>
/// Whether tensors share memory in ways that make a write ambiguous (PyTorch's <c>MemOverlap.cpp</c>). Layouts that
/// are not dense are "too hard" to decide and pass, as in PyTorch.
/// </summary>
internal static class MemoryOverlap
{
    public enum Status { No, Full, Partial, TooHard }

    /// <summary>True when some storage element is reached by more than one index (a stretched dimension).</summary>
    public static bool HasInternalOverlap(Layout layout)
    {
        if (layout.IsNonOverlappingAndDense) return false;
        for (int d = 0; d < layout.Rank; d++)
            if (layout.Strides[d] == 0 && layout.Shape[d] > 1) return true;
        return false;
    }

    /// <summary>How the memory of <paramref name="a"/> and <paramref name="b"/> overlaps (PyTorch's <c>get_overlap_status</c>).</summary>
    public static Status Between(Tensor a, Tensor b)
    {
        if (ReferenceEquals(a, b)) return Status.Full;
        if (a.Numel == 0 || b.Numel == 0) return Status.No;
        if (!a.Layout.IsNonOverlappingAndDense || !b.Layout.IsNonOverlappingAndDense) return Status.TooHard;
        if (!ReferenceEquals(a.Storage, b.Storage)) return Status.No;
        long aBegin = a.StorageOffset, aEnd = aBegin + a.Numel, bBegin = b.StorageOffset, bEnd = bBegin + b.Numel;
        if (aBegin == bBegin && aEnd == bEnd) return a.Layout.Strides.SequenceEqual(b.Layout.Strides) ? Status.Full : Status.Partial;
        return aBegin < bEnd && bBegin < aEnd ? Status.Partial : Status.No;
    }
}
