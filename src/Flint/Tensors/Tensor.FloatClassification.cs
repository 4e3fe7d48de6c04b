namespace Flint;

/// <summary>
/// NaN and infinity tests, nan_to_num and positive. Integer and bool tensors hold no NaN or infinity: the tests
/// answer without looking at them, and nan_to_num copies them.
/// </summary>
public sealed partial class Tensor
{
    public Tensor IsNan() => DType.IsFloatingPoint() ? Ne(this) : Torch.Full(Layout.ShapeArray, false, device: Device);

    public Tensor IsInf() => DType.IsFloatingPoint() ? Abs().Eq(double.PositiveInfinity) : Torch.Full(Layout.ShapeArray, false, device: Device);

    /// <summary>Neither NaN nor infinite: <c>x - x</c> is zero exactly for finite x.</summary>
    public Tensor IsFinite() => DType.IsFloatingPoint() ? Sub(this).Eq(0) : Torch.Full(Layout.ShapeArray, true, device: Device);

    public Tensor IsPosInf() => DType.IsFloatingPoint() ? Eq(double.PositiveInfinity) : Torch.Full(Layout.ShapeArray, false, device: Device);

    public Tensor IsNegInf() => DType.IsFloatingPoint() ? Eq(double.NegativeInfinity) : Torch.Full(Layout.ShapeArray, false, device: Device);

    /// <summary>
    /// Replaces NaN with <paramref name="nan"/>, +inf with <paramref name="posinf"/> (default: the dtype's largest
    /// value) and -inf with <paramref name="neginf"/> (default: its lowest). Replacements convert to the dtype
    /// without a range check, as PyTorch's kernel casts them (1e300 becomes inf in float32).
    /// </summary>
    public Tensor NanToNum(double nan = 0, double? posinf = null, double? neginf = null)
    {
        if (!DType.IsFloatingPoint()) return Clone();
        double largest = DType switch
        {
            DType.Float16 => (double)System.Half.MaxValue,
            DType.BFloat16 => (double)Flint.BFloat16.MaxValue,
            DType.Float32 => float.MaxValue,
            _ => double.MaxValue,
        };
        var replaced = Torch.Where(Eq(double.NegativeInfinity), Replacement(neginf ?? -largest), this);
        replaced = Torch.Where(Eq(double.PositiveInfinity), Replacement(posinf ?? largest), replaced);
        return Torch.Where(IsNan(), Replacement(nan), replaced);
    }

    public Tensor NanToNum_(double nan = 0, double? posinf = null, double? neginf = null) =>
        Assign(NanToNum(nan, posinf, neginf), "nan_to_num_");

    /// <summary>This tensor itself (PyTorch's positive, the unary <c>+</c>); refused for bool.</summary>
    public Tensor Positive()
    {
        if (DType == DType.Bool) throw new ArgumentException("The `+` operator, on a bool tensor is not supported.");
        return this;
    }

    /// <summary>A zero-dimensional tensor of this dtype holding <paramref name="value"/>, converted without a range check.</summary>
    Tensor Replacement(double value) => Torch.Full([], value, DType.Float64, Device).To(DType);
}
