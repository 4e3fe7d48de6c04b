using System.Globalization;

namespace Flint;

/// <summary>
/// A C# number or bool passed where PyTorch takes a Python scalar. Its kind (bool, integer,
/// floating) matters for type promotion: scalars never widen a tensor's dtype within its category.
/// </summary>
public readonly struct Scalar
{
    enum Kind : byte { Bool, Integer, Floating }

    readonly Kind kind;
    readonly long integer;
    readonly double floating;

    Scalar(Kind kind, long integer, double floating)
    {
        this.kind = kind;
        this.integer = integer;
        this.floating = floating;
    }

    public static implicit operator Scalar(bool value) => new(Kind.Bool, value ? 1 : 0, value ? 1 : 0);
    public static implicit operator Scalar(int value) => new(Kind.Integer, value, value);
    public static implicit operator Scalar(long value) => new(Kind.Integer, value, value);
    public static implicit operator Scalar(float value) => new(Kind.Floating, 0, value);
    public static implicit operator Scalar(double value) => new(Kind.Floating, 0, value);
    public static implicit operator Scalar(Half value) => new(Kind.Floating, 0, (double)value);
    public static implicit operator Scalar(BFloat16 value) => new(Kind.Floating, 0, value);

    public bool IsBool => kind == Kind.Bool;
    public bool IsIntegral => kind == Kind.Integer;
    public bool IsFloatingPoint => kind == Kind.Floating;

    public double ToDouble() => kind == Kind.Floating ? floating : integer;

    public long ToInt64() => kind == Kind.Floating ? (long)floating : integer;

    public bool ToBool() => kind == Kind.Floating ? floating != 0 : integer != 0;

    /// <summary>The dtype PyTorch gives a wrapped Python scalar: bool, int64, or the default float dtype.</summary>
    public DType DType => kind switch
    {
        Kind.Bool => DType.Bool,
        Kind.Integer => DType.Int64,
        _ => Torch.GetDefaultDType(),
    };

    public override string ToString() => kind switch
    {
        Kind.Bool => integer != 0 ? "True" : "False",
        Kind.Integer => integer.ToString(CultureInfo.InvariantCulture),
        _ => floating.ToString("R", CultureInfo.InvariantCulture),
    };
}
