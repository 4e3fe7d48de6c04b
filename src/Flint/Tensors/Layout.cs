namespace Flint;

/// <summary>
/// How a tensor's elements sit in its storage: sizes, strides (in elements) and an offset.
/// Immutable; every view op is a function from one layout to another over the same storage.
/// </summary>
public sealed class Layout
{
    readonly long[] shape;
    readonly long[] strides;

    public Layout(long[] shape, long[] strides, long offset)
    {
        if (shape.Length != strides.Length)
            throw new ArgumentException($"Layout needs one stride per dimension, got shape {Flint.Shape.Format(shape)} and strides {Flint.Shape.Format(strides)}.");
        this.shape = shape;
        this.strides = strides;
        Offset = offset;
    }

    /// <summary>A row-major layout of <paramref name="shape"/> starting at <paramref name="offset"/>.</summary>
    public static Layout Contiguous(long[] shape, long offset = 0) => new(shape, ContiguousStrides(shape), offset);

    public ReadOnlySpan<long> Shape => shape;

    public ReadOnlySpan<long> Strides => strides;

    public long Offset { get; }

    public int Rank => shape.Length;

    public long Numel => Flint.Shape.NumelOf(shape);

    internal long[] ShapeArray => shape;

    internal long[] StridesArray => strides;

