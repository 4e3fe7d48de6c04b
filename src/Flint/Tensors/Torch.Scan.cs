namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the scans.</summary>
public static partial class Torch
{
    public static Flint.Tensor Cumsum(Flint.Tensor input, int dim, DType? dtype = null) => input.Cumsum(dim, dtype);
    public static Flint.Tensor Cumprod(Flint.Tensor input, int dim, DType? dtype = null) => input.Cumprod(dim, dtype);
    public static ValuesAndIndices Cummax(Flint.Tensor input, int dim) => input.Cummax(dim);
    public static ValuesAndIndices Cummin(Flint.Tensor input, int dim) => input.Cummin(dim);
    public static Flint.Tensor Logcumsumexp(Flint.Tensor input, int dim) => input.Logcumsumexp(dim);
}
