namespace Flint;

/// <summary>View ops: each returns a tensor over the same storage with a new layout; none copies.</summary>
public sealed partial class Tensor
{
    /// <summary>A view with <paramref name="shape"/> (one size may be -1); fails when the strides do not allow it.</summary>
    public Tensor View(params long[] shape)
    {
        long[] resolved = InferSize(shape, Numel, "view");
        var layout = Layout.TryView(resolved) ?? throw new InvalidOperationException(
            "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        return ViewWith(layout);
    }

    public Tensor View(Shape shape) => View(shape.ToArray());

    public Tensor ViewAs(Tensor other) => View(other.Shape.ToArray());

    /// <summary>A view when the strides allow one, else a copy (PyTorch's <c>reshape</c>).</summary>
    public Tensor Reshape(params long[] shape)
    {
        long[] resolved = InferSize(shape, Numel, "reshape");
        var layout = Layout.TryView(resolved);
        return layout is not null ? ViewWith(layout) : Clone().View(resolved);
    }

    public Tensor Reshape(Shape shape) => Reshape(shape.ToArray());

    public Tensor ReshapeAs(Tensor other) => Reshape(other.Shape.ToArray());

    /// <summary>Resolves one -1 and checks the element count, with PyTorch's messages.</summary>
    internal static long[] InferSize(long[] shape, long numel, string op)
    {
        var result = (long[])shape.Clone();
        int inferred = -1;
        long known = 1;
        for (int d = 0; d < result.Length; d++)
        {
            if (result[d] == -1)
            {
                if (inferred >= 0) throw new ArgumentException("only one dimension can be inferred");
                inferred = d;
            }
            else if (result[d] < 0) throw new ArgumentException($"invalid shape dimension {result[d]}");
            else known *= result[d];
        }
        if (inferred >= 0)
        {
            if (known == 0)
                throw new ArgumentException($"cannot reshape tensor of {numel} elements into shape {Shape.Format(shape).Replace("-1", "-1")} because the unspecified dimension size -1 can be any value and is ambiguous");
            if (numel % known == 0) result[inferred] = numel / known;
            else known = -1;
        }
        if (known != -1 && Shape.NumelOf(result) == numel) return result;
        throw new ArgumentException($"shape '{Shape.Format(shape)}' is invalid for input of size {numel}");
    }

    public Tensor Permute(params int[] dims)
    {
        if (dims.Length != Dim)
            throw new ArgumentException(
                $"permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = {Dim} is not equal to len(dims) = {dims.Length}".Replace("(sparse_coo)", ""));
        var wrapped = new int[dims.Length];
        var seen = new bool[dims.Length];
        for (int i = 0; i < dims.Length; i++)
        {
            wrapped[i] = WrapDim(dims[i]);
            if (seen[wrapped[i]]) throw new ArgumentException("permute(): duplicate dims are not allowed.");
            seen[wrapped[i]] = true;
        }
        return ViewWith(Layout.Permute(wrapped));
    }

    public Tensor Transpose(int dim0, int dim1)
    {
        if (Dim == 0) { WrapDim(dim0); WrapDim(dim1); return ViewWith(Layout); }
        return ViewWith(Layout.Transpose(WrapDim(dim0), WrapDim(dim1)));
    }

    /// <summary>Reverses all dimensions (PyTorch's <c>.T</c>; for 2-d, the transpose).</summary>
    public Tensor T
    {
        get
        {
            var dims = new int[Dim];
            for (int i = 0; i < Dim; i++) dims[i] = Dim - 1 - i;
            return ViewWith(Layout.Permute(dims));
        }
    }

    /// <summary>Transposes the last two dimensions (PyTorch's <c>.mT</c>).</summary>
    public Tensor mT
    {
        get
        {
            if (Dim < 2) throw new ArgumentException($"tensor.mT is only supported on matrices or batches of matrices. Got {Dim}-D tensor.");
            return Transpose(-2, -1);
        }
    }

    public Tensor Narrow(int dim, long start, long length)
    {
        if (Dim == 0) throw new ArgumentException("narrow() cannot be applied to a 0-dim tensor.");
        int d = WrapDim(dim);
        long size = Layout.Shape[d];
        if (start < -size || start > size)
            throw new IndexOutOfRangeException($"start out of range (expected to be in range of [{-size}, {size}], but got {start})");
        if (start < 0) start += size;
        if (length < 0 || start > size - length)
            throw new ArgumentException($"start ({start}) + length ({length}) exceeds dimension size ({size}).");
        return ViewWith(Layout.Slice(d, start, start + length, 1));
    }

    /// <summary>Elements <c>start:stop:step</c> along <paramref name="dim"/>, with Python's clamping of out-of-range bounds.</summary>
    public Tensor Slice(int dim, long? start = null, long? stop = null, long step = 1)
    {
        if (Dim == 0) throw new IndexOutOfRangeException("slice() cannot be applied to a 0-dim tensor.");
        if (step <= 0) throw new ArgumentException("slice step must be positive");
        int d = WrapDim(dim);
        long size = Layout.Shape[d];
        long from = ClampSliceBound(start ?? 0, size), to = ClampSliceBound(stop ?? size, size);
        return ViewWith(Layout.Slice(d, from, Math.Max(from, to), step));
    }

    static long ClampSliceBound(long bound, long size)
    {
        if (bound < 0) bound += size;
        return Math.Clamp(bound, 0, size);
    }

    /// <summary>Indexes <paramref name="dim"/> at <paramref name="index"/>, removing that dimension.</summary>
    public Tensor Select(int dim, long index)
    {
        if (Dim == 0) throw new IndexOutOfRangeException("select() cannot be applied to a 0-dim tensor.");
        int d = WrapDim(dim);
        long size = Layout.Shape[d];
        if (index < -size || index >= size)
            throw new IndexOutOfRangeException($"select(): index {index} out of range for tensor of size {Shape} at dimension {d}");
        return ViewWith(Layout.Select(d, index < 0 ? index + size : index));
    }

    public Tensor Unsqueeze(int dim) => ViewWith(Layout.Unsqueeze(WrapDim(dim, Dim + 1)));

    /// <summary>Removes every dimension of size 1.</summary>
    public Tensor Squeeze()
    {
        var all = new int[Dim];
        for (int d = 0; d < Dim; d++) all[d] = d;
        return ViewWith(Layout.Squeeze(all));
    }

    /// <summary>Removes the given dimensions where their size is 1 (others are left alone, as in PyTorch).</summary>
    public Tensor Squeeze(params int[] dims)
    {
        if (Dim == 0) { foreach (int dim in dims) WrapDim(dim); return ViewWith(Layout); }
        return ViewWith(Layout.Squeeze(dims.Select(d => WrapDim(d)).ToArray()));
    }

    /// <summary>Broadcasts to <paramref name="sizes"/> without copying; -1 keeps a size.</summary>
    public Tensor Expand(params long[] sizes)
    {
        if (sizes.Length < Dim)
            throw new ArgumentException(
                $"expand({DType.TorchName()}{{{Shape.Format(Layout.Shape)}}}, size={Shape.Format(sizes)}): the number of sizes provided ({sizes.Length}) must be greater or equal to the number of dimensions in the tensor ({Dim})");
        var target = (long[])sizes.Clone();
        int lead = sizes.Length - Dim;
        for (int d = 0; d < target.Length; d++)
        {
            if (target[d] != -1) continue;
            if (d < lead) throw new ArgumentException($"expand: the expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension {d}");
            target[d] = Layout.Shape[d - lead];
        }
        return ViewWith(Broadcasting.ExpandLayout(this, target, "expand"));
    }

    public Tensor ExpandAs(Tensor other) => Expand(other.Shape.ToArray());

    /// <summary>Broadcasts to a shape (PyTorch's <c>broadcast_to</c>).</summary>
    public Tensor BroadcastTo(params long[] sizes) => Expand(sizes);

    /// <summary>Merges dimensions <paramref name="startDim"/>..<paramref name="endDim"/> into one (a view when possible).</summary>
    public Tensor Flatten(int startDim = 0, int endDim = -1)
    {
        if (Dim == 0) return Reshape(1);
        int start = WrapDim(startDim), end = WrapDim(endDim);
        if (start > end) throw new ArgumentException("flatten() has invalid args: start_dim cannot come after end_dim");
        if (start == end) return this;
        var shape = new List<long>();
        for (int d = 0; d < start; d++) shape.Add(Layout.Shape[d]);
        long merged = 1;
        for (int d = start; d <= end; d++) merged *= Layout.Shape[d];
        shape.Add(merged);
        for (int d = end + 1; d < Dim; d++) shape.Add(Layout.Shape[d]);
        return Reshape(shape.ToArray());
    }

    /// <summary>Splits dimension <paramref name="dim"/> into <paramref name="sizes"/> (one may be -1).</summary>
    public Tensor Unflatten(int dim, params long[] sizes)
    {
        int d = WrapDim(dim);
        if (sizes.Length == 0) throw new ArgumentException("unflatten: sizes must be non-empty");
        long[] resolved;
        try { resolved = InferSize(sizes, Layout.Shape[d], "unflatten"); }
        catch (ArgumentException)
        {
            throw new ArgumentException(
                $"unflatten: Provided sizes {Shape.Format(sizes)} don't multiply up to the size of dim {dim} ({Layout.Shape[d]}) in the input tensor");
        }
        var shape = new List<long>(Layout.Shape[..d].ToArray());
        shape.AddRange(resolved);
        shape.AddRange(Layout.Shape[(d + 1)..].ToArray());
        return View(shape.ToArray());
    }

    /// <summary>All slices along <paramref name="dim"/>, each without that dimension.</summary>
    public Tensor[] Unbind(int dim = 0)
    {
        if (Dim == 0) throw new IndexOutOfRangeException("Dimension specified as 0 but tensor has no dimensions");
        int d = WrapDim(dim);
        var slices = new Tensor[Layout.Shape[d]];
        for (long i = 0; i < slices.Length; i++) slices[i] = Select(d, i);
        return slices;
    }

    /// <summary>Views of <paramref name="splitSize"/> elements along <paramref name="dim"/> (the last may be smaller).</summary>
    public Tensor[] Split(long splitSize, int dim = 0)
    {
        if (Dim == 0) throw new ArgumentException("split expects at least a 1-dimensional tensor");
        if (splitSize < 0) throw new ArgumentException($"split expects split_size be non-negative, but got split_size={splitSize}");
        int d = WrapDim(dim);
        long size = Layout.Shape[d];
        if (splitSize == 0 && size != 0)
            throw new ArgumentException($"split_size can only be 0 if dimension size is 0, but got dimension size of {size}");
        long count = size == 0 ? 1 : (size + splitSize - 1) / splitSize;
        var parts = new Tensor[count];
        for (long i = 0; i < count; i++)
        {
            long start = i * splitSize;
            parts[i] = Narrow(d, start, Math.Min(splitSize, size - start));
        }
        return parts;
    }

    /// <summary>Views with the given sizes along <paramref name="dim"/> (they must add up to its size).</summary>
    public Tensor[] Split(long[] splitSizes, int dim = 0)
    {
        int d = WrapDim(dim);
        long size = Layout.Shape[d];
        if (splitSizes.Sum() != size || splitSizes.Any(s => s < 0))
            throw new ArgumentException(
                $"split_with_sizes expects split_sizes to sum exactly to {size} (input tensor's size at dimension {dim}), but got split_sizes={Shape.Format(splitSizes)}");
        var parts = new Tensor[splitSizes.Length];
        long start = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Narrow(d, start, splitSizes[i]);
            start += splitSizes[i];
        }
        return parts;
    }

