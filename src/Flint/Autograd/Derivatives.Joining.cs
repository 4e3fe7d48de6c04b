namespace Flint.Autograd;

/// <summary>Joining and rearranging copies: each input's gradient is its part of the output's, put back in place.</summary>
internal static partial class Derivatives
{
    /// <summary>cat: each input ← its slice of grad along <paramref name="dim"/> (1-d empty inputs, which cat skips, get empty gradients).</summary>
    public static GradFn? Cat(IReadOnlyList<Tensor> tensors, int dim)
    {
        if (BackwardNode.For("CatBackward0", tensors.ToArray()) is not { } node) return null;
        long[][] shapes = tensors.Select(t => t.Shape.ToArray()).ToArray();
        return node.Formula(grad =>
        {
            var grads = new Tensor?[shapes.Length];
            long offset = 0;
            for (int i = 0; i < shapes.Length; i++)
            {
                bool skipped = shapes[i] is [0] && grad.Dim != 1;
                long length = skipped ? 0 : shapes[i][dim];
                if (node.NeedsInputGrad(i)) grads[i] = skipped ? Torch.Zeros([0], grad.DType, grad.Device) : grad.Narrow(dim, offset, length);
                offset += length;
            }
            return grads;
        });
    }

    /// <summary>flip: self ← grad flipped back.</summary>
    public static GradFn? Flip(Tensor self, int[] dims) => BackwardNode.For("FlipBackward0", self)?.Formula(grad => [grad.Flip(dims)]);

    /// <summary>repeat: self ← grad summed over the copies (the output seen as [r0, s0, r1, s1, ...], summed over the r's).</summary>
    public static GradFn? Repeat(Tensor self, long[] repeats)
    {
        if (BackwardNode.For("RepeatBackward0", self) is not { } node) return null;
        long[] shape = self.Shape;
        int lead = repeats.Length - shape.Length;
        long[] sizes = [.. Enumerable.Repeat(1L, lead), .. shape];
        long[] pairs = repeats.SelectMany((r, i) => new[] { r, sizes[i] }).ToArray();
        int[] copies = Enumerable.Range(0, repeats.Length).Select(i => 2 * i).ToArray();
        return node.Formula(grad => [grad.Reshape(pairs).Sum(copies).Reshape(shape)]);
    }

    /// <summary>stack: each input ← its slice of grad along the new dimension.</summary>
    public static GradFn? Stack(IReadOnlyList<Tensor> tensors, int dim)
    {
        if (BackwardNode.For("StackBackward0", tensors.ToArray()) is not { } node) return null;
        int count = tensors.Count;
        return node.Formula(grad =>
        {
            var grads = new Tensor?[count];
            for (int i = 0; i < count; i++)
                if (node.NeedsInputGrad(i)) grads[i] = grad.Select(dim, i);
            return grads;
        });
    }

    /// <summary>roll: self ← grad rolled back.</summary>
    public static GradFn? Roll(Tensor self, long[] shifts, int[] dims)
    {
        long[] back = Array.ConvertAll(shifts, s => -s);
        return BackwardNode.For("RollBackward0", self)?.Formula(grad => [grad.Roll(back, dims)]);
    }

    /// <summary>rot90: self ← grad rotated back.</summary>
    public static GradFn? Rot90(Tensor self, long k, int[] dims) =>
        BackwardNode.For("Rot90Backward0", self)?.Formula(grad => [grad.Rot90(-k, dims)]);
}
