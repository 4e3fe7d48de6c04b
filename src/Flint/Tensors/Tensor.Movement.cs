namespace Flint;

/// <summary>Ops that move, select or stretch dimensions: each returns a view over the same storage with a new layout.</summary>
public sealed partial class Tensor
{
    public Tensor Permute(params int[] dims)
    {
        // PyTorch's message, "(sparse_coo)" included, is kept verbatim so that it reads the same to its users.
        if (dims.Length != Dim)
            throw new ArgumentException(
                $"permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = {Dim} is not equal to len(dims) = {dims.Length}");
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
        // PyTorch wraps start like a dim index of a rank-`size` tensor, also allowing start == size.
        if (start != size)
        {
            long bound = Math.Max(size, 1);
            if (start < -bound || start >= bound)
                throw new IndexOutOfRangeException($"Dimension out of range (expected to be in range of [{-bound}, {bound - 1}], but got {start})");
            if (start < 0) start += bound;
        }
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
            throw new IndexOutOfRangeException($"select(): index {index} out of range for tensor of size {Shape.Format(Layout.Shape)} at dimension {d}");
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
                $"expand({LegacyTypeName()}{{{Shape.Format(Layout.Shape)}}}, size={Shape.Format(sizes)}): the number of sizes provided ({sizes.Length}) must be greater or equal to the number of dimensions in the tensor ({Dim})");
        return ViewWith(Layout.Expand(sizes));
    }

    /// <summary>The type name PyTorch prints for a tensor in some messages: <c>torch.FloatTensor</c>, <c>torch.cuda.LongTensor</c>.</summary>
    internal string LegacyTypeName()
    {
        string name = DType switch
        {
            DType.Bool => "Bool",
            DType.UInt8 => "Byte",
            DType.Int8 => "Char",
            DType.Int16 => "Short",
            DType.Int32 => "Int",
            DType.Int64 => "Long",
            DType.Float16 => "Half",
            DType.BFloat16 => "BFloat16",
            DType.Float32 => "Float",
            _ => "Double",
        };
        return (Device.IsCpu ? "torch." : "torch.cuda.") + name + "Tensor";
    }

    public Tensor ExpandAs(Tensor other) => Expand(other.Shape.ToArray());

    /// <summary>Broadcasts to a shape (PyTorch's <c>broadcast_to</c>).</summary>
    public Tensor BroadcastTo(params long[] sizes) => Expand(sizes);

    /// <summary>Moves dimension <paramref name="source"/> to position <paramref name="destination"/>.</summary>
    public Tensor Movedim(int source, int destination) => Movedim([source], [destination]);

    public Tensor Movedim(int[] source, int[] destination)
    {
        if (source.Length != destination.Length)
            throw new ArgumentException(
                $"movedim: Invalid source or destination dims: source ({FormatDims(source)} dims) should contain the same number of dims as destination ({FormatDims(destination)} dims)");
        int[] from = source.Select(d => WrapDim(d)).ToArray(), to = destination.Select(d => WrapDim(d)).ToArray();
        if (from.Distinct().Count() != from.Length) throw new ArgumentException($"movedim: repeated dim in `source` ({FormatDims(source)})");
        if (to.Distinct().Count() != to.Length) throw new ArgumentException($"movedim: repeated dim in `destination` ({FormatDims(destination)})");
        if (Dim == 0) return ViewWith(Layout);
        var order = new int[Dim];
        Array.Fill(order, -1);
        for (int i = 0; i < from.Length; i++) order[to[i]] = from[i];
        var rest = Enumerable.Range(0, Dim).Where(d => !from.Contains(d)).GetEnumerator();
        for (int i = 0; i < Dim; i++)
            if (order[i] < 0 && rest.MoveNext()) order[i] = rest.Current;
        return ViewWith(Layout.Permute(order));
    }

    public Tensor Moveaxis(int source, int destination) => Movedim(source, destination);

    public Tensor Moveaxis(int[] source, int[] destination) => Movedim(source, destination);

    static string FormatDims(int[] dims) => "[" + string.Join(", ", dims) + "]";

    /// <summary>The diagonal of the (<paramref name="dim1"/>, <paramref name="dim2"/>) planes, appended as the last dimension.</summary>
    public Tensor Diagonal(long offset = 0, int dim1 = 0, int dim2 = 1)
    {
        int d1 = WrapDim(dim1), d2 = WrapDim(dim2);
        if (d1 == d2) throw new ArgumentException($"diagonal dimensions cannot be identical {dim1}, {dim2}");
        return ViewWith(Layout.Diagonal(offset, d1, d2));
    }

    /// <summary>A view with explicit sizes, strides and storage offset (PyTorch's <c>as_strided</c>; the offset defaults to this tensor's).</summary>
    public Tensor AsStrided(long[] size, long[] stride, long? storageOffset = null)
    {
        if (size.Length != stride.Length) throw new ArgumentException("mismatch in length of strides and shape");
        if (stride.Any(s => s < 0))
            throw new ArgumentException($"as_strided: Negative strides are not supported at the moment, got strides: {Shape.Format(stride)}");
        if (size.Any(s => s < 0))
            throw new ArgumentException($"Storage size calculation overflowed with sizes={Shape.Format(size)} and strides={Shape.Format(stride)}");
        long offset = storageOffset ?? Layout.Offset;
        var layout = new Layout((long[])size.Clone(), (long[])stride.Clone(), offset);
        // As in PyTorch, an empty view may sit anywhere: only views with elements are checked against the storage.
        if (layout.Numel > 0 && layout.StorageExtent() > Storage.Count)
        {
            long itemSize = DType.ElementSize();
            throw new ArgumentException(
                $"setStorage: sizes {Shape.Format(size)}, strides {Shape.Format(stride)}, storage offset {offset}, and itemsize {itemSize} " +
                $"requiring a storage size of {layout.StorageExtent() * itemSize} are out of bounds for storage of size {Storage.Count * itemSize}");
        }
        if (offset < 0) throw new ArgumentException($"Tensor: invalid storage offset {offset}");
        return ViewWith(layout);
    }
}
