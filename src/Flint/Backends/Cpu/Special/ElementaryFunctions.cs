namespace Flint.Backends.Cpu.Special;

/// <summary>
/// expm1, log1p and hypot, which .NET lacks or computes less accurately (its <c>ExpM1</c> is <c>Exp(x) - 1</c>,
/// its <c>LogP1</c> is <c>Log(x + 1)</c>). Kahan's corrections make exp and log of a rounded argument exact again
/// (W. Kahan, "Mathematics written in sand"); both are within a few double ulps.
/// </summary>
internal static class ElementaryFunctions
{
    /// <summary><c>e^x - 1</c>: with u = e^x rounded, (u - 1) · x / log(u) cancels u's rounding error.</summary>
    public static double Expm1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1) return x;
        double uMinusOne = u - 1;
        if (uMinusOne == -1 || double.IsInfinity(u)) return uMinusOne;
        return uMinusOne * x / Math.Log(u);
    }

    /// <summary><c>log(1 + x)</c>: with u = 1 + x rounded, log(u) · x / (u - 1) cancels u's rounding error.</summary>
    public static double Log1p(double x)
    {
        double u = 1 + x;
        if (u == 1) return x;
        if (double.IsInfinity(u) || u <= 0) return Math.Log(u);
        return Math.Log(u) * x / (u - 1);
    }

    /// <summary>√(a² + b²) for float: exact squares and one rounded sum in double, so one rounding to float remains.</summary>
    public static float Hypot(float a, float b)
    {
        if (float.IsInfinity(a) || float.IsInfinity(b)) return float.PositiveInfinity;
        return (float)Math.Sqrt((double)a * a + (double)b * b);
    }

    /// <summary>
    /// √(a² + b²) for double without overflow or underflow: the larger magnitude is scaled near one by a power of two
    /// (exact), the sum of squares is formed exactly as a pair of doubles, and one Newton step on that pair makes the
    /// root correctly rounded but for rare ties.
    /// </summary>
    public static double Hypot(double a, double b)
    {
        if (double.IsInfinity(a) || double.IsInfinity(b)) return double.PositiveInfinity;
        if (double.IsNaN(a) || double.IsNaN(b)) return double.NaN;
        double large = Math.Max(Math.Abs(a), Math.Abs(b)), small = Math.Min(Math.Abs(a), Math.Abs(b));
        if (small == 0) return large;
        int exponent = Math.ILogB(large);
        double x = Math.ScaleB(large, -exponent), y = Math.ScaleB(small, -exponent);
        double xx = x * x, yy = y * y;
        double sum = xx + yy;
        double sumError = (xx - sum) + yy;
        double low = sumError + Math.FusedMultiplyAdd(x, x, -xx) + Math.FusedMultiplyAdd(y, y, -yy);
        double root = Math.Sqrt(sum);
        root += (Math.FusedMultiplyAdd(-root, root, sum) + low) / (2 * root);
        return Math.ScaleB(root, exponent);
    }
}
