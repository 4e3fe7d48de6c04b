namespace Flint.Autograd;

/// <summary>Elementwise ops. Broadcast inputs get their gradient summed back to their shape.</summary>
internal static partial class Derivatives
{
    /// <summary>add: self ← grad, other ← alpha · grad.</summary>
    public static GradFn? Add(Tensor self, Tensor other, Scalar? alpha)
    {
        if (BackwardNode.For("AddBackward0", self, other) is not { } node) return null;
        long[] selfShape = self.Shape, otherShape = other.Shape;
        return node.Formula(grad => [SumTo(grad, selfShape), SumTo(Scaled(grad, alpha), otherShape)]);
    }

    /// <summary><c>x + 2</c>: PyTorch wraps the number in a tensor that needs no gradient.</summary>
    public static GradFn? Add(Tensor self) => BackwardNode.For("AddBackward0", self, null)?.Formula(grad => [grad, null]);

    /// <summary>sub: self ← grad, other ← -alpha · grad.</summary>
    public static GradFn? Sub(Tensor self, Tensor other, Scalar? alpha)
    {
        if (BackwardNode.For("SubBackward0", self, other) is not { } node) return null;
        long[] selfShape = self.Shape, otherShape = other.Shape;
        return node.Formula(grad => [SumTo(grad, selfShape), SumTo(Scaled(-grad, alpha), otherShape)]);
    }

    public static GradFn? Sub(Tensor self) => BackwardNode.For("SubBackward0", self, null)?.Formula(grad => [grad, null]);

    /// <summary><c>2 - x</c> (rsub): self ← -grad.</summary>
    public static GradFn? ReverseSub(Tensor self) => BackwardNode.For("RsubBackward1", self)?.Formula(grad => [-grad]);

    /// <summary>mul: self ← grad · other, other ← grad · self.</summary>
    public static GradFn? Mul(Tensor self, Tensor other)
    {
        if (BackwardNode.For("MulBackward0", self, other) is not { } node) return null;
        var savedOther = node.SaveIf(node.NeedsInputGrad(0), other);
        var savedSelf = node.SaveIf(node.NeedsInputGrad(1), self);
        long[] selfShape = self.Shape, otherShape = other.Shape;
        return node.Formula(grad => [
            savedOther is null ? null : SumTo(grad * savedOther.Value, selfShape),
            savedSelf is null ? null : SumTo(grad * savedSelf.Value, otherShape)]);
    }

    public static GradFn? Mul(Tensor self, Scalar other) => BackwardNode.For("MulBackward0", self, null)?.Formula(grad => [grad * other, null]);

    /// <summary>div: self ← grad / other, other ← -grad · ((self / other) / other).</summary>
    public static GradFn? Div(Tensor self, Tensor other)
    {
        if (BackwardNode.For("DivBackward0", self, other) is not { } node) return null;
        var savedOther = node.Save(other);
        var savedSelf = node.SaveIf(node.NeedsInputGrad(1), self);
        long[] selfShape = self.Shape, otherShape = other.Shape;
        return node.Formula(grad =>
        {
            var divisor = savedOther.Value;
            return [
                node.NeedsInputGrad(0) ? SumTo(grad / divisor, selfShape) : null,
                savedSelf is null ? null : SumTo(-grad * (savedSelf.Value / divisor / divisor), otherShape)];
        });
    }

    public static GradFn? Div(Tensor self, Scalar other) => BackwardNode.For("DivBackward0", self, null)?.Formula(grad => [grad / other, null]);

    /// <summary>reciprocal (Python's <c>2 / x</c> is <c>x.reciprocal() * 2</c>): self ← -grad · result².</summary>
    public static GradFn? Reciprocal(Tensor self)
    {
        if (BackwardNode.For("ReciprocalBackward0", self) is not { } node) return null;
        var result = node.SaveOutput();
        return node.Formula(grad => [-grad * (result.Value * result.Value)]);
    }

    /// <summary>remainder: self ← grad, other ← -grad · floor(self / other) (the quotient is piecewise constant).</summary>
    public static GradFn? Remainder(Tensor self, Tensor other)
    {
        if (BackwardNode.For("RemainderBackward1", self, other) is not { } node) return null;
        var savedSelf = node.SaveIf(node.NeedsInputGrad(1), self);
        var savedOther = node.SaveIf(node.NeedsInputGrad(1), other);
        long[] selfShape = self.Shape, otherShape = other.Shape;
        return node.Formula(grad => [
            SumTo(grad, selfShape),
            savedSelf is null ? null : SumTo(-grad * savedSelf.Value.Detach().FloorDivide(savedOther!.Value.Detach()), otherShape)]);
    }

    public static GradFn? Remainder(Tensor self) => BackwardNode.For("RemainderBackward0", self)?.Formula(grad => [grad]);

    /// <summary><c>2 % x</c>: PyTorch 1.13 has no derivative for the divisor.</summary>
    public static GradFn? ReverseRemainder(Tensor other) => NotImplemented("remainder", null, other);

    /// <summary>floor_divide: PyTorch 1.13 defines no derivative; a backward pass through it fails.</summary>
    public static GradFn? FloorDivide(params ReadOnlySpan<Tensor?> inputs) => NotImplemented("floor_divide", inputs);

