namespace Flint.Autograd;

/// <summary>
/// Ops that select values and report their indices (max/min with a dim, median, mode, kthvalue, sort, topk, cummax,
/// cummin): the gradient goes back to the positions the indices name, as PyTorch's
/// <c>value_selecting_reduction_backward</c> does.
/// </summary>
internal static partial class Derivatives
{
    /// <summary>values ← zeros with grad written at the selected indices along <paramref name="dim"/>.</summary>
    public static GradFn? ValueSelecting(string name, Tensor self, int dim, Tensor indices, bool keepdim)
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        var savedIndices = node.Save(indices);
        long[] shape = self.Shape;
        return node.Formula(grad =>
        {
            var index = savedIndices.Value;
            if (!keepdim && shape.Length > 0)
            {
                grad = grad.Unsqueeze(dim);
                index = index.Unsqueeze(dim);
            }
            return [Torch.Zeros(shape, grad.DType, grad.Device).Scatter(dim, index, grad)];
        });
    }

    /// <summary>cummax/cummin: each running extreme's gradient is added at the index it came from.</summary>
    public static GradFn? RunningExtreme(string name, Tensor self, int dim, Tensor indices)
    {
        if (BackwardNode.For(name, self) is not { } node) return null;
        var savedIndices = node.Save(indices);
        long[] shape = self.Shape;
        return node.Formula(grad => [Torch.Zeros(shape, grad.DType, grad.Device).ScatterAdd_(dim, savedIndices.Value, grad)]);
    }
}
