using F = Flint.NN.Functional;

namespace Flint.Tests.Autograd;

public sealed partial record AutogradOpInfo
{
    static Tensor Longs(params long[] values) => Torch.Tensor(values);

    static Tensor Longs2(long[,] values) => Torch.Tensor(values);

    /// <summary>The op catalogue's differentiable ops: joining, index ops, selection, scans, statistics.</summary>
    static AutogradOpInfo[] CatalogueOps =>
    [
        // Joining and rearranging.
        Op("cat", Shapes([2, 3], [1, 3]), x => Torch.Cat([x[0], x[1]])),
        Op("cat_dim1_with_legacy_empty", Shapes([2, 1], [2, 3]), x => Torch.Cat([x[0], Torch.Zeros([0], DType.Float64), x[1]], 1)),
        Op("stack", Shapes([2, 3], [2, 3]), x => Torch.Stack([x[0], x[1]], 1)),
        Op("hstack_vstack", Shapes([3], [3]), x => Torch.Hstack([x[0], x[1]]) * Torch.Vstack([x[0], x[1]]).Sum(0).Repeat(2)),
        Op("flip", Shapes([2, 3, 2]), x => x[0].Flip(0, 2)),
        Op("roll", Shapes([3, 4]), x => x[0].Roll([1, -2], [0, 1])),
        Op("rot90", Shapes([2, 3]), x => x[0].Rot90()),
        Op("repeat", Shapes([2, 3]), x => x[0].Repeat(2, 1, 2)),
        Op("tile", Shapes([3]), x => x[0].Tile(2, 2)),
        Op("repeat_interleave", Shapes([2, 2]), x => x[0].RepeatInterleave(Longs(1, 3), dim: 0)),
        Op("pad_reflect", Shapes([1, 2, 4]), x => F.Pad(x[0], [2, 1], "reflect")),

        // Index ops.
        Op("gather", Shapes([3, 4]), x => x[0].Gather(1, Longs2(new long[,] { { 0, 0, 3 }, { 1, 2, 1 }, { 3, 3, 3 } }))),
        Op("take_along_dim", Shapes([3, 4]), x => x[0].TakeAlongDim(Longs2(new long[,] { { 0 }, { 2 }, { 3 } }), 1)),
        Op("index_select", Shapes([4, 3]), x => x[0].IndexSelect(0, Longs(3, 0, 3))),
        Op("take", Shapes([3, 4]), x => x[0].Take(Longs2(new long[,] { { 0, 11 }, { 5, 5 } }))),
        Op("scatter", Shapes([3, 4], [2, 4]), x => (x[0] * 1).Scatter_(0, Longs2(new long[,] { { 0, 1, 2, 0 }, { 2, 0, 1, 1 } }), x[1])),
        Op("scatter_value", Shapes([3, 4]), x => x[0].Scatter(1, Longs2(new long[,] { { 0 }, { 3 }, { 1 } }), 2.5)),
        Op("scatter_add", Shapes([3, 4], [2, 4]), x => x[0].ScatterAdd(0, Longs2(new long[,] { { 0, 0, 2, 2 }, { 0, 1, 2, 2 } }), x[1])),
        Op("index_add", Shapes([4, 3], [3, 3]), x => x[0].IndexAdd(0, Longs(1, 3, 1), x[1], alpha: 2)),
        Op("index_copy", Shapes([4, 3], [2, 3]), x => x[0].IndexCopy(0, Longs(3, 0), x[1])),
        Op("index_fill", Shapes([3, 4]), x => x[0].IndexFill(1, Longs(0, 2), -1.5)),
        Op("index_fill_tensor", Shapes([3, 4], []), x => x[0].IndexFill(1, Longs(0, 2), x[1])),
        Op("put", Shapes([3, 2], [3]), x => x[0].Put(Longs(4, 0, 2), x[1])),
        Op("put_accumulate", Shapes([3, 2], [3]), x => x[0].Put(Longs(4, 4, 2), x[1], accumulate: true)),
        Op("masked_fill", Shapes([3, 4]), x => x[0].MaskedFill(x[0].Detach() > 0, 0.5)),
        Op("masked_fill_tensor", Shapes([3, 4], []), x => x[0].MaskedFill(x[0].Detach() > 0, x[1])),
        Op("masked_select", Shapes([3, 4]), x => x[0].MaskedSelect(x[0].Detach() < 0.3)),
        Op("masked_scatter", Shapes([2, 3], [8]), x => x[0].MaskedScatter(Torch.Tensor(new[] { true, false, true }), x[1])),

        // Selection.
        Op("max_dim", Shapes([3, 4]), x => x[0].Max(1).Values),
        Op("min_dim_keepdim", Shapes([3, 4]), x => x[0].Min(0, keepdim: true).Values),
        Op("median_dim", Shapes([3, 5]), x => x[0].Median(1).Values),
        Op("median_all", Shapes([3, 3]), x => x[0].Median()),
        Op("nanmedian_dim", Shapes([4, 3]), x => x[0].Nanmedian(0).Values),
        Op("mode", Shapes([3, 4]), x => x[0].Mode(1).Values),
        Op("kthvalue", Shapes([3, 4]), x => x[0].Kthvalue(2, 1, keepdim: true).Values),
        Op("sort", Shapes([3, 4]), x => x[0].Sort(1, descending: true).Values),
        Op("msort", Shapes([4, 2]), x => x[0].Msort()),
        Op("topk", Shapes([3, 5]), x => x[0].Topk(2).Values),
        Op("cummax", Shapes([3, 4]), x => x[0].Cummax(1).Values),
        Op("cummin", Shapes([4, 3]), x => x[0].Cummin(0).Values),

        // Scans.
        Op("cumsum", Shapes([3, 4]), x => x[0].Cumsum(1)),
        Op("cumprod", Shapes(AwayFromZero, [3, 4]), x => x[0].Cumprod(1)),
        Op("cumprod_with_zeros", g => [WithZeros(Sample(g, [2, 4]), 1, 4, 6)], x => x[0].Cumprod(1)),
        Op("logcumsumexp", Shapes([3, 4]), x => x[0].Logcumsumexp(0)),

        // Statistics.
        Op("var", Shapes([3, 4]), x => x[0].Var()),
        Op("var_dim_biased", Shapes([3, 4]), x => x[0].Var(1, unbiased: false)),
        Op("std", Shapes([3, 4]), x => x[0].Std()),
        Op("std_dims_keepdim", Shapes([2, 3, 2]), x => x[0].Std([0, 2], keepdim: true)),
        Multi("var_mean", Shapes([3, 4]), x => { var (v, m) = x[0].VarMean(1); return [v, m]; }),
        Multi("std_mean", Shapes([3, 4]), x => { var (s, m) = x[0].StdMean(0, keepdim: true); return [s, m]; }),
        Op("norm", Shapes([3, 4]), x => x[0].Norm()),
        Op("norm_1", Shapes(AwayFromZero, [3, 4]), x => x[0].Norm(1, 1)),
        Op("norm_inf", Shapes([3, 4]), x => x[0].Norm(double.PositiveInfinity, 1)),
        Op("norm_3_keepdim", Shapes([3, 4]), x => x[0].Norm(3, [0], keepdim: true)),
        Op("norm_half", Shapes(AwayFromZero, [3, 4]), x => x[0].Norm(0.5)),
        Op("norm_1_5", Shapes(AwayFromZero, [3, 4]), x => x[0].Norm(1.5, 0)),
        Op("vector_norm", Shapes([2, 3]), x => Torch.Linalg.VectorNorm(x[0], 2, [1])),
        Op("nansum", Shapes([3, 4]), x => x[0].Nansum(1)),
        Op("nanmean", Shapes([3, 4]), x => x[0].Nanmean()),
        Op("quantile", Shapes([3, 5]), x => x[0].Quantile(0.3, 1)),
    ];
}
