using Flint.Tensors.Random;

namespace Flint;

/// <summary>
/// In-place random fills (PyTorch's <c>uniform_</c>, <c>normal_</c>, <c>random_</c>, <c>bernoulli_</c>...):
/// the same numbers as PyTorch on CPU for the same generator state, in the same memory positions.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>Fills with numbers uniform on [from, to) (<c>uniform_</c>); floating dtypes.</summary>
    public Tensor Uniform_(double from = 0, double to = 1, Generator? generator = null)
    {
        if (!(from <= to)) throw new ArgumentException($"uniform_ expects to return a [from, to) range, but found from={from} > to={to}");
        return RandomFill.Apply(this, new UniformFill(from, to, generator ?? Generator.Default), "uniform_", "UniformBackward0");
    }

    /// <summary>Fills with normal numbers (<c>normal_</c>); floating dtypes.</summary>
    public Tensor Normal_(double mean = 0, double std = 1, Generator? generator = null)
    {
        if (!(std >= 0)) throw new ArgumentException($"normal expects std >= 0.0, but found std {std}");
        return RandomFill.Apply(this, new NormalFill(mean, std, generator ?? Generator.Default), "normal_", "NormalBackward0");
    }

    /// <summary>
    /// Fills with integers uniform over [0, max] of the dtype (bool: 0 or 1; floating types: [0, 2^mantissa digits])
    /// (<c>random_()</c>).
    /// </summary>
    public Tensor Random_(Generator? generator = null) =>
        RandomFill.Apply(this, new RandomIntegersFill(generator ?? Generator.Default), "random_", "RandomBackward2");

    /// <summary>Fills with integers uniform over [0, to) (<c>random_(to)</c>).</summary>
    public Tensor Random_(long to, Generator? generator = null) =>
        RandomFill.Apply(this, new RandomRangeFill(0, to, generator ?? Generator.Default), "random_", "RandomBackward1");

    /// <summary>
    /// Fills with integers uniform over [from, to), or [from, max of the dtype] when <paramref name="to"/> is null
    /// (<c>random_(from, to)</c>).
    /// </summary>
    public Tensor Random_(long from, long? to, Generator? generator = null) =>
        RandomFill.Apply(this, new RandomRangeFill(from, to, generator ?? Generator.Default), "random_", "RandomBackward0");

    /// <summary>Fills with 1 with probability <paramref name="p"/>, else 0 (<c>bernoulli_(p)</c>).</summary>
    public Tensor Bernoulli_(double p = 0.5, Generator? generator = null)
    {
        if (!(p >= 0 && p <= 1)) throw new ArgumentException($"bernoulli_ expects p to be in [0, 1], but got p={p}");
        return RandomFill.Apply(this, new BernoulliFill(p, generator ?? Generator.Default), "bernoulli_", "BernoulliBackward2");
    }

    /// <summary>Fills element i with 1 with probability <c>p[i]</c> (<paramref name="p"/> broadcasts to this shape).</summary>
    public Tensor Bernoulli_(Tensor p, Generator? generator = null)
    {
        var expanded = p.Cpu().Expand(Shape.ToArray());
        // The probabilities are read in the order this tensor's elements are drawn.
        var probabilities = expanded.Permute(RandomFill.IterationOrder(Layout));
        var g = generator ?? Generator.Default;
        return p.DType switch
        {
            DType.Float64 => RandomFill.Apply(this, new BernoulliTensorFill<double>(probabilities.ToArray<double>(), g), "bernoulli_", "BernoulliBackward1", p),
            DType.Float32 => RandomFill.Apply(this, new BernoulliTensorFill<float>(probabilities.ToArray<float>(), g), "bernoulli_", "BernoulliBackward1", p),
            DType.BFloat16 => RandomFill.Apply(this, new BernoulliTensorFill<BFloat16>(probabilities.ToArray<BFloat16>(), g), "bernoulli_", "BernoulliBackward1", p),
            _ => throw new NotSupportedException($"bernoulli_: probabilities of dtype {p.DType.TorchName()} are not supported (float32, float64, bfloat16)."),
        };
    }

    /// <summary>Draws 0 or 1 with this tensor's elements as probabilities (<c>torch.bernoulli(input)</c>); same dtype.</summary>
    public Tensor Bernoulli(Generator? generator = null) => Torch.Empty(Shape.ToArray(), DType).Bernoulli_(this, generator);

    /// <summary>Fills with <c>-log(1 - u) / lambd</c> (<c>exponential_</c>); floating dtypes.</summary>
    public Tensor Exponential_(double lambd = 1, Generator? generator = null)
    {
        if (!(lambd > 0)) throw new ArgumentException($"exponential_ expects lambda > 0.0, but found lambda={lambd}");
        return RandomFill.Apply(this, new ExponentialFill(lambd, generator ?? Generator.Default), "exponential_", "ExponentialBackward0");
    }

    /// <summary>Fills with the number of Bernoulli(p) trials up to the first success (<c>geometric_</c>).</summary>
    public Tensor Geometric_(double p, Generator? generator = null)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentException($"geometric_ expects p to be in (0, 1), but got p={p}");
        return RandomFill.Apply(this, new GeometricFill(p, generator ?? Generator.Default), "geometric_", "GeometricBackward0");
    }

    /// <summary>Fills with <c>exp</c> of normal numbers (<c>log_normal_</c>); floating dtypes.</summary>
    public Tensor LogNormal_(double mean = 1, double std = 2, Generator? generator = null)
    {
        if (!(std > 0)) throw new ArgumentException($"log_normal_ expects std > 0.0, but found std={std}");
        return RandomFill.Apply(this, new LogNormalFill(mean, std, generator ?? Generator.Default), "log_normal_", "LogNormalBackward0");
    }

    /// <summary>Fills with Cauchy-distributed numbers (<c>cauchy_</c>); floating dtypes.</summary>
    public Tensor Cauchy_(double median = 0, double sigma = 1, Generator? generator = null)
    {
        if (!(sigma > 0)) throw new ArgumentException($"cauchy_ expects sigma > 0.0, but found sigma={sigma}");
        return RandomFill.Apply(this, new CauchyFill(median, sigma, generator ?? Generator.Default), "cauchy_", "CauchyBackward0");
    }

    /// <summary>Samples category indices from each row of probabilities (<c>torch.multinomial</c>).</summary>
    public Tensor Multinomial(long numSamples, bool replacement = false, Generator? generator = null) =>
        Torch.Multinomial(this, numSamples, replacement, generator);

    readonly struct UniformFill(double from, double to, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.Uniform(values, from, to, generator);
    }

    readonly struct NormalFill(double mean, double std, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged
        {
            if (contiguous) Distributions.Normal(values, mean, std, generator);
            else Distributions.NormalSerial(values, mean, std, generator);
        }
    }

    readonly struct RandomIntegersFill(Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.Random(values, generator);
    }

    readonly struct RandomRangeFill(long from, long? to, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.RandomFrom(values, from, to, generator);
    }

    readonly struct BernoulliFill(double p, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.Bernoulli(values, p, generator);
    }

    readonly struct BernoulliTensorFill<TProbability>(TProbability[] p, Generator generator) : IRandomFill where TProbability : unmanaged
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged =>
            Distributions.Bernoulli<T, TProbability>(values, p, generator);
    }

    readonly struct ExponentialFill(double lambda, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.Exponential(values, lambda, generator);
    }

    readonly struct GeometricFill(double p, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.Geometric(values, p, generator);
    }

    readonly struct LogNormalFill(double mean, double std, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.LogNormal(values, mean, std, generator);
    }

    readonly struct CauchyFill(double median, double sigma, Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.Cauchy(values, median, sigma, generator);
    }
}
