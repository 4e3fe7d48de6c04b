namespace Flint.Autograd;

/// <summary>
/// Index ops along a dimension: a read (gather, index_select, take) sends each gradient element back to where its
/// value was read, adding where an element was read twice; a write (scatter, index_add/copy/fill) passes the
/// gradient through where nothing was overwritten and reads the written values' gradients at the indices.
/// </summary>
internal static partial class Derivatives
{
    /// <summary>gather: self ← zeros with grad added at the gathered positions.</summary>
    public static GradFn? Gather(Tensor self, int dim, Tensor index)
    {
        if (BackwardNode.For("GatherBackward0", self) is not { } node) return null;
        var savedIndex = node.Save(index);
        long[] shape = self.Shape;
        return node.Formula(grad => [Torch.Zeros(shape, grad.DType, grad.Device).ScatterAdd_(dim, savedIndex.Value, grad)]);
    }

    /// <summary>index_select: self ← zeros with the slices of grad added at the selected slices.</summary>
    public static GradFn? IndexSelect(Tensor self, int dim, Tensor index)
    {
        if (BackwardNode.For("IndexSelectBackward0", self) is not { } node) return null;
        var savedIndex = node.Save(index);
        long[] shape = self.Shape;
        return node.Formula(grad => [Torch.Zeros(shape, grad.DType, grad.Device).IndexAdd_(dim, savedIndex.Value, grad)]);
    }

    /// <summary>take: self ← zeros with grad added at the taken positions of the flattened tensor.</summary>
    public static GradFn? Take(Tensor self, Tensor index)
    {
        if (BackwardNode.For("TakeBackward0", self) is not { } node) return null;
        var savedIndex = node.Save(index);
        long[] shape = self.Shape;
        return node.Formula(grad => [Torch.Zeros(shape, grad.DType, grad.Device).Put_(savedIndex.Value, grad, accumulate: true)]);
    }

    /// <summary>scatter_: self ← grad with the overwritten positions zeroed; src ← grad gathered at the indices.</summary>
    public static GradFn? Scatter(Tensor self, int dim, Tensor index, Tensor src)
    {
        if (BackwardNode.For("ScatterBackward0", self, src) is not { } node) return null;
        var savedIndex = node.Save(index);
        return node.Formula(grad => [
            node.NeedsInputGrad(0) ? grad.Scatter(dim, savedIndex.Value, 0) : null,
            node.NeedsInputGrad(1) ? grad.Gather(dim, savedIndex.Value) : null]);
    }

    /// <summary>scatter_ of a scalar value: self ← grad with the overwritten positions zeroed.</summary>
    public static GradFn? Scatter(Tensor self, int dim, Tensor index)
    {
        if (BackwardNode.For("ScatterBackward1", self) is not { } node) return null;
        var savedIndex = node.Save(index);
        return node.Formula(grad => [grad.Scatter(dim, savedIndex.Value, 0)]);
    }

    /// <summary>scatter_add_: self ← grad; src ← grad gathered at the indices.</summary>
    public static GradFn? ScatterAdd(Tensor self, int dim, Tensor index, Tensor src)
    {
        if (BackwardNode.For("ScatterAddBackward0", self, src) is not { } node) return null;
        var savedIndex = node.SaveIf(node.NeedsInputGrad(1), index);
        return node.Formula(grad => [grad, savedIndex is null ? null : grad.Gather(dim, savedIndex.Value)]);
    }

    /// <summary>scatter_ with a reduction and scatter_reduce_: PyTorch 1.13 has no derivative for the first, Flint none for the second yet.</summary>
    public static GradFn? ScatterReduction(string op, Tensor self, Tensor? src) => NotImplemented(op, self, src);

    /// <summary>index_add_: self ← grad; source ← alpha · the selected slices of grad.</summary>
    public static GradFn? IndexAdd(Tensor self, int dim, Tensor index, Tensor source, Scalar? alpha)
    {
        if (BackwardNode.For("IndexAddBackward0", self, source) is not { } node) return null;
        var savedIndex = node.SaveIf(node.NeedsInputGrad(1), index);
        long[] sourceShape = source.Shape;
        return node.Formula(grad => [grad, savedIndex is null ? null : SumTo(Scaled(SelectSlices(grad, dim, savedIndex.Value, sourceShape), alpha), sourceShape)]);
    }

    /// <summary>index_copy_: self ← grad with the overwritten slices zeroed; source ← the selected slices of grad.</summary>
    public static GradFn? IndexCopy(Tensor self, int dim, Tensor index, Tensor source)
    {
        if (BackwardNode.For("IndexCopyBackward0", self, source) is not { } node) return null;
        var savedIndex = node.Save(index);
        long[] sourceShape = source.Shape;
        return node.Formula(grad => [
            node.NeedsInputGrad(0) ? grad.IndexFill(dim, savedIndex.Value, 0) : null,
            node.NeedsInputGrad(1) ? SelectSlices(grad, dim, savedIndex.Value, sourceShape) : null]);
    }

    /// <summary>index_fill_: self ← grad with the filled slices zeroed; a tensor value ← the sum of those slices of grad.</summary>
    public static GradFn? IndexFill(Tensor self, int dim, Tensor index, Tensor? value)
    {
        if ((value is null ? BackwardNode.For("IndexFillBackward0", self) : BackwardNode.For("IndexFillBackward1", self, value)) is not { } node)
            return null;
        var savedIndex = node.Save(index);
        bool hasValue = value is not null;
        return node.Formula(grad =>
        {
            var selfGrad = node.NeedsInputGrad(0) ? grad.IndexFill(dim, savedIndex.Value, 0) : null;
            return hasValue ? [selfGrad, node.NeedsInputGrad(1) ? grad.IndexSelect(dim, savedIndex.Value).Sum() : null] : [selfGrad];
        });
    }

    /// <summary>The slices of grad a source gave (a 0-d source: the one element), as index_select reads them.</summary>
    static Tensor SelectSlices(Tensor grad, int dim, Tensor index, long[] sourceShape)
    {
        var slices = grad.Dim == 0 ? grad : grad.IndexSelect(dim, index);
        return sourceShape.Length == 0 ? slices.Reshape() : slices;
    }
}
