using Flint.Backends;

namespace Flint;

/// <summary>
/// Inclusive scans along a dim: cumsum, cumprod (integers and bools accumulate as Int64 unless a dtype is given),
/// cummax/cummin (values and the index each running extreme came from) and logcumsumexp. Each row is scanned in
/// order, accumulating as PyTorch's CPU kernels do, so results match it bit for bit.
/// </summary>
public sealed partial class Tensor
{
    public Tensor Cumsum(int dim, DType? dtype = null) => Accumulated(ScanOp.Sum, dim, dtype, "cumsum");

    public Tensor Cumprod(int dim, DType? dtype = null) => Accumulated(ScanOp.Prod, dim, dtype, "cumprod");

    /// <summary>Cumulative sum written into this tensor (computed in its dtype, or in <paramref name="dtype"/> and converted back).</summary>
    public Tensor Cumsum_(int dim, DType? dtype = null) => WriteInPlace(Accumulated(ScanOp.Sum, dim, dtype ?? DType, "cumsum"), "cumsum_");

    public Tensor Cumprod_(int dim, DType? dtype = null) => WriteInPlace(Accumulated(ScanOp.Prod, dim, dtype ?? DType, "cumprod"), "cumprod_");

    /// <summary>The running maximum along <paramref name="dim"/> and where it was taken (a later equal value or NaN takes over).</summary>
    public ValuesAndIndices Cummax(int dim) => RunningExtreme(ScanOp.Max, dim);

    public ValuesAndIndices Cummin(int dim) => RunningExtreme(ScanOp.Min, dim);

    /// <summary><c>log(cumsum(exp(x)))</c> without overflow; floating inputs only, as in PyTorch.</summary>
    public Tensor Logcumsumexp(int dim)
    {
        if (!DType.IsFloatingPoint()) throw NotImplemented("logcumsumexp_out_cpu", DType);
        return Scanned(this, ScanOp.LogSumExp, dim);
    }

    Tensor Accumulated(ScanOp op, int dim, DType? dtype, string name)
    {
        WrapDim(dim);
        DType resultType = dtype ?? (DType.IsFloatingPoint() ? DType : DType.Int64);
        if (resultType == DType.Bool) throw NotImplemented(name + "_out_cpu", resultType);
        return Scanned(To(resultType), op, dim);
    }

    ValuesAndIndices RunningExtreme(ScanOp op, int dim)
    {
        var indices = Allocate(Layout.ShapeArray, DType.Int64, Device);
        return new(Scanned(this, op, dim, indices), indices);
    }

    static Tensor Scanned(Tensor input, ScanOp op, int dim, Tensor? indices = null)
    {
        int wrapped = input.WrapDim(dim);
        var result = Allocate(input.Layout.ShapeArray, input.DType, input.Device);
        if (input.Numel == 0) return result;
        // A zero-dimensional tensor scans as one row of one element.
        var rows = input.Dim == 0 ? input.Reshape(1) : input;
        var resultRows = input.Dim == 0 ? result.Reshaped([1]) : result;
        var indexRows = indices is null ? null : input.Dim == 0 ? indices.Reshaped([1]) : indices;
        rows.Storage.Scan(op, rows.Layout, wrapped, resultRows.Storage, resultRows.Layout, indexRows?.Storage, indexRows?.Layout);
        return result;
    }

    /// <summary>Copies an out-of-place result into this tensor, as PyTorch's in-place forms of non-elementwise ops do.</summary>
    Tensor WriteInPlace(Tensor result, string name)
    {
        CheckWritable(name);
        Copy_(result);
        return this;
    }
}
