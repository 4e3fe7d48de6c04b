namespace Flint.Tensors.Random;

/// <summary>
/// The 32-bit Mersenne Twister (MT19937) exactly as PyTorch's <c>at::mt19937</c> runs it: seeded
/// from the low 32 bits of a 64-bit seed with Knuth's linear recurrence, the whole state regenerated
/// lazily when the previous 624 words are used up, and the standard tempering on output. Not
/// thread-safe: <see cref="Generator"/> serialises access.
/// </summary>
internal sealed class MersenneTwister
{
    internal const int StateSize = 624;
    const int Shift = 397;
    const uint MatrixA = 0x9908b0df;
    const uint UpperMask = 0x80000000;
    const uint LowerMask = 0x7fffffff;

    readonly uint[] state = new uint[StateSize];

    /// <summary>The full 64-bit seed; only its low 32 bits enter the state, as in PyTorch.</summary>
    public ulong Seed { get; private set; }

    /// <summary>Words left before the state is regenerated, plus one (PyTorch's <c>left_</c>).</summary>
    public int Left { get; private set; }

    /// <summary>Index of the next state word to temper (PyTorch's <c>next_</c>).</summary>
    public int Next { get; private set; }

    public MersenneTwister(ulong seed) => Reseed(seed);

    public void Reseed(ulong seed)
    {
        Seed = seed;
        state[0] = (uint)seed;
        for (int j = 1; j < StateSize; j++)
            state[j] = unchecked(1812433253u * (state[j - 1] ^ (state[j - 1] >> 30)) + (uint)j);
        Left = 1;
        Next = 0;
    }

    public uint NextUInt32()
    {
        if (--Left == 0) Regenerate();
        uint y = state[Next++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        return y;
    }

    public ReadOnlySpan<uint> State => state;

    public MersenneTwister Clone()
    {
        var copy = new MersenneTwister(0);
        copy.Restore(Seed, Left, Next, state);
        return copy;
    }

    /// <summary>Loads a saved state; rejects what PyTorch's <c>mt19937::is_valid</c> rejects.</summary>
    public void Restore(ulong seed, int left, int next, ReadOnlySpan<uint> words)
    {
        if (words.Length != StateSize) throw new ArgumentException($"Expected {StateSize} state words, got {words.Length}.");
        if (left <= 0 || left > StateSize || next < 0 || next > StateSize)
            throw new ArgumentException("Invalid mt19937 state.");
        Seed = seed;
        Left = left;
        Next = next;
        words.CopyTo(state);
    }

    void Regenerate()
    {
        Left = StateSize;
        Next = 0;
        int k = 0;
        for (; k < StateSize - Shift; k++) state[k] = state[k + Shift] ^ Twist(state[k], state[k + 1]);
        for (; k < StateSize - 1; k++) state[k] = state[k + Shift - StateSize] ^ Twist(state[k], state[k + 1]);
        state[StateSize - 1] = state[Shift - 1] ^ Twist(state[StateSize - 1], state[0]);
    }

    static uint Twist(uint u, uint v) => (((u & UpperMask) | (v & LowerMask)) >> 1) ^ ((v & 1) != 0 ? MatrixA : 0);
}