    /// <summary>pow with a scalar exponent: self ← grad · exponent · self^(exponent - 1), and zero for exponent 0.</summary>
    public static GradFn? Pow(Tensor self, Scalar exponent)
    {
        if (BackwardNode.For("PowBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        double power = exponent.ToDouble();
        return node.Formula(grad => [power == 0 ? Torch.ZerosLike(savedSelf.Value) : grad * (savedSelf.Value.Pow(power - 1) * power)]);
    }

    /// <summary>
    /// pow: self ← grad · exponent · self^(exponent - 1), zero where exponent is 0; exponent ← grad · result · log(self),
    /// zero where self is 0 and exponent non-negative (the limit, where log would give NaN).
    /// </summary>
    public static GradFn? Pow(Tensor self, Tensor exponent)
    {
        if (BackwardNode.For("PowBackward1", self, exponent) is not { } node) return null;
        var savedSelf = node.Save(self);
        var savedExponent = node.Save(exponent);
        var result = node.NeedsInputGrad(1) ? node.SaveOutput() : null;
        long[] selfShape = self.Shape, exponentShape = exponent.Shape;
        return node.Formula(grad =>
        {
            Tensor input = savedSelf.Value, power = savedExponent.Value;
            Tensor? selfGrad = null, exponentGrad = null;
            if (node.NeedsInputGrad(0))
                selfGrad = SumTo(Where(power.Eq(0.0), Torch.Zeros([], grad.DType), grad * (power * input.Pow(power - 1))), selfShape);
            if (result is not null)
            {
                var limit = input.Eq(0.0).LogicalAnd(power >= 0);
                exponentGrad = SumTo(grad * Where(limit, Torch.Zeros([], grad.DType), result.Value * input.Log()), exponentShape);
            }
            return [selfGrad, exponentGrad];
        });
    }

    /// <summary><c>2 ** x</c>: PyTorch wraps the base, so the node is the tensor-tensor one with no edge for it.</summary>
    public static GradFn? Pow(Scalar self, Tensor exponent)
    {
        if (BackwardNode.For("PowBackward1", null, exponent) is not { } node) return null;
        var savedExponent = node.SaveIf(self.ToDouble() == 0, exponent);
        var result = node.SaveOutput();
        double logBase = Math.Log(self.ToDouble());
        return node.Formula(grad => [null, savedExponent is null
            ? grad * (result.Value * logBase)
            : grad * (result.Value * logBase).MaskedFill(savedExponent.Value >= 0, 0)]);
    }

    /// <summary>maximum: the larger input takes the gradient; ties split it in halves.</summary>
    public static GradFn? Maximum(Tensor self, Tensor other) => SelectingBinary("MaximumBackward0", self, other, larger: true);

    /// <summary>minimum: the smaller input takes the gradient; ties split it in halves.</summary>
    public static GradFn? Minimum(Tensor self, Tensor other) => SelectingBinary("MinimumBackward0", self, other, larger: false);

    /// <summary>PyTorch's <c>where(self == other, grad / 2, grad).masked_fill_(self &lt; other, 0)</c> and its mirror.</summary>
    static GradFn? SelectingBinary(string name, Tensor self, Tensor other, bool larger)
    {
        if (BackwardNode.For(name, self, other) is not { } node) return null;
        var savedSelf = node.Save(self);
        var savedOther = node.Save(other);
        long[] selfShape = self.Shape, otherShape = other.Shape;
        return node.Formula(grad =>
        {
            Tensor a = savedSelf.Value, b = savedOther.Value;
            var shared = Where(a.Eq(b), grad / 2, grad);
            return [
                node.NeedsInputGrad(0) ? SumTo(shared.MaskedFill(larger ? a < b : a > b, 0), selfShape) : null,
                node.NeedsInputGrad(1) ? SumTo(shared.MaskedFill(larger ? a > b : a < b, 0), otherShape) : null];
        });
    }

    public static GradFn? Neg(Tensor self) => BackwardNode.For("NegBackward0", self)?.Formula(grad => [-grad]);

    /// <summary>abs: self ← grad · sgn(self) (zero at 0).</summary>
    public static GradFn? Abs(Tensor self)
    {
        if (BackwardNode.For("AbsBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        return node.Formula(grad => [grad * Sign(savedSelf.Value)]);
    }

    /// <summary>exp: self ← grad · result.</summary>
    public static GradFn? Exp(Tensor self)
    {
        if (BackwardNode.For("ExpBackward0", self) is not { } node) return null;
        var result = node.SaveOutput();
        return node.Formula(grad => [grad * result.Value]);
    }

    /// <summary>log: self ← grad / self.</summary>
    public static GradFn? Log(Tensor self)
    {
        if (BackwardNode.For("LogBackward0", self) is not { } node) return null;
        var savedSelf = node.Save(self);
        return node.Formula(grad => [grad / savedSelf.Value]);
    }

    /// <summary>sqrt: self ← grad / (2 · result).</summary>
    public static GradFn? Sqrt(Tensor self)
    {
        if (BackwardNode.For("SqrtBackward0", self) is not { } node) return null;
        var result = node.SaveOutput();
        return node.Formula(grad => [grad / (result.Value * 2)]);
    }

    /// <summary>PyTorch's <c>maybe_multiply</c>: no multiplication for an alpha of one.</summary>
    static Tensor Scaled(Tensor grad, Scalar? alpha) => alpha is { } scale && scale.ToDouble() != 1 ? grad * scale : grad;
}
