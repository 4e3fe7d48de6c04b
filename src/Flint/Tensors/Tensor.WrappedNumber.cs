namespace Flint;

/// <summary>
/// C# numbers where a <see cref="Tensor"/> is expected, so that <c>t[mask] = 0</c> compiles (an indexer's
/// setter takes exactly the indexer's type). As PyTorch does with Python numbers, the number becomes a
/// zero-dimensional "wrapped number" tensor: type promotion ranks it as a scalar, and an index assignment
/// converts it to the destination's dtype.
/// </summary>
/// <remarks>
/// These conversions leave the <c>(Tensor, Scalar)</c> operator and method overloads preferred for numbers:
/// because a <see cref="Scalar"/> converts implicitly to a <see cref="Tensor"/> (and not the reverse), C#'s
/// overload resolution ranks Scalar the better conversion target, so <c>x + 1</c> or <c>x.Add(1)</c> keep
/// their scalar overloads rather than becoming ambiguous.
/// </remarks>
public sealed partial class Tensor
{
    /// <summary>True for a tensor made from a C# number by an implicit conversion (PyTorch's <c>is_wrapped_number</c>).</summary>
    internal bool IsWrappedNumber { get; private init; }

    public static implicit operator Tensor(bool value) => WrapNumber(value);

    public static implicit operator Tensor(int value) => WrapNumber(value);

    public static implicit operator Tensor(long value) => WrapNumber(value);

    public static implicit operator Tensor(float value) => WrapNumber(value);

    public static implicit operator Tensor(double value) => WrapNumber(value);

    public static implicit operator Tensor(Scalar value) => WrapNumber(value);

    /// <summary>
    /// Floating numbers are kept in Float64, as PyTorch keeps a Python float in a double wrapped tensor, so
    /// that no precision is lost before the number meets the dtype it is used with.
    /// </summary>
    static Tensor WrapNumber(Scalar value)
    {
        var number = Torch.Full([], value, value.IsFloatingPoint ? DType.Float64 : value.DType);
        return new Tensor(number.Storage, number.Layout) { IsWrappedNumber = true };
    }
}
