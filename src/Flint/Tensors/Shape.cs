using System.Collections;

namespace Flint;

/// <summary>
/// The sizes of a tensor's dimensions; PyTorch's <c>torch.Size</c>. Indexable like an array
/// (<c>x.Shape[0]</c>, <c>x.Shape[^1]</c>) and convertible to and from <c>long[]</c>.
/// </summary>
public readonly struct Shape : IReadOnlyList<long>, IEquatable<Shape>
{
    readonly long[]? sizes;

    public Shape(params long[] sizes) => this.sizes = (long[])sizes.Clone();

    internal static Shape Wrap(long[] sizes) => new(sizes, owned: true);

    Shape(long[] sizes, bool owned) => this.sizes = sizes;

    public long this[int index] => Sizes[index < 0 ? index + Sizes.Length : index];

    public int Count => Sizes.Length;

    public int Length => Sizes.Length;

    /// <summary>The product of the sizes (1 for a zero-dimensional shape).</summary>
    public long Numel => NumelOf(Sizes);

    internal long[] Sizes => sizes ?? [];

    public long[] ToArray() => (long[])Sizes.Clone();

    public static implicit operator Shape(long[] sizes) => new(sizes);

    public static implicit operator long[](Shape shape) => shape.ToArray();

    public static long NumelOf(ReadOnlySpan<long> sizes)
    {
        long n = 1;
        foreach (long s in sizes) n *= s;
        return n;
    }

    public IEnumerator<long> GetEnumerator() => ((IEnumerable<long>)Sizes).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(Shape other) => Sizes.AsSpan().SequenceEqual(other.Sizes);

    public override bool Equals(object? obj) => obj is Shape other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (long s in Sizes) hash.Add(s);
        return hash.ToHashCode();
    }

    public static bool operator ==(Shape a, Shape b) => a.Equals(b);

    public static bool operator !=(Shape a, Shape b) => !a.Equals(b);

    /// <summary>PyTorch's form: <c>torch.Size([2, 3])</c>.</summary>
    public override string ToString() => $"torch.Size([{string.Join(", ", Sizes)}])";

    /// <summary>The plain list form used in error messages: <c>[2, 3]</c>.</summary>
    internal static string Format(ReadOnlySpan<long> sizes) => "[" + string.Join(", ", sizes.ToArray()) + "]";
}
