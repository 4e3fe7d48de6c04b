using System.Runtime.CompilerServices;
using Kind = Flint.TensorIndex.Kind;

namespace Flint;

/// <summary>
/// <c>t[...]</c> with PyTorch's semantics (torch/csrc/autograd/python_variable_indexing.cpp). Integers, slices,
/// <see cref="TensorIndex.Ellipsis"/>, <see cref="TensorIndex.None"/> and bools are "basic" indices: they are
/// applied one after the other as views (Select, Slice, Unsqueeze). Tensors are "advanced" indices: they are
/// collected on the way and applied last by <see cref="AdvancedIndex"/>, which copies.
/// </summary>
/// <remarks>
/// One deliberate difference from PyTorch 1.13: a k-dimensional mask consumes k dimensions for the items that
/// follow it (NumPy's and later PyTorch's rule). PyTorch 1.13 advanced by one dimension only, so that
/// <c>x[mask2d, 0]</c> selected from the mask's second dimension and usually failed on the mask's shape.
/// </remarks>
public sealed partial class Tensor
{
    /// <summary>
    /// Reads or writes the elements an index expression selects (<c>t[0, 1..3, .., ^1]</c>, <c>t[t > 0]</c>,
    /// <c>t[TensorIndex.Ellipsis, TensorIndex.None]</c>). Reading with basic indices only returns a view; with any
    /// tensor index, a copy. Writing broadcasts the value to the selected shape; a C# number may be assigned
    /// directly (<c>t[mask] = 0</c>) and takes this tensor's dtype, while a tensor assigned through tensor indices
    /// must have this tensor's dtype, as in PyTorch.
    /// </summary>
    // The default metadata name, Item, is taken by Item<T>() (PyTorch's item()).
    [IndexerName("Elements")]
    public Tensor this[params TensorIndex[] indices]
    {
        get => Index(indices);
        set => SetItem(indices, value);
    }

    /// <summary>The method form of the indexer's getter (PyTorch C++'s <c>tensor.index({...})</c>).</summary>
    public Tensor Index(params TensorIndex[] indices)
    {
        var tensorIndices = new List<Tensor?>();
        var sliced = ApplyBasicIndices(indices, tensorIndices);
        if (tensorIndices.Count > 0) return new AdvancedIndex(sliced, tensorIndices).Gather();
        // x[...] and x[:] still give a new view, never this handle itself.
        return ReferenceEquals(sliced, this) ? ViewWith(Layout) : sliced;
    }

    /// <summary>
    /// Writes <paramref name="values"/> (this tensor's dtype, broadcast to the indexed shape) at the positions
    /// <paramref name="indices"/> select; with <paramref name="accumulate"/>, adds them, repeated indices adding
    /// up (PyTorch's <c>index_put_</c>, which takes only tensors; here any index item is accepted).
    /// </summary>
    public Tensor IndexPut_(TensorIndex[] indices, Tensor values, bool accumulate = false)
    {
        ArgumentNullException.ThrowIfNull(values);
        var tensorIndices = new List<Tensor?>();
        var sliced = ApplyBasicIndices(indices, tensorIndices);
        Put(sliced, tensorIndices, values, accumulate);
        return this;
    }

    /// <summary>A copy of this tensor with <see cref="IndexPut_"/> applied (PyTorch's <c>index_put</c>).</summary>
    public Tensor IndexPut(TensorIndex[] indices, Tensor values, bool accumulate = false) =>
        Clone().IndexPut_(indices, values, accumulate);

    /// <summary>The indices of the nonzero elements, one row of coordinates each, in row-major order: Int64 [n, Dim].</summary>
    public Tensor Nonzero()
    {
        bool[] nonzero = ToArray<bool>();
        int rank = Dim;
        long count = nonzero.LongCount(flag => flag);
        var coordinates = new long[count * rank];
        var position = new long[rank];
        long row = 0;
        for (long i = 0; i < nonzero.LongLength; i++)
        {
            if (nonzero[i]) position.CopyTo(coordinates, row++ * rank);
            for (int d = rank - 1; d >= 0; d--)
            {
                if (++position[d] < Layout.Shape[d]) break;
                position[d] = 0;
            }
        }
        return Torch.FromDense(coordinates, [count, rank], DType.Int64, Device, requiresGrad: false);
    }

