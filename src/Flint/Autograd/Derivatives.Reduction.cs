namespace Flint.Autograd;

/// <summary>Reductions and the softmax family. Gradients of reduced dimensions come back by unsqueezing and expanding.</summary>
internal static partial class Derivatives
{
    /// <summary>sum: self ← grad expanded back over the reduced dimensions (SumBackward0 for all, SumBackward1 with dims).</summary>
    public static GradFn? Sum(Tensor self, int[]? dims, bool keepdim)
    {
        if (BackwardNode.For(dims is null ? "SumBackward0" : "SumBackward1", self) is not { } node) return null;
        long[] shape = self.Shape;
        bool[] reduced = ReducedDims(dims ?? [], shape.Length);
        return node.Formula(grad => [RestoreReducedDims(grad, reduced, keepdim).Expand(shape)]);
    }

    /// <summary>nansum: the sum's gradient, zero at the NaNs.</summary>
    public static GradFn? Nansum(Tensor self, int[] dims, bool keepdim)
    {
        if (BackwardNode.For("NansumBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        long[] shape = self.Shape;
        bool[] reduced = ReducedDims(dims, shape.Length);
        return node.Formula(grad =>
        {
            var input = savedSelf.Value;
            return [RestoreReducedDims(grad, reduced, keepdim).Expand(shape) * input.Eq(input)];
        });
    }

    /// <summary>mean: the sum's gradient divided by the number of reduced elements.</summary>
    public static GradFn? Mean(Tensor self, int[]? dims, bool keepdim)
    {
        if (BackwardNode.For(dims is null ? "MeanBackward0" : "MeanBackward1", self) is not { } node) return null;
        long[] shape = self.Shape;
        bool[] reduced = ReducedDims(dims ?? [], shape.Length);
        long count = 1;
        for (int d = 0; d < shape.Length; d++)
            if (reduced[d]) count *= shape[d];
        return node.Formula(grad => [RestoreReducedDims(grad, reduced, keepdim).Expand(shape) / count]);
    }

    /// <summary>
    /// prod: self ← grad · (product of the other elements). Without zeros that is result / self; with zeros (where the
    /// division fails) PyTorch's safe path, here the product over a copy with each element in turn replaced by one.
    /// </summary>
    public static GradFn? Prod(Tensor self, int? dim, bool keepdim)
    {
        if (BackwardNode.For(dim is null ? "ProdBackward0" : "ProdBackward1", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        return node.Formula(grad =>
        {
            var input = savedSelf.Value.To(grad.DType);
            if (input.Dim == 0) return [grad];
            if (dim is not { } d) return [ProdAllBackward(grad, input, result.Value)];
            int wrapped = Tensor.WrapDim(d, input.Dim);
            var output = result.Value;
            if (!keepdim && input.Dim != 1)
            {
                grad = grad.Unsqueeze(wrapped);
                output = output.Unsqueeze(wrapped);
            }
            bool anyZero = input.Eq(0).Any().Item<bool>();
            return [anyZero ? ProdWithZerosBackward(grad, input, wrapped) : grad * (output / input)];
        });
    }

    static Tensor ProdAllBackward(Tensor grad, Tensor input, Tensor result)
    {
        long zeros = input.Eq(0).Sum().Item<long>();
        if (zeros == 0) return grad * (result / input);
        // With several zeros every product of the others is zero; only a graph for higher derivatives needs the safe path.
        if (!GradMode.IsEnabled && zeros > 1) return Torch.ZerosLike(input);
        return ProdWithZerosBackward(grad, input.Contiguous().View(-1), 0).View(input.Shape);
    }

    /// <summary>
    /// grad · ∏_{j≠i} x_j along <paramref name="dim"/> without dividing: the input is repeated along a new last
    /// dimension, its diagonal (element i of copy i) set to one, and each copy multiplied out. Differentiable, so
    /// second derivatives at zeros are right too.
    /// </summary>
    static Tensor ProdWithZerosBackward(Tensor grad, Tensor input, int dim)
    {
        long size = input.Size(dim);
        if (size == 0) return grad.ExpandAs(input);
        var moved = input.Movedim(dim, -1).Unsqueeze(-2);
        long[] repeated = [.. moved.Shape.ToArray()[..^2], size, size];
        var diagonal = Torch.Eye(size, dtype: DType.Bool, device: input.Device);
        var othersProduct = moved.Expand(repeated).MaskedFill(diagonal, 1).Prod(-1);
        return grad * othersProduct.Movedim(-1, dim);
    }

    /// <summary>amax/amin: the gradient is shared evenly among the elements equal to the result.</summary>
    public static GradFn? Amax(Tensor self, int[] dims, bool keepdim) => ShareAmongExtremes(self, dims, keepdim, "AmaxBackward0");

    public static GradFn? Amin(Tensor self, int[] dims, bool keepdim) => ShareAmongExtremes(self, dims, keepdim, "AminBackward0");

    /// <summary>PyTorch's <c>scale_grad_by_count</c>: (grad / count) · (self == result).</summary>
    static GradFn? ShareAmongExtremes(Tensor self, int[] dims, bool keepdim, string name)
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        bool[] reduced = ReducedDims(dims, self.Dim);
        int[] reducedDims = Enumerable.Range(0, reduced.Length).Where(d => reduced[d]).ToArray();
        return node.Formula(grad =>
        {
            var mask = RestoreReducedDims(result.Value, reduced, keepdim).Eq(savedSelf.Value);
            var count = reducedDims.Length == 0 ? mask.To(DType.Int64) : mask.Sum(reducedDims, keepdim: true);
            return [RestoreReducedDims(grad, reduced, keepdim) / count * mask];
        });
    }

    /// <summary>
    /// max(), min() and median() of all elements: PyTorch's <c>evenly_distribute_backward</c>, the gradient shared among
    /// the elements equal to the result (or, when the result is NaN, among the NaNs).
    /// </summary>
    public static GradFn? EvenlyDistributed(Tensor self, string name)
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        return node.Formula(grad =>
        {
            Tensor input = savedSelf.Value, value = result.Value;
            var mask = double.IsNaN(value.Item<double>()) ? input.Ne(input) : input.Eq(value);
            return [Where(mask, grad / mask.Sum(), Torch.Zeros([], grad.DType, grad.Device))];
        });
    }

    /// <summary>softmax: self ← (grad - Σ(grad · result)) · result along <paramref name="dim"/>.</summary>
    public static GradFn? Softmax(Tensor self, int dim)
    {
        if (BackwardNode.For("SoftmaxBackward0", self) is not { } node) return null;
        var result = node.SaveOutput();
        return node.Formula(grad =>
        {
            var output = result.Value;
            return [output * (grad - (grad * output).Sum(dim, keepdim: true))];
        });
    }

    /// <summary>log_softmax: self ← grad - exp(result) · Σ grad along <paramref name="dim"/>.</summary>
    public static GradFn? LogSoftmax(Tensor self, int dim)
    {
        if (BackwardNode.For("LogSoftmaxBackward0", self) is not { } node) return null;
        var result = node.SaveOutput();
        return node.Formula(grad => [grad - result.Value.Exp() * grad.Sum(dim, keepdim: true)]);
    }

    /// <summary>logsumexp: self ← grad · exp(self - result), with the reduced dimensions restored.</summary>
    public static GradFn? Logsumexp(Tensor self, int[] dims, bool keepdim)
    {
        if (BackwardNode.For("LogsumexpBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        var result = node.SaveOutput();
        bool[] reduced = ReducedDims(dims, self.Dim);
        return node.Formula(grad =>
        {
            var input = savedSelf.Value;
            bool restore = !keepdim && input.Dim != 0;
            var output = restore ? RestoreReducedDims(result.Value, reduced, false) : result.Value;
            return [(restore ? RestoreReducedDims(grad, reduced, false) : grad) * (input - output).Exp()];
        });
    }
}
