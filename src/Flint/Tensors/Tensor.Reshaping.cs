namespace Flint;

/// <summary>Shape-changing ops: views where the strides allow one; <c>Reshape</c> and <c>Flatten</c> copy otherwise.</summary>
public sealed partial class Tensor
{
    /// <summary>A view with <paramref name="shape"/> (one size may be -1); fails when the strides do not allow it.</summary>
    public Tensor View(params long[] shape)
    {
        long[] resolved = InferSize(shape, Numel);
        var layout = Layout.TryView(resolved) ?? throw new InvalidOperationException(
            "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
        return ViewWith(layout);
    }

    public Tensor View(Shape shape) => View(shape.ToArray());

    public Tensor ViewAs(Tensor other) => View(other.Shape.ToArray());

    /// <summary>A view when the strides allow one, else a contiguous copy that is nobody's view (PyTorch's <c>reshape</c>).</summary>
    public Tensor Reshape(params long[] shape)
    {
        long[] resolved = InferSize(shape, Numel);
        var layout = Layout.TryView(resolved);
        if (layout is not null) return ViewWith(layout);
        var copy = ContiguousClone();
        return new Tensor(copy.Storage, Layout.Contiguous(resolved));
    }

    public Tensor Reshape(Shape shape) => Reshape(shape.ToArray());

    public Tensor ReshapeAs(Tensor other) => Reshape(other.Shape.ToArray());

    /// <summary>Resolves one -1 and checks the element count (PyTorch's <c>infer_size</c>, with its messages).</summary>
    internal static long[] InferSize(long[] shape, long numel)
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
        bool valid = numel == known;
        if (inferred >= 0)
        {
            if (known == 0)
                throw new ArgumentException(
                    $"cannot reshape tensor of {numel} elements into shape {Shape.Format(shape)} because the unspecified dimension size -1 can be any value and is ambiguous");
            valid = numel % known == 0;
            if (valid) result[inferred] = numel / known;
        }
        if (!valid) throw new ArgumentException($"shape '{Shape.Format(shape)}' is invalid for input of size {numel}");
        return result;
    }

    /// <summary>Merges dimensions <paramref name="startDim"/>..<paramref name="endDim"/> into one (a view when possible).</summary>
    public Tensor Flatten(int startDim = 0, int endDim = -1)
    {
        int start = WrapDim(startDim), end = WrapDim(endDim);
        if (start > end) throw new ArgumentException("flatten() has invalid args: start_dim cannot come after end_dim");
        if (Dim == 0) return Reshape(1);
        if (start == end) return this;
        var shape = new List<long>(Layout.Shape[..start].ToArray());
        shape.Add(Shape.NumelOf(Layout.Shape[start..(end + 1)]));
        shape.AddRange(Layout.Shape[(end + 1)..].ToArray());
        return Reshape(shape.ToArray());
    }

    /// <summary>Splits dimension <paramref name="dim"/> into <paramref name="sizes"/> (one may be -1).</summary>
    public Tensor Unflatten(int dim, params long[] sizes)
    {
        int d = WrapDimOfNonScalar(dim);
        if (sizes.Length == 0) throw new ArgumentException("unflatten: sizes must be non-empty");
        long[] resolved;
        try { resolved = InferSize(sizes, Layout.Shape[d]); }
        catch (ArgumentException e) when (e.Message.Contains("is invalid for input of size", StringComparison.Ordinal))
        {
            // PyTorch rewords only the count mismatch; its other infer_size errors pass through.
            throw new ArgumentException(
                $"unflatten: Provided sizes {Shape.Format(sizes)} don't multiply up to the size of dim {d} ({Layout.Shape[d]}) in the input tensor");
        }
        var shape = new List<long>(Layout.Shape[..d].ToArray());
        shape.AddRange(resolved);
        shape.AddRange(Layout.Shape[(d + 1)..].ToArray());
        return View(shape.ToArray());
    }

    /// <summary>Wraps a dim of an op that has no meaning on a 0-d tensor (PyTorch's <c>maybe_wrap_dim</c> without scalar wrapping).</summary>
    int WrapDimOfNonScalar(int dim)
    {
        if (Dim == 0) throw new IndexOutOfRangeException($"Dimension specified as {dim} but tensor has no dimensions");
        return WrapDim(dim);
    }
}