    /// <summary>
    /// The indices of the nonzero elements as one Int64 vector per dimension (PyTorch's <c>nonzero(as_tuple=True)</c>;
    /// a method of its own because C# cannot vary the return type with a flag). A zero-dimensional tensor counts as a
    /// vector of one element.
    /// </summary>
    public Tensor[] NonzeroAsTuple()
    {
        var coordinates = (Dim == 0 ? View(1) : this).Nonzero();
        var columns = new Tensor[coordinates.Layout.Shape[1]];
        for (int d = 0; d < columns.Length; d++) columns[d] = coordinates.Select(1, d);
        return columns;
    }

    /// <summary>PyTorch's <c>argwhere</c>: the same as <see cref="Nonzero()"/>.</summary>
    public Tensor Argwhere() => Nonzero();

    void SetItem(TensorIndex[] indices, Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        // A C# number takes this tensor's dtype first, as PyTorch converts a Python number.
        if (value.IsWrappedNumber) value = value.To(DType);
        // PyTorch's shortcut for a lone bool: False writes nothing, True writes through a new axis.
        if (indices.Length == 1 && indices[0].Type == Kind.Boolean)
        {
            if (indices[0].Boolean) CopyIntoView(Unsqueeze(0), value);
            return;
        }
        var tensorIndices = new List<Tensor?>();
        var sliced = ApplyBasicIndices(indices, tensorIndices);
        if (tensorIndices.Count == 0) CopyIntoView(sliced, value);
        else Put(sliced, tensorIndices, WithoutLeadingOnes(value), accumulate: false);
    }

    /// <summary>
    /// Applies the basic items as views, left to right, and collects the tensor items in
    /// <paramref name="tensorIndices"/>: one entry per dimension of the result from dimension 0, null where a
    /// dimension is not indexed, a mask standing for as many dimensions as it has.
    /// </summary>
    Tensor ApplyBasicIndices(TensorIndex[] indices, List<Tensor?> tensorIndices)
    {
        int specified = indices.Sum(SpecifiedDims);
        // As in PyTorch, a lone integer or slice skips this check, so that a 0-dim tensor reports its own error.
        bool lone = indices.Length == 1 && indices[0].Type is Kind.Integer or Kind.Slice;
        if (!lone && specified > Dim) throw TooManyIndices();

        var result = this;
        int dim = 0, coveredDims = 0;
        for (int position = 0; position < indices.Length; position++)
        {
            var index = indices[position];
            switch (index.Type)
            {
                case Kind.Integer:
                    result = SelectAt(result, dim, index.IntegerFor(dim < result.Dim ? result.Layout.Shape[dim] : 0), position);
                    break;
                case Kind.Slice:
                    result = SliceAt(result, dim++, index);
                    break;
                case Kind.Ellipsis:
                    dim += Dim - specified;
                    break;
                case Kind.NewAxis:
                    result = result.Unsqueeze(dim++);
                    break;
                case Kind.Boolean:
                    result = result.Unsqueeze(dim);
                    Record(BoolIndex(index.Boolean));
                    break;
                case Kind.Tensor when index.Tensor is { Dim: 0 } scalar && (scalar.DType.IsIntegral() || scalar.DType == DType.Bool):
                    // A 0-dim integer tensor acts as an integer, a 0-dim mask as a bool.
                    if (!AdvancedIndex.IsMask(scalar)) result = SelectAt(result, dim, scalar.Item<long>(), position);
                    else
                    {
                        result = result.Unsqueeze(dim);
                        Record(BoolIndex(scalar.Item<bool>()));
                    }
                    break;
                case Kind.Tensor:
                    Record(index.Tensor);
                    break;
            }
        }
        return result;

        void Record(Tensor index)
        {
            while (coveredDims < dim) { tensorIndices.Add(null); coveredDims++; }
            tensorIndices.Add(index);
            int span = AdvancedIndex.IsMask(index) ? index.Dim : 1;
            coveredDims += span;
            dim += span;
        }
    }

