using System.Numerics;
using System.Runtime.InteropServices;
using Flint.Backends.Cpu.Special;

namespace Flint.Backends.Cpu.Ops;

/// <summary>
/// <c>1 / (1 + exp(-x))</c>, rounded after each step exactly as PyTorch's kernel computes it; dense float32 rows take
/// the vectorised exponential (TensorPrimitives.Sigmoid is up to 4 ulp off).
/// </summary>
internal readonly struct SigmoidOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.One / (T.One + T.Exp(-x));

    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IFloatingPointIeee754<T> =>
        typeof(T) == typeof(float) && VectorExponential.TrySigmoid(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(d));
}

internal readonly struct ErfOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.CreateTruncating(ErrorFunction.Erf(double.CreateTruncating(x), single: typeof(T) == typeof(float)));
}

internal readonly struct ErfcOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.CreateTruncating(ErrorFunction.Erfc(double.CreateTruncating(x), single: typeof(T) == typeof(float)));
}

internal readonly struct ErfinvOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => ErrorFunction.Erfinv(x);
}

internal readonly struct LgammaOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.CreateTruncating(GammaFunction.Lgamma(double.CreateTruncating(x)));
}

/// <summary>PyTorch's digamma formula in the element's precision (float in float, as PyTorch's kernel).</summary>
internal readonly struct DigammaOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => GammaFunction.Digamma(x);
}
