using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Flint.Backends.Cpu.Special;

namespace Flint.Backends.Cpu.Ops;

/// <summary>C's <c>fmod</c> (C#'s <c>%</c> on every type): the dividend's sign. Integer divisors are checked for zero before.</summary>
internal readonly struct FmodOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a % b;
}

/// <summary>PyTorch's <c>fmax</c>: NaN only when both are NaN; ties (±0) keep the first operand.</summary>
internal readonly struct FmaxOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> =>
        T.IsNaN(a) ? b : T.IsNaN(b) ? a : a < b ? b : a;
}

/// <summary>PyTorch's <c>fmin</c>: NaN only when both are NaN; ties (±0) keep the first operand.</summary>
internal readonly struct FminOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> =>
        T.IsNaN(a) ? b : T.IsNaN(b) ? a : b < a ? b : a;
}

/// <summary>
/// Clamp's lower bound, <c>std::max(a, b)</c> as PyTorch writes it (ties and a NaN <c>a</c> keep <c>a</c>), except
/// that a NaN bound gives NaN as PyTorch's tensor-bound clamp does (the tensor layer drops NaN scalar bounds).
/// </summary>
internal readonly struct ClampMinOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => T.IsNaN(b) ? b : a < b ? b : a;

    public static bool TryInvoke<T>(ReadOnlySpan<T> a, T b, Span<T> d) where T : unmanaged, IBinaryNumber<T> =>
        !T.IsNaN(b) && BoundSpan.Apply(a, b, d, lower: true);
}

/// <summary>Clamp's upper bound, <c>std::min(a, b)</c> with <see cref="ClampMinOp"/>'s NaN rule.</summary>
internal readonly struct ClampMaxOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => T.IsNaN(b) ? b : b < a ? b : a;

    public static bool TryInvoke<T>(ReadOnlySpan<T> a, T b, Span<T> d) where T : unmanaged, IBinaryNumber<T> =>
        !T.IsNaN(b) && BoundSpan.Apply(a, b, d, lower: false);
}

/// <summary>
/// A dense row clamped to one bound with Vector256 selects; unlike <c>TensorPrimitives.Max</c>, a tie keeps the
/// element (so -0 stays -0, as in PyTorch's relu) and a NaN element stays NaN.
/// </summary>
internal static class BoundSpan
{
    public static bool Apply<T>(ReadOnlySpan<T> a, T bound, Span<T> d, bool lower) where T : unmanaged, IBinaryNumber<T>
    {
        if (!Vector256.IsHardwareAccelerated || !Vector256<T>.IsSupported) return false;
        var bounds = Vector256.Create(bound);
        int i = 0, width = Vector256<T>.Count;
        ref T source = ref MemoryMarshal.GetReference(a);
        ref T target = ref MemoryMarshal.GetReference(d);
        for (; i <= a.Length - width; i += width)
        {
            var x = Vector256.LoadUnsafe(ref source, (nuint)i);
            var replace = lower ? Vector256.LessThan(x, bounds) : Vector256.LessThan(bounds, x);
            Vector256.ConditionalSelect(replace, bounds, x).StoreUnsafe(ref target, (nuint)i);
        }
        for (; i < a.Length; i++) d[i] = lower ? (a[i] < bound ? bound : a[i]) : (bound < a[i] ? bound : a[i]);
        return true;
    }
}

/// <summary>
/// <c>a &lt;&lt; b</c> with x86 PyTorch's results: 8- to 32-bit types shift as 32-bit ints (C's integer promotion),
/// the count taken modulo 32 (the SHL instruction's masking), and wrap back; 64-bit types shift modulo 64.
/// </summary>
internal readonly struct LeftShiftOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => typeof(T) == typeof(long)
        ? T.CreateTruncating(long.CreateTruncating(a) << int.CreateTruncating(b))
        : T.CreateTruncating(int.CreateTruncating(a) << int.CreateTruncating(b));
}

/// <summary><c>a &gt;&gt; b</c>, arithmetic, with <see cref="LeftShiftOp"/>'s widths and counts.</summary>
internal readonly struct RightShiftOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => typeof(T) == typeof(long)
        ? T.CreateTruncating(long.CreateTruncating(a) >> int.CreateTruncating(b))
        : T.CreateTruncating(int.CreateTruncating(a) >> int.CreateTruncating(b));
}

internal readonly struct Atan2Op : IFloatingBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IFloatingPointIeee754<T> => T.Atan2(a, b);
}

internal readonly struct HypotOp : IFloatingBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IFloatingPointIeee754<T> => typeof(T) == typeof(float)
        ? T.CreateTruncating(ElementaryFunctions.Hypot(float.CreateTruncating(a), float.CreateTruncating(b)))
        : T.CreateTruncating(ElementaryFunctions.Hypot(double.CreateTruncating(a), double.CreateTruncating(b)));
}

internal readonly struct CopysignOp : IFloatingBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IFloatingPointIeee754<T> => T.CopySign(a, b);
}
