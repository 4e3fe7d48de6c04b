using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Flint.Backends.Cpu.Ops;

/// <summary>
/// An elementwise operator producing the operands' type: a scalar path, and optional span
/// paths (usually <c>TensorPrimitives</c>) for rows that are dense or have one broadcast operand.
/// A span path returns false when it has no vector form for <typeparamref name="T"/>.
/// </summary>
internal interface IBinaryOp
{
    static abstract T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T>;

    static virtual bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> destination) where T : unmanaged, IBinaryNumber<T> => false;

    static virtual bool TryInvoke<T>(ReadOnlySpan<T> a, T b, Span<T> destination) where T : unmanaged, IBinaryNumber<T> => false;
}

/// <summary>An elementwise predicate of two operands of one type (comparisons, logical ops).</summary>
internal interface IPredicateOp
{
    static abstract bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T>;
}

/// <summary>An elementwise operator of one operand producing its type.</summary>
internal interface IUnaryOp
{
    static abstract T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T>;

    static virtual bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> destination) where T : unmanaged, IBinaryNumber<T> => false;
}

/// <summary>An elementwise floating-point function of one operand (float and double only).</summary>
internal interface IFloatingUnaryOp
{
    static abstract T Invoke<T>(T x) where T : unmanaged, IFloatingPointIeee754<T>;

    /// <summary>A vector path for a dense row; false when there is none as accurate as the scalar path.</summary>
    static virtual bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> destination) where T : unmanaged, IFloatingPointIeee754<T> => false;
}

/// <summary>An elementwise floating-point function of two operands (float and double only).</summary>
internal interface IFloatingBinaryOp
{
    static abstract T Invoke<T>(T a, T b) where T : unmanaged, IFloatingPointIeee754<T>;
}

/// <summary>
/// A float-only unary op seen as a numeric one, so that the numeric row drivers run it; the tensor layer has already
/// promoted integers, so only float and double reach it.
/// </summary>
internal readonly struct FloatingUnary<TOp> : IUnaryOp where TOp : IFloatingUnaryOp
{
    public static T Invoke<T>(T x) where T : unmanaged, IBinaryNumber<T>
    {
        if (typeof(T) == typeof(float)) return Unsafe.BitCast<float, T>(TOp.Invoke(Unsafe.BitCast<T, float>(x)));
        if (typeof(T) == typeof(double)) return Unsafe.BitCast<double, T>(TOp.Invoke(Unsafe.BitCast<T, double>(x)));
        throw new NotSupportedException($"{typeof(TOp).Name} runs on float and double only, not {typeof(T).Name}.");
    }

    public static bool TryInvoke<T>(ReadOnlySpan<T> x, Span<T> destination) where T : unmanaged, IBinaryNumber<T>
    {
        if (typeof(T) == typeof(float)) return TOp.TryInvoke(MemoryMarshal.Cast<T, float>(x), MemoryMarshal.Cast<T, float>(destination));
        if (typeof(T) == typeof(double)) return TOp.TryInvoke(MemoryMarshal.Cast<T, double>(x), MemoryMarshal.Cast<T, double>(destination));
        return false;
    }
}

/// <summary>A float-only binary op seen as a numeric one (see <see cref="FloatingUnary{TOp}"/>).</summary>
internal readonly struct FloatingBinary<TOp> : IBinaryOp where TOp : IFloatingBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T>
    {
        if (typeof(T) == typeof(float)) return Unsafe.BitCast<float, T>(TOp.Invoke(Unsafe.BitCast<T, float>(a), Unsafe.BitCast<T, float>(b)));
        if (typeof(T) == typeof(double)) return Unsafe.BitCast<double, T>(TOp.Invoke(Unsafe.BitCast<T, double>(a), Unsafe.BitCast<T, double>(b)));
        throw new NotSupportedException($"{typeof(TOp).Name} runs on float and double only, not {typeof(T).Name}.");
    }
}
