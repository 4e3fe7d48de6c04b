using System.Numerics;
using System.Numerics.Tensors;
using Flint.Backends.Cpu.Special;

namespace Flint.Backends.Cpu.Ops;

// Exponentials, logarithms, trigonometric and hyperbolic functions. float and double call .NET's MathF/Math, which
// call the C library's functions (glibc's on Linux, as PyTorch's scalar paths do); expm1 and log1p, which .NET only
// approximates as exp(x) - 1 and log(x + 1), come from ElementaryFunctions. TensorPrimitives' vectorised versions
// are not used: measured on 1M random floats per function, TensorPrimitives (System.Numerics.Tensors 10) is up to 2
// ulp off for exp, log, tan, 3-4 for log2, log10, cosh, and thousands for tanh and sinh near zero, where MathF
// stays within 1-2; its sin, cos, asin and atan are within 1 ulp but no faster than MathF's loop.

internal readonly struct Exp2Op : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Exp2(x); }

internal readonly struct Expm1Op : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.CreateTruncating(ElementaryFunctions.Expm1(double.CreateTruncating(x)));
}

internal readonly struct Log2Op : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Log2(x); }

internal readonly struct Log10Op : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Log10(x); }

internal readonly struct Log1pOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.CreateTruncating(ElementaryFunctions.Log1p(double.CreateTruncating(x)));
}

/// <summary>
/// <c>1 / sqrt(x)</c> with both roundings, as PyTorch (scalar and vectorised) computes it; never the hardware estimate.
/// TensorPrimitives.ReciprocalSqrt divides by the exact square root too, so its dense rows give the same bits.
/// </summary>
internal readonly struct RsqrtOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.One / T.Sqrt(x);

    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> d) where T : unmanaged, IFloatingPointIeee754<T>
    {
        TensorPrimitives.ReciprocalSqrt(x, d);
        return true;
    }
}

internal readonly struct SinOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Sin(x); }

internal readonly struct CosOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Cos(x); }

internal readonly struct TanOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Tan(x); }

internal readonly struct AsinOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Asin(x); }

internal readonly struct AcosOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Acos(x); }

internal readonly struct AtanOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Atan(x); }

internal readonly struct SinhOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Sinh(x); }

internal readonly struct CoshOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Cosh(x); }

internal readonly struct TanhOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Tanh(x); }

internal readonly struct AsinhOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Asinh(x); }

internal readonly struct AcoshOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Acosh(x); }

internal readonly struct AtanhOp : IFloatingUnaryOp { public static T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T> => T.Atanh(x); }
