using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu.Ops;

internal readonly struct NegOp : IUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T> => -x;
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Negate(x, d); return true; }
}

internal readonly struct AbsOp : IUnaryOp
{
    // Wraps for the most negative integer as PyTorch does (no overflow exception).
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T> => T.IsNegative(x) ? -x : x;

    // Only floating spans: TensorPrimitives.Abs throws on the most negative integer instead of wrapping.
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IBinaryNumber<T> =>
        FloatingMath.Span(x, d, TensorPrimitives.Abs, TensorPrimitives.Abs);
}

internal readonly struct BitwiseNotOp : IUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T> => ~x;
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.OnesComplement(x, d); return true; }
}

/// <summary>
/// Transcendental ops exist for float and double only; the tensor layer promotes integers first. Exp and log
/// call Math/MathF element by element: TensorPrimitives.Exp and Log (System.Numerics.Tensors 11) are up to 2 ulp
/// off, exp(0f) = 1.0000001 among them, where PyTorch's kernels are within 1 ulp with exp(0) = 1, and measured
/// no faster than the scalar loop on AVX-512 hardware.
/// </summary>
internal readonly struct ExpOp : IUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T> => FloatingMath.Apply(x, Math.Exp, MathF.Exp);
}

internal readonly struct LogOp : IUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T> => FloatingMath.Apply(x, Math.Log, MathF.Log);
}

internal readonly struct SqrtOp : IUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T> => FloatingMath.Apply(x, Math.Sqrt, MathF.Sqrt);
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IBinaryNumber<T> =>
        FloatingMath.Span(x, d, TensorPrimitives.Sqrt, TensorPrimitives.Sqrt);
}

internal delegate void SpanFunction<T>(ReadOnlySpan<T> x, Span<T> destination);

internal static class FloatingMath
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Apply<T>(T x, Func<double, double> forDouble, Func<float, float> forFloat) where T : unmanaged
    {
        if (typeof(T) == typeof(float)) return Unsafe.BitCast<float, T>(forFloat(Unsafe.BitCast<T, float>(x)));
        if (typeof(T) == typeof(double)) return Unsafe.BitCast<double, T>(forDouble(Unsafe.BitCast<T, double>(x)));
        throw new NotSupportedException($"{typeof(T).Name} has no transcendental kernel; promote to a floating dtype first.");
    }

    public static bool Span<T>(ReadOnlySpan<T> x, Span<T> d, SpanFunction<double> forDouble, SpanFunction<float> forFloat) where T : unmanaged
    {
        if (typeof(T) == typeof(float)) forFloat(System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(d));
        else if (typeof(T) == typeof(double)) forDouble(System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(x), System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(d));
        else return false;
        return true;
    }
}
