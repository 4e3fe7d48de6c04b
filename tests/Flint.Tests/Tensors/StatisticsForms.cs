using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>A call of tools/golden/statistics.py in its C# spellings (Tensor method, <c>Torch</c> or <c>Torch.Linalg</c> static).</summary>
internal static class StatisticsForms
{
    public static Func<Tensor[]>[] Of(string op, object[] args, Kwargs kw)
    {
        var x = (Tensor)args[0];
        bool keepdim = kw.Bool("keepdim");
        DType? dtype = kw.DType();
        int[]? dims = kw.IsList("dim") ? kw.Ints("dim") : kw.Has("dim") ? [kw.Int("dim")] : null;
        int? dim = kw.Has("dim") && !kw.IsList("dim") ? kw.Int("dim") : null;
        return op switch
        {
            "nansum" when dims is null => [() => [x.Nansum(dtype)], () => [Torch.Nansum(x, dtype)]],
            "nansum" when dim is { } d => [() => [x.Nansum(d, keepdim, dtype)], () => [Torch.Nansum(x, d, keepdim, dtype)]],
            "nansum" => [() => [x.Nansum(dims!, keepdim, dtype)], () => [Torch.Nansum(x, dims!, keepdim, dtype)]],
            "nanmean" when dims is null => [() => [x.Nanmean(dtype)], () => [Torch.Nanmean(x, dtype)]],
            "nanmean" when dim is { } d => [() => [x.Nanmean(d, keepdim, dtype)], () => [Torch.Nanmean(x, d, keepdim, dtype)]],
            "nanmean" => [() => [x.Nanmean(dims!, keepdim, dtype)], () => [Torch.Nanmean(x, dims!, keepdim, dtype)]],
            "count_nonzero" when dims is null => [() => [x.CountNonzero()], () => [Torch.CountNonzero(x)]],
            "count_nonzero" when dim is { } d => [() => [x.CountNonzero(d)], () => [Torch.CountNonzero(x, d)]],
            "count_nonzero" => [() => [x.CountNonzero(dims!)], () => [Torch.CountNonzero(x, dims!)]],
            "var" or "std" or "var_mean" or "std_mean" => Spread(op, x, kw, dims, dim, keepdim),
            "norm" => Norm(x, kw.Raw("p"), dims, dim, keepdim, dtype),
            "vector_norm" when dim is { } d => [() => [Torch.Linalg.VectorNorm(x, Ord(kw), d, keepdim, dtype)]],
            "vector_norm" => [() => [Torch.Linalg.VectorNorm(x, Ord(kw), dims, keepdim, dtype)]],
            "aminmax" => [() => Pair(x.Aminmax(dim, keepdim)), () => Pair(Torch.Aminmax(x, dim, keepdim))],
            "quantile" or "nanquantile" => Quantile(op == "nanquantile", x, args[1], dim, keepdim, kw.String("interpolation") ?? "linear"),
            _ => throw new ArgumentException($"no C# form of {op} with {kw}"),
        };
    }

    static double Ord(Kwargs kw) => kw.Has("ord") ? kw.Double("ord") : 2;

    static Tensor[] Pair((Tensor, Tensor) pair) => [pair.Item1, pair.Item2];

