using System.Globalization;

namespace Flint;

/// <summary>
/// Brain floating point: the upper 16 bits of an IEEE float32. Conversion from float rounds
/// to nearest even and keeps NaN a quiet NaN, as PyTorch's <c>c10::BFloat16</c> does.
/// </summary>
public readonly struct BFloat16 : IEquatable<BFloat16>, IComparable<BFloat16>
{
    public readonly ushort Bits;

    BFloat16(ushort bits) => Bits = bits;

    public static BFloat16 FromBits(ushort bits) => new(bits);

    public static explicit operator BFloat16(float value)
    {
        if (float.IsNaN(value)) return new BFloat16(0x7FC0);
        uint bits = BitConverter.SingleToUInt32Bits(value);
        uint roundingBias = 0x7FFF + ((bits >> 16) & 1);
        return new BFloat16((ushort)((bits + roundingBias) >> 16));
    }

    // PyTorch converts double to bfloat16 through float.
    public static explicit operator BFloat16(double value) => (BFloat16)(float)value;

    public static implicit operator float(BFloat16 value) => BitConverter.UInt32BitsToSingle((uint)value.Bits << 16);

    public static implicit operator double(BFloat16 value) => (float)value;

    public static BFloat16 operator +(BFloat16 a, BFloat16 b) => (BFloat16)((float)a + b);
    public static BFloat16 operator -(BFloat16 a, BFloat16 b) => (BFloat16)((float)a - b);
    public static BFloat16 operator *(BFloat16 a, BFloat16 b) => (BFloat16)((float)a * b);
    public static BFloat16 operator /(BFloat16 a, BFloat16 b) => (BFloat16)((float)a / b);
    public static BFloat16 operator -(BFloat16 a) => new((ushort)(a.Bits ^ 0x8000));
    public static bool operator ==(BFloat16 a, BFloat16 b) => (float)a == b;
    public static bool operator !=(BFloat16 a, BFloat16 b) => (float)a != b;
    public static bool operator <(BFloat16 a, BFloat16 b) => (float)a < b;
    public static bool operator >(BFloat16 a, BFloat16 b) => (float)a > b;
    public static bool operator <=(BFloat16 a, BFloat16 b) => (float)a <= b;
    public static bool operator >=(BFloat16 a, BFloat16 b) => (float)a >= b;

    public static BFloat16 MaxValue => new(0x7F7F);
    public static BFloat16 MinValue => new(0xFF7F);
    public static BFloat16 Epsilon => new(0x0001);
    public static BFloat16 NaN => new(0x7FC0);
    public static BFloat16 PositiveInfinity => new(0x7F80);
    public static BFloat16 NegativeInfinity => new(0xFF80);

    public static bool IsNaN(BFloat16 value) => float.IsNaN(value);

    public bool Equals(BFloat16 other) => this == other;
    public override bool Equals(object? obj) => obj is BFloat16 other && Equals(other);
    public override int GetHashCode() => ((float)this).GetHashCode();
    public int CompareTo(BFloat16 other) => ((float)this).CompareTo(other);
    public override string ToString() => ((float)this).ToString(CultureInfo.InvariantCulture);
}
