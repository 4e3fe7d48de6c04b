using System.Globalization;

namespace Flint;

/// <summary>Evenly spaced values: <c>arange</c>, <c>linspace</c>, <c>logspace</c>, with PyTorch's checks and exact values.</summary>
public static partial class Torch
{
    /// <summary>
    /// Values from <paramref name="start"/> up to (not including) <paramref name="end"/>. Integer arguments give
    /// Int64, any floating argument the default dtype (PyTorch's inference). Integer dtypes count in int64 from the
    /// truncated arguments; floating ones as PyTorch's vectorised kernel does (see <see cref="RangeValues"/>).
    /// </summary>
    public static Tensor Arange(Scalar start, Scalar end, Scalar step, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        bool floating = start.IsFloatingPoint || end.IsFloatingPoint || step.IsFloatingPoint;
        DType resultType = dtype ?? (floating ? defaultDType : DType.Int64);
        CheckImplemented("arange_cpu", resultType);
        CheckRequiresGrad(resultType, requiresGrad);
        return resultType.IsFloatingPoint()
            ? ArangeFloating(start, end, step, resultType, device, requiresGrad)
            : ArangeIntegral(start, end, step, resultType, device, requiresGrad);
    }

    /// <summary>Integer dtypes: PyTorch accumulates in int64 from the truncated arguments.</summary>
    static Tensor ArangeIntegral(Scalar start, Scalar end, Scalar step, DType dtype, Device? device, bool requiresGrad)
    {
        foreach (var bound in new[] { start, end, step }) ScalarOverflow.Check(bound, DType.Int64);
        long first = start.ToInt64(), last = end.ToInt64(), increment = step.ToInt64();
        if (increment == 0) throw new ArgumentException("step must be nonzero");
        CheckStepSign(first, last, increment);
        // int64 counts exactly (a ceiling division); the other integer types count in double, as PyTorch does.
        long count = dtype == DType.Int64
            ? (last - first + increment - Math.Sign(increment)) / increment
            : CheckedCount(Math.Ceiling((end.ToDouble() - start.ToDouble()) / step.ToDouble()));
        var values = new long[count];
        for (long i = 0; i < count; i++) values[i] = unchecked(first + i * increment);
        return FromDense(values, [count], dtype, device, requiresGrad);
    }

    /// <summary>Floating dtypes: PyTorch checks the arguments in double (float for the 16-bit types) and counts in double.</summary>
    static Tensor ArangeFloating(Scalar start, Scalar end, Scalar step, DType dtype, Device? device, bool requiresGrad)
    {
        bool halfPrecision = dtype.ElementSize() == 2;
        if (halfPrecision) foreach (var bound in new[] { start, end, step }) ScalarOverflow.Check(bound, DType.Float32);
        double Accumulated(Scalar value) => halfPrecision ? (float)value.ToDouble() : value.ToDouble();
        double first = Accumulated(start), last = Accumulated(end), increment = Accumulated(step);
        if (!(increment > 0 || increment < 0)) throw new ArgumentException("step must be nonzero");
        if (!double.IsFinite(first) || !double.IsFinite(last))
            throw new ArgumentException($"unsupported range: {FormatLikeCpp(first)} -> {FormatLikeCpp(last)}");
        CheckStepSign(first, last, increment);
        long count = CheckedCount(Math.Ceiling((end.ToDouble() - start.ToDouble()) / step.ToDouble()));
        return FromDense(RangeValues.ArangeFloating(first, increment, count, dtype), [count], dtype, device, requiresGrad);
    }

    static void CheckStepSign(double first, double last, double increment)
    {
        if ((increment > 0 && last < first) || (increment < 0 && last > first))
            throw new ArgumentException("upper bound and larger bound inconsistent with step sign");
    }

    static long CheckedCount(double size) =>
        size >= 0 && size <= long.MaxValue ? (long)size : throw new ArgumentException("invalid size, possible overflow?");

    public static Tensor Arange(Scalar end, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Arange(0, end, 1, dtype, device, requiresGrad);

    public static Tensor Arange(Scalar start, Scalar end, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Arange(start, end, 1, dtype, device, requiresGrad);

    /// <summary><paramref name="steps"/> evenly spaced values from start to end inclusive, in the default dtype unless given.</summary>
    public static Tensor Linspace(Scalar start, Scalar end, long steps, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        if (steps < 0) throw new ArgumentException("number of steps must be non-negative");
        DType resultType = dtype ?? defaultDType;
        CheckImplemented("linspace_cpu", resultType);
        if (steps == 1) return Full([1], start, resultType, device, requiresGrad);
        CheckRequiresGrad(resultType, requiresGrad);
        var values = steps == 0 ? [] : RangeValues.Linspace(InElementType(start, resultType), InElementType(end, resultType), steps, resultType);
        return FromDense(values, [steps], resultType, device, requiresGrad);
    }

    /// <summary>
    /// <c>base ** linspace(start, end, steps)</c> (PyTorch's <c>torch.logspace</c>). Float16 is computed like BFloat16:
    /// PyTorch 1.13 has no Half kernel for it (2.1 added one).
    /// </summary>
    public static Tensor Logspace(Scalar start, Scalar end, long steps, double @base = 10.0, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        if (steps < 0) throw new ArgumentException("number of steps must be non-negative");
        DType resultType = dtype ?? defaultDType;
        CheckImplemented("logspace_cpu", resultType);
        if (steps == 1) return Full([1], Math.Pow(@base, start.ToDouble()), resultType, device, requiresGrad);
        CheckRequiresGrad(resultType, requiresGrad);
        var values = steps == 0 ? [] : RangeValues.Logspace(InElementType(start, resultType), InElementType(end, resultType), steps, @base, resultType);
        return FromDense(values, [steps], resultType, device, requiresGrad);
    }

    static void CheckImplemented(string kernel, DType dtype)
    {
        if (dtype == DType.Bool) throw new InvalidOperationException($"\"{kernel}\" not implemented for 'Bool'");
    }

    /// <summary>A bound as <c>Scalar::to&lt;T&gt;()</c> gives it: checked, then truncated (integers) or rounded (floats).</summary>
    static double InElementType(Scalar value, DType dtype)
    {
        ScalarOverflow.Check(value, dtype);
        return dtype.IsFloatingPoint() ? RangeValues.Round(value.ToDouble(), dtype) : value.IsIntegral ? value.ToInt64() : Math.Truncate(value.ToDouble());
    }

    /// <summary>A double as C++'s <c>operator&lt;&lt;</c> prints it (six significant digits), for messages PyTorch prints that way.</summary>
    static string FormatLikeCpp(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("G6", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
}
