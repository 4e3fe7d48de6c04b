namespace Flint.Tests.Autograd;

/// <summary>
/// One differentiable op with sample inputs, in the spirit of ARCHITECTURE.md's OpInfo table: random float64 inputs,
/// non-contiguous where the op takes tensors of rank ≥ 1, drawn from a domain where the op is smooth (finite
/// differences cannot check a kink). <see cref="GradGrad"/> is false for ops without a differentiable formula.
/// </summary>
public sealed partial record AutogradOpInfo(string Name, Func<Generator, Tensor[]> Inputs, Func<Tensor[], Tensor[]> Function, bool GradGrad = true)
{
    public override string ToString() => Name;

    /// <summary>The sample inputs as gradcheck leaves: every input requires grad.</summary>
    public Tensor[] Samples() => Inputs(new Generator(Name.Aggregate(17L, (hash, c) => hash * 31 + c))).Select(x => x.RequiresGrad_()).ToArray();

    static AutogradOpInfo Op(string name, Func<Generator, Tensor[]> inputs, Func<Tensor[], Tensor> function, bool gradGrad = true) =>
        new(name, inputs, x => [function(x)], gradGrad);

    static AutogradOpInfo Multi(string name, Func<Generator, Tensor[]> inputs, Func<Tensor[], Tensor[]> function) => new(name, inputs, function);

    /// <summary>
    /// Normal float64 values of <paramref name="shape"/>, mapped by <paramref name="domain"/>, laid out every other
    /// element of a wider buffer (so not contiguous) for tensors of rank ≥ 1.
    /// </summary>
    static Tensor Sample(Generator g, long[] shape, Func<Tensor, Tensor>? domain = null)
    {
        if (shape.Length == 0) return (domain ?? (t => t))(Torch.Randn([], DType.Float64, generator: g));
        long[] wide = [.. shape[..^1], shape[^1] * 2];
        var values = (domain ?? (t => t))(Torch.Randn(wide, DType.Float64, generator: g));
        return values.Slice(-1, 0, null, 2);
    }

    static Tensor Positive(Tensor t) => t.Abs() + 0.5;

    /// <summary>Values at least 0.5 away from zero, either sign.</summary>
    static Tensor AwayFromZero(Tensor t) => t + (t > 0).To(DType.Float64) - 0.5;

    static Tensor Uniform(Tensor t, double low, double high) => (t.Abs() % 1.0) * (high - low) + low;

    static Func<Generator, Tensor[]> Shapes(params long[][] shapes) => g => shapes.Select(s => Sample(g, s)).ToArray();

    static Func<Generator, Tensor[]> Shapes(Func<Tensor, Tensor> domain, params long[][] shapes) => g => shapes.Select(s => Sample(g, s, domain)).ToArray();

    public static IReadOnlyList<AutogradOpInfo> All { get; } = [.. CoreOps, .. CatalogueOps];

