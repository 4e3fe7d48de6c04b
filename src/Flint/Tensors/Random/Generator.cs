using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using Flint.Tensors.Random;

namespace Flint;

/// <summary>
/// A CPU random number generator: PyTorch's <c>torch.Generator</c> (its <c>CPUGeneratorImpl</c>).
/// An mt19937 engine plus the Box-Muller sample cached between normal draws, so that the same seed and
/// the same calls give the same numbers as PyTorch on CPU. Every draw of a fill holds the generator's lock
/// for the whole fill, as PyTorch holds the generator mutex for a kernel call, so concurrent fills
/// never interleave their numbers.
/// </summary>
public sealed class Generator
{
    /// <summary>The seed of a new <c>torch.Generator()</c> (PyTorch's <c>default_rng_seed_val</c>).</summary>
    public const long DefaultSeed = 67280421310721;

    /// <summary>Size in bytes of <see cref="GetState"/>: PyTorch's <c>CPUGeneratorImplState</c>.</summary>
    public const int StateSize = 5056;

    readonly Lock sync = new();
    readonly MersenneTwister engine;
    float? nextFloatNormalSample;
    double? nextDoubleNormalSample;

    public Generator(long seed = DefaultSeed) => engine = new MersenneTwister(unchecked((ulong)seed));

    /// <summary>
    /// The generator behind every random function that is not given one (<c>torch.default_generator</c>).
    /// Like PyTorch's, it starts from a non-deterministic seed; call <see cref="Torch.ManualSeed"/> for reproducibility.
    /// </summary>
    public static Generator Default { get; } = new(NonDeterministicSeed());

    /// <summary>Reseeds the engine and forgets any cached normal sample (<c>manual_seed</c>).</summary>
    public Generator ManualSeed(long seed)
    {
        lock (sync)
        {
            engine.Reseed(unchecked((ulong)seed));
            nextFloatNormalSample = null;
            nextDoubleNormalSample = null;
        }
        return this;
    }

    /// <summary>Reseeds from a non-deterministic source and returns the seed used (<c>seed()</c>).</summary>
    public long Seed()
    {
        long seed = NonDeterministicSeed();
        ManualSeed(seed);
        return seed;
    }

    /// <summary>
    /// The seed the engine was last seeded with (<c>initial_seed()</c>). PyTorch reports it as an unsigned
    /// 64-bit number; this is the same 64 bits read as a <see cref="long"/>.
    /// </summary>
    public long InitialSeed
    {
        get { lock (sync) return unchecked((long)engine.Seed); }
    }

