using Flint.Backends;

namespace Flint;

/// <summary>
/// C# operators with PyTorch's meaning, a tensor or a scalar on either side. Comparisons return Bool tensors;
/// <c>==</c> and <c>!=</c> keep reference equality, so use <see cref="Eq(Tensor)"/> and <see cref="Ne(Tensor)"/>.
/// A scalar on the left is Python's reflected operator: <c>2 - t</c> is <c>torch.rsub(t, 2)</c>.
/// </summary>
public sealed partial class Tensor
{
    public static Tensor operator +(Tensor a, Tensor b) => a.Add(b);
    public static Tensor operator +(Tensor a, Scalar b) => a.Add(b);
    public static Tensor operator +(Scalar a, Tensor b) => b.Add(a);
    public static Tensor operator -(Tensor a, Tensor b) => a.Sub(b);
    public static Tensor operator -(Tensor a, Scalar b) => a.Sub(b);
    public static Tensor operator -(Scalar a, Tensor b) => ReverseSubtract(a, b);
    public static Tensor operator *(Tensor a, Tensor b) => a.Mul(b);
    public static Tensor operator *(Tensor a, Scalar b) => a.Mul(b);
    public static Tensor operator *(Scalar a, Tensor b) => b.Mul(a);
    public static Tensor operator /(Tensor a, Tensor b) => a.Div(b);
    public static Tensor operator /(Tensor a, Scalar b) => a.Div(b);
    public static Tensor operator /(Scalar a, Tensor b) => Reciprocal(b).Mul(a);
    public static Tensor operator %(Tensor a, Tensor b) => a.Remainder(b);
    public static Tensor operator %(Tensor a, Scalar b) => a.Remainder(b);
    public static Tensor operator %(Scalar a, Tensor b) => Binary(BinaryOp.Remainder, a, b, "remainder");
    public static Tensor operator -(Tensor a) => a.Neg();
    public static Tensor operator +(Tensor a) => a;

    public static Tensor operator <(Tensor a, Tensor b) => a.Lt(b);
    public static Tensor operator <(Tensor a, Scalar b) => a.Lt(b);
    public static Tensor operator <(Scalar a, Tensor b) => b.Gt(a);
    public static Tensor operator <=(Tensor a, Tensor b) => a.Le(b);
    public static Tensor operator <=(Tensor a, Scalar b) => a.Le(b);
    public static Tensor operator <=(Scalar a, Tensor b) => b.Ge(a);
    public static Tensor operator >(Tensor a, Tensor b) => a.Gt(b);
    public static Tensor operator >(Tensor a, Scalar b) => a.Gt(b);
    public static Tensor operator >(Scalar a, Tensor b) => b.Lt(a);
    public static Tensor operator >=(Tensor a, Tensor b) => a.Ge(b);
    public static Tensor operator >=(Tensor a, Scalar b) => a.Ge(b);
    public static Tensor operator >=(Scalar a, Tensor b) => b.Le(a);

    public static Tensor operator &(Tensor a, Tensor b) => a.BitwiseAnd(b);
    public static Tensor operator |(Tensor a, Tensor b) => a.BitwiseOr(b);
    public static Tensor operator ^(Tensor a, Tensor b) => a.BitwiseXor(b);
    public static Tensor operator ~(Tensor a) => a.BitwiseNot();

    /// <summary>Python's <c>2 ** t</c> (PyTorch's pow(Scalar, Tensor)); reached through <see cref="Torch.Pow(Scalar, Tensor)"/>.</summary>
    internal static Tensor ScalarPow(Scalar self, Tensor exponent) => Binary(BinaryOp.Pow, self, exponent, "pow");

    /// <summary>Python's <c>2 // t</c>, which C# has no operator for; reached through <see cref="Torch.FloorDivide(Scalar, Tensor)"/>.</summary>
    internal static Tensor ScalarFloorDivide(Scalar a, Tensor b) => Binary(BinaryOp.FloorDivide, a, b, "floor_divide");

    /// <summary>
    /// <c>1 / x</c> in x's floating dtype (the default one for integers). PyTorch's Python <c>s / t</c> is
    /// <c>t.reciprocal() * s</c> (torch/_tensor.py), two roundings, which <c>operator /</c> repeats exactly.
    /// </summary>
    static Tensor Reciprocal(Tensor x) => Binary(BinaryOp.Div, 1, x, "reciprocal");

    static Tensor ReverseSubtract(Scalar a, Tensor b)
    {
        CheckSubtraction(a.DType, b.DType);
        return Binary(BinaryOp.Sub, a, b, "sub");
    }
}
