namespace Flint.Autograd;

/// <summary>
/// The history of a base after an in-place op wrote through one of its views (PyTorch's <c>CopySlices</c>). The
/// base's gradient passes unchanged outside the view; inside it, it goes through the in-place op's node, whose first
/// input was the view's old value and whose other inputs keep their own edges.
/// </summary>
internal sealed class CopySlices : GradFn
{
    readonly Layout baseLayout;
    readonly Layout viewLayout;
    readonly GradFn inPlaceNode;

    public CopySlices(Tensor viewBase, Layout viewLayout, GradFn inPlaceNode)
        : base([viewBase.GradientEdge, .. inPlaceNode.NextEdges.AsSpan(1)])
    {
        baseLayout = viewBase.Layout;
        this.viewLayout = viewLayout;
        this.inPlaceNode = inPlaceNode;
    }

    public override string Name => "torch::autograd::CopySlices";

    internal override Tensor?[] Apply(Tensor?[] gradOutputs)
    {
        var grad = gradOutputs[0]!;
        // The base's gradient in a buffer laid out like the base, so that the view's layout finds its elements in it.
        var result = Tensor.EmptyWithLayout(baseLayout, Math.Max(baseLayout.StorageExtent(), viewLayout.StorageExtent()), grad.DType, grad.Device);
        result.Copy_(grad);
        var gradSlice = result.AsStrided(viewLayout.Shape.ToArray(), viewLayout.Strides.ToArray(), viewLayout.Offset);
        var viewGrads = inPlaceNode.Apply([gradSlice.Clone()]);
        if (viewGrads[0] is { } viewGrad) gradSlice.Copy_(viewGrad);
        else gradSlice.Zero_();
        var grads = new Tensor?[NextEdges.Length];
        grads[0] = result;
        Array.Copy(viewGrads, 1, grads, 1, grads.Length - 1);
        return grads;
    }

    internal override void ReleaseVariables() => inPlaceNode.ReleaseVariables();
}