    /// <summary>At most <paramref name="chunks"/> views of equal size ceil(size / chunks) along <paramref name="dim"/>.</summary>
    public Tensor[] Chunk(int chunks, int dim = 0)
    {
        if (Dim == 0) throw new ArgumentException("chunk expects at least a 1-dimensional tensor");
        if (chunks <= 0) throw new ArgumentException($"chunk expects `chunks` to be greater than 0, got: {chunks}");
        long size = Layout.Shape[WrapDim(dim)];
        long splitSize = (size + chunks - 1) / chunks;
        if (splitSize == 0 && size == 0)
        {
            var sizes = new long[chunks];
            return Split(sizes, dim);
        }
        return Split(splitSize, dim);
    }

    /// <summary>Moves dimension <paramref name="source"/> to position <paramref name="destination"/>.</summary>
    public Tensor Movedim(int source, int destination) => Movedim([source], [destination]);

    public Tensor Movedim(int[] source, int[] destination)
    {
        if (source.Length != destination.Length)
            throw new ArgumentException(
                $"movedim: Invalid source or destination dims: source ({Shape.Format(source.Select(s => (long)s).ToArray())} dims) should contain the same number of dims as destination ({Shape.Format(destination.Select(s => (long)s).ToArray())} dims)");
        int[] from = source.Select(d => WrapDim(d)).ToArray(), to = destination.Select(d => WrapDim(d)).ToArray();
        if (from.Distinct().Count() != from.Length) throw new ArgumentException("movedim: repeated dim in `source`");
        if (to.Distinct().Count() != to.Length) throw new ArgumentException("movedim: repeated dim in `destination`");
        var order = new int[Dim];
        Array.Fill(order, -1);
        for (int i = 0; i < from.Length; i++) order[to[i]] = from[i];
        var rest = Enumerable.Range(0, Dim).Where(d => !from.Contains(d)).GetEnumerator();
        for (int i = 0; i < Dim; i++)
            if (order[i] < 0 && rest.MoveNext()) order[i] = rest.Current;
        return ViewWith(Layout.Permute(order));
    }

