namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the elementwise ops (each is the Tensor method of the same name).</summary>
public static partial class Torch
{
    public static Flint.Tensor Add(Flint.Tensor input, Flint.Tensor other, Scalar? alpha = null) => input.Add(other, alpha);
    public static Flint.Tensor Add(Flint.Tensor input, Scalar other, Scalar? alpha = null) => input.Add(other, alpha);
    public static Flint.Tensor Sub(Flint.Tensor input, Flint.Tensor other, Scalar? alpha = null) => input.Sub(other, alpha);
    public static Flint.Tensor Sub(Flint.Tensor input, Scalar other, Scalar? alpha = null) => input.Sub(other, alpha);
    public static Flint.Tensor Mul(Flint.Tensor input, Flint.Tensor other) => input.Mul(other);
    public static Flint.Tensor Mul(Flint.Tensor input, Scalar other) => input.Mul(other);
    public static Flint.Tensor Div(Flint.Tensor input, Flint.Tensor other) => input.Div(other);
    public static Flint.Tensor Div(Flint.Tensor input, Scalar other) => input.Div(other);
    public static Flint.Tensor Remainder(Flint.Tensor input, Flint.Tensor other) => input.Remainder(other);
    public static Flint.Tensor Remainder(Flint.Tensor input, Scalar other) => input.Remainder(other);
    public static Flint.Tensor Remainder(Scalar input, Flint.Tensor other) => input % other;
    public static Flint.Tensor FloorDivide(Flint.Tensor input, Flint.Tensor other) => input.FloorDivide(other);
    public static Flint.Tensor FloorDivide(Flint.Tensor input, Scalar other) => input.FloorDivide(other);

    /// <summary>Python's <c>input // other</c> with a scalar on the left.</summary>
    public static Flint.Tensor FloorDivide(Scalar input, Flint.Tensor other) => Flint.Tensor.ScalarFloorDivide(input, other);

    public static Flint.Tensor Pow(Flint.Tensor input, Flint.Tensor exponent) => input.Pow(exponent);
    public static Flint.Tensor Pow(Flint.Tensor input, Scalar exponent) => input.Pow(exponent);
    public static Flint.Tensor Pow(Scalar self, Flint.Tensor exponent) => Flint.Tensor.ScalarPow(self, exponent);
    public static Flint.Tensor Maximum(Flint.Tensor input, Flint.Tensor other) => input.Maximum(other);
    public static Flint.Tensor Minimum(Flint.Tensor input, Flint.Tensor other) => input.Minimum(other);

    public static Flint.Tensor Eq(Flint.Tensor input, Flint.Tensor other) => input.Eq(other);
    public static Flint.Tensor Eq(Flint.Tensor input, Scalar other) => input.Eq(other);
    public static Flint.Tensor Ne(Flint.Tensor input, Flint.Tensor other) => input.Ne(other);
    public static Flint.Tensor Ne(Flint.Tensor input, Scalar other) => input.Ne(other);
    public static Flint.Tensor Lt(Flint.Tensor input, Flint.Tensor other) => input.Lt(other);
    public static Flint.Tensor Lt(Flint.Tensor input, Scalar other) => input.Lt(other);
    public static Flint.Tensor Le(Flint.Tensor input, Flint.Tensor other) => input.Le(other);
    public static Flint.Tensor Le(Flint.Tensor input, Scalar other) => input.Le(other);
    public static Flint.Tensor Gt(Flint.Tensor input, Flint.Tensor other) => input.Gt(other);
    public static Flint.Tensor Gt(Flint.Tensor input, Scalar other) => input.Gt(other);
    public static Flint.Tensor Ge(Flint.Tensor input, Flint.Tensor other) => input.Ge(other);
    public static Flint.Tensor Ge(Flint.Tensor input, Scalar other) => input.Ge(other);

    public static Flint.Tensor LogicalAnd(Flint.Tensor input, Flint.Tensor other) => input.LogicalAnd(other);
    public static Flint.Tensor LogicalOr(Flint.Tensor input, Flint.Tensor other) => input.LogicalOr(other);
    public static Flint.Tensor LogicalXor(Flint.Tensor input, Flint.Tensor other) => input.LogicalXor(other);
    public static Flint.Tensor LogicalNot(Flint.Tensor input) => input.LogicalNot();
    public static Flint.Tensor BitwiseAnd(Flint.Tensor input, Flint.Tensor other) => input.BitwiseAnd(other);
    public static Flint.Tensor BitwiseOr(Flint.Tensor input, Flint.Tensor other) => input.BitwiseOr(other);
    public static Flint.Tensor BitwiseXor(Flint.Tensor input, Flint.Tensor other) => input.BitwiseXor(other);
    public static Flint.Tensor BitwiseNot(Flint.Tensor input) => input.BitwiseNot();

    public static Flint.Tensor Neg(Flint.Tensor input) => input.Neg();
    public static Flint.Tensor Abs(Flint.Tensor input) => input.Abs();
    public static Flint.Tensor Exp(Flint.Tensor input) => input.Exp();
    public static Flint.Tensor Log(Flint.Tensor input) => input.Log();
    public static Flint.Tensor Sqrt(Flint.Tensor input) => input.Sqrt();
}
