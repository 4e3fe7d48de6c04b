namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the selection and sorting ops.</summary>
public static partial class Torch
{
    public static ValuesAndIndices Max(Flint.Tensor input, int dim, bool keepdim = false) => input.Max(dim, keepdim);
    public static ValuesAndIndices Min(Flint.Tensor input, int dim, bool keepdim = false) => input.Min(dim, keepdim);
    public static Flint.Tensor Max(Flint.Tensor input, Flint.Tensor other) => input.Max(other);
    public static Flint.Tensor Min(Flint.Tensor input, Flint.Tensor other) => input.Min(other);
    public static Flint.Tensor Argmax(Flint.Tensor input, int? dim = null, bool keepdim = false) => input.Argmax(dim, keepdim);
    public static Flint.Tensor Argmin(Flint.Tensor input, int? dim = null, bool keepdim = false) => input.Argmin(dim, keepdim);
    public static Flint.Tensor Median(Flint.Tensor input) => input.Median();
    public static ValuesAndIndices Median(Flint.Tensor input, int dim, bool keepdim = false) => input.Median(dim, keepdim);
    public static Flint.Tensor Nanmedian(Flint.Tensor input) => input.Nanmedian();
    public static ValuesAndIndices Nanmedian(Flint.Tensor input, int dim, bool keepdim = false) => input.Nanmedian(dim, keepdim);
    public static ValuesAndIndices Mode(Flint.Tensor input, int dim = -1, bool keepdim = false) => input.Mode(dim, keepdim);
    public static ValuesAndIndices Kthvalue(Flint.Tensor input, long k, int dim = -1, bool keepdim = false) => input.Kthvalue(k, dim, keepdim);

    public static ValuesAndIndices Sort(Flint.Tensor input, int dim = -1, bool descending = false, bool stable = false) =>
        input.Sort(dim, descending, stable);

    public static Flint.Tensor Argsort(Flint.Tensor input, int dim = -1, bool descending = false, bool stable = false) =>
        input.Argsort(dim, descending, stable);

    public static Flint.Tensor Msort(Flint.Tensor input) => input.Msort();

    public static ValuesAndIndices Topk(Flint.Tensor input, long k, int dim = -1, bool largest = true, bool sorted = true) =>
        input.Topk(k, dim, largest, sorted);
}
