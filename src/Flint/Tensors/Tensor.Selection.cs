using Flint.Backends;

namespace Flint;

/// <summary>
/// Reductions that pick one element of each row along a dim and report where it was: max/min with a dim, argmax/argmin,
/// median, nanmedian, mode and kthvalue. Ties and NaN resolve as PyTorch's CPU kernels resolve them: max/min and their
/// arg forms take the first extreme and treat NaN as the extreme, median and kthvalue sort NaN above every number.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>The largest value of each row along <paramref name="dim"/> and its first index.</summary>
    public ValuesAndIndices Max(int dim, bool keepdim = false) => Statistic(RowStatistic.Max, 0, dim, keepdim, "max");

    public ValuesAndIndices Min(int dim, bool keepdim = false) => Statistic(RowStatistic.Min, 0, dim, keepdim, "min");

    /// <summary>PyTorch's <c>max(input, other)</c>: the elementwise <see cref="Maximum"/>.</summary>
    public Tensor Max(Tensor other) => Maximum(other);

    /// <summary>PyTorch's <c>min(input, other)</c>: the elementwise <see cref="Minimum"/>.</summary>
    public Tensor Min(Tensor other) => Minimum(other);

    /// <summary>The index of the first largest element of the flattened tensor, or of each row along <paramref name="dim"/>.</summary>
    public Tensor Argmax(int? dim = null, bool keepdim = false) => ArgExtreme(RowStatistic.Max, dim, keepdim, "argmax");

    public Tensor Argmin(int? dim = null, bool keepdim = false) => ArgExtreme(RowStatistic.Min, dim, keepdim, "argmin");

    /// <summary>The lower median of every element (NaN if any is NaN; NaN for an empty tensor, as PyTorch 1.13).</summary>
    public Tensor Median() => MedianOfAll(RowStatistic.Median);

    /// <summary>The lower median of each row along <paramref name="dim"/> and its index (NaN, at its first index, in rows holding NaN).</summary>
    public ValuesAndIndices Median(int dim, bool keepdim = false) => Statistic(RowStatistic.Median, 0, dim, keepdim, "median");

    /// <summary>The lower median of the elements that are not NaN.</summary>
    public Tensor Nanmedian() => MedianOfAll(RowStatistic.NanMedian);

    public ValuesAndIndices Nanmedian(int dim, bool keepdim = false) => Statistic(RowStatistic.NanMedian, 0, dim, keepdim, "nanmedian");

    /// <summary>The most frequent value of each row (the smallest of equally frequent ones) and an index where it occurs.</summary>
    public ValuesAndIndices Mode(int dim = -1, bool keepdim = false) => Statistic(RowStatistic.Mode, 0, dim, keepdim, "mode");

    /// <summary>The <paramref name="k"/>-th smallest value of each row (k counts from 1) and its index.</summary>
    public ValuesAndIndices Kthvalue(long k, int dim = -1, bool keepdim = false)
    {
        int wrapped = WrapDim(dim);
        if (Numel == 0 && Dim > 0 && Layout.Shape[wrapped] == 0)
            throw new ArgumentException($"kthvalue(): selected number k out of range for dimension {wrapped}");
        long size = Dim == 0 ? 1 : Layout.Shape[wrapped];
        if (k < 1 || k > size) throw new ArgumentException($"kthvalue(): selected number k out of range for dimension {wrapped}");
        return Statistic(RowStatistic.Kth, k, dim, keepdim, "kthvalue");
    }

    Tensor ArgExtreme(RowStatistic statistic, int? dim, bool keepdim, string name)
    {
        if (DType == DType.Bool) throw NotImplemented(name + "_cpu", DType);
        if (dim is { } d) return Statistic(statistic, 0, d, keepdim, name).Indices;
        if (Numel == 0) throw new ArgumentException($"{name}(): Expected reduction dim to be specified for input.numel() == 0.");
        var index = Reshape(-1).Statistic(statistic, 0, 0, false, name).Indices;
        return keepdim ? index.Reshaped(Enumerable.Repeat(1L, Dim).ToArray()) : index;
    }

    Tensor MedianOfAll(RowStatistic statistic)
    {
        if (DType == DType.Bool) throw NotImplemented("median_cpu", DType);
        if (Numel == 0) return Torch.Full([], double.NaN, DType, Device);
        return Reshape(-1).Statistic(statistic, 0, 0, false, "median").Values;
    }

    /// <summary>
    /// Runs a row statistic along <paramref name="dim"/>: the backend writes one value and index per row into outputs of
    /// this shape with size 1 along the dim, which lose that dim unless <paramref name="keepdim"/>. A zero-dimensional
    /// tensor is one row of one element.
    /// </summary>
    ValuesAndIndices Statistic(RowStatistic statistic, long k, int dim, bool keepdim, string name)
    {
        int wrapped = WrapDim(dim);
        CheckStatisticDType(statistic);
        if (Dim > 0 && Layout.Shape[wrapped] == 0 && statistic != RowStatistic.Kth)
            throw new IndexOutOfRangeException($"{name}(): Expected reduction dim {wrapped} to have non-zero size.");
        var input = Dim == 0 ? Reshape(1) : this;
        long[] keptShape = (long[])input.Layout.ShapeArray.Clone();
        keptShape[wrapped] = 1;
        var values = Allocate(keptShape, DType, Device);
        var indices = Allocate(keptShape, DType.Int64, Device);
        if (values.Numel > 0)
            input.Storage.Statistic(statistic, k, input.Layout, wrapped, values.Storage, values.Layout, indices.Storage, indices.Layout);
        if (keepdim && Dim > 0) return new(values, indices);
        long[] resultShape = Dim == 0 ? [] : [.. Layout.ShapeArray[..wrapped], .. Layout.ShapeArray[(wrapped + 1)..]];
        return new(values.Reshaped(resultShape), indices.Reshaped(resultShape));
    }

    /// <summary>This freshly made dense tensor's storage under another shape of as many elements (a new tensor, not a view).</summary>
    internal Tensor Reshaped(long[] shape) => new(Storage, Layout.Contiguous(shape, Layout.Offset));

    void CheckStatisticDType(RowStatistic statistic)
    {
        if (DType != DType.Bool) return;
        string? kernel = statistic switch
        {
            RowStatistic.Median or RowStatistic.NanMedian => "median_out",
            RowStatistic.Kth => "kthvalue_cpu",
            _ => null,
        };
        if (kernel is not null) throw NotImplemented(kernel, DType);
    }
}