    /// <summary>The dimensions an item indexes: everything but ellipsis, None and bools; a mask, its own rank.</summary>
    static int SpecifiedDims(TensorIndex index) => index.Type switch
    {
        Kind.Integer or Kind.Slice => 1,
        Kind.Tensor => AdvancedIndex.IsMask(index.Tensor) ? index.Tensor.Dim : 1,
        _ => 0,
    };

    IndexOutOfRangeException TooManyIndices() => new($"too many indices for tensor of dimension {Dim}");

    /// <summary>PyTorch's <c>applySelect</c>: its message names the item's position in the expression.</summary>
    Tensor SelectAt(Tensor tensor, int dim, long index, int position)
    {
        if (tensor.Dim == 0)
            throw new IndexOutOfRangeException(index == 0
                ? "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number"
                : $"index {index} is out of bounds for dimension 0 with size 0");
        if (dim >= tensor.Dim) throw TooManyIndices();
        long size = tensor.Layout.Shape[dim];
        if (index < -size || index >= size)
            throw new IndexOutOfRangeException($"index {index} is out of bounds for dimension {position} with size {size}");
        return tensor.Select(dim, index);
    }

    static Tensor SliceAt(Tensor tensor, int dim, TensorIndex slice)
    {
        if (slice.Step == 0) throw new ArgumentException("slice step cannot be zero");
        if (slice.Step < 0) throw new ArgumentException("step must be greater than zero");
        return tensor.Slice(dim, slice.Start, slice.Stop, slice.Step);
    }

    /// <summary>A bool item as an index tensor over the size-1 dimension it adds: True picks it, False nothing.</summary>
    Tensor BoolIndex(bool value) => value ? Torch.Zeros([1], DType.Int64, Device) : Torch.Empty([0], DType.Int64, Device);

    /// <summary>PyTorch's <c>copy_to</c>: the value broadcasts to the view, after dropping its leading 1s.</summary>
    static void CopyIntoView(Tensor destination, Tensor value)
    {
        if (value.Dim > 0 && !value.Layout.Shape.SequenceEqual(destination.Layout.Shape))
            value = WithoutLeadingOnes(value).Expand(destination.Layout.ShapeArray);
        destination.Copy_(value);
    }

    /// <summary>A view without the leading dimensions of size 1 (NumPy's rule for assigned values).</summary>
    static Tensor WithoutLeadingOnes(Tensor value)
    {
        int first = 0;
        while (first < value.Dim && value.Layout.Shape[first] == 1) first++;
        return first == 0 ? value : value.ViewWith(new Layout(value.Layout.ShapeArray[first..], value.Layout.StridesArray[first..], value.Layout.Offset));
    }

    /// <summary>PyTorch's <c>index_put_</c> on the sliced view.</summary>
    static void Put(Tensor target, List<Tensor?> tensorIndices, Tensor values, bool accumulate)
    {
        target.CheckWritable("index_put_");
        var index = new AdvancedIndex(target, tensorIndices);
        // PyTorch fills through masked_fill_ when one mask meets one value, which converts the value's dtype.
        bool maskFill = !accumulate && values.Numel == 1 && tensorIndices.Count(t => t is not null) == 1
            && tensorIndices.Single(t => t is not null) is { } mask && AdvancedIndex.IsMask(mask);
        if (maskFill) values = values.Reshape().To(target.DType);
        if (values.IsWrappedNumber) values = values.To(target.DType);
        index.CheckValuesShape(values);
        if (values.DType != target.DType)
            throw new ArgumentException(
                $"Index put requires the source and destination dtypes match, got {target.DType.ScalarTypeName()} for the destination and {values.DType.ScalarTypeName()} for the source.");
        index.Scatter(values, accumulate);
        target.MarkModified();
    }
}
