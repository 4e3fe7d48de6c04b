namespace Flint.Autograd;

/// <summary>
/// Every backward formula, one small method per op (PyTorch's derivatives.yaml, written out): each builds the op's
/// node, saves what its formula reads, and gives the formula in differentiable tensor ops, so that a backward pass
/// with <c>createGraph</c> records a graph of its own and higher derivatives come for free. A method returns null
/// when nothing is recorded. This file holds the helpers the formulas share.
/// </summary>
internal static partial class Derivatives
{
    /// <summary>Sums <paramref name="grad"/> over the dimensions broadcasting added or stretched, back to <paramref name="shape"/>.</summary>
    public static Tensor SumTo(Tensor grad, ReadOnlySpan<long> shape)
    {
        var gradShape = grad.Layout.Shape;
        if (gradShape.SequenceEqual(shape)) return grad;
        int lead = gradShape.Length - shape.Length;
        var dims = new List<int>();
        for (int d = 0; d < gradShape.Length; d++)
            if (d < lead || (shape[d - lead] == 1 && gradShape[d] != 1)) dims.Add(d);
        var summed = dims.Count == 0 ? grad : grad.Sum(dims.ToArray(), keepdim: true);
        return summed.Reshape(shape.ToArray());
    }

    /// <summary>Whether a tensor of <paramref name="shape"/> broadcasts to <paramref name="target"/>.</summary>
    public static bool IsExpandable(ReadOnlySpan<long> shape, ReadOnlySpan<long> target)
    {
        int lead = target.Length - shape.Length;
        if (lead < 0) return false;
        for (int d = 0; d < shape.Length; d++)
            if (shape[d] != 1 && shape[d] != target[d + lead]) return false;
        return true;
    }

    /// <summary>
    /// <c>where(condition, whenTrue, whenFalse)</c> that never computes with the elements it does not select, so an
    /// inf or NaN there cannot leak (as arithmetic masking would: 0 * inf = NaN). Built from clone and index_put_,
    /// both differentiable.
    /// </summary>
    public static Tensor Where(Tensor condition, Tensor whenTrue, Tensor whenFalse)
    {
        long[] shape = Broadcasting.BroadcastShapes(Broadcasting.BroadcastShapes(condition.Layout.Shape, whenTrue.Layout.Shape), whenFalse.Layout.Shape);
        DType dtype = TypePromotion.ResultType([whenTrue, whenFalse]);
        var mask = condition.Expand(shape);
        var result = whenFalse.To(dtype).Expand(shape).Clone();
        result.IndexPut_([mask], whenTrue.To(dtype).Expand(shape).Index(mask));
        return result;
    }

    /// <summary>The sign as a tensor of <paramref name="x"/>'s dtype: -1, 0 or 1, and 0 for NaN (PyTorch's <c>sgn</c> of reals).</summary>
    public static Tensor Sign(Tensor x) => (x > 0).To(x.DType) - (x < 0).To(x.DType);

    /// <summary>Which of <paramref name="rank"/> dimensions <paramref name="dims"/> reduces (all of them when empty).</summary>
    public static bool[] ReducedDims(int[] dims, int rank)
    {
        var reduced = new bool[rank];
        if (dims.Length == 0) Array.Fill(reduced, true);
        foreach (int dim in dims)
            if (rank > 0) reduced[Tensor.WrapDim(dim, rank)] = true;
        return reduced;
    }

    /// <summary>A reduction's result (or gradient) with its reduced dimensions back as size 1 (PyTorch's <c>unsqueeze_multiple</c>).</summary>
    public static Tensor RestoreReducedDims(Tensor reducedResult, bool[] reduced, bool keepdim)
    {
        if (keepdim) return reducedResult;
        for (int d = 0; d < reduced.Length; d++)
            if (reduced[d]) reducedResult = reducedResult.Unsqueeze(d);
        return reducedResult;
    }

    /// <summary>A node for an op whose derivative PyTorch does not implement: backward through it fails with PyTorch's message.</summary>
    static GradFn? NotImplemented(string op, params ReadOnlySpan<Tensor?> inputs) =>
        BackwardNode.For("torch::autograd::NotImplemented", inputs)?.Formula(_ =>
            throw new InvalidOperationException($"derivative for aten::{op} is not implemented"));
}
