using Flint.Backends;

namespace Flint;

/// <summary>
/// The tensor-index part of an index expression, prepared for the backend's <see cref="IStorage.IndexGather"/>
/// and <see cref="IStorage.IndexScatter"/> (PyTorch's <c>AdvancedIndex</c> in TensorAdvancedIndexing.cpp).
/// Masks become their <see cref="Tensor.Nonzero"/> columns, the index tensors broadcast together, and their
/// broadcast shape replaces the indexed dimensions in the result: in place when those dimensions are adjacent,
/// at the front otherwise (the source is then permuted so that they are).
/// </summary>
internal sealed class AdvancedIndex
{
    readonly Tensor source;
    readonly Layout sourceLayout;
    readonly IndexedDims indexed;
    readonly Tensor[] indices;
    readonly Layout[] indexLayouts;

    /// <summary>The shape of <c>source[indices]</c>.</summary>
    public long[] ResultShape { get; }

    /// <param name="source">The tensor after the basic part of the expression (selects, slices, new axes) was applied.</param>
    /// <param name="entries">One entry per index item from dimension 0 on: null for a dimension left whole, an index
    /// tensor for one dimension, or a mask covering as many dimensions as it has.</param>
    public AdvancedIndex(Tensor source, IReadOnlyList<Tensor?> entries)
    {
        CheckIndexTypes(entries);
        var perDim = ExpandMasks(source, entries);
        long[] broadcastShape = BroadcastIndices(perDim);
        while (perDim.Count < source.Dim) perDim.Add(null);
        if (!IndexedDimsAreAdjacent(perDim)) (source, perDim) = TransposeToFront(source, perDim);

        int first = Math.Max(perDim.FindIndex(t => t is not null), 0);
        int count = perDim.Count(t => t is not null);
        var sizes = source.Layout.Shape;
        var strides = source.Layout.Strides;
        var indexedSizes = sizes.Slice(first, count).ToArray();
        if (indexedSizes.Contains(0) && !broadcastShape.Contains(0))
            throw new IndexOutOfRangeException("index is out of bounds for dimension with size 0");

        int after = source.Dim - first - count;
        ResultShape = [.. sizes[..first], .. broadcastShape, .. sizes[(first + count)..]];
        // The source is read at the result's shape: its own strides outside the indexed block, 0 inside it,
        // where the index values supply the offsets.
        sourceLayout = new Layout(ResultShape, [.. strides[..first], .. new long[broadcastShape.Length], .. strides[(first + count)..]],
            source.Layout.Offset);
        indices = perDim.Where(t => t is not null).Select(t => t!).ToArray();
        indexLayouts = indices.Select(index =>
        {
            var expanded = index.Layout.Expand(broadcastShape);
            return new Layout(ResultShape, [.. new long[first], .. expanded.Strides, .. new long[after]], expanded.Offset);
        }).ToArray();
        // PyTorch's messages number the indexed dimensions among themselves ("dimension 0" for x[:, idx]).
        indexed = new IndexedDims(Enumerable.Range(0, count).ToArray(), indexedSizes, strides.Slice(first, count).ToArray());
        this.source = source;
    }

    /// <summary>A new tensor holding <c>source[indices]</c>.</summary>
    public Tensor Gather()
    {
        var result = Tensor.Allocate(ResultShape, source.DType, source.Device);
        source.Storage.IndexGather(sourceLayout, indexed, indices.Select(i => i.Storage).ToArray(),
            indexLayouts, result.Storage, result.Layout);
        return result;
    }

    /// <summary>Checks that <paramref name="values"/> broadcast to the result shape, with PyTorch's message.</summary>
    public void CheckValuesShape(Tensor values)
    {
        if (!IsExpandable(values.Layout.Shape, ResultShape))
            throw new ArgumentException(
                $"shape mismatch: value tensor of shape {Shape.Format(values.Layout.Shape)} cannot be broadcast to indexing result of shape {Shape.Format(ResultShape)}");
    }

