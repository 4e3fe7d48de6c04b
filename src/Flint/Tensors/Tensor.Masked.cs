namespace Flint;

/// <summary>
/// Ops driven by a boolean mask that broadcasts against the tensor: <c>masked_fill</c>, <c>masked_select</c> and
/// <c>masked_scatter</c>, written over advanced indexing (<c>t[mask] = value</c>, <c>t[mask]</c>). Masks are Bool, or
/// UInt8 as PyTorch still accepts; other dtypes are refused (PyTorch 1.13 misread them).
/// </summary>
public sealed partial class Tensor
{
    /// <summary>Writes <paramref name="value"/> where <paramref name="mask"/> (broadcast to this shape) is true.</summary>
    public Tensor MaskedFill_(Tensor mask, Scalar value)
    {
        ArgumentNullException.ThrowIfNull(mask);
        CheckMask(mask, "masked_fill_ only supports boolean masks, but got mask with dtype ");
        ScalarOverflow.Check(value, DType);
        long[] shape = Broadcasting.BroadcastShapes(Layout.Shape, mask.Layout.Shape);
        if (!shape.AsSpan().SequenceEqual(Layout.Shape))
            throw new ArgumentException($"output with shape {Flint.Shape.Format(Layout.Shape)} doesn't match the broadcast shape {Flint.Shape.Format(shape)}");
        CheckWritable("masked_fill_");
        IndexPut_([mask.Expand(shape)], Torch.Full([], value, DType, Device));
        return this;
    }

    /// <summary>The form with a zero-dimensional value tensor, whose value is used as a scalar.</summary>
    public Tensor MaskedFill_(Tensor mask, Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Dim != 0)
            throw new ArgumentException($"masked_fill_ only supports a 0-dimensional value tensor, but got tensor with {value.Dim} dimension(s).");
        return MaskedFill_(mask, ScalarValue(value));
    }

    /// <summary>A copy of this tensor broadcast with <paramref name="mask"/>, filled with <paramref name="value"/> where it is true.</summary>
    public Tensor MaskedFill(Tensor mask, Scalar value) => BroadcastCopy(mask).MaskedFill_(mask, value);

    public Tensor MaskedFill(Tensor mask, Tensor value) => BroadcastCopy(mask).MaskedFill_(mask, value);

    /// <summary>The elements where <paramref name="mask"/> is true (both broadcast first), in row-major order: a 1-d tensor.</summary>
    public Tensor MaskedSelect(Tensor mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (!AdvancedIndex.IsMask(mask)) throw new ArgumentException("masked_select: expected BoolTensor or ByteTensor for mask");
        long[] shape = Broadcasting.BroadcastShapes(mask.Layout.Shape, Layout.Shape);
        var selected = Expand(shape).Index(mask.Expand(shape));
        return selected.Dim == 1 ? selected : selected.Reshape(-1);
    }

    /// <summary>
    /// Writes the first elements of <paramref name="source"/> (in row-major order) to the positions where
    /// <paramref name="mask"/> (broadcast to this shape) is true, one after the other.
    /// </summary>
    public Tensor MaskedScatter_(Tensor mask, Tensor source)
    {
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(source);
        CheckWritable("masked_scatter_");
        if (source.DType != DType)
            throw new ArgumentException(
                $"masked_scatter: expected self and source to have same dtypes but got{DType.ScalarTypeName()} and {source.DType.ScalarTypeName()}");
        CheckMask(mask, "masked_scatter: expected BoolTensor or ByteTensor for mask, got ");
        var expanded = mask.Expand(Layout.ShapeArray);
        long count = expanded.Bool().Sum().Item<long>();
        if (source.Numel < count) throw new ArgumentException("Number of elements of source < number of ones in mask");
        IndexPut_([expanded], source.Reshape(-1).Narrow(0, 0, count));
        return this;
    }

    public Tensor MaskedScatter(Tensor mask, Tensor source) => BroadcastCopy(mask).MaskedScatter_(mask, source);

    /// <summary>PyTorch's <c>expand_outplace(mask, self)</c> then a contiguous clone: where the out-of-place masked ops write.</summary>
    Tensor BroadcastCopy(Tensor mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        return Expand(Broadcasting.BroadcastShapes(mask.Layout.Shape, Layout.Shape)).ContiguousClone();
    }

    static void CheckMask(Tensor mask, string message)
    {
        if (!AdvancedIndex.IsMask(mask)) throw new ArgumentException(message + mask.DType.ScalarTypeName());
    }
}
