using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Flint.Backends.Cpu.Special;

/// <summary>
/// e^x of float32 runs with Vector256: each float is widened to double, reduced to e^r · 2^n with |r| ≤ ln2/2
/// (n = round(x / ln 2), r with a two-part ln 2 so that it carries no error that matters), e^r comes from its Taylor series to r^11
/// (truncation below 2^-45), 2^n is built in the exponent bits, and the double result rounds once to float. So the
/// result is the correctly rounded e^x (as glibc's expf, bit for bit) except for the few inputs whose e^x lies within
/// 2^-45 of a rounding boundary, and it rounds into float's subnormals and overflows to infinity exactly as a scalar
/// conversion would. TensorPrimitives.Exp is not used: it is up to 2 ulp off, exp(0) = 1.0000001 among them.
/// </summary>
internal static class VectorExponential
{
    const double Log2E = 1.4426950408889634;
    // ln 2 as a double and the rest of it: with fused multiply-adds, x - n·ln 2 keeps about 100 bits.
    const double Ln2High = 0.6931471805599453;
    const double Ln2Low = 2.3190468138462996e-17;
    const double RoundingMagic = 6755399441055744.0;                        // 1.5·2^52: adding it rounds to an integer in the low bits

    /// <summary>Writes e^x of every element; false (nothing written) when Vector256 is not accelerated.</summary>
    public static bool TryExp(ReadOnlySpan<float> x, Span<float> destination)
    {
        if (!Vector256.IsHardwareAccelerated) return false;
        ref float source = ref MemoryMarshal.GetReference(x);
        ref float target = ref MemoryMarshal.GetReference(destination);
        int i = 0, count = x.Length;
        for (; i <= count - Vector256<float>.Count; i += Vector256<float>.Count)
            Exp(Vector256.LoadUnsafe(ref source, (nuint)i)).StoreUnsafe(ref target, (nuint)i);
        if (i < count)
        {
            // The tail goes through the same lanes, so every element gets the same rounding.
            Span<float> lanes = stackalloc float[Vector256<float>.Count];
            x[i..].CopyTo(lanes);
            var result = Exp(Vector256.Create<float>(lanes));
            for (int k = 0; i + k < count; k++) destination[i + k] = result[k];
        }
        return true;
    }

    /// <summary>
    /// 1 / (1 + e^-x) of every element, rounded after each step as PyTorch's float sigmoid is (with e^-x correctly
    /// rounded); false (nothing written) when Vector256 is not accelerated.
    /// </summary>
    public static bool TrySigmoid(ReadOnlySpan<float> x, Span<float> destination)
    {
        if (!Vector256.IsHardwareAccelerated) return false;
        ref float source = ref MemoryMarshal.GetReference(x);
        ref float target = ref MemoryMarshal.GetReference(destination);
        var one = Vector256<float>.One;
        int i = 0, count = x.Length;
        for (; i <= count - Vector256<float>.Count; i += Vector256<float>.Count)
            (one / (one + Exp(-Vector256.LoadUnsafe(ref source, (nuint)i)))).StoreUnsafe(ref target, (nuint)i);
        for (; i < count; i++) destination[i] = 1f / (1f + Exp(Vector256.Create(-x[i]))[0]);
        return true;
    }

    /// <summary>e^x of eight floats.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Exp(Vector256<float> x)
    {
        // Beyond these bounds float's e^x is 0 or infinity; clamping keeps n in range. NaN is restored at the end.
        var clamped = Vector256.Min(Vector256.Max(x, Vector256.Create(-104f)), Vector256.Create(89f));
        var (lower, upper) = Vector256.Widen(clamped);
        var result = Vector256.Narrow(Exp(lower), Exp(upper));
        return Vector256.ConditionalSelect(Vector256.Equals(x, x), result, x);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Vector256<double> Exp(Vector256<double> x)
    {
        var magic = Vector256.Create(RoundingMagic);
        var shifted = Vector256.FusedMultiplyAdd(x, Vector256.Create(Log2E), magic);
        var n = shifted - magic;
        var r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2High), x);
        r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2Low), r);
        // Σ r^k / k! for k = 0..11, by Horner's rule.
        var p = Vector256.Create(1.0 / 39916800);
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 3628800));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 362880));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 40320));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 5040));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 720));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 120));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 24));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0 / 6));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(0.5));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0));
        p = Vector256.FusedMultiplyAdd(p, r, Vector256.Create(1.0));
        // 2^n: the low bits of `shifted` hold n; n + 1023 moved into the exponent field is the double 2^n.
        var scale = Vector256.ShiftLeft(shifted.AsInt64() + Vector256.Create(1023L), 52).AsDouble();
        return p * scale;
    }
}
