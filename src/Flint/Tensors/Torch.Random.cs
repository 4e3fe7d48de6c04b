using Flint.Tensors.Random;

namespace Flint;

/// <summary>
/// Random factories and seeding: PyTorch's numbers on CPU for the same seed and the same calls. Every
/// factory takes an optional <see cref="Generator"/>; without one it draws from <see cref="DefaultGenerator"/>.
/// </summary>
public static partial class Torch
{
    /// <summary>The generator random functions use when none is given (<c>torch.default_generator</c>).</summary>
    public static Generator DefaultGenerator => Generator.Default;

    /// <summary>Seeds the default generator (<c>torch.manual_seed</c>) and returns it.</summary>
    public static Generator ManualSeed(long seed) => Generator.Default.ManualSeed(seed);

    /// <summary>Seeds the default generator non-deterministically and returns the seed (<c>torch.seed</c>).</summary>
    public static long Seed() => Generator.Default.Seed();

    /// <summary>The default generator's seed (<c>torch.initial_seed</c>).</summary>
    public static long InitialSeed() => Generator.Default.InitialSeed;

    /// <summary>The default generator's state as a UInt8 tensor, in PyTorch's layout (<c>torch.get_rng_state</c>).</summary>
    public static Tensor GetRngState() => FromArray(Generator.Default.GetState());

    /// <summary>Restores the default generator from <see cref="GetRngState"/> or PyTorch's <c>torch.get_rng_state()</c>.</summary>
    public static void SetRngState(Tensor state)
    {
        if (state.DType != DType.UInt8) throw new ArgumentException($"RNG state must be a torch.ByteTensor, got {state.DType.TorchName()}");
        Generator.Default.SetState(state.ToArray<byte>());
    }

    /// <summary>Numbers uniform on [0, 1) (<c>torch.rand</c>).</summary>
    public static Tensor Rand(params long[] size) => Rand(size, dtype: null);

