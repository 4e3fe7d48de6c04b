namespace Flint.Autograd;

/// <summary>Copies, conversions and in-place fills.</summary>
internal static partial class Derivatives
{
    /// <summary>to(dtype/device) when it copies: self ← grad converted back.</summary>
    public static GradFn? ToCopy(Tensor self, DType resultType)
    {
        if (!resultType.IsFloatingPoint() || BackwardNode.For("ToCopyBackward0", self) is not { } node) return null;
        DType dtype = self.DType;
        Device device = self.Device;
        return node.Formula(grad => [grad.To(dtype, device)]);
    }

    public static GradFn? Clone(Tensor self) => BackwardNode.For("CloneBackward0", self)?.Formula(grad => [grad]);

    /// <summary>copy_: self's old value gets no gradient; src ← grad, converted to src's dtype and summed to its shape.</summary>
    public static GradFn? Copy(Tensor self, Tensor source)
    {
        if (BackwardNode.For("torch::autograd::CopyBackwards", self, source) is not { } node) return null;
        DType dtype = source.DType;
        Device device = source.Device;
        long[] sourceShape = source.Shape;
        return node.Formula(grad => [
            node.NeedsInputGrad(0) ? Torch.ZerosLike(grad) : null,
            node.NeedsInputGrad(1) ? SumTo(grad.To(dtype, device), sourceShape) : null]);
    }

    /// <summary>
    /// An in-place op that overwrites every element with values independent of the old ones (fill_, zero_ and the random
    /// fills): the old value gets a zero gradient. <paramref name="name"/> is PyTorch's node name for the overload.
    /// </summary>
    public static GradFn? Overwrite(Tensor self, string name) =>
        BackwardNode.For(name, self)?.Formula(grad => [Torch.ZerosLike(grad)]);

    /// <summary>bernoulli_ with a tensor of probabilities: both gradients are zero.</summary>
    public static GradFn? Overwrite(Tensor self, string name, Tensor probabilities)
    {
        if (BackwardNode.For(name, self, probabilities) is not { } node) return null;
        long[] shape = probabilities.Shape;
        DType dtype = probabilities.DType;
        return node.Formula(grad => [Torch.ZerosLike(grad), Torch.Zeros(shape, dtype, grad.Device)]);
    }
}
