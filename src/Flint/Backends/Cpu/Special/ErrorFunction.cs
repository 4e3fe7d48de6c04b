namespace Flint.Backends.Cpu.Special;

/// <summary>
/// The error function family. .NET has no erf, so erf and erfc are computed in double from expansions that need
/// no fitted coefficients: for small |x| the series erf(x) = 2/√π e^(-x²) Σ 2ⁿ x^(2n+1) / (1·3···(2n+1))
/// (Abramowitz and Stegun 7.1.6; all terms have one sign, so nothing cancels), and above it Laplace's continued
/// fraction erfc(x) = e^(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))) (A&amp;S 7.1.14), evaluated from a
/// fixed depth backwards. Double results are within 8 ulp (erf) and 4 ulp (erfc) of the exact values; for float
/// inputs (<c>single</c>) both stop once far below float's precision and round once, so the float results are
/// correctly rounded but for rare ties. erfinv follows PyTorch's formula in the input's own precision.
/// </summary>
internal static class ErrorFunction
{
    const double TwoOverSqrtPi = 1.1283791670955126;
    const double OneOverSqrtPi = 0.56418958354775628;

    public static double Erf(double x, bool single = false)
    {
        double magnitude = Math.Abs(x);
        if (!(magnitude >= 1.5)) return Series(x, single);
        return magnitude >= 6 ? Math.CopySign(1, x) : Math.CopySign(1 - ContinuedFraction(magnitude, single), x);
    }

    /// <summary>
    /// 1 - erf(x). The continued fraction takes over from 0.75 in double (from 1.5 for float inputs, where 1 - erf(x)
    /// loses too few bits to matter), since 1 - erf(x) loses the bits erfc(x) is small by.
    /// </summary>
    public static double Erfc(double x, bool single = false)
    {
        double from = single ? 1.5 : 0.75;
        if (x >= from) return ContinuedFraction(x, single);
        if (x <= -6) return 2;
        return x <= -from ? 2 - ContinuedFraction(-x, single) : 1 - Series(x, single);
    }

    /// <summary>The series for |x| &lt; 1.5 (NaN passes through), summed until the terms no longer count.</summary>
    static double Series(double x, bool single)
    {
        double tolerance = single ? 1e-11 : 1e-17;
        double twiceSquare = 2 * x * x, term = x, sum = x;
        for (int n = 1; Math.Abs(term) > tolerance * Math.Abs(sum); n++)
        {
            term *= twiceSquare / (2 * n + 1);
            sum += term;
        }
        return TwoOverSqrtPi * ExpMinusSquare(x) * sum;
    }

    /// <summary>The continued fraction for x ≥ 0.75, deep enough that its truncation error is below 2^-60 (2^-36 for float).</summary>
    static double ContinuedFraction(double x, bool single)
    {
        if (x > 27.3) return 0;
        int depth = 12 + (int)((single ? 130 : 300) / (x * x));
        double tail = x;
        for (int k = depth; k >= 1; k--) tail = x + 0.5 * k / tail;
        return ExpMinusSquare(x) * OneOverSqrtPi / tail;
    }

    /// <summary>e^(-x²) with x² split exactly into two doubles, so that its rounding does not reach the exponential.</summary>
    static double ExpMinusSquare(double x)
    {
        double square = x * x;
        double error = Math.FusedMultiplyAdd(x, x, -square);
        return Math.Exp(-square) * (1 - error);
    }

    /// <summary>
    /// PyTorch's <c>calc_erfinv</c> (Gary L. Pavlis's rational approximation, central range 0.7, then two Newton steps),
    /// computed in <typeparamref name="T"/> as PyTorch computes float and double.
    /// </summary>
    public static T Erfinv<T>(T y) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        T magnitude = T.Abs(y);
        if (magnitude > T.One) return T.NaN;
        if (magnitude == T.One) return T.CopySign(T.PositiveInfinity, y);
        T two = T.One + T.One, x;
        if (magnitude <= C<T>(0.7))
        {
            T z = y * y;
            T numerator = ((C<T>(-0.140543331) * z + C<T>(0.914624893)) * z + C<T>(-1.645349621)) * z + C<T>(0.886226899);
            T denominator = (((C<T>(0.012229801) * z + C<T>(-0.329097515)) * z + C<T>(1.442710462)) * z + C<T>(-2.118377725)) * z + T.One;
            x = y * numerator / denominator;
        }
        else
        {
            T z = T.Sqrt(-T.Log((T.One - magnitude) / two));
            T numerator = ((C<T>(1.641345311) * z + C<T>(3.429567803)) * z + C<T>(-1.624906493)) * z + C<T>(-1.970840454);
            T denominator = (C<T>(1.637067800) * z + C<T>(3.543889200)) * z + T.One;
            x = T.CopySign(numerator, y) / denominator;
        }
        T slope = two * C<T>(OneOverSqrtPi);
        x -= (Erf(x) - y) / (slope * T.Exp(-x * x));
        x -= (Erf(x) - y) / (slope * T.Exp(-x * x));
        return x;
    }

    static T Erf<T>(T x) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        T.CreateTruncating(Erf(double.CreateTruncating(x), single: typeof(T) == typeof(float)));

    static T C<T>(double value) where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> => T.CreateTruncating(value);
}
