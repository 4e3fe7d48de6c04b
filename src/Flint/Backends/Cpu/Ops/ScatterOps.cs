using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu.Ops;

/// <summary>How a scatter combines the element already at a destination with the source element written there.</summary>
internal interface IScatterOp
{
    static abstract T Combine<T>(T current, T value) where T : unmanaged;
}

internal readonly struct ScatterAssignOp : IScatterOp
{
    public static T Combine<T>(T current, T value) where T : unmanaged => value;
}

/// <summary>
/// Floating elements add in double and round once, which is what float32 addition gives (and, through float32, what
/// PyTorch's half kernels give); integers wrap; bools or.
/// </summary>
internal readonly struct ScatterAddOp : IScatterOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Combine<T>(T current, T value) where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) return Unsafe.BitCast<bool, T>(Unsafe.BitCast<T, bool>(current) | Unsafe.BitCast<T, bool>(value));
        if (ElementConvert.IsFloating<T>())
            return ElementConvert.FromDouble<T>(ElementConvert.ToDouble(current) + ElementConvert.ToDouble(value));
        return ElementConvert.FromInt64<T>(unchecked(ElementConvert.ToInt64(current) + ElementConvert.ToInt64(value)));
    }
}

/// <summary>A product of two floats is exact in double, so rounding it once is float32 multiplication; bools and.</summary>
internal readonly struct ScatterMultiplyOp : IScatterOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Combine<T>(T current, T value) where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) return Unsafe.BitCast<bool, T>(Unsafe.BitCast<T, bool>(current) & Unsafe.BitCast<T, bool>(value));
        if (ElementConvert.IsFloating<T>())
            return ElementConvert.FromDouble<T>(ElementConvert.ToDouble(current) * ElementConvert.ToDouble(value));
        return ElementConvert.FromInt64<T>(unchecked(ElementConvert.ToInt64(current) * ElementConvert.ToInt64(value)));
    }
}

/// <summary>PyTorch's <c>isnan(src) ? src : std::max(self, src)</c>: a NaN source wins, a NaN already there stays.</summary>
internal readonly struct ScatterAmaxOp : IScatterOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Combine<T>(T current, T value) where T : unmanaged
    {
        if (!ElementConvert.IsFloating<T>()) return ElementConvert.ToInt64(value) > ElementConvert.ToInt64(current) ? value : current;
        double v = ElementConvert.ToDouble(value);
        return double.IsNaN(v) || v > ElementConvert.ToDouble(current) ? value : current;
    }
}

/// <summary>PyTorch's <c>isnan(src) ? src : std::min(self, src)</c>.</summary>
internal readonly struct ScatterAminOp : IScatterOp
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Combine<T>(T current, T value) where T : unmanaged
    {
        if (!ElementConvert.IsFloating<T>()) return ElementConvert.ToInt64(value) < ElementConvert.ToInt64(current) ? value : current;
        double v = ElementConvert.ToDouble(value);
        return double.IsNaN(v) || v < ElementConvert.ToDouble(current) ? value : current;
    }
}
