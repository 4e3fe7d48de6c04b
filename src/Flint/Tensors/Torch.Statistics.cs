namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the statistics: NaN-skipping sums and means, counts, variance, norms, quantiles.</summary>
public static partial class Torch
{
    public static Flint.Tensor Nansum(Flint.Tensor input, DType? dtype = null) => input.Nansum(dtype);
    public static Flint.Tensor Nansum(Flint.Tensor input, int dim, bool keepdim = false, DType? dtype = null) => input.Nansum(dim, keepdim, dtype);
    public static Flint.Tensor Nansum(Flint.Tensor input, int[] dims, bool keepdim = false, DType? dtype = null) => input.Nansum(dims, keepdim, dtype);
    public static Flint.Tensor Nanmean(Flint.Tensor input, DType? dtype = null) => input.Nanmean(dtype);
    public static Flint.Tensor Nanmean(Flint.Tensor input, int dim, bool keepdim = false, DType? dtype = null) => input.Nanmean(dim, keepdim, dtype);
    public static Flint.Tensor Nanmean(Flint.Tensor input, int[] dims, bool keepdim = false, DType? dtype = null) => input.Nanmean(dims, keepdim, dtype);
    public static Flint.Tensor CountNonzero(Flint.Tensor input) => input.CountNonzero();
    public static Flint.Tensor CountNonzero(Flint.Tensor input, int dim) => input.CountNonzero(dim);
    public static Flint.Tensor CountNonzero(Flint.Tensor input, int[] dims) => input.CountNonzero(dims);
    public static (Flint.Tensor Min, Flint.Tensor Max) Aminmax(Flint.Tensor input, int? dim = null, bool keepdim = false) => input.Aminmax(dim, keepdim);

    public static Flint.Tensor Var(Flint.Tensor input, bool unbiased = true) => input.Var(unbiased);
    public static Flint.Tensor Var(Flint.Tensor input, int dim, bool unbiased = true, bool keepdim = false) => input.Var(dim, unbiased, keepdim);
    public static Flint.Tensor Var(Flint.Tensor input, int[] dims, bool unbiased = true, bool keepdim = false) => input.Var(dims, unbiased, keepdim);
    public static Flint.Tensor Var(Flint.Tensor input, double correction, int[]? dims = null, bool keepdim = false) => input.Var(correction, dims, keepdim);
    public static Flint.Tensor Std(Flint.Tensor input, bool unbiased = true) => input.Std(unbiased);
    public static Flint.Tensor Std(Flint.Tensor input, int dim, bool unbiased = true, bool keepdim = false) => input.Std(dim, unbiased, keepdim);
    public static Flint.Tensor Std(Flint.Tensor input, int[] dims, bool unbiased = true, bool keepdim = false) => input.Std(dims, unbiased, keepdim);
    public static Flint.Tensor Std(Flint.Tensor input, double correction, int[]? dims = null, bool keepdim = false) => input.Std(correction, dims, keepdim);
    public static (Flint.Tensor Var, Flint.Tensor Mean) VarMean(Flint.Tensor input, bool unbiased = true) => input.VarMean(unbiased);
    public static (Flint.Tensor Var, Flint.Tensor Mean) VarMean(Flint.Tensor input, int dim, bool unbiased = true, bool keepdim = false) => input.VarMean(dim, unbiased, keepdim);
    public static (Flint.Tensor Var, Flint.Tensor Mean) VarMean(Flint.Tensor input, int[] dims, bool unbiased = true, bool keepdim = false) => input.VarMean(dims, unbiased, keepdim);
    public static (Flint.Tensor Var, Flint.Tensor Mean) VarMean(Flint.Tensor input, double correction, int[]? dims = null, bool keepdim = false) => input.VarMean(correction, dims, keepdim);
    public static (Flint.Tensor Std, Flint.Tensor Mean) StdMean(Flint.Tensor input, bool unbiased = true) => input.StdMean(unbiased);
    public static (Flint.Tensor Std, Flint.Tensor Mean) StdMean(Flint.Tensor input, int dim, bool unbiased = true, bool keepdim = false) => input.StdMean(dim, unbiased, keepdim);
    public static (Flint.Tensor Std, Flint.Tensor Mean) StdMean(Flint.Tensor input, int[] dims, bool unbiased = true, bool keepdim = false) => input.StdMean(dims, unbiased, keepdim);
    public static (Flint.Tensor Std, Flint.Tensor Mean) StdMean(Flint.Tensor input, double correction, int[]? dims = null, bool keepdim = false) => input.StdMean(correction, dims, keepdim);

    public static Flint.Tensor Norm(Flint.Tensor input, double p = 2, int[]? dims = null, bool keepdim = false, DType? dtype = null) => input.Norm(p, dims, keepdim, dtype);
    public static Flint.Tensor Norm(Flint.Tensor input, double p, int dim, bool keepdim = false, DType? dtype = null) => input.Norm(p, dim, keepdim, dtype);
    public static Flint.Tensor Norm(Flint.Tensor input, string p, int[]? dims = null, bool keepdim = false, DType? dtype = null) => input.Norm(p, dims, keepdim, dtype);

    public static Flint.Tensor Quantile(Flint.Tensor input, double q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        input.Quantile(q, dim, keepdim, interpolation);

    public static Flint.Tensor Quantile(Flint.Tensor input, Flint.Tensor q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        input.Quantile(q, dim, keepdim, interpolation);

    public static Flint.Tensor Nanquantile(Flint.Tensor input, double q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        input.Nanquantile(q, dim, keepdim, interpolation);

    public static Flint.Tensor Nanquantile(Flint.Tensor input, Flint.Tensor q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        input.Nanquantile(q, dim, keepdim, interpolation);
}