    /// <summary>
    /// The full state, laid out byte for byte as PyTorch's <c>get_state()</c> (little-endian
    /// <c>CPUGeneratorImplState</c>, <see cref="StateSize"/> bytes), so states move between Flint and PyTorch.
    /// </summary>
    public byte[] GetState()
    {
        var bytes = new byte[StateSize];
        var span = bytes.AsSpan();
        lock (sync)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span, engine.Seed);
            BinaryPrimitives.WriteInt32LittleEndian(span[8..], engine.Left);
            BinaryPrimitives.WriteInt32LittleEndian(span[12..], 1); // seeded
            BinaryPrimitives.WriteUInt64LittleEndian(span[16..], (ulong)engine.Next);
            var words = engine.State;
            for (int i = 0; i < MersenneTwister.StateSize; i++)
                BinaryPrimitives.WriteUInt64LittleEndian(span[(StateWordsOffset + 8 * i)..], words[i]);
            if (nextDoubleNormalSample is double cachedDouble)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(span[NormalYOffset..], cachedDouble);
                BinaryPrimitives.WriteInt32LittleEndian(span[NormalIsValidOffset..], 1);
            }
            if (nextFloatNormalSample is float cachedFloat)
            {
                BinaryPrimitives.WriteSingleLittleEndian(span[FloatNormalOffset..], cachedFloat);
                span[FloatNormalIsValidOffset] = 1;
            }
        }
        return bytes;
    }

    /// <summary>Restores a state from <see cref="GetState"/> or from PyTorch's <c>get_rng_state()</c>.</summary>
    public Generator SetState(ReadOnlySpan<byte> state)
    {
        if (state.Length != StateSize)
            throw new ArgumentException($"Expected a CPUGeneratorImplState of size {StateSize} but found the input RNG state size to be {state.Length}.", nameof(state));
        ulong seed = BinaryPrimitives.ReadUInt64LittleEndian(state);
        int left = BinaryPrimitives.ReadInt32LittleEndian(state[8..]);
        int seeded = BinaryPrimitives.ReadInt32LittleEndian(state[12..]);
        ulong next = BinaryPrimitives.ReadUInt64LittleEndian(state[16..]);
        if (seeded == 0 || next > MersenneTwister.StateSize) throw new ArgumentException("Invalid mt19937 state.", nameof(state));
        var words = new uint[MersenneTwister.StateSize];
        for (int i = 0; i < words.Length; i++)
            words[i] = unchecked((uint)BinaryPrimitives.ReadUInt64LittleEndian(state[(StateWordsOffset + 8 * i)..]));
        bool doubleValid = BinaryPrimitives.ReadInt32LittleEndian(state[NormalIsValidOffset..]) != 0;
        bool floatValid = state[FloatNormalIsValidOffset] != 0;
        lock (sync)
        {
            engine.Restore(seed, left, (int)next, words);
            nextDoubleNormalSample = doubleValid ? BinaryPrimitives.ReadDoubleLittleEndian(state[NormalYOffset..]) : null;
            nextFloatNormalSample = floatValid ? BinaryPrimitives.ReadSingleLittleEndian(state[FloatNormalOffset..]) : null;
        }
        return this;
    }

    /// <summary>A copy with the same engine state and cached samples (PyTorch's <c>clone()</c>).</summary>
    public Generator Clone()
    {
        var copy = new Generator();
        return copy.SetState(GetState());
    }

    // Offsets inside CPUGeneratorImplState: the legacy THGenerator POD (64-bit state words, unused
    // Box-Muller fields), then the float cache PyTorch added.
    const int StateWordsOffset = 24;
    const int NormalYOffset = StateWordsOffset + 8 * MersenneTwister.StateSize + 8;
    const int NormalIsValidOffset = NormalYOffset + 16;
    const int FloatNormalOffset = NormalIsValidOffset + 8;
    const int FloatNormalIsValidOffset = FloatNormalOffset + 4;

    /// <summary>The lock a fill holds while it draws; draws below assume it is held.</summary>
    internal Lock SyncRoot => sync;

    /// <summary>32 random bits (<c>CPUGeneratorImpl::random()</c>). Caller holds <see cref="SyncRoot"/>.</summary>
    internal uint Random32()
    {
        Debug.Assert(sync.IsHeldByCurrentThread);
        return engine.NextUInt32();
    }

    /// <summary>64 random bits, the first draw high (<c>CPUGeneratorImpl::random64()</c>). Caller holds <see cref="SyncRoot"/>.</summary>
    internal ulong Random64()
    {
        Debug.Assert(sync.IsHeldByCurrentThread);
        ulong high = engine.NextUInt32();
        return (high << 32) | engine.NextUInt32();
    }

    /// <summary>The second Box-Muller sample of the last double draw, if unused. Caller holds <see cref="SyncRoot"/>.</summary>
    internal double? NextDoubleNormalSample
    {
        get => nextDoubleNormalSample;
        set => nextDoubleNormalSample = value;
    }

    /// <summary>The float counterpart of <see cref="NextDoubleNormalSample"/> (kept for state compatibility).</summary>
    internal float? NextFloatNormalSample
    {
        get => nextFloatNormalSample;
        set => nextFloatNormalSample = value;
    }

    // PyTorch reads 64 bits from /dev/urandom; Flint keeps the top bit clear so that the seed reads the
    // same as a long and as PyTorch's unsigned initial_seed().
    static long NonDeterministicSeed()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return (long)(BinaryPrimitives.ReadUInt64LittleEndian(bytes) >> 1);
    }
}
