namespace Flint.Autograd;

/// <summary>
/// The node at a leaf that requires grad: it adds the incoming gradient to the leaf's <see cref="Tensor.Grad"/>
/// (PyTorch's <c>AccumulateGrad</c>). The leaf's hooks run on this node, before the addition.
/// </summary>
public sealed class AccumulateGrad : GradFn
{
    internal AccumulateGrad(Tensor variable) : base([])
    {
        Variable = variable;
        // Accumulation runs as soon as it is ready, before any other node (PyTorch gives it the largest sequence number).
        SequenceNumber = long.MaxValue;
        SetOutputMetadata(0, variable);
    }

    public override string Name => "torch::autograd::AccumulateGrad";

    /// <summary>The leaf whose gradient this node accumulates.</summary>
    public Tensor Variable { get; }

    internal override Tensor?[] Apply(Tensor?[] gradOutputs)
    {
        if (gradOutputs[0] is { } incoming) Accumulate(incoming);
        return [];
    }

    /// <summary>
    /// The first gradient is stored as a copy (it may be shared with other leaves or the caller); later ones are added
    /// in place, or, when the backward pass builds a graph (grad mode on), out of place so that the sum keeps its history.
    /// </summary>
    void Accumulate(Tensor incoming)
    {
        lock (this)
        {
            if (Variable.Grad is not { } existing) Variable.Grad = incoming.Clone();
            else if (!GradMode.IsEnabled) existing.Add_(incoming);
            else Variable.Grad = existing + incoming;
        }
    }
}
