using System.Runtime.Intrinsics;

namespace Flint.Tensors.Random;

/// <summary>
/// PyTorch's float <c>normal_fill_16_AVX2</c>: Box-Muller on 8 + 8 uniforms with the Cephes-derived
/// <c>log256_ps</c> and <c>sincos256_ps</c> of <c>avx_mathfun.h</c> (Julien Pommier's sse_mathfun, zlib
/// licence), reproduced operation by operation as the Debian GCC 12 build of PyTorch 1.13 executes them.
/// GCC contracts the header's separate multiplies and adds into FMAs; which ones it fused was read from
/// that build's machine code, and each <see cref="Fma"/> below stands for one of those instructions.
/// <see cref="Vector256"/> falls back to exact scalar arithmetic where AVX2 is missing, so the numbers do
/// not depend on the machine running Flint.
/// </summary>
internal static class NormalFloatKernel
{
    static readonly Vector256<float> One = Vector256.Create(1f);
    static readonly Vector256<float> Half = Vector256.Create(0.5f);
    static readonly Vector256<float> MinusOne = Vector256.Create(-1f);
    static readonly Vector256<float> MinusTwo = Vector256.Create(-2f);
    static readonly Vector256<float> TwoPi = Vector256.Create((float)(2.0 * Math.PI));

    // log256_ps
    static readonly Vector256<float> MinNormPos = Vector256.Create(0x00800000).AsSingle();
    static readonly Vector256<int> InverseMantissaMask = Vector256.Create(~0x7f800000);
    static readonly Vector256<float> SqrtHalf = Vector256.Create(0.707106781186547524f);
    static readonly float[] LogPolynomial =
    [
        7.0376836292E-2f, -1.1514610310E-1f, 1.1676998740E-1f, -1.2420140846E-1f, 1.4249322787E-1f,
        -1.6668057665E-1f, 2.0000714765E-1f, -2.4999993993E-1f, 3.3333331174E-1f,
    ];
    static readonly Vector256<float> LogQ1 = Vector256.Create(-2.12194440e-4f);
    static readonly Vector256<float> LogQ2 = Vector256.Create(0.693359375f);

    // sincos256_ps
    static readonly Vector256<int> SignMask = Vector256.Create(unchecked((int)0x80000000));
    static readonly Vector256<float> FourOverPi = Vector256.Create(1.27323954473516f);
    static readonly Vector256<float> MinusDP1 = Vector256.Create(-0.78515625f);
    static readonly Vector256<float> MinusDP2 = Vector256.Create(-2.4187564849853515625e-4f);
    static readonly Vector256<float> MinusDP3 = Vector256.Create(-3.77489497744594108e-8f);
    static readonly Vector256<float> SinP0 = Vector256.Create(-1.9515295891E-4f);
    static readonly Vector256<float> SinP1 = Vector256.Create(8.3321608736E-3f);
    static readonly Vector256<float> SinP2 = Vector256.Create(-1.6666654611E-1f);
    static readonly Vector256<float> CosP0 = Vector256.Create(2.443315711809948E-005f);
    static readonly Vector256<float> CosP1 = Vector256.Create(-1.388731625493765E-003f);
    static readonly Vector256<float> CosP2 = Vector256.Create(4.166664568298827E-002f);

    /// <summary>Turns 16 uniforms in [0, 1) into 16 normals: radii from the first 8, angles from the last 8.</summary>
    public static void Fill16(Span<float> block, float mean, float std)
    {
        var u1 = One - Vector256.Create((ReadOnlySpan<float>)block[..8]);
        var u2 = Vector256.Create((ReadOnlySpan<float>)block[8..16]);
        var radius = Vector256.Sqrt(MinusTwo * Log(u1));
        var (sin, cos) = SinCos(TwoPi * u2);
        var meanVector = Vector256.Create(mean);
        var stdVector = Vector256.Create(std);
        Fma(radius * cos, stdVector, meanVector).CopyTo(block);
        Fma(radius * sin, stdVector, meanVector).CopyTo(block[8..]);
    }

