using Flint.Autograd;
using Flint.Backends;

namespace Flint;

/// <summary>
/// In-place elementwise ops. The result must fit this tensor: the broadcast shape must be this shape, and the
/// result dtype must cast to this dtype without lowering its category (a Float result into a Long tensor is
/// refused). The write is seen by every view sharing the storage, and bumps their version counter. Under autograd
/// each op records its node on this tensor's value before the write (see <see cref="InPlace"/>).
/// </summary>
public sealed partial class Tensor
{
    public Tensor Add_(Tensor other, Scalar? alpha = null)
    {
        var original = InPlace.Begin(this, other);
        AddScaled(this, other, alpha, "add_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Add(original, other, alpha));
    }

    public Tensor Add_(Scalar other, Scalar? alpha = null)
    {
        var original = InPlace.Begin(this);
        AddScaled(this, other, alpha, "add_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Add(original));
    }

    public Tensor Sub_(Tensor other, Scalar? alpha = null)
    {
        var original = InPlace.Begin(this, other);
        Subtract(this, other, alpha, "sub_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Sub(original, other, alpha));
    }

    public Tensor Sub_(Scalar other, Scalar? alpha = null)
    {
        var original = InPlace.Begin(this);
        Subtract(this, other, alpha, "sub_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Sub(original));
    }

    /// <summary>The old value is kept for the gradient only when <paramref name="other"/> needs one.</summary>
    public Tensor Mul_(Tensor other)
    {
        var original = InPlace.Begin(this, other, keepValue: other.RequiresGrad);
        Binary(BinaryOp.Mul, this, other, "mul_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Mul(original, other));
    }

    public Tensor Mul_(Scalar other)
    {
        var original = InPlace.Begin(this);
        Binary(BinaryOp.Mul, this, other, "mul_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Mul(original, other));
    }

    public Tensor Div_(Tensor other)
    {
        var original = InPlace.Begin(this, other, keepValue: other.RequiresGrad);
        Binary(BinaryOp.Div, this, other, "div_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Div(original, other));
    }

    public Tensor Div_(Scalar other)
    {
        var original = InPlace.Begin(this);
        Binary(BinaryOp.Div, this, other, "div_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Div(original, other));
    }

    public Tensor Pow_(Tensor exponent)
    {
        var original = InPlace.Begin(this, exponent, keepValue: true);
        Binary(BinaryOp.Pow, this, exponent, "pow_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Pow(original, exponent));
    }

    public Tensor Pow_(Scalar exponent)
    {
        CheckIntegerPower(DType, exponent);
        // With a scalar exponent PyTorch reports a dtype mismatch in TensorIterator's words.
        DType result = TypePromotion.ResultType([this], [exponent]);
        if (result != DType && !Torch.CanCast(result, DType))
            throw new ArgumentException($"pow_: Found dtype {DType.ScalarTypeName()} but expected {result.ScalarTypeName()}");
        var original = InPlace.Begin(this, keepValue: true);
        Binary(BinaryOp.Pow, this, exponent, "pow_", this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Pow(original, exponent));
    }

    public Tensor Neg_()
    {
        CheckNegation();
        var original = InPlace.Begin(this);
        Unary(UnaryOp.Neg, DType, DType, this);
        return original is null ? this : InPlace.Finish(this, Derivatives.Neg(original));
    }

    /// <summary>Fills with <paramref name="value"/> converted to this dtype. Unlike arithmetic, fill_ may write an expanded tensor.</summary>
    public Tensor Fill_(Scalar value) => Overwrite(value, "FillBackward2");

    public Tensor Zero_() => Overwrite(0, "ZeroBackward0");

    Tensor Overwrite(Scalar value, string backwardName)
    {
        var original = InPlace.Begin(this);
        Storage.Fill(Layout, value);
        MarkModified();
        return original is null ? this : InPlace.Finish(this, Derivatives.Overwrite(original, backwardName));
    }
}
