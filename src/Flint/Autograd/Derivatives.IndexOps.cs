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

    /// <summary>put_: self ← grad, the written positions zeroed unless accumulated; source ← grad taken at the indices.</summary>
    public static GradFn? Put(Tensor self, Tensor index, Tensor source, bool accumulate)
    {
        if (BackwardNode.For("PutBackward0", self, source) is not { } node) return null;
        var savedIndex = node.Save(index);
        long[] sourceShape = source.Shape;
        return node.Formula(grad => [
            !node.NeedsInputGrad(0) ? null : accumulate ? grad : grad.Put(savedIndex.Value, Torch.Zeros(sourceShape, grad.DType, grad.Device)),
            node.NeedsInputGrad(1) ? grad.Take(savedIndex.Value).Reshape(sourceShape) : null]);
    }

    /// <summary>masked_fill_: self ← grad, zero where filled; a tensor value ← the sum of grad where filled.</summary>
    public static GradFn? MaskedFill(Tensor self, Tensor mask, Tensor? value)
    {
        if ((value is null ? BackwardNode.For("MaskedFillBackward0", self) : BackwardNode.For("MaskedFillBackward1", self, value)) is not { } node)
            return null;
        var savedMask = node.Save(mask);
        bool hasValue = value is not null;
        return node.Formula(grad =>
        {
            var filled = savedMask.Value;
            var selfGrad = node.NeedsInputGrad(0) ? grad.MaskedFill(filled, 0) : null;
            return hasValue ? [selfGrad, node.NeedsInputGrad(1) ? grad.MaskedFill(filled.LogicalNot(), 0).Sum() : null] : [selfGrad];
        });
    }

    /// <summary>masked_select: self ← zeros with grad written where the mask is true, summed back over broadcast dims.</summary>
    public static GradFn? MaskedSelect(Tensor self, Tensor mask)
    {
        if (BackwardNode.For("MaskedSelectBackward0", self) is not { } node) return null;
        var savedMask = node.Save(mask);
        long[] shape = self.Shape;
        return node.Formula(grad =>
        {
            var expandedMask = savedMask.Value;
            long[] broadcast = Broadcasting.BroadcastShapes(expandedMask.Layout.Shape, shape);
            var result = Torch.Zeros(broadcast, grad.DType, grad.Device);
            result.IndexPut_([expandedMask.Expand(broadcast)], grad);
            return [SumTo(result, shape)];
        });
    }

    /// <summary>masked_scatter_: self ← grad, zero where written; source ← the written elements' gradients, then zeros.</summary>
    public static GradFn? MaskedScatter(Tensor self, Tensor mask, Tensor source)
    {
        if (BackwardNode.For("MaskedScatterBackward0", self, source) is not { } node) return null;
        var savedMask = node.Save(mask);
        long[] sourceShape = source.Shape;
        return node.Formula(grad =>
        {
            var written = savedMask.Value;
            Tensor? sourceGrad = null;
            if (node.NeedsInputGrad(1))
            {
                var selected = grad.MaskedSelect(written);
                long missing = Shape.NumelOf(sourceShape) - selected.Numel;
                if (missing > 0) selected = Torch.Cat([selected, Torch.Zeros([missing], grad.DType, grad.Device)]);
                sourceGrad = selected.View(sourceShape);
            }
            return [node.NeedsInputGrad(0) ? grad.MaskedFill(written, 0) : null, sourceGrad];
        });
    }
}
