using System.Runtime.InteropServices;
using Flint.Backends.Cpu;

namespace Flint.Tensors.Random;

internal static partial class Distributions
{
    /// <summary>
    /// <c>normal_(mean, std)</c> of a contiguous tensor: PyTorch's vectorised Box-Muller for 16 elements
    /// or more (float through its AVX2 kernel, see <see cref="NormalFloatKernel"/>), the cached serial
    /// Box-Muller below that.
    /// </summary>
    public static void Normal<T>(Span<T> output, double mean, double std, Generator generator) where T : unmanaged
    {
        RequireFloat<T>("normal_");
        if (output.Length < 16)
        {
            NormalSerial(output, mean, std, generator);
            return;
        }
        lock (generator.SyncRoot)
        {
            if (typeof(T) == typeof(float)) NormalFillFloat(MemoryMarshal.Cast<T, float>(output), (float)mean, (float)std, generator);
            else if (typeof(T) == typeof(double)) NormalFillDouble(MemoryMarshal.Cast<T, double>(output), mean, std, generator);
            else NormalFillReduced(output, mean, std, generator);
        }
    }

    /// <summary>
    /// The element-by-element path PyTorch takes below 16 elements and for non-contiguous tensors (fill in
    /// the tensor's iteration order): one cached Box-Muller double per element, rounded to the type.
    /// </summary>
    public static void NormalSerial<T>(Span<T> output, double mean, double std, Generator generator) where T : unmanaged
    {
        RequireFloat<T>("normal_");
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
                output[i] = ElementConvert.FromDouble<T>(NormalDouble(generator, mean, std));
        }
    }

    // PyTorch's normal_fill: draw every uniform, transform blocks of 16 (the first 8 as radii, the last 8
    // as angles), then, when the size is not a multiple of 16, draw 16 fresh uniforms over the last 16
    // elements and transform them again.
    static void NormalFillFloat(Span<float> data, float mean, float std, Generator generator)
    {
        for (int i = 0; i < data.Length; i++) data[i] = UniformFloat(generator);
        for (int i = 0; i + 16 <= data.Length; i += 16) NormalFloatKernel.Fill16(data.Slice(i, 16), mean, std);
        if (data.Length % 16 == 0) return;
        var tail = data[^16..];
        for (int i = 0; i < 16; i++) tail[i] = UniformFloat(generator);
        NormalFloatKernel.Fill16(tail, mean, std);
    }

    static void NormalFillDouble(Span<double> data, double mean, double std, Generator generator)
    {
        for (int i = 0; i < data.Length; i++) data[i] = UniformDouble(generator);
        for (int i = 0; i + 16 <= data.Length; i += 16) Fill16(data.Slice(i, 16));
        if (data.Length % 16 == 0) return;
        var tail = data[^16..];
        for (int i = 0; i < 16; i++) tail[i] = UniformDouble(generator);
        Fill16(tail);

        void Fill16(Span<double> block)
        {
            for (int j = 0; j < 8; j++)
            {
                double radius = Math.Sqrt(-2.0 * Math.Log(1.0 - block[j]));
                var (sin, cos) = Math.SinCos(2.0 * Math.PI * block[j + 8]);
                block[j] = Math.FusedMultiplyAdd(radius * cos, std, mean);
                block[j + 8] = Math.FusedMultiplyAdd(radius * sin, std, mean);
            }
        }
    }

    // Half and bfloat16 run normal_fill with scalar_t = the reduced type, and the named intermediates are
    // rounded to it. Half's operators and math compute in float (logf, sinf, cosf, the angle in double);
    // c10::BFloat16's return BFloat16, so there every single operation rounds, and nothing is fused.
    static void NormalFillReduced<T>(Span<T> data, double mean, double std, Generator generator) where T : unmanaged
    {
        float meanValue = RoundTo<T>(mean), stdValue = RoundTo<T>(std);
        for (int i = 0; i < data.Length; i++) data[i] = ElementConvert.FromDouble<T>(UniformReduced<T>(generator));
        for (int i = 0; i + 16 <= data.Length; i += 16) Fill16(data.Slice(i, 16));
        if (data.Length % 16 == 0) return;
        var tail = data[^16..];
        for (int i = 0; i < 16; i++) tail[i] = ElementConvert.FromDouble<T>(UniformReduced<T>(generator));
        Fill16(tail);

        void Fill16(Span<T> block)
        {
            bool roundEveryStep = typeof(T) == typeof(BFloat16);
            for (int j = 0; j < 8; j++)
            {
                float u1 = RoundTo<T>(1f - (float)ElementConvert.ToDouble(block[j]));
                float u2 = (float)ElementConvert.ToDouble(block[j + 8]);
                float log = MathF.Log(u1);
                float radius = roundEveryStep
                    ? RoundTo<T>(MathF.Sqrt(RoundTo<T>(RoundTo<T>(log) * -2f)))
                    : RoundTo<T>(MathF.Sqrt(-2f * log));
                float theta = RoundTo<T>(2.0 * Math.PI * u2);
                var (sin, cos) = MathF.SinCos(theta);
                block[j] = ElementConvert.FromDouble<T>(Transform(cos));
                block[j + 8] = ElementConvert.FromDouble<T>(Transform(sin));

                float Transform(float trigonometric) => roundEveryStep
                    ? RoundTo<T>(RoundTo<T>(RoundTo<T>(trigonometric) * radius) * stdValue) + meanValue
                    : MathF.FusedMultiplyAdd(radius * trigonometric, stdValue, meanValue);
            }
        }
    }
}
