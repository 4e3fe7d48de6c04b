using Flint.Backends;

namespace Flint;

/// <summary>
/// Division with a rounding mode, fmod, atan2, hypot, fmax/fmin, copysign, float_power and xlogy, with PyTorch's
/// broadcasting and type promotion (atan2, copysign and xlogy compute integers in the default float dtype,
/// float_power everything in float64).
/// </summary>
public sealed partial class Tensor
{
    /// <summary>
    /// Division rounded as <paramref name="roundingMode"/> says: null (true division), "trunc" (toward zero; integers
    /// stay integers) or "floor" (toward negative infinity, <see cref="FloorDivide(Tensor)"/>).
    /// </summary>
    public Tensor Div(Tensor other, string? roundingMode) => RoundedDivision(this, other, roundingMode, null);

    public Tensor Div(Scalar other, string? roundingMode) => RoundedDivision(this, WrapNumber(other), roundingMode, null);

    public Tensor Div_(Tensor other, string? roundingMode) => RoundedDivision(this, other, roundingMode, this);

    public Tensor Div_(Scalar other, string? roundingMode) => RoundedDivision(this, WrapNumber(other), roundingMode, this);

    public Tensor TrueDivide(Tensor other) => Div(other);
    public Tensor TrueDivide(Scalar other) => Div(other);
    public Tensor TrueDivide_(Tensor other) => Div_(other);
    public Tensor TrueDivide_(Scalar other) => Div_(other);

    /// <summary>C's fmod: the remainder of truncated division, with the dividend's sign. Integer division by zero throws.</summary>
    public Tensor Fmod(Tensor other) => Binary(BinaryOp.Fmod, this, other, "fmod");
    public Tensor Fmod(Scalar other) => Binary(BinaryOp.Fmod, this, other, "fmod");
    public Tensor Fmod_(Tensor other) => Binary(BinaryOp.Fmod, this, other, "fmod_", this);
    public Tensor Fmod_(Scalar other) => Binary(BinaryOp.Fmod, this, other, "fmod_", this);

    public Tensor Remainder_(Tensor other) => Binary(BinaryOp.Remainder, this, other, "remainder_", this);
    public Tensor Remainder_(Scalar other) => Binary(BinaryOp.Remainder, this, other, "remainder_", this);
    public Tensor FloorDivide_(Tensor other) => Binary(BinaryOp.FloorDivide, this, other, "floor_divide_", this);
    public Tensor FloorDivide_(Scalar other) => Binary(BinaryOp.FloorDivide, this, other, "floor_divide_", this);

    /// <summary>The angle of the point (other, this), in (-π, π].</summary>
    public Tensor Atan2(Tensor other) => Binary(BinaryOp.Atan2, this, other, "atan2");
    public Tensor Atan2_(Tensor other) => Binary(BinaryOp.Atan2, this, other, "atan2_", this);

    /// <summary>√(this² + other²) without overflow; floating dtypes only.</summary>
    public Tensor Hypot(Tensor other) => Binary(BinaryOp.Hypot, this, other, "hypot");
    public Tensor Hypot_(Tensor other) => Binary(BinaryOp.Hypot, this, other, "hypot_", this);

    /// <summary>Elementwise maximum that ignores NaN (NaN only where both are).</summary>
    public Tensor Fmax(Tensor other) => Binary(BinaryOp.Fmax, this, other, "fmax");

    /// <summary>Elementwise minimum that ignores NaN (NaN only where both are).</summary>
    public Tensor Fmin(Tensor other) => Binary(BinaryOp.Fmin, this, other, "fmin");

    /// <summary>This tensor's magnitudes with <paramref name="other"/>'s signs (signed zeros count).</summary>
    public Tensor Copysign(Tensor other) => Binary(BinaryOp.Copysign, this, other, "copysign");
    public Tensor Copysign(Scalar other) => Binary(BinaryOp.Copysign, this, other, "copysign");
    public Tensor Copysign_(Tensor other) => Binary(BinaryOp.Copysign, this, other, "copysign_", this);
    public Tensor Copysign_(Scalar other) => Binary(BinaryOp.Copysign, this, other, "copysign_", this);

    /// <summary><c>this ** exponent</c> in float64, whatever the operands' dtypes.</summary>
    public Tensor FloatPower(Tensor exponent) => Double().Pow(exponent.Double());
    public Tensor FloatPower(Scalar exponent) => Double().Pow(exponent.ToDouble());

    /// <summary>In place; this tensor must be float64, the dtype the result has.</summary>
    public Tensor FloatPower_(Tensor exponent) => CheckedFloatPowerBase().Pow_(exponent.Double());
    public Tensor FloatPower_(Scalar exponent) => CheckedFloatPowerBase().Pow_(exponent.ToDouble());

    /// <summary><c>this * log(other)</c>, 0 where this is 0 (even if other is 0), NaN where other is NaN.</summary>
    public Tensor Xlogy(Tensor other) => LogProduct(this, other);
    public Tensor Xlogy(Scalar other) => LogProduct(this, WrapNumber(other));
    public Tensor Xlogy_(Tensor other) => Assign(Xlogy(other), "xlogy_");
    public Tensor Xlogy_(Scalar other) => Assign(Xlogy(other), "xlogy_");

    static Tensor RoundedDivision(Tensor a, Tensor b, string? roundingMode, Tensor? output)
    {
        string name = output is null ? "div" : "div_";
        switch (roundingMode)
        {
            case null:
                return Binary(BinaryOp.Div, a, b, name, output);
            case "floor":
                return Binary(BinaryOp.FloorDivide, a, b, name, output);
            case "trunc":
                DType common = TypePromotion.ResultType([a, b]);
                if (common == DType.Bool) throw NotImplemented("div_trunc_cpu", common);
                if (!common.IsFloatingPoint()) return Execute(BinaryOp.Div, null, a, b, common, name, output, compute: common);
                // PyTorch rounds the quotient to the dtype, then truncates it (twice for half types, as its kernel).
                var quotient = Binary(BinaryOp.Div, a, b, name);
                return output is null ? quotient.Unary(UnaryOp.Trunc, common, common) : output.Assign(quotient.Trunc(), name);
            default:
                throw new ArgumentException($"div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{roundingMode}'");
        }
    }

    Tensor CheckedFloatPowerBase()
    {
        if (DType != DType.Float64)
            throw new ArgumentException($"the base given to float_power_ has dtype {DType.ScalarTypeName()} but the operation's result requires dtype Double");
        return this;
    }

    /// <summary>xlogy composed as PyTorch's kernel branches (half types compute in float32 and round once).</summary>
    internal static Tensor LogProduct(Tensor x, Tensor y)
    {
        DType common = TypePromotion.ResultType([x, y]);
        DType compute = !common.IsFloatingPoint() ? Torch.GetDefaultDType() : common is DType.Float16 or DType.BFloat16 ? DType.Float32 : common;
        var a = x.To(compute);
        var b = y.To(compute);
        var product = Torch.Where(a.Eq(0), Torch.Full([], 0, compute), a.Mul(b.Log()));
        var result = Torch.Where(b.IsNan(), Torch.Full([], double.NaN, compute), product);
        return common is DType.Float16 or DType.BFloat16 ? result.To(common) : result;
    }
}
