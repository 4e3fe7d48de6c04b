using System.Numerics;

namespace Flint.Backends.Cpu.Special;

/// <summary>
/// log|Γ(x)| and digamma. .NET has no lgamma, so it is computed in double from classical expansions: Taylor series
/// of lgamma about 1 and 2, whose coefficients are values of the Riemann zeta function (A&amp;S 6.1.33), near the
/// function's zeros; Stirling's series with Bernoulli numbers (A&amp;S 6.1.40) from 10 up, reached by the recurrence
/// Γ(x + 1) = xΓ(x); and the reflection formula for negative x. Float results are computed in double and rounded
/// once. Digamma follows PyTorch's <c>calc_digamma</c> (Cephes' psi) in the input's own precision.
/// </summary>
internal static class GammaFunction
{
    const double EulerGamma = 0.57721566490153286061;
    const double HalfLogTwoPi = 0.91893853320467274178;
    const int SeriesTerms = 60;

    // (-1)^k ζ(k) / k and (-1)^k (ζ(k) - 1) / k for k = 2..SeriesTerms+1: the Taylor coefficients of lgamma(1 + z)
    // and lgamma(2 + z) after their linear terms.
    static readonly double[] AboutOne = new double[SeriesTerms], AboutTwo = new double[SeriesTerms];

    static GammaFunction()
    {
        for (int i = 0; i < SeriesTerms; i++)
        {
            int k = i + 2;
            double sign = k % 2 == 0 ? 1 : -1;
            double zetaMinusOne = ZetaMinusOne(k);
            AboutOne[i] = sign * (1 + zetaMinusOne) / k;
            AboutTwo[i] = sign * zetaMinusOne / k;
        }
    }

    public static double Lgamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x <= 0)
        {
            if (x == Math.Floor(x)) return double.PositiveInfinity;
            // Reflection: Γ(x)Γ(1 - x) = π / sin(πx); x - round(x) is exact, so sin(πx) keeps full relative accuracy.
            double sinPi = Math.Abs(Math.Sin(Math.PI * (x - Math.Round(x))));
            return Math.Log(Math.PI / sinPi) - Lgamma(1 - x);
        }
        if (x < 0.5) return Series(AboutOne, -EulerGamma, x) - Math.Log(x);
        if (x <= 1.5) return Series(AboutOne, -EulerGamma, x - 1);
        if (x <= 2.5) return Series(AboutTwo, 1 - EulerGamma, x - 2);
        if (x < 10)
        {
            // Γ(x) = (x - 1)(x - 2)···(x - n) Γ(x - n) with x - n in (1.5, 2.5], computed exactly.
            double product = 1;
            while (x > 2.5)
            {
                x -= 1;
                product *= x;
            }
            return Series(AboutTwo, 1 - EulerGamma, x - 2) + Math.Log(product);
        }
        return Stirling(x);
    }

    /// <summary>z · (linear + z · (c₀ + z · (c₁ + ...))) by Horner's rule, for |z| ≤ 1/2.</summary>
    static double Series(double[] coefficients, double linear, double z)
    {
        double sum = 0;
        for (int i = coefficients.Length - 1; i >= 0; i--) sum = sum * z + coefficients[i];
        return z * (linear + z * sum);
    }

    /// <summary>(x - 1/2) log x - x + log √(2π) + Σ B₂ₖ / (2k(2k - 1) x^(2k-1)), for x ≥ 10 (error below 2^-60).</summary>
    static double Stirling(double x)
    {
        double inverse = 1 / x, inverseSquare = inverse * inverse;
        double correction = inverse * (1.0 / 12 + inverseSquare * (-1.0 / 360 + inverseSquare * (1.0 / 1260 + inverseSquare * (-1.0 / 1680
            + inverseSquare * (1.0 / 1188 + inverseSquare * (-691.0 / 360360 + inverseSquare * (1.0 / 156 + inverseSquare * (-3617.0 / 122400))))))));
        return (x - 0.5) * Math.Log(x) - x + HalfLogTwoPi + correction;
    }

    /// <summary>
    /// ζ(k) - 1 for k ≥ 2 by Euler-Maclaurin summation: the terms 2..15 directly (smallest first), the tail from 16 by
    /// its integral, half its first term and eight Bernoulli corrections (truncation error below 1e-19).
    /// </summary>
    static double ZetaMinusOne(int k)
    {
        const int n = 16;
        double tail = Math.Pow(n, 1 - k) / (k - 1) + 0.5 * Math.Pow(n, -k);
        // B₂ⱼ / (2j)! · k(k+1)···(k+2j-2) · n^(-k-2j+1)
        double[] bernoulli = [1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730, 7.0 / 6, -3617.0 / 510];
        double rising = k, factorial = 2;
        for (int j = 1; j <= bernoulli.Length; j++)
        {
            tail += bernoulli[j - 1] / factorial * rising * Math.Pow(n, -k - 2 * j + 1);
            rising *= (k + 2 * j - 1) * (k + 2 * j);
            factorial *= (2 * j + 1) * (2 * j + 2);
        }
        double sum = tail;
        for (int m = n - 1; m >= 2; m--) sum += Math.Pow(m, -k);
        return sum;
    }

    /// <summary>
    /// PyTorch's <c>calc_digamma</c> in <typeparamref name="T"/>'s arithmetic, as PyTorch computes float and double:
    /// reflection below 0 (its π / tan(πr) term in double for both), recurrence up to 10, then the asymptotic series
    /// ψ(x) ~ ln x - 1/(2x) - Σ B₂ₖ / (2k x^(2k)).
    /// </summary>
    public static T Digamma<T>(T x) where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (T.IsZero(x)) return T.CopySign(T.PositiveInfinity, -x);
        if (x < T.Zero)
        {
            if (x == T.Truncate(x)) return T.NaN;
            double value = double.CreateTruncating(x), fraction = value - Math.Truncate(value);
            return Digamma(T.One - x) - T.CreateTruncating(Math.PI / Math.Tan(Math.PI * fraction));
        }
        T result = T.Zero, ten = T.CreateTruncating(10);
        while (x < ten)
        {
            result -= T.One / x;
            x += T.One;
        }
        if (x == ten) return result + T.CreateTruncating(2.25175258906672110764);
        T y = T.Zero;
        if (x < T.CreateTruncating(1e17))
        {
            T z = T.One / (x * x);
            T series = C<T>(1.0 / 12);
            foreach (double coefficient in (ReadOnlySpan<double>)[-691.0 / 32760, 1.0 / 132, -1.0 / 240, 1.0 / 252, -1.0 / 120, 1.0 / 12])
                series = series * z + C<T>(coefficient);
            y = z * series;
        }
        return result + T.Log(x) - C<T>(0.5) / x - y;
    }

    static T C<T>(double value) where T : unmanaged, IFloatingPointIeee754<T> => T.CreateTruncating(value);
}
