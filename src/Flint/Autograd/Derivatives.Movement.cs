namespace Flint.Autograd;

/// <summary>
/// View ops. A view's gradient is the gradient of its elements placed back where they sit in the input: reshaped,
/// permuted back, summed over expanded dimensions, or written into zeros at the viewed positions.
/// </summary>
internal static partial class Derivatives
{
    /// <summary>view/reshape: self ← grad reshaped back (ViewBackward0, ReshapeAliasBackward0, UnsafeViewBackward0).</summary>
    public static GradFn? View(Tensor self, string name = "ViewBackward0")
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        long[] shape = self.Shape;
        return node.Formula(grad => [grad.Reshape(shape)]);
    }

    /// <summary>A view of all of self (<c>x[...]</c>): self ← grad.</summary>
    public static GradFn? Alias(Tensor self) => BackwardNode.For("AliasBackward0", self)?.Formula(grad => [grad]);

    /// <summary>expand: self ← grad summed over the expanded dimensions.</summary>
    public static GradFn? Expand(Tensor self)
    {
        if (BackwardNode.For("ExpandBackward0", self) is not { } node) return null;
        long[] shape = self.Shape;
        return node.Formula(grad => [SumTo(grad, shape)]);
    }

    /// <summary>permute: self ← grad permuted by the inverse permutation.</summary>
    public static GradFn? Permute(Tensor self, int[] dims)
    {
        if (BackwardNode.For("PermuteBackward0", self) is not { } node) return null;
        var inverse = new int[dims.Length];
        for (int i = 0; i < dims.Length; i++) inverse[dims[i]] = i;
        return node.Formula(grad => [grad.Permute(inverse)]);
    }

    public static GradFn? Transpose(Tensor self, int dim0, int dim1) =>
        BackwardNode.For("TransposeBackward0", self)?.Formula(grad => [grad.Transpose(dim0, dim1)]);

    /// <summary>slice (and narrow): self ← zeros with grad written into the slice.</summary>
    public static GradFn? Slice(Tensor self, int dim, long start, long stop, long step) =>
        IntoZeros("SliceBackward0", self, (zeros, grad) => zeros.Slice(dim, start, stop, step).Copy_(grad));

    /// <summary>select: self ← zeros with grad written into the selected slice.</summary>
    public static GradFn? Select(Tensor self, int dim, long index) =>
        IntoZeros("SelectBackward0", self, (zeros, grad) => zeros.Select(dim, index).Copy_(grad));

    /// <summary>diagonal: self ← zeros with grad written onto the diagonal.</summary>
    public static GradFn? Diagonal(Tensor self, long offset, int dim1, int dim2) =>
        IntoZeros("DiagonalBackward0", self, (zeros, grad) => zeros.Diagonal(offset, dim1, dim2).Copy_(grad));

    static GradFn? IntoZeros(string name, Tensor self, Action<Tensor, Tensor> write)
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        long[] shape = self.Shape;
        return node.Formula(grad =>
        {
            var result = Torch.Zeros(shape, grad.DType, grad.Device);
            write(result, grad);
            return [result];
        });
    }

    public static GradFn? Unsqueeze(Tensor self, int dim) =>
        BackwardNode.For("UnsqueezeBackward0", self)?.Formula(grad => [grad.Squeeze(dim)]);

    /// <summary>
    /// squeeze: self ← grad with the removed size-1 dimensions put back (PyTorch's <c>unsqueeze_to</c>).
    /// <paramref name="dims"/> null means every dimension (SqueezeBackward0); one dim is SqueezeBackward1.
    /// </summary>
    public static GradFn? Squeeze(Tensor self, int[]? dims)
    {
        string name = dims is null ? "SqueezeBackward0" : dims.Length == 1 ? "SqueezeBackward1" : "SqueezeBackward2";
        if (BackwardNode.For(name, self) is not { } node) return null;
        long[] shape = self.Shape;
        return node.Formula(grad =>
        {
            for (int d = 0; d < shape.Length; d++)
                if (shape[d] == 1 && (dims is null || dims.Contains(d))) grad = grad.Unsqueeze(d);
            return [grad];
        });
    }

    /// <summary>unbind: self ← the output gradients stacked along <paramref name="dim"/> (zeros for unused outputs).</summary>
    public static GradFn? Unbind(Tensor self, int dim)
    {
        if (BackwardNode.For("UnbindBackward0", self) is not { } node) return null;
        long[] shape = self.Shape;
        return node.MultiOutputFormula(grads =>
        {
            var result = Torch.Zeros(shape, grads[0].DType, grads[0].Device);
            for (int i = 0; i < grads.Length; i++) result.Select(dim, i).Copy_(grads[i]);
            return [result];
        });
    }

    /// <summary>split/chunk: self ← the output gradients concatenated along <paramref name="dim"/>.</summary>
    public static GradFn? Split(Tensor self, int dim, long[] sizes, string name)
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        long[] shape = self.Shape;
        return node.MultiOutputFormula(grads =>
        {
            var result = Torch.Zeros(shape, grads[0].DType, grads[0].Device);
            long start = 0;
            for (int i = 0; i < grads.Length; i++)
            {
                result.Narrow(dim, start, sizes[i]).Copy_(grads[i]);
                start += sizes[i];
            }
            return [result];
        });
    }

    /// <summary>as_strided: self ← the gradient gathered back through memory positions (PyTorch's <c>as_strided_backward</c>).</summary>
    public static GradFn? AsStrided(Tensor self, Layout output)
    {
        if (BackwardNode.For("AsStridedBackward0", self) is not { } node) return null;
        var input = self.Layout;
        return node.Formula(grad => [AsStridedBackward(grad, input, output)]);
    }

    /// <summary>
    /// Scatters <paramref name="grad"/> (laid out as <paramref name="output"/>) into a buffer indexed by memory position,
    /// adding where output elements share memory, then reads it back at <paramref name="input"/>'s positions; where
    /// input elements share memory, each gets its share.
    /// </summary>
    static Tensor AsStridedBackward(Tensor grad, Layout input, Layout output)
    {
        long first = Math.Min(input.Offset, output.Offset);
        long end = Math.Max(input.StorageExtent(), output.StorageExtent());
        var byPosition = Torch.Zeros([Math.Max(end - first, 0)], grad.DType, grad.Device);
        byPosition.IndexPut_([Positions(output, first)], grad, accumulate: true);
        var inputPositions = Positions(input, first);
        var result = byPosition.Index(inputPositions);
        if (!MayOverlap(input)) return result;
        var counts = Torch.Zeros([Math.Max(end - first, 0)], grad.DType, grad.Device);
        counts.IndexPut_([inputPositions], Torch.Ones([], grad.DType, grad.Device), accumulate: true);
        return result / counts.Index(inputPositions);
    }

    /// <summary>The memory position (minus <paramref name="first"/>) of every element of <paramref name="layout"/>, as an Int64 tensor of its shape.</summary>
    static Tensor Positions(Layout layout, long first)
    {
        var positions = new long[layout.Numel];
        var index = new long[layout.Rank];
        for (long i = 0; i < positions.LongLength; i++)
        {
            positions[i] = layout.StorageIndex(index) - first;
            for (int d = layout.Rank - 1; d >= 0; d--)
            {
                if (++index[d] < layout.Shape[d]) break;
                index[d] = 0;
            }
        }
        // FromArray with no shape means one dimension: View gives the 0-d case its shape.
        return Torch.FromArray(positions).View(layout.Shape.ToArray());
    }

    /// <summary>PyTorch's <c>_maybe_overlapping_memory</c>: false only when the strides prove the elements distinct.</summary>
    static bool MayOverlap(Layout layout)
    {
        var dims = Enumerable.Range(0, layout.Rank).Where(d => layout.Shape[d] > 1).OrderBy(d => layout.Strides[d]);
        long maxIndexInSlice = 0;
        foreach (int d in dims)
        {
            if (layout.Strides[d] <= maxIndexInSlice) return true;
            maxIndexInSlice += layout.Strides[d] * (layout.Shape[d] - 1);
        }
        return false;
    }
}
