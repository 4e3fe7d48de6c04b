namespace Flint.Backends.Cpu;

/// <summary>Elementary functions .NET lacks in an accurate form.</summary>
internal static class PreciseMath
{
    /// <summary>
    /// <c>log(1 + x)</c> accurate for small x (.NET's <c>double.LogP1</c> computes <c>log(x + 1)</c>, which loses every
    /// digit below 1e-16): Goldberg's correction of the rounding in <c>1 + x</c> ("What every computer scientist should
    /// know about floating-point arithmetic", theorem 4).
    /// </summary>
    public static double Log1p(double x)
    {
        double u = 1 + x;
        if (u == 1) return x;
        if (double.IsInfinity(u)) return Math.Log(u);
        return Math.Log(u) * x / (u - 1);
    }
}
