using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu;

/// <summary>
/// Conversions between the CLR element types of every <see cref="DType"/>, with PyTorch's
/// semantics: float to integer truncates toward zero and then wraps to the target width
/// (as the x86 build of PyTorch does), anything to bool is "not zero", integers convert
/// exactly through <see cref="long"/>, and floating values through <see cref="double"/>.
/// The <c>typeof(T)</c> tests are constants to the JIT, so each instantiation is branch-free.
/// </summary>
public static class ElementConvert
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TTo Cast<TFrom, TTo>(TFrom value) where TFrom : unmanaged where TTo : unmanaged
    {
        if (typeof(TFrom) == typeof(TTo)) return Unsafe.As<TFrom, TTo>(ref value);
        if (typeof(TTo) == typeof(bool)) return As<bool, TTo>(IsNonZero(value));
        if (typeof(TTo) == typeof(float) && typeof(TFrom) == typeof(double)) return As<float, TTo>((float)As<TFrom, double>(value));
        if (typeof(TTo) == typeof(double) && typeof(TFrom) == typeof(float)) return As<double, TTo>(As<TFrom, float>(value));
        if (IsFloating<TFrom>()) return FromDouble<TTo>(ToDouble(value));
        return FromInt64<TTo>(ToInt64(value));
    }

    public static bool IsFloating<T>() =>
        typeof(T) == typeof(float) || typeof(T) == typeof(double) || typeof(T) == typeof(Half) || typeof(T) == typeof(BFloat16);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNonZero<T>(T value) where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) return As<T, bool>(value);
        if (typeof(T) == typeof(float)) return As<T, float>(value) != 0;
        if (typeof(T) == typeof(double)) return As<T, double>(value) != 0;
        if (typeof(T) == typeof(Half)) return As<T, Half>(value) != Half.Zero;
        if (typeof(T) == typeof(BFloat16)) return (float)As<T, BFloat16>(value) != 0;
        return ToInt64(value) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double ToDouble<T>(T value) where T : unmanaged
    {
        if (typeof(T) == typeof(double)) return As<T, double>(value);
        if (typeof(T) == typeof(float)) return As<T, float>(value);
        if (typeof(T) == typeof(Half)) return (double)As<T, Half>(value);
        if (typeof(T) == typeof(BFloat16)) return As<T, BFloat16>(value);
        return ToInt64(value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ToInt64<T>(T value) where T : unmanaged
    {
        if (typeof(T) == typeof(long)) return As<T, long>(value);
        if (typeof(T) == typeof(int)) return As<T, int>(value);
        if (typeof(T) == typeof(short)) return As<T, short>(value);
        if (typeof(T) == typeof(sbyte)) return As<T, sbyte>(value);
        if (typeof(T) == typeof(byte)) return As<T, byte>(value);
        if (typeof(T) == typeof(bool)) return As<T, bool>(value) ? 1 : 0;
        return TruncateToInt64(ToDouble(value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FromDouble<T>(double value) where T : unmanaged
    {
        if (typeof(T) == typeof(double)) return As<double, T>(value);
        if (typeof(T) == typeof(float)) return As<float, T>((float)value);
        // PyTorch narrows double to half and bfloat16 through float.
        if (typeof(T) == typeof(Half)) return As<Half, T>((Half)(float)value);
        if (typeof(T) == typeof(BFloat16)) return As<BFloat16, T>((BFloat16)(float)value);
        if (typeof(T) == typeof(bool)) return As<bool, T>(value != 0);
        return FromInt64<T>(TruncateToInt64(value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T FromInt64<T>(long value) where T : unmanaged
    {
        if (typeof(T) == typeof(long)) return As<long, T>(value);
        if (typeof(T) == typeof(int)) return As<int, T>(unchecked((int)value));
        if (typeof(T) == typeof(short)) return As<short, T>(unchecked((short)value));
        if (typeof(T) == typeof(sbyte)) return As<sbyte, T>(unchecked((sbyte)value));
        if (typeof(T) == typeof(byte)) return As<byte, T>(unchecked((byte)value));
        if (typeof(T) == typeof(bool)) return As<bool, T>(value != 0);
        if (typeof(T) == typeof(double)) return As<double, T>(value);
        if (typeof(T) == typeof(float)) return As<float, T>(value);
        if (typeof(T) == typeof(Half)) return As<Half, T>((Half)(float)value);
        if (typeof(T) == typeof(BFloat16)) return As<BFloat16, T>((BFloat16)(float)value);
        throw new NotSupportedException($"{typeof(T).Name} is not a Flint element type.");
    }

    // x86 cvttsd2si yields long.MinValue for NaN and out-of-range inputs; .NET saturates instead.
    // Matching the hardware keeps float -> int conversions identical to PyTorch's on x86-64.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static long TruncateToInt64(double value) =>
        value >= -9.2233720368547758e18 && value < 9.2233720368547758e18 ? (long)value : long.MinValue;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static TTo As<TFrom, TTo>(TFrom value) => Unsafe.As<TFrom, TTo>(ref value);
}