    public Tensor Moveaxis(int source, int destination) => Movedim(source, destination);

    /// <summary>The diagonal of the (<paramref name="dim1"/>, <paramref name="dim2"/>) planes, appended as the last dimension.</summary>
    public Tensor Diagonal(long offset = 0, int dim1 = 0, int dim2 = 1)
    {
        int d1 = WrapDim(dim1), d2 = WrapDim(dim2);
        if (d1 == d2) throw new ArgumentException($"diagonal dimensions cannot be identical {dim1}, {dim2}");
        return ViewWith(Layout.Diagonal(offset, d1, d2));
    }

    /// <summary>A view with explicit sizes, strides and storage offset (PyTorch's <c>as_strided</c>).</summary>
    public Tensor AsStrided(long[] size, long[] stride, long? storageOffset = null)
    {
        if (size.Length != stride.Length)
            throw new ArgumentException($"mismatch in length of strides and shape");
        long offset = storageOffset ?? Layout.Offset;
        if (size.Any(s => s < 0)) throw new ArgumentException($"as_strided: Negative sizes are not allowed, got {Shape.Format(size)}");
        if (stride.Any(s => s < 0)) throw new ArgumentException($"as_strided: Negative strides are not supported at the moment, got strides: {Shape.Format(stride)}");
        if (offset < 0) throw new ArgumentException($"Tensor: invalid storage offset {offset}");
        var layout = new Layout((long[])size.Clone(), (long[])stride.Clone(), offset);
        if (layout.StorageExtent() > Storage.Count)
            throw new ArgumentException(
                $"setStorage: sizes {Shape.Format(size)}, strides {Shape.Format(stride)}, storage offset {offset}, and itemsize {DType.ElementSize()} requiring a storage size of {layout.StorageExtent() * DType.ElementSize()} are out of bounds for storage of size {Storage.Count * DType.ElementSize()}");
        return ViewWith(layout);
    }
}
