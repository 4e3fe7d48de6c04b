using Flint.Backends;

namespace Flint;

/// <summary>
/// Writing whole slices picked by an index vector (<c>index_add</c>, <c>index_copy</c>, <c>index_fill</c>) and
/// elements of the flattened tensor (<c>put</c>). Each checks its arguments with PyTorch 1.13's messages, then scatters
/// along the dimension through the backend (<see cref="IStorage.Scatter"/>) or, for put, through advanced indexing.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>
    /// Adds <c>alpha * source</c> slice by slice: slice <c>i</c> of <paramref name="source"/> along <paramref name="dim"/>
    /// goes to slice <c>index[i]</c> of this tensor; repeated indices add up in order. Source slices broadcast to this
    /// tensor's. Alpha is converted to this dtype first, as PyTorch does (2.5 is 2 for integers), and
    /// <c>alpha * source</c> is rounded before the addition.
    /// </summary>
    public Tensor IndexAdd_(int dim, Tensor index, Tensor source, Scalar? alpha = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(source);
        int d = WrapDim(dim);
        if (index.Dim > 1)
            throw new IndexOutOfRangeException(
                $"index_add_(): Index is supposed to be a vector, but got dim: {index.Dim} with type: {index.DType.ScalarTypeName()} and size: {Flint.Shape.Format(index.Layout.Shape)}");
        if (index.DType is not (DType.Int64 or DType.Int32))
            throw new ArgumentException($"index_add_(): Expected dtype int32/int64 for index but got: {index.DType.ScalarTypeName()}");
        if (source.DType != DType)
            throw new ArgumentException(
                $"index_add_(): self ({DType.ScalarTypeName()}) and source ({source.DType.ScalarTypeName()}) must have the same scalar type");
        if (d != 0 && d >= source.Dim)
            throw new ArgumentException($"index_add_(): Indexing dim {d} is out of bounds of the source tensor with dim {source.Dim}");
        long sourceSize = NonScalarSize(source, d);
        if (index.Numel != sourceSize)
            throw new ArgumentException(
                $"index_add_(): Number of indices ({index.Numel}) should be equal to source.size(dim): ({sourceSize}), for dim: {d}");
        CheckWritable("index_add_");
        var checkedIndex = SliceIndices(index, d, value => new IndexOutOfRangeException("index out of range in self"));
        long[] shape = SlicesShape(d, index.Numel);
        var values = source.ViewWith(SpreadSlices(NonScalar(source.Layout), d, shape));
        if (alpha is { } scale && !(scale.IsBool ? scale.ToBool() : scale.ToDouble() == 1))
            values = values.Mul(Torch.Full([], scale, DType, Device));
        ScatterAlong(d, SpreadAlong(checkedIndex, shape, d), values, ScatterOp.Add);
        MarkModified();
        return this;
    }

    public Tensor IndexAdd(int dim, Tensor index, Tensor source, Scalar? alpha = null) =>
        ContiguousClone().IndexAdd_(dim, index, source, alpha);

    /// <summary>Copies slice <c>i</c> of <paramref name="source"/> along <paramref name="dim"/> into slice <c>index[i]</c>.</summary>
    public Tensor IndexCopy_(int dim, Tensor index, Tensor source)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(source);
        int d = WrapDim(dim);
        if (index.Dim >= 2) throw new IndexOutOfRangeException($"index_copy_(): Index should have dimension 1 or 0 (got {index.Dim})");
        if (source.Dim == 0 && index.Numel != 1)
            throw new IndexOutOfRangeException($"index_copy_(): When source is scalar, index should have one element (got {index.Numel})");
        if (source.Dim != Dim && source.Dim != 0 && Dim != 0)
            throw new IndexOutOfRangeException(
                $"index_copy_(): When source and destination are not scalars, their dimensionality must match. Source dimensionality ({source.Dim}), destination dimensionality ({Dim})");
        if (index.DType != DType.Int64)
            throw new ArgumentException($"index_copy_(): Expected a long tensor for index, but got {index.DType.ScalarTypeName()}");
        if (source.DType != DType)
            throw new ArgumentException(
                $"index_copy_(): self and source expected to have the same dtype, but got (self) {DType.ScalarTypeName()} and (source) {source.DType.ScalarTypeName()}");
        long[] selfSlice = WithoutDim(Layout.ShapeArray, d), sourceSlice = WithoutDim(source.Layout.ShapeArray, d);
        if (!selfSlice.AsSpan().SequenceEqual(sourceSlice))
            throw new ArgumentException(
                $"index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: {string.Join(" ", selfSlice)} at dimension {d} and source slice shape: {string.Join(" ", sourceSlice)} at dimension 0.");
        if (source.Dim != 0 && index.Numel != source.Layout.Shape[d])
            throw new IndexOutOfRangeException(
                $"index_copy_(): Number of indices ({index.Numel}) should be equal to source.size(dim) ({source.Layout.Shape[d]})");
        CheckWritable("index_copy_");
        var checkedIndex = SliceIndices(index, d,
            value => new IndexOutOfRangeException($"index_copy_(): index {value} is out of bounds for dimension {d} with size {NonScalarSize(this, d)}"));
        long[] shape = SlicesShape(d, index.Numel);
        ScatterAlong(d, SpreadAlong(checkedIndex, shape, d), source.ViewWith(SpreadSlices(NonScalar(source.Layout), d, shape)), ScatterOp.Assign);
        MarkModified();
        return this;
    }

    public Tensor IndexCopy(int dim, Tensor index, Tensor source) => ContiguousClone().IndexCopy_(dim, index, source);

    /// <summary>Fills the slices along <paramref name="dim"/> that <paramref name="index"/> lists (negative values count from the end).</summary>
    public Tensor IndexFill_(int dim, Tensor index, Scalar value)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.DType != DType.Int64) throw new IndexOutOfRangeException("index_fill_(): Expected dtype int64 for index.");
        int d = WrapDim(dim);
        if (index.Dim > 1) throw new ArgumentException("Index has to be a vector/scalar");
        ScalarOverflow.Check(value, DType);
        CheckWritable("index_fill_");
        long size = NonScalarSize(this, d);
        long[] values = index.ToArray<long>();
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] < -size || values[i] >= size)
                throw new IndexOutOfRangeException($"index {values[i]} is out of bounds for dimension {d} with size {size}");
            if (values[i] < 0) values[i] += size;
        }
        var wrapped = Torch.FromDense(values, [values.LongLength], DType.Int64, Device, requiresGrad: false);
        long[] shape = SlicesShape(d, values.LongLength);
        ScatterAlong(d, SpreadAlong(wrapped, shape, d), Torch.Full([], value, DType, Device).Expand(shape), ScatterOp.Assign);
        MarkModified();
        return this;
    }

    /// <summary>The form with a zero-dimensional value tensor, whose value is used as a scalar.</summary>
    public Tensor IndexFill_(int dim, Tensor index, Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Dim != 0)
            throw new ArgumentException($"index_fill_ only supports a 0-dimensional value tensor, but got tensor with {value.Dim} dimension(s).");
        return IndexFill_(dim, index, ScalarValue(value));
    }

    public Tensor IndexFill(int dim, Tensor index, Scalar value) => ContiguousClone().IndexFill_(dim, index, value);

    public Tensor IndexFill(int dim, Tensor index, Tensor value) => ContiguousClone().IndexFill_(dim, index, value);

    /// <summary>
    /// Writes <paramref name="source"/> (as many elements as the index has) at the positions <paramref name="index"/>
    /// names in the flattened tensor (negative values count from the end); with <paramref name="accumulate"/>, adds them.
    /// </summary>
    public Tensor Put_(Tensor index, Tensor source, bool accumulate = false)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(source);
        if (index.DType != DType.Int64) throw new ArgumentException($"put_(): Expected a long tensor for index, but got {index.DType.ScalarTypeName()}");
        if (source.DType != DType)
            throw new ArgumentException(
                $"put_(): self and source expected to have the same dtype, but got self.dtype = {DType.ScalarTypeName()} and source.dtype = {source.DType.ScalarTypeName()}");
        if (source.Numel != index.Numel)
            throw new IndexOutOfRangeException(
                $"put_(): Expected source and index to have the same number of elements, but got source.numel() = {source.Numel}, index.numel() = {index.Numel}");
        CheckWritable("put_");
        if (index.Numel == 0) return this;
        long[] flat = FlatIndices(index, "put_(): Tried to put elements into an empty tensor").ToArray<long>();
        // The flat positions as one coordinate tensor per dimension, so that any layout is written in place.
        var target = Dim == 0 ? View(1) : this;
        long[] shape = target.Layout.ShapeArray, rowStrides = Layout.ContiguousStrides(shape);
        var coordinates = new TensorIndex[shape.Length];
        for (int dim = 0; dim < shape.Length; dim++)
        {
            var coordinate = new long[flat.Length];
            for (int i = 0; i < flat.Length; i++) coordinate[i] = flat[i] / rowStrides[dim] % shape[dim];
            coordinates[dim] = Torch.FromDense(coordinate, [flat.LongLength], DType.Int64, Device, requiresGrad: false);
        }
        target.IndexPut_(coordinates, source.Reshape(-1), accumulate);
        return this;
    }

    public Tensor Put(Tensor index, Tensor source, bool accumulate = false) => ContiguousClone().Put_(index, source, accumulate);

    /// <summary>An index vector's values as Int64, each checked to address a slice of <paramref name="dim"/>.</summary>
    Tensor SliceIndices(Tensor index, int dim, Func<long, Exception> outOfRange)
    {
        var values = index.To(DType.Int64);
        long size = NonScalarSize(this, dim);
        foreach (long value in values.ToArray<long>())
            if (value < 0 || value >= size) throw outOfRange(value);
        return values;
    }

    /// <summary>This tensor's shape (a zero-dimensional one seen as [1]) with <paramref name="count"/> slices along <paramref name="dim"/>.</summary>
    long[] SlicesShape(int dim, long count)
    {
        long[] shape = NonScalar(Layout).ShapeArray.ToArray();
        shape[dim] = count;
        return shape;
    }

    /// <summary>
    /// The source of index_add and index_copy over <paramref name="shape"/>: its own stride along <paramref name="dim"/>,
    /// and its slices broadcast to this tensor's slices (PyTorch adds and copies slice by slice).
    /// </summary>
    static Layout SpreadSlices(Layout source, int dim, long[] shape)
    {
        long[] targetSlice = WithoutDim(shape, dim);
        var slice = new Layout(WithoutDim(source.ShapeArray, dim), WithoutDim(source.StridesArray, dim), source.Offset);
        long[] broadcast = Broadcasting.BroadcastShapes(targetSlice, slice.Shape);
        if (!broadcast.AsSpan().SequenceEqual(targetSlice))
            throw new ArgumentException(
                $"output with shape {Flint.Shape.Format(targetSlice)} doesn't match the broadcast shape {Flint.Shape.Format(broadcast)}");
        var expanded = slice.Expand(targetSlice);
        return new Layout([.. expanded.Shape[..dim], shape[dim], .. expanded.Shape[dim..]],
            [.. expanded.Strides[..dim], source.Strides[dim], .. expanded.Strides[dim..]], expanded.Offset);
    }

    static long[] WithoutDim(long[] values, int dim) => values.Length == 0 ? values : [.. values[..dim], .. values[(dim + 1)..]];

    /// <summary>A zero-dimensional tensor's value as the scalar PyTorch's <c>item()</c> gives.</summary>
    static Scalar ScalarValue(Tensor value) => value.DType switch
    {
        DType.Bool => value.Item<bool>(),
        _ when value.DType.IsFloatingPoint() => value.Item<double>(),
        _ => value.Item<long>(),
    };
}
