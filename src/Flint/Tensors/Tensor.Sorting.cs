namespace Flint;

/// <summary>
/// Sorting along a dim: sort, argsort, msort and topk. NaN sorts above every number (last ascending, first
/// descending). Unstable sorts and topk leave equal values in the order PyTorch's CPU kernels leave them.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>The values of each row along <paramref name="dim"/> in order, and the indices they came from.</summary>
    public ValuesAndIndices Sort(int dim = -1, bool descending = false, bool stable = false)
    {
        int wrapped = WrapDim(dim);
        var (input, values, indices) = RowOutputs(wrapped, Dim == 0 ? 1 : Layout.Shape[wrapped]);
        if (values.Numel > 0)
            input.Storage.Sort(input.Layout, wrapped, descending, stable, values.Storage, values.Layout, indices.Storage, indices.Layout);
        return Dim == 0 ? new(values.Reshaped([]), indices.Reshaped([])) : new(values, indices);
    }

    /// <summary>The indices that sort each row along <paramref name="dim"/>.</summary>
    public Tensor Argsort(int dim = -1, bool descending = false, bool stable = false) => Sort(dim, descending, stable).Indices;

    /// <summary>Sorts along the first dimension (PyTorch's <c>msort</c>).</summary>
    public Tensor Msort() => Sort(0).Values;

    /// <summary>
    /// The <paramref name="k"/> largest (or smallest) values of each row along <paramref name="dim"/> and their indices,
    /// in order when <paramref name="sorted"/>.
    /// </summary>
    public ValuesAndIndices Topk(long k, int dim = -1, bool largest = true, bool sorted = true)
    {
        int wrapped = WrapDim(dim);
        if (DType == DType.Bool) throw NotImplemented("topk_cpu", DType);
        long size = Dim == 0 ? 1 : Layout.Shape[wrapped];
        if (k < 0 || k > size) throw new ArgumentException("selected index k out of range");
        var (input, values, indices) = RowOutputs(wrapped, k);
        if (values.Numel > 0)
            input.Storage.Topk(input.Layout, wrapped, k, largest, sorted, values.Storage, values.Layout, indices.Storage, indices.Layout);
        return Dim == 0 ? new(values.Reshaped([]), indices.Reshaped([])) : new(values, indices);
    }

    /// <summary>The input as rows (a zero-dimensional tensor is one row of one) and fresh values and Int64 indices with <paramref name="length"/> along the dim.</summary>
    (Tensor Input, Tensor Values, Tensor Indices) RowOutputs(int dim, long length)
    {
        var input = Dim == 0 ? Reshape(1) : this;
        long[] shape = (long[])input.Layout.ShapeArray.Clone();
        shape[dim] = length;
        return (input, Allocate(shape, DType, Device), Allocate(shape, DType.Int64, Device));
    }
}
