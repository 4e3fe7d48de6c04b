using System.Globalization;

namespace Flint;

/// <summary>Counting into bins: bincount (by integer value, optionally weighted) and histc (equal-width bins over a range).</summary>
public sealed partial class Tensor
{
    /// <summary>
    /// How often each value 0..max occurs in this 1-D tensor of non-negative integers (at least <paramref name="minlength"/>
    /// bins), or the sum of the <paramref name="weights"/> at each value: float32 weights sum in float32, all others in
    /// float64, in the order of the input, as PyTorch adds them.
    /// </summary>
    public Tensor Bincount(Tensor? weights = null, long minlength = 0)
    {
        if (DType == DType.Bool || DType.IsFloatingPoint()) throw NotImplemented("bincount_cpu", DType);
        if (minlength < 0) throw new ArgumentException("minlength should be >= 0");
        if (Dim == 1 && Numel == 0) return Torch.Zeros([minlength], DType.Int64, Device);
        if (Dim != 1 || Min().Item<long>() < 0) throw new ArgumentException("bincount only supports 1-d non-negative integral inputs.");
        if (weights is not null && (weights.Dim != 1 || weights.Size(0) != Size(0)))
            throw new ArgumentException("weights should be 1-d and have the same length as input");
        long length = Math.Max(minlength, Max().Item<long>() + 1);
        DType resultType = weights is null ? DType.Int64 : weights.DType == DType.Float32 ? DType.Float32 : DType.Float64;
        var values = weights?.To(resultType) ?? Torch.Ones([Numel], DType.Int64, Device);
        return Torch.Zeros([length], resultType, Device).IndexPut_([To(DType.Int64)], values, accumulate: true);
    }

    /// <summary>
    /// Counts of the elements in <paramref name="bins"/> equal-width bins between <paramref name="min"/> and
    /// <paramref name="max"/> (the data's extremes when both are equal); elements outside, and NaN, are not counted,
    /// and the last bin includes its right edge. The bin of x is <c>(x - min) * bins / (max - min)</c>, truncated,
    /// computed in the input's dtype (each step rounded, for bfloat16 too) as PyTorch computes it; float16, which PyTorch
    /// 1.13 has no kernel for, computes in float32 as later versions do.
    /// </summary>
    public Tensor Histc(long bins = 100, double min = 0, double max = 0)
    {
        if (DType == DType.Bool) throw NotImplemented("linspace_cpu", DType);
        if (!DType.IsFloatingPoint()) throw NotImplemented("histogram_cpu", DType);
        if (bins <= 0) throw new ArgumentException($"torch.histogram(): bins must be > 0, but got {bins} for dimension 0");
        if (DType == DType.Float16) return Float().Histc(bins, min, max).To(DType.Float16);
        double left = min, right = max;
        if (left == right && Numel > 0)
        {
            var (lowest, highest) = Aminmax();
            (left, right) = (lowest.Item<double>(), highest.Item<double>());
        }
        if (left == right) (left, right) = (left - 1, right + 1);
        if (!double.IsFinite(left) || !double.IsFinite(right))
            throw new ArgumentException($"torch.histc: range of [{CppNumber(left)}, {CppNumber(right)}] is not finite");
        if (!(left < right)) throw new ArgumentException("torch.histc: max must be larger than min");

        var lower = Torch.Full([], left, DType, Device);
        var upper = Torch.Full([], right, DType, Device);
        var x = Flatten();
        var inside = x[x.Ge(lower).LogicalAnd(x.Le(upper))];
        var bin = ((inside - lower) * bins / (upper - lower)).To(DType.Int64);
        bin[bin.Eq(bins)] = bins - 1;
        return Torch.Zeros([bins], DType, Device).IndexPut_([bin], Torch.Ones([bin.Numel], DType, Device), accumulate: true);
    }

    /// <summary>A double as C++'s ostream prints it in PyTorch's messages (6 significant digits, inf, nan).</summary>
    static string CppNumber(double value) =>
        double.IsNaN(value) ? "nan" : double.IsInfinity(value) ? (value > 0 ? "inf" : "-inf") : value.ToString("G6", CultureInfo.InvariantCulture);
}
