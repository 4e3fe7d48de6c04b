using Flint.Backends.Cpu;

namespace Flint.Tensors.Random;

internal static partial class Distributions
{
    /// <summary>
    /// <c>random_()</c> without bounds: integers uniform over [0, max] for integer types (bool: 0 or 1),
    /// and over [0, 2^digits] for floating types, every representable integer of the type.
    /// double and int64 draw 64 bits, the others 32.
    /// </summary>
    public static void Random<T>(Span<T> output, Generator generator) where T : unmanaged
    {
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
            {
                if (typeof(T) == typeof(bool)) output[i] = ElementConvert.FromInt64<T>(generator.Random32() & 1);
                else if (typeof(T) == typeof(long)) output[i] = ElementConvert.FromInt64<T>((long)(generator.Random64() % (1UL << 63)));
                else if (typeof(T) == typeof(double)) output[i] = ElementConvert.FromInt64<T>((long)(generator.Random64() % ((1UL << 53) + 1)));
                else output[i] = ElementConvert.FromInt64<T>((long)(generator.Random32() % RandomModulus<T>()));
            }
        }
    }

    // One more than the largest integer random_() yields for the types drawn from 32 bits.
    static ulong RandomModulus<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(int)) return 1UL << 31;
        if (typeof(T) == typeof(short)) return 1UL << 15;
        if (typeof(T) == typeof(sbyte)) return 1UL << 7;
        if (typeof(T) == typeof(byte)) return 1UL << 8;
        if (typeof(T) == typeof(float)) return (1UL << 24) + 1;
        if (typeof(T) == typeof(Half)) return (1UL << 11) + 1;
        if (typeof(T) == typeof(BFloat16)) return (1UL << 8) + 1;
        throw new NotSupportedException($"random_ does not support {typeof(T).Name}.");
    }

    /// <summary>
    /// <c>random_(from, to)</c>: integers uniform in [from, to), or [from, max of the type] when
    /// <paramref name="toExclusive"/> is null (<c>random_(from, None)</c>; from = long.MinValue then covers all
    /// 64-bit integers). Bounds are checked and, for floating types, moved inward to values the type
    /// represents, as PyTorch does. <c>torch.randint</c> is this on an int64 tensor.
    /// </summary>
    public static void RandomFrom<T>(Span<T> output, long from, long? toExclusive, Generator generator) where T : unmanaged
    {
        if (toExclusive is long to)
        {
            if (from >= to) throw new ArgumentException($"random_ expects 'from' to be less than 'to', but got from={from} >= to={to}");
            if (ElementConvert.IsFloating<T>())
            {
                from = UpdateFrom<T>(from);
                to = UpdateTo<T>(to);
                if (from >= to)
                    throw new ArgumentException($"random_ expects 'from' casted to dtype to be less than 'to' casted to dtype, but got from={from} >= to={to}");
            }
            CheckFromToInRange<T>(from, to - 1);
            RandomFromTo(output, unchecked((ulong)to - (ulong)from), from, generator);
        }
        else if (from != long.MinValue)
        {
            long toInclusive;
            if (ElementConvert.IsFloating<T>())
            {
                int digits = Digits<T>();
                toInclusive = digits >= 63 ? long.MaxValue : 1L << digits;
                from = UpdateFrom<T>(from);
                if (from >= toInclusive)
                    throw new ArgumentException($"random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' casted to dtype, but got from={from} > to_inc={toInclusive}");
            }
            else
            {
                toInclusive = typeof(T) == typeof(bool) ? 1 : IntegerRange<T>().Max;
            }
            CheckFromToInRange<T>(from, toInclusive);
            RandomFromTo(output, unchecked((ulong)toInclusive - (ulong)from + 1), from, generator);
        }
        else
        {
            if (!(typeof(T) == typeof(long) || typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(BFloat16)))
                throw new NotSupportedException($"random_ over the full 64-bit range handles only int64, double, float and bfloat16, got {DTypeOf<T>()}.");
            lock (generator.SyncRoot)
            {
                for (int i = 0; i < output.Length; i++)
                    output[i] = ElementConvert.FromInt64<T>(unchecked((long)generator.Random64()));
            }
        }
    }

    /// <summary>
    /// The kernel under <see cref="RandomFrom{T}"/>: <c>base + random % range</c>, drawing 64 bits when the range
    /// needs them (int64, double, float, bfloat16 with range ≥ 2^32) and 32 bits otherwise.
    /// </summary>
    internal static void RandomFromTo<T>(Span<T> output, ulong range, long @base, Generator generator) where T : unmanaged
    {
        bool wide = range >= 1UL << 32 &&
            (typeof(T) == typeof(long) || typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(BFloat16));
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < output.Length; i++)
            {
                ulong bits = wide ? generator.Random64() : generator.Random32();
                output[i] = ElementConvert.FromInt64<T>(unchecked((long)(bits % range + (ulong)@base)));
            }
        }
    }

    /// <summary>
    /// <c>randperm(n)</c>: the identity permutation shuffled by PyTorch's Fisher-Yates variant, swapping
    /// element i with element i + random() % (n - i). PyTorch 1.13 draws 32 bits for every n.
    /// </summary>
    public static void Randperm<T>(Span<T> output, Generator generator) where T : unmanaged
    {
        long n = output.Length;
        for (int i = 0; i < output.Length; i++) output[i] = ElementConvert.FromInt64<T>(i);
        lock (generator.SyncRoot)
        {
            for (int i = 0; i < n - 1; i++)
            {
                int z = (int)(generator.Random32() % (n - i));
                (output[i], output[i + z]) = (output[i + z], output[i]);
            }
        }
    }

    // PyTorch's update_from / update_to: a bound that does not survive rounding to the floating type is
    // moved inward to the nearest representable integer, so results never fall outside [from, to).
    static long UpdateFrom<T>(long from) where T : unmanaged
    {
        long fromPlusOne = RoundTripThroughType<T>(from + 1);
        if (fromPlusOne < from)
        {
            int n = Log2Floor(Math.Abs(from + 1));
            from = fromPlusOne + (1L << (n - Digits<T>() + 1));
        }
        return from;
    }

    static long UpdateTo<T>(long to) where T : unmanaged
    {
        long toMinusOne = RoundTripThroughType<T>(to - 1);
        if (toMinusOne >= to)
        {
            int n = Log2Floor(Math.Abs(to - 1));
            to = toMinusOne - (1L << (n - Digits<T>() + 1));
        }
        return to;
    }

    static int Log2Floor(long value) => value == 0 ? 0 : 63 - (int)long.LeadingZeroCount(value);

    static long RoundTripThroughType<T>(long value) where T : unmanaged => ElementConvert.ToInt64(ElementConvert.FromInt64<T>(value));

    static int Digits<T>() where T : unmanaged =>
        typeof(T) == typeof(double) ? 53 : typeof(T) == typeof(float) ? 24 : typeof(T) == typeof(Half) ? 11 : 8;

    static void CheckFromToInRange<T>(long from, long toInclusive) where T : unmanaged
    {
        string dtype = DTypeOf<T>();
        if (ElementConvert.IsFloating<T>())
        {
            double max = typeof(T) == typeof(double) ? double.MaxValue
                : typeof(T) == typeof(float) ? float.MaxValue
                : typeof(T) == typeof(Half) ? (double)System.Half.MaxValue
                : (double)BFloat16.MaxValue;
            if (from < -max || from > max) throw new ArgumentException($"from is out of bounds for {dtype}");
            if (toInclusive < -max || toInclusive > max) throw new ArgumentException($"to - 1 is out of bounds for {dtype}");
        }
        else
        {
            var (min, max) = typeof(T) == typeof(bool) ? (0L, 1L) : IntegerRange<T>();
            if (from < min || from > max) throw new ArgumentException($"from is out of bounds for {dtype}");
            if (toInclusive < min || toInclusive > max) throw new ArgumentException($"to - 1 is out of bounds for {dtype}");
        }
    }

    static (long Min, long Max) IntegerRange<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(long)) return (long.MinValue, long.MaxValue);
        if (typeof(T) == typeof(int)) return (int.MinValue, int.MaxValue);
        if (typeof(T) == typeof(short)) return (short.MinValue, short.MaxValue);
        if (typeof(T) == typeof(sbyte)) return (sbyte.MinValue, sbyte.MaxValue);
        if (typeof(T) == typeof(byte)) return (byte.MinValue, byte.MaxValue);
        throw new NotSupportedException($"{typeof(T).Name} is not an integer element type.");
    }
}
