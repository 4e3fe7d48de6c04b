namespace Flint.Tests.Autograd;

/// <summary>The expressions of tools/golden/autograd.py, by case id, written with Flint's API.</summary>
public static class AutogradGoldenExpressions
{
    static Tensor Index(params long[] indices) => Torch.Tensor(indices);

    public static IReadOnlyDictionary<string, Func<Tensor[], Tensor>> All { get; } = new Dictionary<string, Func<Tensor[], Tensor>>
    {
        // Broadcasting.
        ["broadcast_mul_add"] = x => (x[0] * x[1] + x[2]).Exp(),
        ["broadcast_div_sub"] = x => (x[0] - x[1]) / (x[1] * x[1] + 1),
        ["alpha_add_sub"] = x => x[0].Add(x[1], alpha: 2).Sub(x[2], alpha: 0.5) * x[0],
        ["rsub_reciprocal"] = x => (2 - x[0]) * (3 / (x[0] * x[0] + 1)),
        ["scalar_ops"] = x => ((x[0] + 1.5) * 2 - 0.25) / 3 * x[0],
        ["broadcast_3d"] = x => x[0] * x[1] * x[2] + x[0] * x[2],

        // Elementwise, special points.
        ["pow_chain"] = x => (x[0] * x[0] + 1).Pow(1.5) * x[0].Pow(2) + x[0].Pow(3),
        ["pow_tensor_tensor"] = x => x[0].Pow(x[1]),
        ["pow_at_zero"] = x => x[0].Pow(x[1]) + x[0].Pow(2) + x[0].Pow(0) * x[1],
        ["scalar_base_pow"] = x => Torch.Pow(2.5, x[0]) + Torch.Pow(0.0, x[0].Abs() + 1),
        ["maximum_ties"] = x => x[0].Maximum(x[1]) * x[0],
        ["minimum_broadcast_ties"] = x => x[0].Minimum(x[1]) * x[1],
        ["relu_as_maximum"] = x => x[0].Maximum(Torch.Zeros([4], DType.Float64)) * x[0],
        ["abs_at_zero"] = x => x[0].Abs() * x[0] + x[0].Abs(),
        ["exp_log_sqrt"] = x => (x[0].Exp() + 1).Log() * (x[0] * x[0] + 1).Sqrt(),
        ["neg_sqrt_log"] = x => -x[0].Sqrt().Log() * x[0],
        ["remainder"] = x => x[0] % x[1] * x[0] + x[0] % 2.0,
        ["float32_round_trip"] = x => (x[0].Float() * 2).Exp().Double() * x[0],

        // Reductions and softmax.
        ["softmax_cross_entropy"] = x => -(x[1] * x[0].LogSoftmax(1)).Sum(1).Mean(),
        ["softmax_dim0"] = x => x[0].Softmax(0) * x[1],
        ["logsumexp_keepdim"] = x => x[0].Logsumexp(1, keepdim: true) - x[0],
        ["logsumexp_all_dims"] = x => x[0].Logsumexp([0, 2]) * x[0].Sum(),
        ["sum_mean_dims"] = x => x[0].Sum([0, 2], keepdim: true) * x[0].Mean(1, keepdim: true),
        ["prod_dim_with_zero"] = x => x[0].Prod(1),
        ["prod_all_with_zero"] = x => x[0].Prod(),
        ["prod_all_two_zeros"] = x => x[0].Prod(),
        ["prod_no_zero"] = x => x[0].Prod(0, keepdim: true) * x[0],
        ["amax_ties"] = x => x[0].Amax(1) * x[0].Sum(1),
        ["amin_all_ties"] = x => x[0].Amin() * x[0],
        ["max_min_all_ties"] = x => x[0].Max() * x[0].Min() + x[0].Max(),

        // Views.
        ["view_chain"] = x => x[0].View(3, 4).T.Reshape(2, 6) * x[1],
        ["permute_transpose"] = x => x[0].Permute(2, 0, 1).Transpose(0, 1) * x[0].Transpose(1, 2),
        ["expand_sum"] = x => x[0].Expand(3, 4) * x[1] + x[0].Expand(2, 3, 4).Sum(0),
        ["select_slice"] = x => x[0][1].Unsqueeze(0) * x[0][.., 2..3] + x[0][TensorIndex.Slice(null, null, 2), TensorIndex.Slice(1, null, 2)].Sum(),
        ["diagonal"] = x => x[0].Diagonal() * x[0].Diagonal(1) + x[0].Diagonal(-1).Sum(),
        ["as_strided_overlap"] = x => x[0].AsStrided([3, 3], [1, 1]) * x[1],
        ["unbind_split"] = x =>
        {
            var rows = x[0].Unbind(0);
            var parts = x[0].Split([1, 3], dim: 1);
            return rows[0] * rows[2] + rows[1].Sum() * parts[1].Sum(1).Sum() + parts[0].Squeeze(1).Prod();
        },
        ["narrow_squeeze_unsqueeze"] = x => x[0].Narrow(0, 1, 2).Squeeze(1).Unsqueeze(0) * x[0].Squeeze()[..2],
        ["flatten_unflatten_movedim"] = x => x[0].Flatten(1).Unflatten(1, 2, 3) * x[0].Movedim(2, 1),
        ["clone_contiguous"] = x => x[0].T.Contiguous() * x[0].T.Clone() + x[0].T.Reshape(6).View(3, 2),

        // In-place ops on non-leaves.
        ["inplace_mul_nonleaf"] = x =>
        {
            var y = x[0] * 2;
            y.Mul_(x[1]);
            return y * x[0];
        },
        ["inplace_setitem_zero"] = x =>
        {
            var y = x[0] * 2;
            y[0] = 0;
            return y * x[0];
        },
        ["inplace_view_mul"] = x =>
        {
            var y = x[0] * 2;
            y[1].Mul_(x[1]);
            return y * y;
        },
        ["inplace_other_view"] = x =>
        {
            var y = x[0] + 0;
            var column = y[.., 1];
            y[0].Add_(x[1], alpha: 3);
            return column.Unsqueeze(1) * y;
        },
        ["inplace_div_pow"] = x =>
        {
            var y = x[0] * 1.5;
            y.Div_(x[1]);
            return y.Pow_(2);
        },
        ["inplace_sub_neg"] = x =>
        {
            var y = x[0].Clone();
            y.Sub_(x[1]).Neg_();
            return y.Pow(3);
        },
        ["inplace_copy_into_slice"] = x =>
        {
            var y = Torch.Zeros([3, 4], DType.Float64);
            y[.., 1..3] = x[1];
            var product = y * 1;
            y.Copy_(product * x[0]);
            return y * product;
        },
        ["inplace_fill_view"] = x =>
        {
            var y = x[0] * x[0];
            y[1].Fill_(2.0);
            return y * x[0];
        },

        // Indexing.
        ["index_repeat"] = x => x[0][Index(0, 2, 0)] * x[1],
        ["index_mask"] = x => x[0][x[0] > 0] * x[0][x[0] > 0] + x[0][x[0] < 0].Sum(),
        ["index_slice_tensor"] = x => x[0][1.., Index(3, 0, 3)] * 2,
        ["index_put_nonleaf"] = x =>
        {
            var y = x[0] * 1;
            y[Index(1, 2)] = x[1];
            return y * x[0];
        },
        ["index_put_accumulate"] = x =>
        {
            var y = x[0].Clone();
            y.IndexPut_([Index(0, 2, 0)], x[1], accumulate: true);
            return y * y;
        },
        ["mask_setitem"] = x =>
        {
            var y = x[0] * 3;
            y[x[0] > 0] = x[1].Sum();
            return y * x[0];
        },

        // The op catalogue.
        ["norm_at_zero"] = x => x[0].Norm(dims: [1]) + x[0].Norm(3, [1]) * x[0].Sum(1),
        ["norm_inf_ties"] = x => x[0].Norm(double.PositiveInfinity, [1]) * x[0].Sum(1),
        ["max_dim_ties"] = x => x[0].Max(1).Values * x[0].Min(0).Values.Sum(),
        ["sort_topk"] = x => x[0].Sort(1, descending: true).Values * x[0].Topk(4, 1).Values.Flip(1),
        ["cat_stack"] = x => Torch.Cat([x[0], x[1]]) * Torch.Stack([x[0][0], x[1][0], x[0][1]]),
        ["scatter_gather"] = x =>
        {
            var index = Torch.Tensor(new long[,] { { 0, 2, 1 }, { 2, 0, 0 } });
            return x[0].Scatter(0, index, x[1]).Gather(1, index.T[.., ..2]) * x[0][.., ..2];
        },
        ["index_ops"] = x =>
        {
            var y = x[0].IndexAdd(0, Index(2, 0, 2), x[1], alpha: 0.5);
            return y.IndexSelect(1, Index(1, 1, 0)) * y.IndexFill(0, Index(1), -1.0)[.., ..3];
        },
        ["masked_fill_select"] = x => x[0].MaskedFill(x[0] < 0, x[1]) * x[0] + x[0].MaskedSelect(x[0] > 0).Sum(),
        ["var_std"] = x => x[0].Var(1) * x[0].Std(0)[..3] + x[0].VarMean(0).Mean.Sum(),
        ["std_of_constant_row"] = x => x[0].Std(1) * x[0].Sum(1),
        ["cumsum_cumprod_zero"] = x => x[0].Cumsum(1) * x[0].Cumprod(1),
        ["logcumsumexp_cummax"] = x => x[0].Logcumsumexp(1) * x[0].Cummax(1).Values,
        ["repeat_flip_roll"] = x => x[0].Repeat(2, 1).Flip(0) * x[0].Roll(1, 0).Repeat(2, 1),
        ["median_kthvalue"] = x => x[0].Median() * x[0].Median(1).Values + x[0].Kthvalue(2, 1).Values,
    };
}
