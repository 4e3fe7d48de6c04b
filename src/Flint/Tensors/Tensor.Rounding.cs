using Flint.Backends;

namespace Flint;

/// <summary>
/// Sign and rounding. Integer inputs are already integral: floor, ceil, round and trunc return copies (PyTorch's
/// kernels refuse only bool); frac and rounding to decimals need a floating dtype.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>-1, 0 or 1 in the input's dtype; NaN gives 0; bool is returned as a copy.</summary>
    public Tensor Sign() => DType == DType.Bool ? Clone() : Unary(UnaryOp.Sign, DType, DType);

    /// <summary>The sign of a real tensor (<see cref="Sign"/>); PyTorch's sgn differs only for complex numbers.</summary>
    public Tensor Sgn() => Sign();

    public Tensor Floor() => Rounding(UnaryOp.Floor, "floor_vml_cpu");
    public Tensor Ceil() => Rounding(UnaryOp.Ceil, "ceil_vml_cpu");

    /// <summary>To the nearest integer, halves to even (C's nearbyint).</summary>
    public Tensor Round() => Rounding(UnaryOp.Round, "round_vml_cpu");

    /// <summary>
    /// To <paramref name="decimals"/> decimal places, as PyTorch computes it, rounding each step in the input's dtype:
    /// <c>nearbyint(x * 10^d) / 10^d</c>, or for negative d, <c>nearbyint(x / 10^-d) * 10^-d</c>. float16, which PyTorch
    /// 1.13 cannot round to decimals, computes in float32 and rounds once.
    /// </summary>
    public Tensor Round(int decimals)
    {
        if (!DType.IsFloatingPoint()) throw NotImplemented(decimals == 0 ? "round_vml_cpu" : "round_cpu", DType);
        if (decimals == 0) return Round();
        if (DType == DType.Float16) return Float().Round(decimals).To(DType);
        double scale = Math.Pow(10, Math.Abs(decimals));
        return decimals > 0 ? Mul(scale).Round().Div(scale) : Div(scale).Round().Mul(scale);
    }

    public Tensor Trunc() => Rounding(UnaryOp.Trunc, "trunc_vml_cpu");

    /// <summary>Rounds toward zero (PyTorch's fix, an alias of trunc).</summary>
    public Tensor Fix() => Trunc();

    /// <summary><c>x - trunc(x)</c>, keeping the sign of x; floating dtypes only.</summary>
    public Tensor Frac()
    {
        if (!DType.IsFloatingPoint()) throw NotImplemented("frac_cpu", DType);
        return Sub(Trunc());
    }

    public Tensor Sign_() => DType == DType.Bool ? this : Unary(UnaryOp.Sign, DType, DType, this, "sign_");
    public Tensor Sgn_() => Sign_();
    public Tensor Floor_() => Assign(Floor(), "floor_");
    public Tensor Ceil_() => Assign(Ceil(), "ceil_");
    public Tensor Round_() => Assign(Round(), "round_");
    public Tensor Round_(int decimals) => Assign(Round(decimals), "round_");
    public Tensor Trunc_() => Assign(Trunc(), "trunc_");
    public Tensor Fix_() => Trunc_();
    public Tensor Frac_() => Assign(Frac(), "frac_");

    Tensor Rounding(UnaryOp op, string kernel)
    {
        if (DType == DType.Bool) throw NotImplemented(kernel, DType);
        return DType.IsFloatingPoint() ? Unary(op, DType, DType) : Clone();
    }
}
