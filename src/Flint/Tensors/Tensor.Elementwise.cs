using Flint.Backends;

namespace Flint;

/// <summary>
/// Elementwise arithmetic, comparisons, logical and bitwise ops, with broadcasting and PyTorch's type
/// promotion (the plumbing is in Tensor.ElementwiseDispatch.cs, the C# operators in Tensor.Operators.cs).
/// </summary>
public sealed partial class Tensor
{
    /// <summary><c>this + alpha * other</c>; with alpha, floating dtypes use one fused multiply-add as PyTorch's CPU kernel.</summary>
    public Tensor Add(Tensor other, Scalar? alpha = null) => AddScaled(this, other, alpha, "add");

    public Tensor Add(Scalar other, Scalar? alpha = null) => AddScaled(this, other, alpha, "add");

    /// <summary><c>this - alpha * other</c> (with alpha, PyTorch adds <c>-alpha * other</c>).</summary>
    public Tensor Sub(Tensor other, Scalar? alpha = null) => Subtract(this, other, alpha, "sub");

    public Tensor Sub(Scalar other, Scalar? alpha = null) => Subtract(this, other, alpha, "sub");

    public Tensor Mul(Tensor other) => Binary(BinaryOp.Mul, this, other, "mul");

    public Tensor Mul(Scalar other) => Binary(BinaryOp.Mul, this, other, "mul");

    /// <summary>True division: integer and bool operands divide in the default floating dtype.</summary>
    public Tensor Div(Tensor other) => Binary(BinaryOp.Div, this, other, "div");

    public Tensor Div(Scalar other) => Binary(BinaryOp.Div, this, other, "div");

    /// <summary>Python's modulo: the result has the divisor's sign. Integer division by zero throws.</summary>
    public Tensor Remainder(Tensor other) => Binary(BinaryOp.Remainder, this, other, "remainder");

    public Tensor Remainder(Scalar other) => Binary(BinaryOp.Remainder, this, other, "remainder");

    /// <summary>Division rounded toward negative infinity (Python's <c>//</c>). Integer division by zero throws.</summary>
    public Tensor FloorDivide(Tensor other) => Binary(BinaryOp.FloorDivide, this, other, "floor_divide");

    public Tensor FloorDivide(Scalar other) => Binary(BinaryOp.FloorDivide, this, other, "floor_divide");

    public Tensor Pow(Tensor exponent) => Binary(BinaryOp.Pow, this, exponent, "pow");

    public Tensor Pow(Scalar exponent)
    {
        CheckIntegerPower(DType, exponent);
        return Binary(BinaryOp.Pow, this, exponent, "pow");
    }

    /// <summary>Elementwise maximum; NaN propagates.</summary>
    public Tensor Maximum(Tensor other) => Binary(BinaryOp.Maximum, this, other, "maximum");

    /// <summary>Elementwise minimum; NaN propagates.</summary>
    public Tensor Minimum(Tensor other) => Binary(BinaryOp.Minimum, this, other, "minimum");

    public Tensor Eq(Tensor other) => Binary(BinaryOp.Eq, this, other, "eq");
    public Tensor Eq(Scalar other) => Binary(BinaryOp.Eq, this, other, "eq");
    public Tensor Ne(Tensor other) => Binary(BinaryOp.Ne, this, other, "ne");
    public Tensor Ne(Scalar other) => Binary(BinaryOp.Ne, this, other, "ne");
    public Tensor Lt(Tensor other) => Binary(BinaryOp.Lt, this, other, "lt");
    public Tensor Lt(Scalar other) => Binary(BinaryOp.Lt, this, other, "lt");
    public Tensor Le(Tensor other) => Binary(BinaryOp.Le, this, other, "le");
    public Tensor Le(Scalar other) => Binary(BinaryOp.Le, this, other, "le");
    public Tensor Gt(Tensor other) => Binary(BinaryOp.Gt, this, other, "gt");
    public Tensor Gt(Scalar other) => Binary(BinaryOp.Gt, this, other, "gt");
    public Tensor Ge(Tensor other) => Binary(BinaryOp.Ge, this, other, "ge");
    public Tensor Ge(Scalar other) => Binary(BinaryOp.Ge, this, other, "ge");

    public Tensor LogicalAnd(Tensor other) => Binary(BinaryOp.LogicalAnd, this, other, "logical_and");
    public Tensor LogicalOr(Tensor other) => Binary(BinaryOp.LogicalOr, this, other, "logical_or");
    public Tensor LogicalXor(Tensor other) => Binary(BinaryOp.LogicalXor, this, other, "logical_xor");
    public Tensor LogicalNot() => Unary(UnaryOp.LogicalNot, DType, DType.Bool);

    /// <summary>Bitwise ops on integers; on bools they are the logical ops.</summary>
    public Tensor BitwiseAnd(Tensor other) => Binary(BinaryOp.BitwiseAnd, this, other, "bitwise_and");
    public Tensor BitwiseOr(Tensor other) => Binary(BinaryOp.BitwiseOr, this, other, "bitwise_or");
    public Tensor BitwiseXor(Tensor other) => Binary(BinaryOp.BitwiseXor, this, other, "bitwise_xor");

    public Tensor BitwiseNot()
    {
        if (DType.IsFloatingPoint()) throw NotImplemented("bitwise_not_cpu", DType);
        return Unary(UnaryOp.BitwiseNot, DType, DType);
    }

    public Tensor Neg()
    {
        CheckNegation();
        return Unary(UnaryOp.Neg, DType, DType);
    }

    void CheckNegation()
    {
        if (DType == DType.Bool)
            throw new ArgumentException(
                "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
    }

    public Tensor Abs()
    {
        if (DType == DType.Bool) throw NotImplemented("abs_cpu", DType);
        return Unary(UnaryOp.Abs, DType, DType);
    }

    /// <summary>Integer and bool inputs compute in the default floating dtype; half types compute in float32 and round.</summary>
    public Tensor Exp() => Unary(UnaryOp.Exp, FloatingResult(), FloatingResult());

    public Tensor Log() => Unary(UnaryOp.Log, FloatingResult(), FloatingResult());

    public Tensor Sqrt() => Unary(UnaryOp.Sqrt, FloatingResult(), FloatingResult());
}
