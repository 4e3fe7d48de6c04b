using System.Globalization;

namespace Flint;

/// <summary>
/// One item of an index expression, what PyTorch accepts between the brackets of <c>t[...]</c>:
/// an integer (<c>t[0]</c>, <c>t[^1]</c>), a slice (<c>t[1..3]</c>, <c>t[..]</c>,
/// <c>TensorIndex.Slice(0, null, 2)</c>), <see cref="Ellipsis"/>, <see cref="None"/> (a new axis),
/// a bool (adds a dimension of size 1 or 0), or a tensor (integer indices or a bool mask;
/// <c>long[]</c>, <c>int[]</c> and <c>bool[]</c> stand for Python lists). The default value is <c>:</c>.
/// </summary>
public readonly struct TensorIndex
{
    internal enum Kind : byte { Slice, Integer, Ellipsis, NewAxis, Boolean, Tensor }

    readonly long integer;
    readonly bool integerIsEnd;
    readonly long? start, stop, step;
    readonly bool boolean;
    readonly Tensor? tensor;

    TensorIndex(Kind kind, long integer = 0, bool integerIsEnd = false, long? start = null, long? stop = null,
        long? step = null, bool boolean = false, Tensor? tensor = null)
    {
        Type = kind;
        this.integer = integer;
        this.integerIsEnd = integerIsEnd;
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.boolean = boolean;
        this.tensor = tensor;
    }

    internal Kind Type { get; }

    /// <summary>Python's <c>...</c>: as many full slices as the dimensions the other items leave.</summary>
    public static TensorIndex Ellipsis { get; } = new(Kind.Ellipsis);

    /// <summary>Python's <c>None</c> in an index: inserts a dimension of size 1.</summary>
    public static TensorIndex None { get; } = new(Kind.NewAxis);

    /// <summary>Python's <c>start:stop:step</c>; null bounds mean the ends, out-of-range bounds are clamped.</summary>
    public static TensorIndex Slice(long? start = null, long? stop = null, long step = 1) =>
        new(Kind.Slice, start: start, stop: stop, step: step);

    public static implicit operator TensorIndex(int index) => new(Kind.Integer, index);

    public static implicit operator TensorIndex(long index) => new(Kind.Integer, index);

    /// <summary><c>^k</c> is <c>-k</c>; <c>^0</c> (one past the end) is always out of range, as in C#.</summary>
    public static implicit operator TensorIndex(Index index) =>
        index.IsFromEnd ? new(Kind.Integer, -index.Value, integerIsEnd: index.Value == 0) : new(Kind.Integer, index.Value);

    /// <summary><c>a..b</c> is <c>a:b</c>; <c>^k</c> bounds are <c>-k</c>, and <c>^0</c> is the end.</summary>
    public static implicit operator TensorIndex(Range range)
    {
        // A start of ^0 is the end of the dimension: long.MaxValue is clamped to its size.
        long from = range.Start.IsFromEnd ? (range.Start.Value == 0 ? long.MaxValue : -range.Start.Value) : range.Start.Value;
        long? to = range.End.IsFromEnd ? (range.End.Value == 0 ? null : -range.End.Value) : range.End.Value;
        return new(Kind.Slice, start: from, stop: to);
    }

    public static implicit operator TensorIndex(bool value) => new(Kind.Boolean, boolean: value);

    /// <summary>Integer index tensors (Int64, Int32) and masks (Bool, UInt8).</summary>
    public static implicit operator TensorIndex(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        return new(Kind.Tensor, tensor: tensor);
    }

    /// <summary>A list of indices, as a Python list of ints: an Int64 index tensor.</summary>
    public static implicit operator TensorIndex(long[] indices) => Torch.Tensor(indices);

    public static implicit operator TensorIndex(int[] indices) => Torch.Tensor(indices, DType.Int64);

    /// <summary>A list of bools, as a Python list of bools: a mask.</summary>
    public static implicit operator TensorIndex(bool[] mask) => Torch.Tensor(mask);

    internal long? Start => start;

    internal long? Stop => stop;

    internal long Step => step ?? 1;

    internal bool Boolean => boolean;

    internal Tensor Tensor => tensor!;

    /// <summary>The integer this item stands for in a dimension of <paramref name="size"/> (only <c>^0</c> needs the size).</summary>
    internal long IntegerFor(long size) => integerIsEnd ? size : integer;

    public override string ToString() => Type switch
    {
        Kind.Integer => integerIsEnd ? "^0" : integer.ToString(CultureInfo.InvariantCulture),
        Kind.Slice => $"{Bound(start)}:{Bound(stop)}" + (step is { } s && s != 1 ? $":{s}" : ""),
        Kind.Ellipsis => "...",
        Kind.NewAxis => "None",
        Kind.Boolean => boolean ? "True" : "False",
        _ => $"tensor(shape={Shape.Format(tensor!.Layout.Shape)}, dtype={tensor.DType.TorchName()})",
    };

    static string Bound(long? bound) => bound switch
    {
        null => "",
        long.MaxValue => "^0",
        { } b => b.ToString(CultureInfo.InvariantCulture),
    };
}
