using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu;

/// <summary>
/// IEEE comparisons of any element type, as C++'s <c>&lt;</c> on PyTorch's scalar types: half types compare as the
/// floats they hold, bool as 0 and 1, every comparison with NaN is false. The <c>typeof(T)</c> tests are constants to
/// the JIT, so each instantiation compiles to one compare.
/// </summary>
internal static class ElementOrder
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNaN<T>(T value) where T : unmanaged
    {
        if (typeof(T) == typeof(float)) return float.IsNaN(Unsafe.BitCast<T, float>(value));
        if (typeof(T) == typeof(double)) return double.IsNaN(Unsafe.BitCast<T, double>(value));
        if (typeof(T) == typeof(Half)) return Half.IsNaN(Unsafe.BitCast<T, Half>(value));
        if (typeof(T) == typeof(BFloat16)) return float.IsNaN(Unsafe.BitCast<T, BFloat16>(value));
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less<T>(T a, T b) where T : unmanaged
    {
        if (typeof(T) == typeof(float)) return Unsafe.BitCast<T, float>(a) < Unsafe.BitCast<T, float>(b);
        if (typeof(T) == typeof(double)) return Unsafe.BitCast<T, double>(a) < Unsafe.BitCast<T, double>(b);
        if (typeof(T) == typeof(Half) || typeof(T) == typeof(BFloat16)) return ElementConvert.ToDouble(a) < ElementConvert.ToDouble(b);
        return ElementConvert.ToInt64(a) < ElementConvert.ToInt64(b);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Greater<T>(T a, T b) where T : unmanaged => Less(b, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Equal<T>(T a, T b) where T : unmanaged
    {
        if (typeof(T) == typeof(float)) return Unsafe.BitCast<T, float>(a) == Unsafe.BitCast<T, float>(b);
        if (typeof(T) == typeof(double)) return Unsafe.BitCast<T, double>(a) == Unsafe.BitCast<T, double>(b);
        if (typeof(T) == typeof(Half) || typeof(T) == typeof(BFloat16)) return ElementConvert.ToDouble(a) == ElementConvert.ToDouble(b);
        return ElementConvert.ToInt64(a) == ElementConvert.ToInt64(b);
    }

    /// <summary>Ascending order with NaN above every number (PyTorch's sort and topk comparators).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LessNaNLast<T>(T a, T b) where T : unmanaged => (!IsNaN(a) && IsNaN(b)) || Less(a, b);

    /// <summary>Descending order with NaN before every number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GreaterNaNFirst<T>(T a, T b) where T : unmanaged => (IsNaN(a) && !IsNaN(b)) || Greater(a, b);
}
