namespace Flint.Autograd;

/// <summary>
/// Advanced indexing. <c>entries</c> is the tensor part of an index expression as <see cref="Tensor.Index"/> collects
/// it: one item per dimension from the first, null for a dimension left whole, an index tensor or a mask.
/// </summary>
internal static partial class Derivatives
{
    /// <summary>index: self ← zeros with grad added at the indexed positions (repeated indices add up).</summary>
    public static GradFn? Index(Tensor self, IReadOnlyList<Tensor?> entries)
    {
        if (BackwardNode.For("IndexBackward0", self) is not { } node) return null;
        var savedEntries = SaveEntries(node, entries);
        long[] shape = self.Shape;
        return node.Formula(grad => [Torch.Zeros(shape, grad.DType, grad.Device).IndexPut_(Items(savedEntries), grad, accumulate: true)]);
    }

    /// <summary>
    /// index_put_: self ← grad, with the written positions zeroed unless the values were accumulated;
    /// values ← grad at the indexed positions, summed to the values' shape.
    /// </summary>
    public static GradFn? IndexPut(Tensor self, IReadOnlyList<Tensor?> entries, Tensor values, bool accumulate)
    {
        if (BackwardNode.For("IndexPutBackward0", self, values) is not { } node) return null;
        var savedEntries = SaveEntries(node, entries);
        long[] valuesShape = values.Shape;
        return node.Formula(grad =>
        {
            var items = Items(savedEntries);
            Tensor? selfGrad = null;
            if (node.NeedsInputGrad(0))
                selfGrad = accumulate ? grad : grad.IndexPut(items, Torch.Zeros([], grad.DType, grad.Device));
            return [selfGrad, node.NeedsInputGrad(1) ? SumTo(grad.Index(items), valuesShape) : null];
        });
    }

    static SavedTensor?[] SaveEntries(BackwardNode node, IReadOnlyList<Tensor?> entries) =>
        entries.Select(entry => entry is null ? null : node.Save(entry)).ToArray();

    /// <summary>The saved entries as an index expression: a full slice for each dimension left whole.</summary>
    static TensorIndex[] Items(SavedTensor?[] entries) =>
        Array.ConvertAll(entries, entry => entry is null ? TensorIndex.Slice() : (TensorIndex)entry.Value);
}