    public static Tensor Rand(long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Finish(Empty(size, dtype ?? defaultDType).Uniform_(0, 1, generator), device, requiresGrad);

    /// <summary>Standard normal numbers (<c>torch.randn</c>).</summary>
    public static Tensor Randn(params long[] size) => Randn(size, dtype: null);

    public static Tensor Randn(long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Finish(Empty(size, dtype ?? defaultDType).Normal_(0, 1, generator), device, requiresGrad);

    /// <summary>Integers uniform on [0, high) (<c>torch.randint(high, size)</c>); Int64 unless a dtype is given.</summary>
    public static Tensor Randint(long high, long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Randint(0, high, size, dtype, device, requiresGrad, generator);

    /// <summary>Integers uniform on [low, high) (<c>torch.randint(low, high, size)</c>); Int64 unless a dtype is given.</summary>
    public static Tensor Randint(long low, long high, long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Finish(Empty(size, dtype ?? DType.Int64).Random_(low, high, generator), device, requiresGrad);

    /// <summary>A random permutation of 0 .. n-1 (<c>torch.randperm</c>); Int64 unless a dtype is given.</summary>
    public static Tensor Randperm(long n, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null)
    {
        if (n < 0) throw new ArgumentException($"n must be non-negative, got{n}");
        var result = Empty([n], dtype ?? DType.Int64);
        RandomFill.Apply(result, new RandpermFill(generator ?? Generator.Default), "randperm", "RandpermBackward0");
        return Finish(result, device, requiresGrad);
    }

    /// <summary>Normal numbers of one mean and standard deviation (<c>torch.normal(mean, std, size)</c>).</summary>
    public static Tensor Normal(double mean, double std, long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Finish(Empty(size, dtype ?? defaultDType).Normal_(mean, std, generator), device, requiresGrad);

    /// <summary>
    /// Normal numbers with element-wise means and standard deviations (<c>torch.normal(mean, std)</c>), shapes
    /// broadcast. As PyTorch: standard normals in the broadcast shape, times std, plus mean; mean's dtype.
    /// </summary>
    public static Tensor Normal(Tensor mean, Tensor std, Generator? generator = null)
    {
        CheckStd(std);
        var shape = Broadcasting.BroadcastShapes(mean.Shape.ToArray(), std.Shape.ToArray());
        return Empty(shape, mean.DType, mean.Device).Normal_(0, 1, generator).Mul_(std).Add_(mean);
    }

    /// <summary>Normal numbers around element-wise means with one standard deviation; mean's shape and dtype.</summary>
    public static Tensor Normal(Tensor mean, double std = 1, Generator? generator = null)
    {
        if (!(std >= 0)) throw new ArgumentException($"normal expects std >= 0.0, but found std {std}");
        return RandomFill.EmptyLike(mean, mean.DType).Normal_(0, 1, generator).Mul_(std).Add_(mean);
    }

    /// <summary>Normal numbers of one mean with element-wise standard deviations; std's shape and dtype.</summary>
    public static Tensor Normal(double mean, Tensor std, Generator? generator = null)
    {
        CheckStd(std);
        return RandomFill.EmptyLike(std, std.DType).Normal_(0, 1, generator).Mul_(std).Add_(mean);
    }

    static void CheckStd(Tensor std)
    {
        if (std.Numel > 0 && std.ToArray<double>().Min() < 0) throw new ArgumentException("normal expects all elements of std >= 0.0");
    }

    /// <summary>0 or 1 with the elements of <paramref name="input"/> as probabilities (<c>torch.bernoulli(input)</c>).</summary>
    public static Tensor Bernoulli(Tensor input, Generator? generator = null) => input.Bernoulli(generator);

    /// <summary>0 or 1 with probability <paramref name="p"/>, in <paramref name="input"/>'s shape and dtype (<c>torch.bernoulli(input, p)</c>).</summary>
    public static Tensor Bernoulli(Tensor input, double p, Generator? generator = null) =>
        RandomFill.EmptyLike(input, input.DType).Bernoulli_(p, generator);

    /// <summary>
    /// Category indices sampled from each row of <paramref name="input"/> (1-d: one distribution; 2-d: one per
    /// row), with or without replacement (<c>torch.multinomial</c>). Int64, shape [numSamples] or [rows, numSamples].
    /// </summary>
    public static Tensor Multinomial(Tensor input, long numSamples, bool replacement = false, Generator? generator = null)
    {
        if (input.Dim is not (1 or 2)) throw new ArgumentException("prob_dist must be 1 or 2 dim");
        var g = generator ?? Generator.Default;
        long[] indices = input.DType switch
        {
            DType.Float32 => Multinomial<float>(input, numSamples, replacement, g),
            DType.Float64 => Multinomial<double>(input, numSamples, replacement, g),
            DType.BFloat16 => Multinomial<BFloat16>(input, numSamples, replacement, g),
            _ => throw new NotSupportedException($"multinomial only supports floating-point dtypes for input, got: {input.DType.TorchName()}"),
        };
        long[] shape = input.Dim == 1 ? [numSamples] : [input.Size(0), numSamples];
        return FromArray(indices, shape).To(input.Device);
    }

    static long[] Multinomial<T>(Tensor input, long numSamples, bool replacement, Generator generator) where T : unmanaged
    {
        int rows = input.Dim == 1 ? 1 : checked((int)input.Size(0));
        int samples = checked((int)numSamples);
        var probs = input.ToArray<T>();
        if (replacement) return Distributions.Multinomial<T>(probs, rows, samples, true, generator);
        Distributions.CheckMultinomial<T>(probs, rows, samples, replacement: false);
        Distributions.CheckExponentialRace<T>(probs, rows);
        // PyTorch draws q = empty_like(input).exponential_(): in input's memory order when it is a permuted dense tensor.
        var exponentials = RandomFill.EmptyLike(input, input.DType).Exponential_(1, generator).ToArray<T>();
        return Distributions.MultinomialByExponentialRace<T>(probs, exponentials, rows, samples);
    }

    /// <summary>Numbers uniform on [0, 1) in <paramref name="input"/>'s shape (<c>torch.rand_like</c>).</summary>
    public static Tensor RandLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Finish(RandomFill.EmptyLike(input, dtype ?? input.DType).Uniform_(0, 1, generator), device ?? input.Device, requiresGrad);

    /// <summary>Standard normal numbers in <paramref name="input"/>'s shape (<c>torch.randn_like</c>).</summary>
    public static Tensor RandnLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Finish(RandomFill.EmptyLike(input, dtype ?? input.DType).Normal_(0, 1, generator), device ?? input.Device, requiresGrad);

    /// <summary>Integers uniform on [0, high) in <paramref name="input"/>'s shape and dtype (<c>torch.randint_like</c>).</summary>
    public static Tensor RandintLike(Tensor input, long high, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        RandintLike(input, 0, high, dtype, device, requiresGrad, generator);

    /// <summary>Integers uniform on [low, high) in <paramref name="input"/>'s shape and dtype (<c>torch.randint_like</c>).</summary>
    public static Tensor RandintLike(Tensor input, long low, long high, DType? dtype = null, Device? device = null, bool requiresGrad = false, Generator? generator = null) =>
        Finish(RandomFill.EmptyLike(input, dtype ?? input.DType).Random_(low, high, generator), device ?? input.Device, requiresGrad);

    // Random numbers are drawn on the CPU (the CPU generator's numbers), then moved.
    static Tensor Finish(Tensor result, Device? device, bool requiresGrad) =>
        (device is { } target ? result.To(target) : result).RequiresGrad_(requiresGrad);

    readonly struct RandpermFill(Generator generator) : IRandomFill
    {
        public void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged => Distributions.Randperm(values, generator);
    }
}
