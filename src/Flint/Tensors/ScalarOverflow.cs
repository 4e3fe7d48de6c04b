namespace Flint;

/// <summary>
/// PyTorch's checked conversion of a Python number to an element type (<c>c10::checked_convert</c>): a value
/// outside the type's range is an error rather than a silent wrap. Negative integers may wrap into unsigned
/// types (two's complement), infinities and NaN only into floating types, and bool takes anything.
/// </summary>
internal static class ScalarOverflow
{
    /// <summary>Checks a scalar as <c>Scalar::to&lt;T&gt;()</c> does (fill values, range bounds); the message names the C++ type.</summary>
    public static void Check(Scalar value, DType dtype)
    {
        if (Overflows(value, dtype)) throw new ArgumentException($"value cannot be converted to type {CppName(dtype)} without overflow");
    }

    /// <summary>
    /// Checks the elements of data given to <c>torch.tensor(data, dtype=...)</c>: as in PyTorch's Python
    /// conversion, only integer targets are checked, and the message names the dtype.
    /// </summary>
    public static void CheckElements<T>(ReadOnlySpan<T> data, DType dtype) where T : unmanaged
    {
        if (!dtype.IsIntegral() || typeof(T) == typeof(bool)) return;
        foreach (var element in data)
            if (Overflows(AsScalar(element), dtype))
                throw new ArgumentException($"value cannot be converted to type {dtype.TorchName()[6..]} without overflow");
    }

    /// <summary>An element as the Python number it stands for: integers stay integers, floats become doubles.</summary>
    static Scalar AsScalar<T>(T element) where T : unmanaged => element switch
    {
        byte v => (Scalar)(long)v,
        sbyte v => (Scalar)(long)v,
        short v => (Scalar)(long)v,
        int v => (Scalar)(long)v,
        long v => (Scalar)v,
        Half v => (Scalar)(double)v,
        BFloat16 v => (Scalar)(double)v,
        float v => (Scalar)(double)v,
        double v => (Scalar)v,
        _ => throw new ArgumentException($"{typeof(T).Name} is not a Flint element type."),
    };

    static bool Overflows(Scalar value, DType dtype)
    {
        if (dtype == DType.Bool || value.IsBool) return false;
        var (lowest, max) = Range(dtype);
        if (value.IsIntegral)
        {
            long integer = value.ToInt64();
            // Negative integers wrap into unsigned types while their magnitude fits, as `a - b` does in C.
            if (dtype == DType.UInt8 && integer < 0) return -(double)integer > max;
            return integer < lowest || integer > max;
        }
        double floating = value.ToDouble();
        if (double.IsInfinity(floating) || double.IsNaN(floating)) return !dtype.IsFloatingPoint();
        return floating < lowest || floating > max;
    }

    static (double Lowest, double Max) Range(DType dtype) => dtype switch
    {
        DType.UInt8 => (byte.MinValue, byte.MaxValue),
        DType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        DType.Int16 => (short.MinValue, short.MaxValue),
        DType.Int32 => (int.MinValue, int.MaxValue),
        DType.Int64 => (long.MinValue, long.MaxValue),
        DType.Float16 => ((double)Half.MinValue, (double)Half.MaxValue),
        DType.BFloat16 => ((double)BFloat16.MinValue, (double)BFloat16.MaxValue),
        DType.Float32 => (float.MinValue, float.MaxValue),
        _ => (double.MinValue, double.MaxValue),
    };

    static string CppName(DType dtype) => dtype switch
    {
        DType.UInt8 => "uint8_t",
        DType.Int8 => "int8_t",
        DType.Int16 => "int16_t",
        DType.Int32 => "int",
        DType.Int64 => "int64_t",
        DType.Float16 => "at::Half",
        DType.BFloat16 => "at::BFloat16",
        DType.Float32 => "float",
        DType.Float64 => "double",
        _ => "bool",
    };
}
