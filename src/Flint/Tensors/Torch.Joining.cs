namespace Flint;

/// <summary>
/// Joining tensors along a dimension: <c>cat</c> (and its aliases) and the stacks built on it. Each input is copied
/// once, with conversion to the promoted dtype, into its slice of a fresh contiguous output.
/// </summary>
public static partial class Torch
{
    /// <summary>
    /// Concatenates along <paramref name="dim"/>: every input has the same shape except there. The result has the inputs'
    /// promoted dtype. As in PyTorch, 1-d inputs of size 0 (the legacy "empty" tensor) are skipped, whatever the others' rank.
    /// </summary>
    public static Tensor Cat(IReadOnlyList<Tensor> tensors, int dim = 0)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Count == 0) throw new ArgumentException("torch.cat(): expected a non-empty list of Tensors");
        for (int i = 0; i < tensors.Count; i++)
            if (tensors[i].Dim == 0) throw new ArgumentException($"zero-dimensional tensor (at position {i}) cannot be concatenated");
        DType dtype = TypePromotion.ResultType(tensors.ToArray());
        Device device = tensors[0].Device;
        foreach (var tensor in tensors)
            if (tensor.Device != device)
                throw new ArgumentException($"Expected all tensors to be on the same device, but found at least two devices, {device} and {tensor.Device}!");
        var joined = tensors.Where(t => !IsLegacyEmpty(t)).ToArray();
        if (joined.Length == 0) return Flint.Tensor.Allocate([0], dtype, device);

        var reference = joined[0];
        int d = Flint.Tensor.WrapDim(dim, reference.Dim);
        long[] shape = reference.Layout.ShapeArray.ToArray();
        shape[d] = 0;
        for (int i = 0; i < tensors.Count; i++)
        {
            var tensor = tensors[i];
            if (IsLegacyEmpty(tensor)) continue;
            if (tensor.Dim != reference.Dim)
                throw new ArgumentException($"Tensors must have same number of dimensions: got {reference.Dim} and {tensor.Dim}");
            for (int k = 0; k < reference.Dim; k++)
                if (k != d && tensor.Layout.Shape[k] != reference.Layout.Shape[k])
                    throw new ArgumentException(
                        $"Sizes of tensors must match except in dimension {d}. Expected size {reference.Layout.Shape[k]} but got size {tensor.Layout.Shape[k]} for tensor number {i} in the list.");
            shape[d] += tensor.Layout.Shape[d];
        }

        var result = Flint.Tensor.Allocate(shape, dtype, device);
        long offset = 0;
        foreach (var tensor in joined)
        {
            long length = tensor.Layout.Shape[d];
            tensor.Storage.CopyTo(tensor.Layout, result.Storage, result.Layout.Slice(d, offset, offset + length, 1));
            offset += length;
        }
        return result;
    }

    static bool IsLegacyEmpty(Tensor tensor) => tensor.Dim == 1 && tensor.Layout.Shape[0] == 0;

    /// <summary>PyTorch's <c>torch.concat</c>, an alias of <see cref="Cat"/>.</summary>
    public static Tensor Concat(IReadOnlyList<Tensor> tensors, int dim = 0) => Cat(tensors, dim);

    /// <summary>PyTorch's <c>torch.concatenate</c>, an alias of <see cref="Cat"/>.</summary>
    public static Tensor Concatenate(IReadOnlyList<Tensor> tensors, int dim = 0) => Cat(tensors, dim);

    /// <summary>Joins equally shaped tensors along a new dimension <paramref name="dim"/>.</summary>
    public static Tensor Stack(IReadOnlyList<Tensor> tensors, int dim = 0)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Count == 0) throw new ArgumentException("stack expects a non-empty TensorList");
        int d = Flint.Tensor.WrapDim(dim, tensors[0].Dim + 1);
        for (int i = 1; i < tensors.Count; i++)
            if (tensors[i].Shape != tensors[0].Shape)
                throw new ArgumentException(
                    $"stack expects each tensor to be equal size, but got {Shape.Format(tensors[0].Layout.Shape)} at entry 0 and {Shape.Format(tensors[i].Layout.Shape)} at entry {i}");
        return Cat(tensors.Select(t => t.Unsqueeze(d)).ToArray(), d);
    }

    /// <summary>Joins horizontally: along dimension 0 for vectors (and scalars), along dimension 1 otherwise.</summary>
    public static Tensor Hstack(IReadOnlyList<Tensor> tensors)
    {
        var vectors = AtLeast(tensors, 1, "hstack");
        return Cat(vectors, vectors[0].Dim == 1 ? 0 : 1);
    }

    /// <summary>Joins vertically (along dimension 0), vectors becoming rows.</summary>
    public static Tensor Vstack(IReadOnlyList<Tensor> tensors) => Cat(AtLeast(tensors, 2, "vstack"), 0);

    /// <summary>PyTorch's <c>torch.row_stack</c>, an alias of <see cref="Vstack"/>.</summary>
    public static Tensor RowStack(IReadOnlyList<Tensor> tensors) => Vstack(tensors);

    /// <summary>Joins depth-wise (along dimension 2), after making every input at least 3-d.</summary>
    public static Tensor Dstack(IReadOnlyList<Tensor> tensors) => Cat(AtLeast(tensors, 3, "dstack"), 2);

    /// <summary>Joins as columns: scalars and vectors become columns, higher ranks join along dimension 1.</summary>
    public static Tensor ColumnStack(IReadOnlyList<Tensor> tensors)
    {
        CheckNonEmpty(tensors, "column_stack");
        return Cat(tensors.Select(t => t.Dim <= 1 ? t.Reshape(t.Numel, 1) : t).ToArray(), 1);
    }

    /// <summary>
    /// PyTorch's <c>atleast_1d/2d/3d</c> on each input: a scalar becomes [1], [1, 1] or [1, 1, 1], a vector [1, n] or
    /// [1, n, 1], a matrix [m, n, 1].
    /// </summary>
    static Tensor[] AtLeast(IReadOnlyList<Tensor> tensors, int rank, string op)
    {
        CheckNonEmpty(tensors, op);
        return tensors.Select(t => (rank, t.Dim) switch
        {
            (_, 0) => t.Reshape(Enumerable.Repeat(1L, rank).ToArray()),
            (2, 1) or (3, 1) => rank == 2 ? t.Unsqueeze(0) : t.Unsqueeze(0).Unsqueeze(2),
            (3, 2) => t.Unsqueeze(2),
            _ => t,
        }).ToArray();
    }

    static void CheckNonEmpty(IReadOnlyList<Tensor> tensors, string op)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        if (tensors.Count == 0) throw new ArgumentException($"{op} expects a non-empty TensorList");
    }
}
