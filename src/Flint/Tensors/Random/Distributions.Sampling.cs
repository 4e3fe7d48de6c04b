using Flint.Backends.Cpu;

namespace Flint.Tensors.Random;

internal static partial class Distributions
{
    /// <summary>
    /// <c>bernoulli_(p)</c> with a scalar p: 1 where a 53-bit uniform is below p. This is PyTorch's
    /// default CPU kernel; builds with MKL on Intel CPUs use MKL's stream instead (the Debian build has no MKL).
    /// </summary>
    public static void Bernoulli<T>(Span<T> output, double p, Generator generator) where T : unmanaged
    {
        RequireBernoulliType<T>();
        if (!(p >= 0 && p <= 1)) throw new ArgumentException($"bernoulli_ expects p to be in [0, 1], but got p={p}");
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
                output[i] = ElementConvert.FromInt64<T>(UniformDouble(generator) < p ? 1 : 0);
        }
    }

    /// <summary>
    /// <c>bernoulli_(p_tensor)</c> / <c>torch.bernoulli(p)</c>, one probability per element (already broadcast):
    /// double probabilities compare with a 53-bit uniform, float and bfloat16 ones with a 24-bit float uniform
    /// (PyTorch 1.13 refuses half probabilities; the tensor API does too).
    /// </summary>
    public static void Bernoulli<T, TProbability>(Span<T> output, ReadOnlySpan<TProbability> p, Generator generator)
        where T : unmanaged where TProbability : unmanaged
    {
        RequireBernoulliType<T>();
        RequireFloat<TProbability>("bernoulli_");
        if (p.Length != output.Length) throw new ArgumentException($"bernoulli_: {p.Length} probabilities for {output.Length} elements.");
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
            {
                bool success;
                if (typeof(TProbability) == typeof(double))
                {
                    double probability = ElementConvert.ToDouble(p[i]);
                    CheckProbability(probability);
                    success = UniformDouble(generator) < probability;
                }
                else
                {
                    float probability = (float)ElementConvert.ToDouble(p[i]);
                    CheckProbability(probability);
                    success = UniformFloat(generator) < probability;
                }
                output[i] = ElementConvert.FromInt64<T>(success ? 1 : 0);
            }
        }

        static void CheckProbability(double probability)
        {
            if (!(probability >= 0 && probability <= 1))
                throw new ArgumentException($"bernoulli_: probability {probability} is not in [0, 1].");
        }
    }

    // PyTorch 1.13's CPU bernoulli kernels dispatch on all types, bool and bfloat16, but not half.
    static void RequireBernoulliType<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(Half)) throw new NotSupportedException("bernoulli_ is not implemented for torch.float16 on CPU.");
    }

    /// <summary>
    /// <c>torch.multinomial</c> on <paramref name="rows"/> distributions of <c>probs.Length / rows</c>
    /// categories laid out row after row; returns the sampled category indices, row after row.
    /// Without replacement it ranks <c>p / q</c> with q ~ Exp(1) drawn for every element (the Gumbel-max
    /// trick in PyTorch's form); with replacement it binary-searches the normalised cumulative distribution
    /// with one 53-bit uniform per sample (1.13 does so even for a single sample; later versions do not).
    /// </summary>
    public static long[] Multinomial<T>(ReadOnlySpan<T> probs, int rows, int numSamples, bool replacement, Generator generator)
        where T : unmanaged
    {
        int categories = CheckMultinomial(probs, rows, numSamples, replacement);
        if (replacement)
        {
            var result = new long[rows * numSamples];
            MultinomialWithReplacement(probs, rows, categories, numSamples, generator, result);
            return result;
        }
        CheckExponentialRace(probs, rows);
        var exponentials = new T[probs.Length];
        Exponential<T>(exponentials, 1.0, generator);
        return MultinomialByExponentialRace<T>(probs, exponentials, rows, numSamples);
    }

    /// <summary>Checks the dtype and sizes of a multinomial draw; returns the number of categories.</summary>
    internal static int CheckMultinomial<T>(ReadOnlySpan<T> probs, int rows, int numSamples, bool replacement) where T : unmanaged
    {
        if (typeof(T) == typeof(Half) || !ElementConvert.IsFloating<T>())
            throw new NotSupportedException($"multinomial only supports float32, float64 and bfloat16 probabilities on CPU, got {DTypeOf<T>()}.");
        if (rows <= 0 || probs.Length % rows != 0 || probs.Length == 0) throw new ArgumentException("multinomial: cannot sample from an empty distribution.");
        int categories = probs.Length / rows;
        if (numSamples <= 0) throw new ArgumentException("cannot sample n_sample <= 0 samples");
        if (!replacement && numSamples > categories)
            throw new ArgumentException("cannot sample n_sample > prob_dist.size(-1) samples without replacement");
        return categories;
    }

    /// <summary>The checks PyTorch makes before drawing without replacement: finite, non-negative, no all-zero row.</summary>
    internal static void CheckExponentialRace<T>(ReadOnlySpan<T> probs, int rows) where T : unmanaged
    {
        int categories = probs.Length / rows;
        for (int row = 0; row < rows; row++)
        {
            double sum = 0;
            foreach (var value in probs.Slice(row * categories, categories))
            {
                double p = ElementConvert.ToDouble(value);
                if (!(p >= 0 && p < double.PositiveInfinity))
                    throw new ArgumentException("probability tensor contains either `inf`, `nan` or element < 0");
                sum += p;
            }
            if (sum == 0) throw new ArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
        }
    }

    /// <summary>
    /// Sampling without replacement from exponentials already drawn (one per probability, logical order):
    /// the categories of the <paramref name="numSamples"/> largest <c>p / q</c> of each row, largest first.
    /// </summary>
    internal static long[] MultinomialByExponentialRace<T>(ReadOnlySpan<T> probs, ReadOnlySpan<T> exponentials, int rows, int numSamples)
        where T : unmanaged
    {
        int categories = probs.Length / rows;
        var result = new long[rows * numSamples];
        var order = new int[categories];
        var keys = new double[categories];
        for (int row = 0; row < rows; row++)
        {
            for (int c = 0; c < categories; c++)
            {
                int i = row * categories + c;
                order[c] = c;
                keys[c] = ElementConvert.ToDouble(ElementConvert.FromDouble<T>(Divide(probs[i], exponentials[i])));
            }
            // Largest first; PyTorch's topk leaves the order of equal ratios unspecified (they only tie at 0).
            Array.Sort(order, (a, b) => keys[b] != keys[a] ? keys[b].CompareTo(keys[a]) : a.CompareTo(b));
            for (int s = 0; s < numSamples; s++) result[row * numSamples + s] = order[s];
        }
        return result;
    }

    // probs / q in the element type: float and double natively, bfloat16 through float.
    static double Divide<T>(T numerator, T denominator) where T : unmanaged
    {
        if (typeof(T) == typeof(double)) return ElementConvert.ToDouble(numerator) / ElementConvert.ToDouble(denominator);
        return (float)ElementConvert.ToDouble(numerator) / (float)ElementConvert.ToDouble(denominator);
    }

    static void MultinomialWithReplacement<T>(ReadOnlySpan<T> probs, int rows, int categories, int numSamples, Generator generator, long[] result)
        where T : unmanaged
    {
        // The cumulative distribution is kept in double for double and in float otherwise (bfloat16 too).
        var cumulative = new double[categories];
        bool inFloat = typeof(T) != typeof(double);
        lock (generator.SyncRoot)
        {
            for (int row = 0; row < rows; row++)
            {
                double sum = 0;
                for (int c = 0; c < categories; c++)
                {
                    double p = ElementConvert.ToDouble(probs[row * categories + c]);
                    if (!(p >= 0)) throw new ArgumentException("invalid multinomial distribution (encountering probability entry < 0)");
                    if (!double.IsFinite(p)) throw new ArgumentException("invalid multinomial distribution (encountering probability entry = infinity or NaN)");
                    sum = inFloat ? (float)sum + (float)p : sum + p;
                    cumulative[c] = sum;
                }
                if (!(sum > 0)) throw new ArgumentException("invalid multinomial distribution (sum of probabilities <= 0)");
                for (int c = 0; c < categories; c++) cumulative[c] = inFloat ? (float)cumulative[c] / (float)sum : cumulative[c] / sum;
                cumulative[categories - 1] = 1;

                for (int s = 0; s < numSamples; s++)
                {
                    double uniform = UniformDouble(generator);
                    int left = 0, right = categories;
                    while (right - left > 0)
                    {
                        int middle = left + (right - left) / 2;
                        if (cumulative[middle] < uniform) left = middle + 1;
                        else right = middle;
                    }
                    result[row * numSamples + s] = left;
                }
            }
        }
    }
}
