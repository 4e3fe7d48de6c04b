namespace Flint;

/// <summary>
/// Reductions that skip NaN (nansum, nanmean), count (count_nonzero) or give both extremes at once (aminmax), composed
/// of the basic reductions so that they share their dims handling and accumulation.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>The sum with NaN counted as zero; integer inputs sum as <see cref="Sum(DType?)"/> does.</summary>
    public Tensor Nansum(DType? dtype = null) => Nansum([], false, dtype);

    public Tensor Nansum(int dim, bool keepdim = false, DType? dtype = null) => Nansum([dim], keepdim, dtype);

    public Tensor Nansum(int[] dims, bool keepdim = false, DType? dtype = null) =>
        (DType.IsFloatingPoint() ? NaNAsZero() : this).Sum(dims, keepdim, dtype);

    /// <summary>The mean of the elements that are not NaN (NaN where there are none); floating inputs only.</summary>
    public Tensor Nanmean(DType? dtype = null) => Nanmean([], false, dtype);

    public Tensor Nanmean(int dim, bool keepdim = false, DType? dtype = null) => Nanmean([dim], keepdim, dtype);

    public Tensor Nanmean(int[] dims, bool keepdim = false, DType? dtype = null)
    {
        if (!DType.IsFloatingPoint())
            throw new ArgumentException($"nanmean(): expected input to have floating point dtype but got {DType.ScalarTypeName()}");
        // PyTorch divides the NaN-free sum by the count of numbers, in the sum's dtype.
        var count = Eq(this).Sum(dims, keepdim);
        return Nansum(dims, keepdim, dtype).Div(count);
    }

    /// <summary>The number of non-zero elements (NaN counts), as Int64.</summary>
    public Tensor CountNonzero() => CountNonzero([]);

    public Tensor CountNonzero(int dim) => CountNonzero([dim]);

    public Tensor CountNonzero(int[] dims) => Ne(Torch.Zeros([], DType, Device)).Sum(dims);

    /// <summary>The minimum and maximum at once (over everything, or along <paramref name="dim"/>); NaN propagates.</summary>
    public (Tensor Min, Tensor Max) Aminmax(int? dim = null, bool keepdim = false)
    {
        if (dim is not { } d)
        {
            if (Numel == 0)
                throw new ArgumentException("aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.");
            int[] all = keepdim ? Enumerable.Range(0, Dim).ToArray() : [];
            return (Amin(all, keepdim), Amax(all, keepdim));
        }
        int wrapped = WrapDim(d);
        if (Dim > 0 && Layout.Shape[wrapped] == 0)
            throw new IndexOutOfRangeException($"aminmax: Expected reduction dim {wrapped} to have non-zero size.");
        return (Amin(wrapped, keepdim), Amax(wrapped, keepdim));
    }

    /// <summary>A copy with every NaN replaced by zero.</summary>
    Tensor NaNAsZero()
    {
        var copy = Clone();
        copy[copy.Ne(copy)] = 0;
        return copy;
    }
}