    /// <summary>The tensor-core ops: elementwise, reductions, copies, in-place ops, indexing, views.</summary>
    static AutogradOpInfo[] CoreOps =>
    [
        // Elementwise, with broadcasting between the operands.
        Op("add", Shapes([3, 4], [4]), x => x[0] + x[1]),
        Op("add_alpha", Shapes([2, 3], [2, 1]), x => x[0].Add(x[1], alpha: 2.5)),
        Op("add_scalar", Shapes([3]), x => x[0] + 1.5),
        Op("sub", Shapes([2, 1, 3], [4, 3]), x => x[0] - x[1]),
        Op("sub_alpha", Shapes([3], [2, 3]), x => x[0].Sub(x[1], alpha: -0.5)),
        Op("rsub_scalar", Shapes([2, 2]), x => 2.0 - x[0]),
        Op("mul", Shapes([3, 1], [1, 4]), x => x[0] * x[1]),
        Op("mul_scalar", Shapes([4]), x => x[0] * -3.0),
        Op("mul_0d", Shapes([3, 2], []), x => x[0] * x[1]),
        Op("div", g => [Sample(g, [2, 3]), Sample(g, [3], AwayFromZero)], x => x[0] / x[1]),
        Op("div_scalar", Shapes([3]), x => x[0] / 4.0),
        Op("reciprocal_scalar", Shapes(AwayFromZero, [3]), x => 2.0 / x[0]),
        Op("remainder", g => [Sample(g, [2, 3], t => Uniform(t, 3.2, 4.4)), Sample(g, [3], t => Uniform(t, 2.5, 3.0))], x => x[0] % x[1]),
        Op("remainder_scalar", Shapes(t => Uniform(t, 0.2, 1.8), [4]), x => x[0] % 2.0),
        Op("pow_scalar", Shapes(Positive, [3, 2]), x => x[0].Pow(2.5)),
        Op("pow_integer_scalar", Shapes([4]), x => x[0].Pow(3)),
        Op("pow_zero_exponent", Shapes([3]), x => x[0].Pow(0)),
        Op("pow_negative_scalar", Shapes(Positive, [3]), x => x[0].Pow(-1.5)),
        Op("pow_tensor", g => [Sample(g, [2, 3], Positive), Sample(g, [3])], x => x[0].Pow(x[1])),
        Op("pow_scalar_base", Shapes([2, 2]), x => Torch.Pow(2.5, x[0])),
        Op("maximum", Shapes([3, 2], [2]), x => x[0].Maximum(x[1])),
        Op("minimum", Shapes([2, 3], [2, 1]), x => x[0].Minimum(x[1])),
        Op("neg", Shapes([2, 3]), x => -x[0]),
        Op("abs", Shapes(AwayFromZero, [2, 3]), x => x[0].Abs()),
        Op("exp", Shapes([2, 3]), x => x[0].Exp()),
        Op("log", Shapes(Positive, [2, 3]), x => x[0].Log()),
        Op("sqrt", Shapes(Positive, [2, 3]), x => x[0].Sqrt()),

        // Copies and in-place ops on non-leaves.
        Op("to_copy", Shapes([2, 3]), x => x[0].To(DType.Float64, copy: true)),
        Op("clone", Shapes([3, 2]), x => x[0].Clone()),
        Op("contiguous", Shapes([2, 3]), x => x[0].T.Contiguous()),
        Op("copy_broadcast", Shapes([3]), x => Torch.Zeros([2, 3], DType.Float64).Copy_(x[0])),
        Op("copy_over_non_leaf", Shapes([2, 3], [2, 3]), x => (x[0] * 2).Copy_(x[1]) * x[0]),
        Op("fill_non_leaf", Shapes([2, 2]), x => (x[0] * 2).Fill_(3) + x[0]),
        Op("add_inplace", Shapes([2, 3], [3]), x => (x[0] * 1).Add_(x[1], alpha: 2)),
        Op("sub_inplace", Shapes([2, 3], [2, 3]), x => (x[0] * 1).Sub_(x[1])),
        Op("mul_inplace", Shapes([2, 3], [3]), x => (x[0] * 1).Mul_(x[1])),
        Op("div_inplace", g => [Sample(g, [2, 3]), Sample(g, [2, 3], AwayFromZero)], x => (x[0] * 1).Div_(x[1])),
        Op("pow_inplace", g => [Sample(g, [2, 3], Positive), Sample(g, [2, 3])], x => (x[0] * 1).Pow_(x[1])),
        Op("pow_scalar_inplace", Shapes(Positive, [4]), x => (x[0] * 1).Pow_(1.5)),
        Op("neg_inplace", Shapes([3]), x => (x[0] * 1).Neg_()),
        Op("inplace_on_view", Shapes([3, 4], [4]), x =>
        {
            var y = x[0] * 1;
            y[1].Mul_(x[1]);
            return y;
        }),
        Op("inplace_on_view_then_other_view", Shapes([3, 4], [4]), x =>
        {
            var y = x[0] * 2;
            var row = y.Select(0, 2);
            y.Select(0, 2).Add_(x[1]);
            return row * y.Select(0, 0);
        }),

        // Reductions.
        Op("sum", Shapes([2, 3]), x => x[0].Sum()),
        Op("sum_dim", Shapes([2, 3, 2]), x => x[0].Sum(1)),
        Op("sum_dims_keepdim", Shapes([2, 3, 2]), x => x[0].Sum([0, 2], keepdim: true)),
        Op("mean", Shapes([3, 2]), x => x[0].Mean()),
        Op("mean_dim_keepdim", Shapes([3, 4]), x => x[0].Mean(0, keepdim: true)),
        Op("prod", Shapes([2, 3]), x => x[0].Prod()),
        Op("prod_dim", Shapes([3, 4]), x => x[0].Prod(1)),
        Op("prod_one_zero", g => [WithZeros(Sample(g, [2, 3]), 1)], x => x[0].Prod()),
        Op("prod_two_zeros", g => [WithZeros(Sample(g, [2, 3]), 0, 4)], x => x[0].Prod()),
        Op("prod_dim_zeros", g => [WithZeros(Sample(g, [3, 3]), 1, 4, 5)], x => x[0].Prod(0, keepdim: true)),
        Op("amax", Shapes([3, 4]), x => x[0].Amax(1)),
        Op("amin_dims", Shapes([2, 3, 2]), x => x[0].Amin([0, 2], keepdim: true)),
        Op("amax_all", Shapes([2, 3]), x => x[0].Amax()),
        Op("max_all", Shapes([2, 3]), x => x[0].Max()),
        Op("min_all", Shapes([3, 2]), x => x[0].Min()),
        Op("softmax", Shapes([2, 4]), x => x[0].Softmax(1)),
        Op("softmax_dim0", Shapes([3, 2]), x => x[0].Softmax(0)),
        Op("log_softmax", Shapes([2, 4]), x => x[0].LogSoftmax(-1)),
        Op("logsumexp", Shapes([3, 4]), x => x[0].Logsumexp(1)),
        Op("logsumexp_dims_keepdim", Shapes([2, 3, 2]), x => x[0].Logsumexp([0, 2], keepdim: true)),

        // Indexing.
        Op("index_tensor", Shapes([4, 3]), x => x[0][Torch.Tensor(new long[] { 2, 0, 2 })]),
        Op("index_mask", Shapes([3, 4]), x => x[0][Torch.Tensor(new[] { true, false, true })]),
        Op("index_slice_and_tensor", Shapes([3, 4]), x => x[0][1.., Torch.Tensor(new long[] { 3, 1 })]),
        Op("index_put", Shapes([4, 3], [2, 3]), x =>
        {
            var y = x[0] * 1;
            y[Torch.Tensor(new long[] { 3, 1 })] = x[1];
            return y;
        }),
        Op("index_put_accumulate", Shapes([4], [3]), x => (x[0] * 1).IndexPut_([Torch.Tensor(new long[] { 1, 1, 2 })], x[1], accumulate: true)),
        Op("setitem_basic", Shapes([3, 4], [4]), x =>
        {
            var y = x[0] * 2;
            y[1] = x[1];
            return y;
        }),
        Op("setitem_into_zeros", Shapes([2]), x =>
        {
            var y = Torch.Zeros([3], DType.Float64);
            y[1..] = x[0];
            return y;
        }),

        // Views.
        Op("view", Shapes([3, 4]), x => x[0].Contiguous().View(2, 6)),
        Op("reshape_copy", Shapes([3, 4]), x => x[0].Reshape(12)),
        Op("reshape_alias", Shapes([3, 4]), x => x[0].T.Contiguous().Reshape(2, 6)),
        Op("flatten", Shapes([2, 3, 2]), x => x[0].Flatten(1)),
        Op("unflatten", Shapes([2, 6]), x => x[0].Unflatten(1, 2, 3)),
        Op("permute", Shapes([2, 3, 4]), x => x[0].Permute(2, 0, 1)),
        Op("transpose", Shapes([2, 3, 4]), x => x[0].Transpose(0, 2)),
        Op("T", Shapes([2, 3]), x => x[0].T),
        Op("mT", Shapes([2, 3, 4]), x => x[0].mT),
        Op("narrow", Shapes([5, 3]), x => x[0].Narrow(0, 1, 3)),
        Op("slice_step", Shapes([7, 2]), x => x[0][TensorIndex.Slice(1, null, 3)]),
        Op("select", Shapes([3, 4]), x => x[0].Select(1, -2)),
        Op("unsqueeze", Shapes([3, 2]), x => x[0].Unsqueeze(1)),
        Op("squeeze", Shapes([3, 1, 2, 1]), x => x[0].Squeeze()),
        Op("squeeze_dim", Shapes([3, 1, 2]), x => x[0].Squeeze(1)),
        Op("expand", Shapes([3, 1]), x => x[0].Expand(2, 3, 4)),
        Op("diagonal", Shapes([3, 4]), x => x[0].Diagonal(1)),
        Op("diagonal_dims", Shapes([2, 3, 3]), x => x[0].Diagonal(-1, 1, 2)),
        Op("as_strided", Shapes([3, 4]), x => x[0].Contiguous().AsStrided([2, 2], [1, 4], 1)),
        Op("as_strided_overlapping", Shapes([6]), x => x[0].Contiguous().AsStrided([3, 3], [1, 1])),
        Op("movedim", Shapes([2, 3, 4]), x => x[0].Movedim(0, 2)),
        Op("alias", Shapes([2, 3]), x => x[0][TensorIndex.Ellipsis]),
        Multi("unbind", Shapes([3, 2]), x => x[0].Unbind(0)),
        Multi("unbind_partly_used", Shapes([2, 3]), x => [x[0].Unbind(1)[2]]),
        Multi("split", Shapes([5, 2]), x => x[0].Split(2)),
        Multi("split_sizes", Shapes([2, 5]), x => x[0].Split([1, 4], dim: 1)),
        Multi("chunk", Shapes([4, 3]), x => x[0].Chunk(3, 1)),
    ];

    /// <summary>A copy of <paramref name="t"/> with exact zeros at the given row-major positions.</summary>
    static Tensor WithZeros(Tensor t, params long[] positions)
    {
        var result = t.Contiguous().Clone();
        var flat = result.View(-1);
        foreach (long p in positions) flat[p] = 0.0;
        return result;
    }
}