    /// <summary>Natural log for positive normal inputs; NaN for x &lt;= 0 (log256_ps).</summary>
    static Vector256<float> Log(Vector256<float> x)
    {
        var invalid = Vector256.LessThanOrEqual(x, Vector256<float>.Zero);
        x = Vector256.Max(x, MinNormPos);
        var exponentBits = Vector256.ShiftRightLogical(x.AsInt32(), 23);
        x = ((x.AsInt32() & InverseMantissaMask) | Half.AsInt32()).AsSingle();
        var e = Vector256.ConvertToSingle(exponentBits - Vector256.Create(0x7f)) + One;

        var belowSqrtHalf = Vector256.LessThan(x, SqrtHalf);
        var tmp = x & belowSqrtHalf;
        x += MinusOne;
        e -= One & belowSqrtHalf;
        x = tmp + x;

        var eTimesQ1 = e * LogQ1;
        var y = Fma(x, Vector256.Create(LogPolynomial[0]), Vector256.Create(LogPolynomial[1]));
        for (int k = 2; k < LogPolynomial.Length; k++) y = Fma(x, y, Vector256.Create(LogPolynomial[k]));
        var z = x * x;
        y = x * y;
        y = Fma(y, z, eTimesQ1);
        y = Fma(-z, Half, y);
        x += y;
        x = Fma(e, LogQ2, x);
        return x | invalid;
    }

    /// <summary>Sine and cosine together (sincos256_ps): Cody-Waite reduction by pi/4 and two polynomials.</summary>
    static (Vector256<float> Sin, Vector256<float> Cos) SinCos(Vector256<float> x)
    {
        var signSin = (x.AsInt32() & SignMask).AsSingle();
        x = (x.AsInt32() & ~SignMask).AsSingle();

        var octant = Vector256.ConvertToInt32(x * FourOverPi);
        octant = (octant + Vector256.Create(1)) & Vector256.Create(~1);
        var octantFloat = Vector256.ConvertToSingle(octant);
        var swapSignSin = Vector256.ShiftLeft(octant & Vector256.Create(4), 29).AsSingle();
        var polynomialMask = Vector256.Equals(octant & Vector256.Create(2), Vector256<int>.Zero).AsSingle();
        var signCos = Vector256.ShiftLeft(~(octant - Vector256.Create(2)) & Vector256.Create(4), 29).AsSingle();

        x = Fma(octantFloat, MinusDP1, x);
        x = Fma(octantFloat, MinusDP2, x);
        x = Fma(octantFloat, MinusDP3, x);
        signSin ^= swapSignSin;

        var z = x * x;
        var cosPolynomial = Fma(z, CosP0, CosP1);
        cosPolynomial = Fma(z, cosPolynomial, CosP2);
        var halfZ = z * Half;
        cosPolynomial = z * cosPolynomial;
        cosPolynomial = Fma(cosPolynomial, z, -halfZ);
        var sinPolynomial = Fma(z, SinP0, SinP1);
        sinPolynomial = Fma(z, sinPolynomial, SinP2);
        cosPolynomial += One;
        sinPolynomial = z * sinPolynomial;
        sinPolynomial = Fma(sinPolynomial, x, x);

        var sinFromSin = polynomialMask & sinPolynomial;
        var sinFromCos = Vector256.AndNot(cosPolynomial, polynomialMask);
        var cosFromSin = sinPolynomial - sinFromSin;
        var cosFromCos = cosPolynomial - sinFromCos;
        var sin = (sinFromSin + sinFromCos) ^ signSin;
        var cos = (cosFromSin + cosFromCos) ^ signCos;
        return (sin, cos);
    }

    static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) => Vector256.FusedMultiplyAdd(a, b, c);
}
