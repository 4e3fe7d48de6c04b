namespace Flint.Tests.OpInfo;

/// <summary>The reduction family of issue 3 (goldens: tools/golden/reductions.py, selection.py, statistics.py, scans.py, bucketing.py).</summary>
public static partial class OpCatalogue
{
    static readonly string[] Reductions =
    [
        "sum", "mean", "prod", "amax", "amin", "all", "any", "softmax", "log_softmax", "logsumexp",
    ];

    static readonly string[] Selection =
    [
        "max", "min", "argmax", "argmin", "median", "nanmedian", "mode", "kthvalue", "sort", "argsort", "msort", "topk",
    ];

    static readonly string[] Statistics =
    [
        "nansum", "nanmean", "std", "var", "std_mean", "var_mean", "norm", "vector_norm", "count_nonzero", "aminmax",
        "quantile", "nanquantile",
    ];

    static readonly string[] Bucketing = ["unique", "unique_consecutive", "bincount", "histc", "bucketize", "searchsorted"];

    static readonly string[] Scans = ["cumsum", "cumprod", "cumsum_", "cumprod_", "cummax", "cummin", "logcumsumexp"];
}
