namespace Flint;

/// <summary>
/// Variance and standard deviation over all dims, one or several (PyTorch's <c>var</c>, <c>std</c>, <c>var_mean</c>,
/// <c>std_mean</c>): the sum of squared deviations from the mean divided by <c>max(0, N - correction)</c>, where
/// <c>unbiased</c> means correction 1. Computed in two passes in double, as precise as PyTorch's Welford accumulation
/// in double, and rounded once to the input's dtype. Floating inputs only.
/// </summary>
public sealed partial class Tensor
{
    public Tensor Var(bool unbiased = true) => Var([], unbiased);

    public Tensor Var(int dim, bool unbiased = true, bool keepdim = false) => Var([dim], unbiased, keepdim);

    public Tensor Var(int[] dims, bool unbiased = true, bool keepdim = false) => Var(unbiased ? 1.0 : 0.0, dims, keepdim);

    /// <summary>The variance with an explicit <paramref name="correction"/> (PyTorch's <c>var(dim, correction=...)</c>); null dims reduce all.</summary>
    public Tensor Var(double correction, int[]? dims = null, bool keepdim = false) => Moments(dims, correction, keepdim, "std and var", sqrt: false).Spread;

    public Tensor Std(bool unbiased = true) => Std([], unbiased);

    public Tensor Std(int dim, bool unbiased = true, bool keepdim = false) => Std([dim], unbiased, keepdim);

    public Tensor Std(int[] dims, bool unbiased = true, bool keepdim = false) => Std(unbiased ? 1.0 : 0.0, dims, keepdim);

    public Tensor Std(double correction, int[]? dims = null, bool keepdim = false) => Moments(dims, correction, keepdim, "std and var", sqrt: true).Spread;

    public (Tensor Var, Tensor Mean) VarMean(bool unbiased = true) => VarMean([], unbiased);

    public (Tensor Var, Tensor Mean) VarMean(int dim, bool unbiased = true, bool keepdim = false) => VarMean([dim], unbiased, keepdim);

    public (Tensor Var, Tensor Mean) VarMean(int[] dims, bool unbiased = true, bool keepdim = false) => VarMean(unbiased ? 1.0 : 0.0, dims, keepdim);

    public (Tensor Var, Tensor Mean) VarMean(double correction, int[]? dims = null, bool keepdim = false) =>
        Moments(dims, correction, keepdim, "var_mean", sqrt: false);

    public (Tensor Std, Tensor Mean) StdMean(bool unbiased = true) => StdMean([], unbiased);

    public (Tensor Std, Tensor Mean) StdMean(int dim, bool unbiased = true, bool keepdim = false) => StdMean([dim], unbiased, keepdim);

    public (Tensor Std, Tensor Mean) StdMean(int[] dims, bool unbiased = true, bool keepdim = false) => StdMean(unbiased ? 1.0 : 0.0, dims, keepdim);

    public (Tensor Std, Tensor Mean) StdMean(double correction, int[]? dims = null, bool keepdim = false) =>
        Moments(dims, correction, keepdim, "std_mean", sqrt: true);

    /// <summary>The variance (or, with <paramref name="sqrt"/>, the standard deviation) and the mean, each rounded once from double.</summary>
    (Tensor Spread, Tensor Mean) Moments(int[]? dims, double correction, bool keepdim, string refusal, bool sqrt)
    {
        dims ??= [];
        if (!DType.IsFloatingPoint()) throw new ArgumentException($"{refusal} only support floating point and complex dtypes");
        bool[] reduced = ReducedDims(dims);
        long count = 1;
        for (int d = 0; d < Dim; d++)
            if (reduced[d]) count *= Layout.Shape[d];
        var x = To(DType.Float64);
        var mean = x.Mean(dims, keepdim: true);
        var deviations = x - mean;
        var variance = deviations.Mul_(deviations).Sum(dims, keepdim).Div_(Math.Max(0, count - correction));
        var spread = sqrt ? variance.Sqrt() : variance;
        return (spread.To(DType), (keepdim ? mean : mean.Reshape(variance.Shape)).To(DType));
    }
}
