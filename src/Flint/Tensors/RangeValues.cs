namespace Flint;

/// <summary>
/// The values of PyTorch's CPU range kernels (<c>arange</c>, <c>linspace</c>, <c>logspace</c>), reproduced bit for bit.
/// PyTorch 1.13's AVX2 kernels fill the output in pairs of vectors: each vector starts from a base computed at its
/// first index and rounded to the element type, and adds <c>j * step</c> for its lanes; what is left after the last
/// pair is computed element by element. Above 32768 elements <c>at::parallel_for</c> splits the range into one chunk
/// per thread and each chunk starts its own vectors, so the values depend on <see cref="Torch.GetNumThreads"/> too.
/// Multiply-adds that GCC fused into FMA instructions in PyTorch's build are fused here (found by comparing bits).
/// </summary>
internal static class RangeValues
{
    const long GrainSize = 32768;

    /// <summary>Lanes of one AVX2 vector (32 bytes) of <paramref name="dtype"/>.</summary>
    static int VectorWidth(DType dtype) => 32 / dtype.ElementSize();

    /// <summary>cpu_serial_kernel_vec's order within each parallel_for chunk: <paramref name="vector"/>(first, width) for pairs of vectors, then <paramref name="scalar"/>(i).</summary>
    static void VectorizedLoop(long count, int width, Action<long, int> vector, Action<long> scalar)
    {
        long tasks = Torch.GetNumThreads() > 1 && count > GrainSize ? Math.Min(Torch.GetNumThreads(), (count + GrainSize - 1) / GrainSize) : 1;
        long chunk = (count + tasks - 1) / tasks;
        for (long begin = 0; begin < count; begin += chunk)
        {
            long end = Math.Min(count, begin + chunk), i = begin;
            for (; i <= end - 2 * width; i += 2 * width)
            {
                vector(i, width);
                vector(i + width, width);
            }
            for (; i < end; i++) scalar(i);
        }
    }

    /// <summary><c>start + i * step</c> for a floating dtype: in double for Float32/Float64, in float for Float16/BFloat16 (PyTorch's acc_type).</summary>
    public static double[] ArangeFloating(double start, double step, long count, DType dtype)
    {
        var values = new double[count];
        if (dtype is DType.Float16 or DType.BFloat16)
        {
            float start32 = (float)start, step32 = (float)step;
            VectorizedLoop(count, VectorWidth(dtype),
                (first, width) =>
                {
                    float vectorBase = (float)Round(MathF.FusedMultiplyAdd(step32, first, start32), dtype);
                    for (int j = 0; j < width; j++) values[first + j] = Round(MathF.FusedMultiplyAdd(j, step32, vectorBase), dtype);
                },
                i => values[i] = Round(MathF.FusedMultiplyAdd(step32, i, start32), dtype));
        }
        else
        {
            VectorizedLoop(count, VectorWidth(dtype),
                (first, width) =>
                {
                    double vectorBase = Round(Math.FusedMultiplyAdd(step, first, start), dtype);
                    for (int j = 0; j < width; j++) values[first + j] = Round(Math.FusedMultiplyAdd(j, step, vectorBase), dtype);
                },
                i => values[i] = Round(Math.FusedMultiplyAdd(step, i, start), dtype));
        }
        return values;
    }

    /// <summary>
    /// <paramref name="steps"/> (at least 2) values from start to end, both already in the element type: the first half
    /// counts up from start, the second down from end, in the element type (for integers, in double and truncated).
    /// </summary>
    public static double[] Linspace(double start, double end, long steps, DType dtype)
    {
        var values = new double[steps];
        long halfway = steps / 2;
        int width = VectorWidth(dtype);
        switch (dtype)
        {
            case DType.Float64:
            {
                double step = (end - start) / (steps - 1);
                double At(long i) => i < halfway ? Math.FusedMultiplyAdd(step, i, start) : Math.FusedMultiplyAdd(-step, steps - i - 1, end);
                VectorizedLoop(steps, width,
                    (first, lanes) => { double vectorBase = At(first); for (int j = 0; j < lanes; j++) values[first + j] = vectorBase + j * step; },
                    i => values[i] = At(i));
                break;
            }
            case DType.Float32:
            {
                float first32 = (float)start, last32 = (float)end, step = (last32 - first32) / (steps - 1);
                float At(long i) => i < halfway ? MathF.FusedMultiplyAdd(step, i, first32) : MathF.FusedMultiplyAdd(-step, steps - i - 1, last32);
                VectorizedLoop(steps, width,
                    (first, lanes) => { float vectorBase = At(first); for (int j = 0; j < lanes; j++) values[first + j] = vectorBase + j * step; },
                    i => values[i] = At(i));
                break;
            }
            case DType.Float16 or DType.BFloat16:
            {
                // c10::Half and c10::BFloat16 round every operation's result to their own precision.
                float R(float x) => (float)Round(x, dtype);
                float first16 = R((float)start), last16 = R((float)end), step = R(R(last16 - first16) / R(steps - 1));
                float At(long i) => i < halfway ? R(first16 + R(step * R(i))) : R(last16 - R(step * R(steps - i - 1)));
                VectorizedLoop(steps, width,
                    (first, lanes) => { float vectorBase = At(first); for (int j = 0; j < lanes; j++) values[first + j] = R(vectorBase + R(R(j) * step)); },
                    i => values[i] = At(i));
                break;
            }
            default:
            {
                double step = (end - start) / (steps - 1);
                double At(long i) => Math.Truncate(i < halfway ? Math.FusedMultiplyAdd(step, i, start) : Math.FusedMultiplyAdd(-step, steps - i - 1, end));
                VectorizedLoop(steps, width,
                    (first, lanes) => { double vectorBase = At(first); for (int j = 0; j < lanes; j++) values[first + j] = Math.Truncate(vectorBase + j * step); },
                    i => values[i] = At(i));
                break;
            }
        }
        return values;
    }

    /// <summary>
    /// <c>base ** x</c> for <paramref name="steps"/> (at least 2) exponents from start to end, both already in the
    /// element type (PyTorch's logspace loop: not vectorised; the span is taken in the element type, the exponents
    /// and powers in double).
    /// </summary>
    public static double[] Logspace(double start, double end, long steps, double logBase, DType dtype)
    {
        double span = dtype.IsFloatingPoint() ? Round(Round(end, dtype) - Round(start, dtype), dtype) : end - start;
        double step = span / (steps - 1);
        long halfway = steps / 2;
        var values = new double[steps];
        for (long i = 0; i < steps; i++)
            values[i] = Math.Pow(logBase, i < halfway ? start + step * i : end - step * (steps - i - 1));
        return values;
    }

    /// <summary><paramref name="value"/> rounded to <paramref name="dtype"/> (through float for the 16-bit types, as c10 does).</summary>
    public static double Round(double value, DType dtype) => dtype switch
    {
        DType.Float32 => (float)value,
        DType.Float16 => (double)(Half)(float)value,
        DType.BFloat16 => (BFloat16)(float)value,
        _ => value,
    };
}
