namespace Flint.Backends.Cpu;

/// <summary>An element of a row with the index it had in the row, as PyTorch's sorting kernels move them together.</summary>
internal struct Keyed<T>(T value, long index) where T : unmanaged
{
    public T Value = value;
    public long Index = index;
}

/// <summary>Ascending by value, NaN after every number (PyTorch's ascending sort and smallest-first topk).</summary>
internal readonly struct AscendingNaNLast<T> : IOrdering<Keyed<T>> where T : unmanaged
{
    public bool Before(in Keyed<T> a, in Keyed<T> b) => ElementOrder.LessNaNLast(a.Value, b.Value);
}

/// <summary>Descending by value, NaN before every number (PyTorch's descending sort and largest-first topk).</summary>
internal readonly struct DescendingNaNFirst<T> : IOrdering<Keyed<T>> where T : unmanaged
{
    public bool Before(in Keyed<T> a, in Keyed<T> b) => ElementOrder.GreaterNaNFirst(a.Value, b.Value);
}

/// <summary>Ascending by value with IEEE <c>&lt;</c> alone (NaN compares unordered), as PyTorch's mode sorts.</summary>
internal readonly struct AscendingIeee<T> : IOrdering<Keyed<T>> where T : unmanaged
{
    public bool Before(in Keyed<T> a, in Keyed<T> b) => ElementOrder.Less(a.Value, b.Value);
}

/// <summary>By value, then by index: a total order on a row without NaN (PyTorch's median selects with it).</summary>
internal readonly struct ValueThenIndex<T> : IOrdering<Keyed<T>> where T : unmanaged
{
    public bool Before(in Keyed<T> a, in Keyed<T> b) =>
        ElementOrder.Less(a.Value, b.Value) || (ElementOrder.Equal(a.Value, b.Value) && a.Index < b.Index);
}

/// <summary>By value, then by index, NaN after every number (PyTorch's nanmedian selects with it).</summary>
internal readonly struct ValueThenIndexNaNLast<T> : IOrdering<Keyed<T>> where T : unmanaged
{
    public bool Before(in Keyed<T> a, in Keyed<T> b) =>
        ElementOrder.Less(a.Value, b.Value) || (ElementOrder.Equal(a.Value, b.Value) && a.Index < b.Index)
        || (ElementOrder.IsNaN(b.Value) && !ElementOrder.IsNaN(a.Value));
}
