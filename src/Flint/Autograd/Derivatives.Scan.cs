namespace Flint.Autograd;

/// <summary>Scans: element k of a running result depends on elements up to k, so gradients accumulate from the end.</summary>
internal static partial class Derivatives
{
    /// <summary>cumsum: self ← the reversed cumulative sum of grad.</summary>
    public static GradFn? Cumsum(Tensor self, int dim) =>
        BackwardNode.For("CumsumBackward0", self)?.Formula(grad => [ReversedCumsum(grad, dim)]);

    /// <summary>
    /// cumprod: self_k ← Σ_{j ≥ k} grad_j · Π_{i ≤ j, i ≠ k} x_i. Without zeros that is reversed_cumsum(grad · result) / x;
    /// with zeros, the products are taken over copies of the row with element k set to one (exact, and differentiable).
    /// </summary>
    public static GradFn? Cumprod(Tensor self, int dim)
    {
        if (BackwardNode.For("CumprodBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        return node.Formula(grad =>
        {
            var input = savedSelf.Value;
            if (input.Numel <= 1) return [grad];
            if (!input.Eq(0).Any().Item<bool>()) return [ReversedCumsum(grad * result.Value, dim) / input];
            int d = Tensor.WrapDim(dim, input.Dim);
            long size = input.Size(d);
            // Row copies [..., k, i] with x_i, or one where i = k; their running products along i.
            var rows = input.Movedim(d, -1).Unsqueeze(-2);
            long[] square = [.. rows.Shape.ToArray()[..^2], size, size];
            var others = rows.Expand(square).MaskedFill(Torch.Eye(size, dtype: DType.Bool, device: input.Device), 1).Cumprod(-1);
            // Σ over j ≥ k of grad_j times the running product up to j without x_k.
            var positions = Torch.Arange(size, dtype: DType.Int64, device: input.Device);
            var upper = positions.Unsqueeze(0) >= positions.Unsqueeze(1);
            var weighted = others * grad.Movedim(d, -1).Unsqueeze(-2);
            return [weighted.MaskedFill(upper.LogicalNot(), 0).Sum(-1).Movedim(-1, d)];
        });
    }

    /// <summary>
    /// logcumsumexp: self_k ← Σ_{j ≥ k} grad_j · exp(x_k - result_j), computed as PyTorch does in log space for the
    /// positive and negative parts of grad separately, so that large values do not overflow.
    /// </summary>
    public static GradFn? Logcumsumexp(Tensor self, int dim)
    {
        if (BackwardNode.For("LogcumsumexpBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        return node.Formula(grad =>
        {
            var input = savedSelf.Value;
            var output = result.Value;
            var lowest = Torch.Full([], grad.DType == DType.Float64 ? double.MinValue : float.MinValue, grad.DType, grad.Device);
            var logAbsGrad = grad.Abs().Log();
            var positive = Where(grad > 0, logAbsGrad, lowest);
            var negative = Where(grad < 0, logAbsGrad, lowest);
            return [(ReversedLogcumsumexp(positive - output, dim) + input).Exp() - (ReversedLogcumsumexp(negative - output, dim) + input).Exp()];
        });
    }

    static Tensor ReversedCumsum(Tensor grad, int dim) =>
        grad.Numel <= 1 || grad.Size(dim) == 1 ? grad : grad.Flip(dim).Cumsum(dim).Flip(dim);

    static Tensor ReversedLogcumsumexp(Tensor x, int dim) => x.Flip(dim).Logcumsumexp(dim).Flip(dim);
}
