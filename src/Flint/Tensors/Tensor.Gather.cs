namespace Flint;

/// <summary>
/// Reading elements picked by index tensors: <c>gather</c> and <c>take_along_dim</c> along one dimension,
/// <c>index_select</c> of whole slices, <c>take</c> from the flattened tensor. All go through the backend's
/// <see cref="Backends.IStorage.Gather"/>, after checking the indices with each op's own PyTorch message.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>
    /// <c>out[i][j][k] = this[index[i][j][k]][j][k]</c> for <paramref name="dim"/> 0 (likewise for the others): the
    /// result has the index's shape, which may be smaller than this tensor's outside <paramref name="dim"/>.
    /// </summary>
    public Tensor Gather(int dim, Tensor index)
    {
        ArgumentNullException.ThrowIfNull(index);
        int d = WrapDim(dim);
        if (index.Numel != 0 && index.DType != DType.Int64) throw new ArgumentException("gather(): Expected dtype int64 for index");
        int rank = Math.Max(Dim, 1);
        if (rank != Math.Max(index.Dim, 1))
            throw new ArgumentException("Index tensor must have the same number of dimensions as input tensor");
        for (int i = 0; i < rank; i++)
            if (i != d && NonScalarSize(index, i) > NonScalarSize(this, i))
                throw new ArgumentException(
                    $"Size does not match at dimension {i} expected index {Flint.Shape.Format(index.Layout.Shape)} to be smaller than self {Flint.Shape.Format(Layout.Shape)} apart from dimension {d}");
        var result = Allocate(index.Layout.ShapeArray, DType, Device);
        GatherInto(result, d, index);
        return result;
    }

    /// <summary>The backend gather into <paramref name="result"/> (the index's shape); indices are checked by the kernel.</summary>
    void GatherInto(Tensor result, int dim, Tensor index)
    {
        var indexLayout = NonScalar(index.Layout);
        Storage.Gather(dim, NonScalarSize(this, dim), OverShape(NonScalar(Layout), indexLayout.ShapeArray), index.Storage, indexLayout,
            result.Storage, NonScalar(result.Layout));
    }

    /// <summary>
    /// Picks values along <paramref name="dim"/> at <paramref name="indices"/>, which broadcast against this tensor
    /// outside that dimension (NumPy's <c>take_along_axis</c>); without a dim, from the flattened tensor.
    /// </summary>
    public Tensor TakeAlongDim(Tensor indices, int? dim = null)
    {
        ArgumentNullException.ThrowIfNull(indices);
        if (indices.DType != DType.Int64)
            throw new ArgumentException($"torch.take_along_dim(): dtype of indices should be Long but got {indices.DType.ScalarTypeName()}");
        // PyTorch flattens both with view(-1), so a non-contiguous input fails as view does.
        if (dim is not { } given) return View(-1).Gather(0, indices.View(-1));
        int d = WrapDim(given);
        if (Dim != indices.Dim)
            throw new ArgumentException(
                $"torch.take_along_dim(): input and indices should have the same number of dimensions, but got {Dim} dimensions for input, and {indices.Dim} dimensions for indices");
        long[] selfSizes = Layout.ShapeArray.ToArray();
        selfSizes[d] = indices.Layout.Shape[d];
        long[] broadcast = Broadcasting.BroadcastShapes(selfSizes, indices.Layout.Shape);
        var expandedIndices = indices.Expand(broadcast);
        broadcast[d] = Layout.Shape[d];
        return Expand(broadcast).Gather(d, expandedIndices);
    }

    /// <summary>
    /// The slices of <paramref name="dim"/> listed by <paramref name="index"/> (a vector or a scalar of Int64 or Int32
    /// values in <c>[0, size)</c>), in that order.
    /// </summary>
    public Tensor IndexSelect(int dim, Tensor index)
    {
        ArgumentNullException.ThrowIfNull(index);
        int d = WrapDim(dim);
        if (index.Dim > 1) throw new IndexOutOfRangeException("index_select(): Index is supposed to be a vector");
        if (index.DType is not (DType.Int64 or DType.Int32))
            throw new ArgumentException("index_select(): Expected dtype int32 or int64 for index");
        long size = NonScalarSize(this, d);
        if (Dim > 1 && Numel == 0 && index.Numel > 0 && size == 0)
            throw new IndexOutOfRangeException("index_select(): self indexing axis dim should be positive");
        foreach (long value in index.ToArray<long>())
        {
            if (value >= 0 && value < size) continue;
            // PyTorch 1.13 words it by path: its empty-input check and its dim-1 fast path (both from caffe2), its general loop.
            throw new IndexOutOfRangeException(Dim > 1 && (Numel == 0 || d == 1)
                ? $"INDICES element is out of DATA bounds, id={value} axis_dim={size}"
                : "index out of range in self");
        }
        // PyTorch 1.13 keeps a zero-dimensional input zero-dimensional, whatever the index.
        if (Dim == 0) return Clone();
        long[] shape = Layout.ShapeArray.ToArray();
        shape[d] = index.Numel;
        var result = Allocate(shape, DType, Device);
        GatherInto(result, d, SpreadAlong(index.To(DType.Int64), shape, d));
        return result;
    }

    /// <summary>
    /// An index vector (or scalar) as an index of <paramref name="shape"/> that runs along <paramref name="dim"/> and
    /// stands still along every other dimension (a stride-0 view), for gather and scatter kernels.
    /// </summary>
    static Tensor SpreadAlong(Tensor index, long[] shape, int dim)
    {
        var vector = index.Reshape(-1);
        var strides = new long[shape.Length];
        strides[dim] = vector.Layout.Strides[0];
        return vector.ViewWith(new Layout(shape, strides, vector.Layout.Offset));
    }

    /// <summary>
    /// Elements of the flattened tensor at <paramref name="index"/> (Int64; negative values count from the end); the
    /// result has the index's shape.
    /// </summary>
    public Tensor Take(Tensor index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.DType != DType.Int64)
            throw new ArgumentException($"take(): Expected a long tensor for index, but got {index.DType.ScalarTypeName()}");
        var flatIndex = FlatIndices(index, "take(): tried to take from an empty tensor");
        var result = Allocate(index.Layout.ShapeArray, DType, Device);
        Reshape(-1).GatherInto(result.View(-1), 0, flatIndex);
        return result;
    }

    /// <summary>
    /// Take's and put's indices into the flattened tensor, checked with their message and with negative values
    /// wrapped: a 1-d Int64 tensor.
    /// </summary>
    Tensor FlatIndices(Tensor index, string emptyMessage)
    {
        long[] values = index.ToArray<long>();
        if (Numel == 0 && values.Length > 0) throw new IndexOutOfRangeException(emptyMessage);
        for (int i = 0; i < values.Length; i++)
        {
            long value = values[i];
            if (value < -Numel || value >= Numel)
                throw new IndexOutOfRangeException($"out of range: tried to access index {value} on a tensor of {Numel} elements.");
            if (value < 0) values[i] = value + Numel;
        }
        return Torch.FromDense(values, [values.LongLength], DType.Int64, Device, requiresGrad: false);
    }

    /// <summary>PyTorch's <c>ensure_nonempty_size</c>: a zero-dimensional tensor counts as one element along dimension 0.</summary>
    static long NonScalarSize(Tensor tensor, int dim) => tensor.Dim == 0 ? 1 : tensor.Layout.Shape[dim];

    /// <summary>A zero-dimensional layout as the one-element vector that gather and scatter treat it as.</summary>
    static Layout NonScalar(Layout layout) => layout.Rank == 0 ? new Layout([1], [1], layout.Offset) : layout;

    /// <summary><paramref name="layout"/>'s strides and offset over another <paramref name="shape"/> (the index's).</summary>
    static Layout OverShape(Layout layout, long[] shape) => new(shape, layout.StridesArray, layout.Offset);
}
