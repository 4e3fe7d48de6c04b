using System.Numerics;
using System.Numerics.Tensors;

namespace Flint.Backends.Cpu.Ops;

// Rounding is exact, so the vectorised TensorPrimitives forms give the scalar results bit for bit.

internal readonly struct FloorOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Floor(x);
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IFloatingPointIeee754<T> { TensorPrimitives.Floor(x, d); return true; }
}

internal readonly struct CeilOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Ceiling(x);
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IFloatingPointIeee754<T> { TensorPrimitives.Ceiling(x, d); return true; }
}

/// <summary>To the nearest integer, ties to even (C's <c>nearbyint</c>, which PyTorch calls).</summary>
internal readonly struct RoundOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Round(x);
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IFloatingPointIeee754<T> { TensorPrimitives.Round(x, d); return true; }
}

internal readonly struct TruncOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Truncate(x);
    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IFloatingPointIeee754<T> { TensorPrimitives.Truncate(x, d); return true; }
}

/// <summary><c>(0 &lt; x) - (x &lt; 0)</c>, as PyTorch computes it: NaN and both zeros give +0.</summary>
internal readonly struct SignOp : IUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T> =>
        (T.Zero < x ? T.One : T.Zero) - (x < T.Zero ? T.One : T.Zero);
}
