namespace Flint.Autograd;

/// <summary>Variance, standard deviation and vector norms, with PyTorch's formulas and their special points.</summary>
internal static partial class Derivatives
{
    /// <summary>var: self ← 2 / (N - correction) · grad · (self - mean); with no degree of freedom left, inf (or NaN at the mean).</summary>
    public static GradFn? Var(Tensor self, int[] dims, double correction, bool keepdim)
    {
        if (BackwardNode.For("VarBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        return node.Formula(grad => [VarBackward(grad, savedSelf.Value, dims, correction, keepdim)]);
    }

    /// <summary>std: var's formula with grad / (2 · result), zero where the result is zero.</summary>
    public static GradFn? Std(Tensor self, int[] dims, double correction, bool keepdim)
    {
        if (BackwardNode.For("StdBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        return node.Formula(grad => [VarBackward(StdToVarGrad(grad, result.Value), savedSelf.Value, dims, correction, keepdim)]);
    }

    /// <summary>var_mean / std_mean: the spread's gradient plus the mean's.</summary>
    public static GradFn? SpreadAndMean(Tensor self, int[] dims, double correction, bool keepdim, bool std)
    {
        if (BackwardNode.For(std ? "StdMeanBackward0" : "VarMeanBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var spread = std ? node.SaveOutput(0) : null;
        long[] shape = self.Shape;
        bool[] reduced = ReducedDims(dims, shape.Length);
        long count = 1;
        for (int d = 0; d < shape.Length; d++)
            if (reduced[d]) count *= shape[d];
        return node.MultiOutputFormula(grads =>
        {
            var spreadGrad = spread is null ? grads[0] : StdToVarGrad(grads[0], spread.Value);
            var meanGrad = RestoreReducedDims(grads[1], reduced, keepdim).Expand(shape) / count;
            return [VarBackward(spreadGrad, savedSelf.Value, dims, correction, keepdim) + meanGrad];
        });
    }

    static Tensor StdToVarGrad(Tensor grad, Tensor result) => (grad / (result * 2)).MaskedFill(result.Eq(0), 0);

    static Tensor VarBackward(Tensor grad, Tensor self, int[] dims, double correction, bool keepdim)
    {
        if (self.Dim == 0 || dims.Length == 0)
        {
            double freedom = Math.Max(0, self.Numel - correction);
            if (freedom > 0) return grad * (2.0 / freedom) * (self - self.Mean());
            var infinite = Torch.Full([], double.PositiveInfinity, self.DType, self.Device);
            return grad * Where(self.Eq(self.Mean()), Torch.Full([], double.NaN, self.DType, self.Device), infinite);
        }
        bool[] reduced = ReducedDims(dims, self.Dim);
        long count = 1;
        for (int d = 0; d < self.Dim; d++)
            if (reduced[d]) count *= self.Size(d);
        if (!keepdim && self.Dim > 1) grad = RestoreReducedDims(grad, reduced, false);
        return grad * (2.0 / (count - correction)) * (self - self.Mean(dims, keepdim: true));
    }

    /// <summary>
    /// norm / vector_norm: PyTorch's <c>norm_backward</c>. The 2-norm gives self · grad / norm, zero where the norm is
    /// zero; infinite orders share the gradient among the elements of largest (smallest) magnitude; other orders
    /// scale sgn(self) · |self|^(p-1), again zero at a zero norm.
    /// </summary>
    public static GradFn? Norm(Tensor self, double p, int[] dims, bool keepdim, string name)
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        return node.Formula(grad =>
        {
            var input = savedSelf.Value.To(grad.DType);
            var norm = result.Value;
            bool[] reduced = ReducedDims(dims, input.Dim);
            if (!keepdim && input.Dim != 0)
            {
                grad = RestoreReducedDims(grad, reduced, false);
                norm = RestoreReducedDims(norm, reduced, false);
            }
            if (p == 0) return [Torch.ZerosLike(input)];
            if (p == 1) return [Sign(input) * grad];
            if (p == 2) return [input * (grad / norm).MaskedFill(norm.Eq(0), 0)];
            if (double.IsInfinity(p))
            {
                var magnitude = input.Abs();
                var mask = magnitude.Eq(norm).LogicalOr(magnitude.Ne(magnitude));
                var count = reduced.Contains(true) ? mask.Sum(Enumerable.Range(0, reduced.Length).Where(d => reduced[d]).ToArray(), keepdim: true) : mask.To(DType.Int64);
                return [Sign(input) * (grad / count * mask)];
            }
            if (p < 1) return [Sign(input) * input.Abs().Pow(p - 1).MaskedFill(input.Eq(0), 0) * grad * norm.Pow(1 - p)];
            var scaled = p < 2 ? Sign(input) * input.Abs().Pow(p - 1) : input * input.Abs().Pow(p - 2);
            return [scaled * (grad / norm.Pow(p - 1)).MaskedFill(norm.Eq(0), 0)];
        });
    }
}
