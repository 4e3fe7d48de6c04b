using System.Runtime.CompilerServices;
using Flint.Backends.Cpu;

namespace Flint.Tensors.Random;

/// <summary>
/// Fills spans with random numbers exactly as PyTorch 1.13's CPU kernels fill a contiguous tensor of the
/// same dtype: same generator calls, same transformations, same rounding. PyTorch compiles its kernels
/// with floating-point contraction on (the AVX2 build), so wherever its source multiplies and then adds,
/// these fills use a fused multiply-add: that is what makes the last bit agree.
/// Each fill takes the generator's lock once, as PyTorch's kernels take the generator mutex once.
/// </summary>
internal static partial class Distributions
{
    /// <summary><c>uniform_(from, to)</c>; floating types only.</summary>
    public static void Uniform<T>(Span<T> output, double from, double to, Generator generator) where T : unmanaged
    {
        lock (generator.SyncRoot)
        {
            if (typeof(T) == typeof(double))
            {
                var values = Cast<T, double>(output);
                double range = to - from;
                for (int i = 0; i < values.Length; i++)
                    values[i] = Math.FusedMultiplyAdd(UniformDouble(generator), range, from);
            }
            else if (typeof(T) == typeof(float))
            {
                var values = Cast<T, float>(output);
                float low = (float)from, range = (float)to - low;
                for (int i = 0; i < values.Length; i++)
                    values[i] = MathF.FusedMultiplyAdd(UniformFloat(generator), range, low);
            }
            else
            {
                // Half and bfloat16 draw as many bits as they have digits and compute in float, with
                // the bounds and their difference first rounded to the element type.
                RequireReducedFloat<T>("uniform_");
                float low = RoundTo<T>(from), high = RoundTo<T>(to);
                float range = RoundTo<T>(high - low);
                for (int i = 0; i < output.Length; i++)
                    output[i] = ElementConvert.FromDouble<T>(MathF.FusedMultiplyAdd(UniformReduced<T>(generator), range, low));
            }
        }
    }

    /// <summary><c>exponential_(lambd)</c>: <c>-1/lambda * log(1 - u)</c> in double, then rounded.</summary>
    public static void Exponential<T>(Span<T> output, double lambda, Generator generator) where T : unmanaged
    {
        RequireFloat<T>("exponential_");
        double scale = -1.0 / lambda;
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
                output[i] = ElementConvert.FromDouble<T>(scale * Math.Log(1.0 - UniformDouble(generator)));
        }
    }

    /// <summary><c>cauchy_(median, sigma)</c>: <c>median + sigma * tan(pi * (u - 0.5))</c> in double.</summary>
    public static void Cauchy<T>(Span<T> output, double median, double sigma, Generator generator) where T : unmanaged
    {
        RequireFloat<T>("cauchy_");
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
            {
                double tangent = Math.Tan(Math.PI * (UniformDouble(generator) - 0.5));
                output[i] = ElementConvert.FromDouble<T>(Math.FusedMultiplyAdd(sigma, tangent, median));
            }
        }
    }

    /// <summary><c>log_normal_(mean, std)</c>: <c>exp</c> of a cached Box-Muller normal draw.</summary>
    public static void LogNormal<T>(Span<T> output, double mean, double std, Generator generator) where T : unmanaged
    {
        RequireFloat<T>("log_normal_");
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
                output[i] = ElementConvert.FromDouble<T>(Math.Exp(NormalDouble(generator, mean, std)));
        }
    }

    /// <summary><c>geometric_(p)</c>: <c>ceil(log(u) / log(1 - p))</c> in double; every numeric type.</summary>
    public static void Geometric<T>(Span<T> output, double p, Generator generator) where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) throw new NotSupportedException("geometric_ is not implemented for Bool.");
        double logFailure = Math.Log(1.0 - p);
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
                output[i] = ElementConvert.FromDouble<T>(Math.Ceiling(Math.Log(UniformDouble(generator)) / logFailure));
        }
    }

    // ---- PyTorch's uniform_real_distribution on [0, 1): as many random bits as the type has digits ----

    /// <summary>53 random bits scaled to [0, 1); one <c>random64()</c> draw. Caller holds the lock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double UniformDouble(Generator generator) =>
        (generator.Random64() & ((1UL << 53) - 1)) * (1.0 / (1UL << 53));

    /// <summary>24 random bits scaled to [0, 1); one <c>random()</c> draw. Caller holds the lock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float UniformFloat(Generator generator) =>
        (generator.Random32() & ((1U << 24) - 1)) * (1.0f / (1 << 24));

    /// <summary>11 (half) or 8 (bfloat16) random bits scaled to [0, 1) in float. Caller holds the lock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static float UniformReduced<T>(Generator generator) where T : unmanaged
    {
        int digits = typeof(T) == typeof(Half) ? 11 : 8;
        return (generator.Random32() & ((1U << digits) - 1)) * (1.0f / (1 << digits));
    }

    /// <summary>
    /// PyTorch's <c>normal_distribution&lt;double&gt;</c>: Box-Muller on two 53-bit uniforms, returning the
    /// cosine sample and caching the sine sample in the generator for the next call. Caller holds the lock.
    /// </summary>
    internal static double NormalDouble(Generator generator, double mean, double std)
    {
        if (generator.NextDoubleNormalSample is double cached)
        {
            generator.NextDoubleNormalSample = null;
            return Math.FusedMultiplyAdd(cached, std, mean);
        }
        double u1 = UniformDouble(generator);
        double u2 = UniformDouble(generator);
        double radius = Math.Sqrt(-2.0 * Math.Log(1.0 - u2));
        var (sin, cos) = Math.SinCos(2.0 * Math.PI * u1);
        generator.NextDoubleNormalSample = radius * sin;
        return Math.FusedMultiplyAdd(radius * cos, std, mean);
    }

    /// <summary>The float value of <paramref name="value"/> rounded to the element type (PyTorch goes through float).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static float RoundTo<T>(double value) where T : unmanaged => (float)ElementConvert.ToDouble(ElementConvert.FromDouble<T>(value));

    static void RequireFloat<T>(string op) where T : unmanaged
    {
        if (!ElementConvert.IsFloating<T>())
            throw new NotSupportedException($"{op} is only implemented for floating point types, got {DTypeOf<T>()}.");
    }

    static void RequireReducedFloat<T>(string op) where T : unmanaged
    {
        if (typeof(T) != typeof(Half) && typeof(T) != typeof(BFloat16))
            throw new NotSupportedException($"{op} is only implemented for floating point types, got {DTypeOf<T>()}.");
    }

    static string DTypeOf<T>() where T : unmanaged => DTypeExtensions.Of<T>().TorchName();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static Span<TTo> Cast<TFrom, TTo>(Span<TFrom> span) where TFrom : unmanaged where TTo : unmanaged =>
        System.Runtime.InteropServices.MemoryMarshal.Cast<TFrom, TTo>(span);
}