    public static long[] ContiguousStrides(ReadOnlySpan<long> shape)
    {
        var strides = new long[shape.Length];
        long stride = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= Math.Max(shape[d], 1);
        }
        return strides;
    }

    /// <summary>PyTorch's definition: row-major strides, ignoring dimensions of size 1; empty tensors are contiguous.</summary>
    public bool IsContiguous
    {
        get
        {
            if (Numel == 0) return true;
            long expected = 1;
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                if (shape[d] == 1) continue;
                if (strides[d] != expected) return false;
                expected *= shape[d];
            }
            return true;
        }
    }

    /// <summary>
    /// True when the elements fill a block of storage exactly once in some order of the dimensions (PyTorch's
    /// <c>is_non_overlapping_and_dense</c>): a permutation of a contiguous layout, whatever the strides of size-1 dims.
    /// </summary>
    public bool IsNonOverlappingAndDense
    {
        get
        {
            if (IsContiguous) return true;
            // Dimensions of size 1 never decide; the others, sorted by stride, must be row-major.
            var order = Enumerable.Range(0, shape.Length).Where(d => shape[d] >= 2).OrderBy(d => strides[d]);
            long expected = 1;
            foreach (int d in order)
            {
                if (strides[d] != expected) return false;
                expected *= shape[d];
            }
            return true;
        }
    }

    /// <summary>
    /// The layout of a new tensor made like this one (PyTorch's <c>preserve_format</c>, as in <c>clone</c> and
    /// <c>empty_like</c>): the same strides from offset 0 when this layout is dense, else dense strides that keep its
    /// order of dimensions (PyTorch's <c>infer_dense_strides</c>; row-major for row-major-ordered and expanded layouts).
    /// </summary>
    public Layout DenseLike() => IsNonOverlappingAndDense ? new Layout(shape, strides, 0) : new Layout(shape, InferDenseStrides(), 0);

    /// <summary>
    /// Dimensions sorted from the smallest stride to the largest by a stable insertion sort that leaves dimensions of
    /// stride 0 where row-major order puts them (equal strides: the smaller size first), then packed densely in that order.
    /// </summary>
    long[] InferDenseStrides()
    {
        int rank = shape.Length;
        var order = new int[rank];
        for (int i = 0; i < rank; i++) order[i] = rank - 1 - i;
        for (int i = 1; i < rank; i++)
        {
            int moving = i;
            for (int before = i - 1; before >= 0; before--)
            {
                int comparison = CompareForDenseOrder(order[before], order[moving]);
                if (comparison < 0) break;
                if (comparison == 0) continue;
                (order[before], order[moving]) = (order[moving], order[before]);
                moving = before;
            }
        }
        var dense = new long[rank];
        long next = 1;
        foreach (int d in order)
        {
            dense[d] = next;
            if (shape[d] > 1) next *= shape[d];
        }
        return dense;
    }

    int CompareForDenseOrder(int a, int b)
    {
        if (strides[a] == 0 || strides[b] == 0) return 0;
        if (strides[a] != strides[b]) return strides[a] < strides[b] ? -1 : 1;
        return shape[a] > shape[b] ? 1 : 0;
    }

    /// <summary>The storage index one past the largest element this layout reaches (its offset when empty).</summary>
    public long StorageExtent()
    {
        if (Numel == 0) return Offset;
        long last = Offset;
        for (int d = 0; d < shape.Length; d++) last += (shape[d] - 1) * strides[d];
        return last + 1;
    }

    /// <summary>The storage index of the element at <paramref name="index"/>.</summary>
    public long StorageIndex(ReadOnlySpan<long> index)
    {
        long position = Offset;
        for (int d = 0; d < index.Length; d++) position += index[d] * strides[d];
        return position;
    }

    public Layout Transpose(int dim0, int dim1)
    {
        long[] newShape = (long[])shape.Clone(), newStrides = (long[])strides.Clone();
        (newShape[dim0], newShape[dim1]) = (newShape[dim1], newShape[dim0]);
        (newStrides[dim0], newStrides[dim1]) = (newStrides[dim1], newStrides[dim0]);
        return new Layout(newShape, newStrides, Offset);
    }

    /// <summary>Dimension <c>i</c> of the result is dimension <c>dims[i]</c> of this layout (dims already wrapped and checked).</summary>
    public Layout Permute(ReadOnlySpan<int> dims)
    {
        var newShape = new long[dims.Length];
        var newStrides = new long[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            newShape[i] = shape[dims[i]];
            newStrides[i] = strides[dims[i]];
        }
        return new Layout(newShape, newStrides, Offset);
    }

    /// <summary>Elements <c>start, start+step, ...</c> below <c>stop</c> along <paramref name="dim"/> (bounds already clamped).</summary>
    public Layout Slice(int dim, long start, long stop, long step)
    {
        long[] newShape = (long[])shape.Clone(), newStrides = (long[])strides.Clone();
        newShape[dim] = stop > start ? (stop - start + step - 1) / step : 0;
        newStrides[dim] = strides[dim] * step;
        // PyTorch moves the offset to the start even when the slice is empty and starts at the end.
        return new Layout(newShape, newStrides, Offset + start * strides[dim]);
    }

    public Layout Select(int dim, long index)
    {
        long[] newShape = Remove(shape, dim), newStrides = Remove(strides, dim);
        return new Layout(newShape, newStrides, Offset + index * strides[dim]);
    }

    public Layout Unsqueeze(int dim)
    {
        long stride = dim < shape.Length ? shape[dim] * strides[dim] : 1;
        return new Layout(Insert(shape, dim, 1), Insert(strides, dim, stride), Offset);
    }

    public Layout Squeeze(ReadOnlySpan<int> dims)
    {
        var keepShape = new List<long>(shape.Length);
        var keepStrides = new List<long>(shape.Length);
        for (int d = 0; d < shape.Length; d++)
        {
            if (shape[d] == 1 && dims.Contains(d)) continue;
            keepShape.Add(shape[d]);
            keepStrides.Add(strides[d]);
        }
        return new Layout(keepShape.ToArray(), keepStrides.ToArray(), Offset);
    }

    /// <summary>
    /// Broadcasts to <paramref name="sizes"/> (aligned from the right; -1 keeps an existing size): stretched dimensions
    /// get stride 0. PyTorch's <c>inferExpandGeometry</c>, whose strides for new leading dimensions continue the
    /// dimension after them, and whose messages are kept.
    /// </summary>
    public Layout Expand(ReadOnlySpan<long> sizes)
    {
        var newShape = sizes.ToArray();
        var newStrides = new long[sizes.Length];
        if (shape.Length == 0)
        {
            CheckNonNegative(newShape);
            return new Layout(newShape, newStrides, Offset);
        }
        for (int d = sizes.Length - 1; d >= 0; d--)
        {
            int source = d - (sizes.Length - shape.Length);
            long size = source >= 0 ? shape[source] : 1;
            long stride = source >= 0 ? strides[source] : newShape[d + 1] * newStrides[d + 1];
            long target = sizes[d];
            if (target == -1)
            {
                if (source < 0)
                    throw new ArgumentException($"The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension {d}");
                target = size;
            }
            if (size != target)
            {
                if (size != 1)
                    throw new ArgumentException(
                        $"The expanded size of the tensor ({target}) must match the existing size ({size}) at non-singleton dimension {d}.  " +
                        $"Target sizes: {Flint.Shape.Format(sizes)}.  Tensor sizes: {Flint.Shape.Format(shape)}");
                size = target;
                stride = 0;
            }
            newShape[d] = size;
            newStrides[d] = stride;
        }
        CheckNonNegative(newShape);
        return new Layout(newShape, newStrides, Offset);
    }

    static void CheckNonNegative(long[] sizes)
    {
        foreach (long size in sizes)
            if (size < 0) throw new ArgumentException($"Trying to create tensor with negative dimension {size}: {Flint.Shape.Format(sizes)}");
    }

    public Layout Diagonal(long offset, int dim1, int dim2)
    {
        long length = offset >= 0
            ? Math.Max(Math.Min(shape[dim1], shape[dim2] - offset), 0)
            : Math.Max(Math.Min(shape[dim1] + offset, shape[dim2]), 0);
        long start = Offset;
        if (length > 0) start += offset >= 0 ? offset * strides[dim2] : -offset * strides[dim1];
        var newShape = new List<long>();
        var newStrides = new List<long>();
        for (int d = 0; d < shape.Length; d++)
        {
            if (d == dim1 || d == dim2) continue;
            newShape.Add(shape[d]);
            newStrides.Add(strides[d]);
        }
        newShape.Add(length);
        newStrides.Add(strides[dim1] + strides[dim2]);
        return new Layout(newShape.ToArray(), newStrides.ToArray(), start);
    }

    /// <summary>
    /// This layout seen as <paramref name="newShape"/> (same element count) without copying, or null when no strides
    /// allow it. PyTorch's <c>computeStride</c>: the old dimensions are cut into chunks that are contiguous among
    /// themselves, and each chunk must be split or merged into whole new dimensions.
    /// </summary>
    public Layout? TryView(long[] newShape)
    {
        var newStrides = new long[newShape.Length];
        if (shape.Length == 0)
        {
            Array.Fill(newStrides, 1);
            return new Layout(newShape, newStrides, Offset);
        }
        if (Numel == 0)
        {
            // Any strides would do; PyTorch keeps the old ones for the same shape, as NumPy does.
            return shape.AsSpan().SequenceEqual(newShape)
                ? new Layout(newShape, (long[])strides.Clone(), Offset)
                : new Layout(newShape, ContiguousStrides(newShape), Offset);
        }

        int viewDim = newShape.Length - 1;
        long chunkBaseStride = strides[^1];
        long tensorNumel = 1, viewNumel = 1;
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            tensorNumel *= shape[d];
            bool chunkEnds = d == 0 || (shape[d - 1] != 1 && strides[d - 1] != tensorNumel * chunkBaseStride);
            if (!chunkEnds) continue;
            while (viewDim >= 0 && (viewNumel < tensorNumel || newShape[viewDim] == 1))
            {
                newStrides[viewDim] = viewNumel * chunkBaseStride;
                viewNumel *= newShape[viewDim];
                viewDim--;
            }
            if (viewNumel != tensorNumel) return null;
            if (d > 0)
            {
                chunkBaseStride = strides[d - 1];
                tensorNumel = 1;
                viewNumel = 1;
            }
        }
        return viewDim == -1 ? new Layout(newShape, newStrides, Offset) : null;
    }

    static long[] Remove(long[] values, int index)
    {
        var result = new long[values.Length - 1];
        Array.Copy(values, 0, result, 0, index);
        Array.Copy(values, index + 1, result, index, values.Length - index - 1);
        return result;
    }

    static long[] Insert(long[] values, int index, long value)
    {
        var result = new long[values.Length + 1];
        Array.Copy(values, 0, result, 0, index);
        result[index] = value;
        Array.Copy(values, index, result, index + 1, values.Length - index);
        return result;
    }

    public override string ToString() =>
        $"Layout(shape={Flint.Shape.Format(shape)}, strides={Flint.Shape.Format(strides)}, offset={Offset})";
}
