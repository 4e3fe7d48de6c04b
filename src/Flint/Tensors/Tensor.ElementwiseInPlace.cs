using Flint.Backends;

namespace Flint;

/// <summary>
/// In-place elementwise ops. The result must fit this tensor: the broadcast shape must be this shape, and the
/// result dtype must cast to this dtype without lowering its category (a Float result into a Long tensor is
/// refused). The write is seen by every view sharing the storage, and bumps their version counter.
/// </summary>
public sealed partial class Tensor
{
    public Tensor Add_(Tensor other, Scalar? alpha = null) => AddScaled(this, other, alpha, "add_", this);

    public Tensor Add_(Scalar other, Scalar? alpha = null) => AddScaled(this, other, alpha, "add_", this);

    public Tensor Sub_(Tensor other, Scalar? alpha = null) => Subtract(this, other, alpha, "sub_", this);

    public Tensor Sub_(Scalar other, Scalar? alpha = null) => Subtract(this, other, alpha, "sub_", this);

    public Tensor Mul_(Tensor other) => Binary(BinaryOp.Mul, this, other, "mul_", this);

    public Tensor Mul_(Scalar other) => Binary(BinaryOp.Mul, this, other, "mul_", this);

    public Tensor Div_(Tensor other) => Binary(BinaryOp.Div, this, other, "div_", this);

    public Tensor Div_(Scalar other) => Binary(BinaryOp.Div, this, other, "div_", this);

    public Tensor Pow_(Tensor exponent) => Binary(BinaryOp.Pow, this, exponent, "pow_", this);

    public Tensor Pow_(Scalar exponent)
    {
        CheckIntegerPower(DType, exponent);
        // With a scalar exponent PyTorch reports a dtype mismatch in TensorIterator's words.
        DType result = TypePromotion.ResultType([this], [exponent]);
        if (result != DType && !Torch.CanCast(result, DType))
            throw new ArgumentException($"pow_: Found dtype {DType.ScalarTypeName()} but expected {result.ScalarTypeName()}");
        return Binary(BinaryOp.Pow, this, exponent, "pow_", this);
    }

    public Tensor Neg_()
    {
        CheckNegation();
        return Unary(UnaryOp.Neg, DType, DType, this);
    }

    /// <summary>Fills with <paramref name="value"/> converted to this dtype. Unlike arithmetic, fill_ may write an expanded tensor.</summary>
    public Tensor Fill_(Scalar value)
    {
        Storage.Fill(Layout, value);
        MarkModified();
        return this;
    }

    public Tensor Zero_() => Fill_(0);
}
