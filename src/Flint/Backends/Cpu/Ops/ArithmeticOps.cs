using System.Numerics;
using System.Numerics.Tensors;

namespace Flint.Backends.Cpu.Ops;

internal readonly struct AddOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a + b;
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Add(a, b, d); return true; }
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, T b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Add(a, b, d); return true; }
}

internal readonly struct SubOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a - b;
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Subtract(a, b, d); return true; }
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, T b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Subtract(a, b, d); return true; }
}

internal readonly struct MulOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a * b;
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Multiply(a, b, d); return true; }
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, T b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Multiply(a, b, d); return true; }
}

/// <summary>True division (the tensor layer promotes integers to floating point first).</summary>
internal readonly struct DivOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a / b;
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Divide(a, b, d); return true; }
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, T b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Divide(a, b, d); return true; }
}

/// <summary>Python's <c>%</c>: the result has the divisor's sign (PyTorch's <c>remainder</c>). Integer divisors are checked for zero before.</summary>
internal readonly struct RemainderOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T>
    {
        T mod = a % b;
        if (!T.IsZero(mod) && T.IsNegative(b) != T.IsNegative(mod)) mod += b;
        return mod;
    }
}

/// <summary>Division rounded toward negative infinity, computed as PyTorch's <c>div_floor</c> does.</summary>
internal readonly struct FloorDivideOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T>
    {
        if (!ElementConvert.IsFloating<T>())
        {
            T quotient = a / b;
            if (!T.IsZero(a % b) && (T.IsNegative(a) != T.IsNegative(b))) quotient -= T.One;
            return quotient;
        }
        double x = ElementConvert.ToDouble(a), y = ElementConvert.ToDouble(b);
        return ElementConvert.FromDouble<T>(typeof(T) == typeof(float) ? FloorDivide((float)x, (float)y) : FloorDivide(x, y));
    }

    static double FloorDivide(double a, double b)
    {
        if (b == 0) return a / b;
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
        if (div == 0) return Math.CopySign(0, a / b);
        double floor = Math.Floor(div);
        return div - floor > 0.5 ? floor + 1 : floor;
    }

    static float FloorDivide(float a, float b)
    {
        if (b == 0) return a / b;
        float mod = a % b;
        float div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1;
        if (div == 0) return MathF.CopySign(0, a / b);
        float floor = MathF.Floor(div);
        return div - floor > 0.5f ? floor + 1 : floor;
    }
}

/// <summary>Elementwise maximum; NaN propagates (PyTorch's <c>maximum</c>).</summary>
internal readonly struct MaximumOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> =>
        T.IsNaN(a) ? a : T.IsNaN(b) ? b : a > b ? a : b;
}

/// <summary>Elementwise minimum; NaN propagates (PyTorch's <c>minimum</c>).</summary>
internal readonly struct MinimumOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> =>
        T.IsNaN(a) ? a : T.IsNaN(b) ? b : a < b ? a : b;
}

internal readonly struct PowOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T>
    {
        if (ElementConvert.IsFloating<T>())
            return typeof(T) == typeof(float)
                ? ElementConvert.FromDouble<T>(MathF.Pow((float)ElementConvert.ToDouble(a), (float)ElementConvert.ToDouble(b)))
                : ElementConvert.FromDouble<T>(Math.Pow(ElementConvert.ToDouble(a), ElementConvert.ToDouble(b)));
        // Integer power by squaring, as PyTorch's powi: a negative exponent gives 0 unless the base is ±1.
        if (T.IsNegative(b))
            return a == T.One ? T.One : a == -T.One ? (T.IsZero(b % (T.One + T.One)) ? T.One : -T.One) : T.Zero;
        T result = T.One, baseValue = a;
        for (T exponent = b; !T.IsZero(exponent); exponent /= T.One + T.One)
        {
            if (!T.IsZero(exponent % (T.One + T.One))) result *= baseValue;
            baseValue *= baseValue;
        }
        return result;
    }
}

internal readonly struct BitwiseAndOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a & b;
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.BitwiseAnd(a, b, d); return true; }
}

internal readonly struct BitwiseOrOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a | b;
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.BitwiseOr(a, b, d); return true; }
}

internal readonly struct BitwiseXorOp : IBinaryOp
{
    public static T Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a ^ b;
    public static bool TryInvoke<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> d) where T : unmanaged, IBinaryNumber<T> { TensorPrimitives.Xor(a, b, d); return true; }
}