    /// <summary>var, std, var_mean and std_mean: with an explicit correction, or with unbiased (default true).</summary>
    static Func<Tensor[]>[] Spread(string op, Tensor x, Kwargs kw, int[]? dims, int? dim, bool keepdim)
    {
        if (kw.Has("correction"))
        {
            double correction = kw.Double("correction");
            return op switch
            {
                "var" => [() => [x.Var(correction, dims, keepdim)], () => [Torch.Var(x, correction, dims, keepdim)]],
                "std" => [() => [x.Std(correction, dims, keepdim)], () => [Torch.Std(x, correction, dims, keepdim)]],
                "var_mean" => [() => Pair(x.VarMean(correction, dims, keepdim)), () => Pair(Torch.VarMean(x, correction, dims, keepdim))],
                _ => [() => Pair(x.StdMean(correction, dims, keepdim)), () => Pair(Torch.StdMean(x, correction, dims, keepdim))],
            };
        }
        bool unbiased = kw.Bool("unbiased", true);
        return (op, dims, dim) switch
        {
            ("var", null, _) => [() => [x.Var(unbiased)], () => [Torch.Var(x, unbiased)]],
            ("var", _, int d) => [() => [x.Var(d, unbiased, keepdim)], () => [Torch.Var(x, d, unbiased, keepdim)]],
            ("var", int[] many, _) => [() => [x.Var(many, unbiased, keepdim)], () => [Torch.Var(x, many, unbiased, keepdim)]],
            ("std", null, _) => [() => [x.Std(unbiased)], () => [Torch.Std(x, unbiased)]],
            ("std", _, int d) => [() => [x.Std(d, unbiased, keepdim)], () => [Torch.Std(x, d, unbiased, keepdim)]],
            ("std", int[] many, _) => [() => [x.Std(many, unbiased, keepdim)], () => [Torch.Std(x, many, unbiased, keepdim)]],
            ("var_mean", null, _) => [() => Pair(x.VarMean(unbiased)), () => Pair(Torch.VarMean(x, unbiased))],
            ("var_mean", _, int d) => [() => Pair(x.VarMean(d, unbiased, keepdim)), () => Pair(Torch.VarMean(x, d, unbiased, keepdim))],
            ("var_mean", int[] many, _) => [() => Pair(x.VarMean(many, unbiased, keepdim)), () => Pair(Torch.VarMean(x, many, unbiased, keepdim))],
            ("std_mean", null, _) => [() => Pair(x.StdMean(unbiased)), () => Pair(Torch.StdMean(x, unbiased))],
            ("std_mean", _, int d) => [() => Pair(x.StdMean(d, unbiased, keepdim)), () => Pair(Torch.StdMean(x, d, unbiased, keepdim))],
            _ => [() => Pair(x.StdMean(dims!, unbiased, keepdim)), () => Pair(Torch.StdMean(x, dims!, unbiased, keepdim))],
        };
    }

    static Func<Tensor[]>[] Norm(Tensor x, JsonElement p, int[]? dims, int? dim, bool keepdim, DType? dtype)
    {
        if (p.ValueKind == JsonValueKind.String && p.GetString() == "fro")
            return [() => [x.Norm("fro", dims, keepdim, dtype)], () => [Torch.Norm(x, "fro", dims, keepdim, dtype)]];
        double order = GoldenData.Double(p);
        return dim is { } d
            ? [() => [x.Norm(order, d, keepdim, dtype)], () => [Torch.Norm(x, order, d, keepdim, dtype)]]
            : [() => [x.Norm(order, dims, keepdim, dtype)], () => [Torch.Norm(x, order, dims, keepdim, dtype)]];
    }

    static Func<Tensor[]>[] Quantile(bool ignoreNaN, Tensor x, object q, int? dim, bool keepdim, string interpolation) => (q, ignoreNaN) switch
    {
        (Tensor qs, false) => [() => [x.Quantile(qs, dim, keepdim, interpolation)], () => [Torch.Quantile(x, qs, dim, keepdim, interpolation)]],
        (Tensor qs, true) => [() => [x.Nanquantile(qs, dim, keepdim, interpolation)], () => [Torch.Nanquantile(x, qs, dim, keepdim, interpolation)]],
        (Scalar s, false) => [() => [x.Quantile(s.ToDouble(), dim, keepdim, interpolation)], () => [Torch.Quantile(x, s.ToDouble(), dim, keepdim, interpolation)]],
        (Scalar s, true) => [() => [x.Nanquantile(s.ToDouble(), dim, keepdim, interpolation)], () => [Torch.Nanquantile(x, s.ToDouble(), dim, keepdim, interpolation)]],
        _ => throw new ArgumentException($"no q operand {q}"),
    };
}
