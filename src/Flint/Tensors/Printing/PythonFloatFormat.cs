using System.Globalization;
using System.Numerics;

namespace Flint;

/// <summary>
/// Python's <c>'{:.Nf}'</c> and <c>'{:.Ne}'</c> of a double, digit for digit. Python rounds the exact binary value
/// to N digits, ties to even (<c>'{:.2f}'.format(0.125) == '0.12'</c>); .NET's <c>"F2"</c> rounds such ties away
/// from zero, so the digits are computed here exactly, with big integers, from the double's mantissa and exponent.
/// </summary>
internal static class PythonFloatFormat
{
    /// <summary><c>'{:.{precision}f}'.format(value)</c>: keeps the sign of -0.0 and of negatives that round to zero.</summary>
    public static string Fixed(double value, int precision)
    {
        if (!double.IsFinite(value)) return NonFinite(value);
        var (numerator, denominator) = ExactRatio(Math.Abs(value));
        string digits = RoundHalfEven(numerator * BigInteger.Pow(10, precision), denominator).ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= precision) digits = digits.PadLeft(precision + 1, '0');
        string text = precision == 0 ? digits : digits[..^precision] + "." + digits[^precision..];
        return double.IsNegative(value) ? "-" + text : text;
    }

    /// <summary><c>'{:.{precision}e}'.format(value)</c>: one digit before the point, an exponent of at least two digits.</summary>
    public static string Scientific(double value, int precision)
    {
        if (!double.IsFinite(value)) return NonFinite(value);
        BigInteger significand = BigInteger.Zero;
        int exponent = 0;
        if (value != 0)
        {
            var (numerator, denominator) = ExactRatio(Math.Abs(value));
            exponent = DecimalExponent(numerator, denominator, Math.Abs(value));
            significand = RoundHalfEven(Scale(numerator, precision - exponent), Scale(denominator, exponent - precision));
            // 9.99995 to four digits rounds up to 10.0000: renormalise to 1.0000 with the next exponent (exact: a power of ten).
            if (significand == BigInteger.Pow(10, precision + 1))
            {
                significand /= 10;
                exponent++;
            }
        }
        string digits = significand.ToString(CultureInfo.InvariantCulture).PadLeft(precision + 1, '0');
        string mantissa = precision == 0 ? digits : digits[..1] + "." + digits[1..];
        string exponentText = (exponent < 0 ? "-" : "+") + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        return (double.IsNegative(value) ? "-" : "") + mantissa + "e" + exponentText;
    }

    // Python prints every NaN as "nan", whatever its sign bit (PyTorch's 0/0 has it set).
    static string NonFinite(double value) => double.IsNaN(value) ? "nan" : value > 0 ? "inf" : "-inf";

    /// <summary>A finite non-negative double as numerator / denominator, both exact.</summary>
    static (BigInteger Numerator, BigInteger Denominator) ExactRatio(double value)
    {
        long bits = BitConverter.DoubleToInt64Bits(value);
        int biasedExponent = (int)((bits >> 52) & 0x7FF);
        long fraction = bits & ((1L << 52) - 1);
        long mantissa = biasedExponent == 0 ? fraction : fraction | (1L << 52);
        int binaryExponent = biasedExponent == 0 ? -1074 : biasedExponent - 1075;
        return binaryExponent >= 0
            ? (new BigInteger(mantissa) << binaryExponent, BigInteger.One)
            : (new BigInteger(mantissa), BigInteger.One << -binaryExponent);
    }

    /// <summary>The E with 10^E &lt;= numerator/denominator &lt; 10^(E+1): a floating estimate, corrected exactly.</summary>
    static int DecimalExponent(BigInteger numerator, BigInteger denominator, double value)
    {
        int exponent = (int)Math.Floor(Math.Log10(value));
        while (Scale(numerator, -exponent) < Scale(denominator, exponent)) exponent--;
        while (Scale(numerator, -exponent - 1) >= Scale(denominator, exponent + 1)) exponent++;
        return exponent;
    }

    /// <summary><paramref name="value"/> times 10^<paramref name="power"/> when the power is positive, else unchanged.</summary>
    static BigInteger Scale(BigInteger value, int power) => power > 0 ? value * BigInteger.Pow(10, power) : value;

    static BigInteger RoundHalfEven(BigInteger numerator, BigInteger denominator)
    {
        var quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        int half = (remainder * 2).CompareTo(denominator);
        return half > 0 || (half == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
    }
}
