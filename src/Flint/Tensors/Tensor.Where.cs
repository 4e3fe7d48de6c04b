namespace Flint;

/// <summary>
/// where and the closeness tests (isclose, allclose, equal). where promotes its two value operands as PyTorch's
/// result_type does (C# numbers rank as Python scalars) and broadcasts all three.
/// </summary>
public sealed partial class Tensor
{
    /// <summary><c>torch.where(condition, this, other)</c>: this where the condition holds, else other.</summary>
    public Tensor Where(Tensor condition, Tensor other) => Select(condition, this, other);

    /// <summary>The elements of <paramref name="input"/> where <paramref name="condition"/> holds, else those of <paramref name="other"/>.</summary>
    internal static Tensor Select(Tensor condition, Tensor input, Tensor other)
    {
        if (condition.DType is not (DType.Bool or DType.UInt8))
            throw new ArgumentException($"where expected condition to be a boolean tensor, but got a tensor with dtype {condition.DType.ScalarTypeName()}");
        DType common = TypePromotion.ResultType([input, other]);
        long[] shape = Broadcasting.BroadcastShapes(Broadcasting.BroadcastShapes(condition.Layout.Shape, input.Layout.Shape), other.Layout.Shape);
        Device device = CommonDevice(input, other, "where");
        var chosen = input.To(common, device);
        var alternative = other.To(common, device);
        var mask = condition.To(device);
        var result = Allocate(shape, common, device);
        chosen.Storage.Where(chosen.Layout.Expand(shape), mask.Storage, mask.Layout.Expand(shape), alternative.Storage, alternative.Layout.Expand(shape),
            result.Storage, result.Layout);
        return result;
    }

    /// <summary>
    /// |this - other| ≤ atol + rtol · |other| elementwise, or equal (infinities of one sign are close to each other); NaN
    /// is close to NaN only with <paramref name="equalNan"/>. Both tensors must have one dtype. Composed as PyTorch
    /// composes it, so integer differences wrap and bools compare in the default float dtype.
    /// </summary>
    public Tensor IsClose(Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equalNan = false)
    {
        if (DType != other.DType) throw new ArgumentException($"{DType.ScalarTypeName()} did not match {other.DType.ScalarTypeName()}");
        if (rtol < 0) throw new ArgumentException($"rtol must be greater than or equal to zero, but got {Format(rtol)}");
        if (atol < 0) throw new ArgumentException($"atol must be greater than or equal to zero, but got {Format(atol)}");
        var close = Eq(other);
        if (equalNan && DType.IsFloatingPoint()) close = close.LogicalOr(IsNan().LogicalAnd(other.IsNan()));
        if (rtol == 0 && atol == 0) return close;
        var self = DType == DType.Bool ? To(Torch.GetDefaultDType()) : this;
        var reference = DType == DType.Bool ? other.To(Torch.GetDefaultDType()) : other;
        var allowedError = reference.Mul(rtol).Abs().Add(atol);
        var actualError = self.Sub(reference).Abs();
        return close.LogicalOr(actualError.IsFinite().LogicalAnd(actualError.Le(allowedError)));
    }

    /// <summary>True when every element is <see cref="IsClose"/> to its counterpart (after broadcasting).</summary>
    public bool AllClose(Tensor other, double rtol = 1e-05, double atol = 1e-08, bool equalNan = false) =>
        IsClose(other, rtol, atol, equalNan).All().Item<bool>();

    /// <summary>True when both have one shape and equal elements (compared after type promotion; NaN is never equal).</summary>
    public bool Equal(Tensor other) => Shape == other.Shape && Eq(other).All().Item<bool>();

    /// <summary>A double as C++'s default stream output prints it in PyTorch's messages ("-1", "0.5").</summary>
    static string Format(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