    /// <summary>Writes (or adds) <paramref name="values"/>, of the source's dtype and broadcastable to the result shape.</summary>
    public void Scatter(Tensor values, bool accumulate)
    {
        CheckValuesShape(values);
        // Reading values from the memory being written would depend on the write order: use a copy.
        if (ReferenceEquals(values.Storage, source.Storage)) values = values.Clone();
        source.Storage.IndexScatter(sourceLayout, indexed, indices.Select(i => i.Storage).ToArray(), indexLayouts,
            values.Storage, values.Layout.Expand(ResultShape), accumulate);
    }

    static bool IsExpandable(ReadOnlySpan<long> shape, ReadOnlySpan<long> target)
    {
        int lead = target.Length - shape.Length;
        if (lead < 0) return false;
        for (int d = 0; d < shape.Length; d++)
            if (shape[d] != 1 && shape[d] != target[d + lead]) return false;
        return true;
    }

    /// <summary>Int64 and Int32 index tensors and Bool and UInt8 masks are accepted (Int32 as PyTorch 2 does).</summary>
    static void CheckIndexTypes(IReadOnlyList<Tensor?> entries)
    {
        foreach (var entry in entries)
            if (entry is { DType: not (DType.Int64 or DType.Int32 or DType.Bool or DType.UInt8) })
                throw new IndexOutOfRangeException("tensors used as indices must be long, int, byte or bool tensors");
    }

    internal static bool IsMask(Tensor index) => index.DType is DType.Bool or DType.UInt8;

    /// <summary>One Int64 index (or null) per source dimension: a k-dimensional mask becomes its k nonzero columns.</summary>
    static List<Tensor?> ExpandMasks(Tensor source, IReadOnlyList<Tensor?> entries)
    {
        var perDim = new List<Tensor?>();
        foreach (var entry in entries)
        {
            if (entry is null || !IsMask(entry))
            {
                var index = entry?.To(DType.Int64, source.Device);
                // An index viewing the memory a write goes to could change under it: use a copy.
                perDim.Add(index is not null && ReferenceEquals(index.Storage, source.Storage) ? index.Clone() : index);
                continue;
            }
            CheckMaskShape(source, entry, perDim.Count);
            var nonzero = entry.Nonzero().To(source.Device);
            for (int j = 0; j < entry.Dim; j++) perDim.Add(nonzero.Select(1, j));
        }
        return perDim;
    }

    static void CheckMaskShape(Tensor source, Tensor mask, int firstDim)
    {
        for (int j = 0; j < mask.Dim; j++)
        {
            int sourceDim = firstDim + j;
            if (sourceDim >= source.Dim || mask.Layout.Shape[j] != source.Layout.Shape[sourceDim])
                throw new IndexOutOfRangeException(
                    $"The shape of the mask {Shape.Format(mask.Layout.Shape)} at index {j} does not match the shape of the indexed tensor {Shape.Format(source.Layout.Shape)} at index {sourceDim}");
        }
    }

    static long[] BroadcastIndices(List<Tensor?> perDim)
    {
        var present = perDim.Where(t => t is not null).Select(t => t!).ToArray();
        long[] shape = [];
        try
        {
            foreach (var index in present) shape = Broadcasting.BroadcastShapes(shape, index.Layout.Shape);
        }
        catch (ArgumentException)
        {
            throw new IndexOutOfRangeException(
                "shape mismatch: indexing tensors could not be broadcast together with shapes " +
                string.Join(", ", present.Select(t => Shape.Format(t.Layout.Shape))));
        }
        return shape;
    }

    static bool IndexedDimsAreAdjacent(List<Tensor?> perDim)
    {
        int first = perDim.FindIndex(t => t is not null), last = perDim.FindLastIndex(t => t is not null);
        for (int d = first; d <= last && first >= 0; d++)
            if (perDim[d] is null) return false;
        return true;
    }

    /// <summary>Moves the indexed dimensions to the front, in order, followed by the others (a view).</summary>
    static (Tensor, List<Tensor?>) TransposeToFront(Tensor source, List<Tensor?> perDim)
    {
        var order = Enumerable.Range(0, perDim.Count).Where(d => perDim[d] is not null)
            .Concat(Enumerable.Range(0, perDim.Count).Where(d => perDim[d] is null)).ToArray();
        return (source.Permute(order), order.Select(d => perDim[d]).ToList());
    }
}
