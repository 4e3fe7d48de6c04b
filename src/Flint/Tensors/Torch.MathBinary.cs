namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the binary and ternary math ops (each is the Tensor method of the same name).</summary>
public static partial class Torch
{
    public static Flint.Tensor Div(Flint.Tensor input, Flint.Tensor other, string? roundingMode) => input.Div(other, roundingMode);
    public static Flint.Tensor Div(Flint.Tensor input, Scalar other, string? roundingMode) => input.Div(other, roundingMode);
    public static Flint.Tensor TrueDivide(Flint.Tensor input, Flint.Tensor other) => input.TrueDivide(other);
    public static Flint.Tensor TrueDivide(Flint.Tensor input, Scalar other) => input.TrueDivide(other);
    public static Flint.Tensor Fmod(Flint.Tensor input, Flint.Tensor other) => input.Fmod(other);
    public static Flint.Tensor Fmod(Flint.Tensor input, Scalar other) => input.Fmod(other);
    public static Flint.Tensor Atan2(Flint.Tensor input, Flint.Tensor other) => input.Atan2(other);
    public static Flint.Tensor Hypot(Flint.Tensor input, Flint.Tensor other) => input.Hypot(other);
    public static Flint.Tensor Fmax(Flint.Tensor input, Flint.Tensor other) => input.Fmax(other);
    public static Flint.Tensor Fmin(Flint.Tensor input, Flint.Tensor other) => input.Fmin(other);
    public static Flint.Tensor Copysign(Flint.Tensor input, Flint.Tensor other) => input.Copysign(other);
    public static Flint.Tensor Copysign(Flint.Tensor input, Scalar other) => input.Copysign(other);
    public static Flint.Tensor FloatPower(Flint.Tensor input, Flint.Tensor exponent) => input.FloatPower(exponent);
    public static Flint.Tensor FloatPower(Flint.Tensor input, Scalar exponent) => input.FloatPower(exponent);

    /// <summary><c>self ** exponent</c> in float64 with a number as the base.</summary>
    public static Flint.Tensor FloatPower(Scalar self, Flint.Tensor exponent) => Flint.Tensor.ScalarPow(self.ToDouble(), exponent.Double());

    public static Flint.Tensor Xlogy(Flint.Tensor input, Flint.Tensor other) => input.Xlogy(other);
    public static Flint.Tensor Xlogy(Flint.Tensor input, Scalar other) => input.Xlogy(other);
    public static Flint.Tensor Xlogy(Scalar self, Flint.Tensor other) => Flint.Tensor.LogProduct(self, other);

    public static Flint.Tensor BitwiseLeftShift(Flint.Tensor input, Flint.Tensor other) => input.BitwiseLeftShift(other);
    public static Flint.Tensor BitwiseLeftShift(Flint.Tensor input, Scalar other) => input.BitwiseLeftShift(other);
    public static Flint.Tensor BitwiseLeftShift(Scalar self, Flint.Tensor other) => Flint.Tensor.ScalarLeftShift(self, other);
    public static Flint.Tensor BitwiseRightShift(Flint.Tensor input, Flint.Tensor other) => input.BitwiseRightShift(other);
    public static Flint.Tensor BitwiseRightShift(Flint.Tensor input, Scalar other) => input.BitwiseRightShift(other);
    public static Flint.Tensor BitwiseRightShift(Scalar self, Flint.Tensor other) => Flint.Tensor.ScalarRightShift(self, other);

    public static Flint.Tensor Lerp(Flint.Tensor input, Flint.Tensor end, Scalar weight) => input.Lerp(end, weight);
    public static Flint.Tensor Lerp(Flint.Tensor input, Flint.Tensor end, Flint.Tensor weight) => input.Lerp(end, weight);
    public static Flint.Tensor Addcmul(Flint.Tensor input, Flint.Tensor tensor1, Flint.Tensor tensor2, Scalar? value = null) => input.Addcmul(tensor1, tensor2, value);
    public static Flint.Tensor Addcdiv(Flint.Tensor input, Flint.Tensor tensor1, Flint.Tensor tensor2, Scalar? value = null) => input.Addcdiv(tensor1, tensor2, value);

    public static Flint.Tensor Clamp(Flint.Tensor input, Flint.Tensor? min = null, Flint.Tensor? max = null) => input.Clamp(min, max);
    public static Flint.Tensor Clip(Flint.Tensor input, Flint.Tensor? min = null, Flint.Tensor? max = null) => input.Clip(min, max);
    public static Flint.Tensor ClampMin(Flint.Tensor input, Flint.Tensor min) => input.ClampMin(min);
    public static Flint.Tensor ClampMax(Flint.Tensor input, Flint.Tensor max) => input.ClampMax(max);

    /// <summary>Elements of <paramref name="input"/> where <paramref name="condition"/> holds, else of <paramref name="other"/>; numbers rank as Python scalars.</summary>
    public static Flint.Tensor Where(Flint.Tensor condition, Flint.Tensor input, Flint.Tensor other) => Flint.Tensor.Select(condition, input, other);

    public static Flint.Tensor IsClose(Flint.Tensor input, Flint.Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equalNan = false) =>
        input.IsClose(other, rtol, atol, equalNan);

    public static bool AllClose(Flint.Tensor input, Flint.Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equalNan = false) =>
        input.AllClose(other, rtol, atol, equalNan);

    public static bool Equal(Flint.Tensor input, Flint.Tensor other) => input.Equal(other);
}
