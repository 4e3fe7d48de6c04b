namespace Flint.Autograd;

/// <summary>
/// The node every differentiable op records: PyTorch's name for it, an edge per input of the op, the tensors its
/// formula saved, and the formula itself (one small method of <see cref="Derivatives"/> builds each).
/// </summary>
internal sealed class BackwardNode : GradFn
{
    readonly string name;
    List<SavedTensor>? saved;
    List<(int Output, SavedTensor Slot)>? savedOutputs;
    Func<Tensor, Tensor?[]>? formula;
    Func<Tensor[], Tensor?[]>? multiOutputFormula;

    BackwardNode(string name, Edge[] edges) : base(edges) => this.name = name;

    public override string Name => name;

    /// <summary>
    /// A node for an op on <paramref name="inputs"/> (null stands for a C# scalar, which PyTorch wraps in a tensor
    /// that needs no gradient), or null when nothing is recorded: grad mode is off or no input requires grad.
    /// </summary>
    public static BackwardNode? For(string name, params ReadOnlySpan<Tensor?> inputs)
    {
        bool anyRequiresGrad = false;
        foreach (var input in inputs) anyRequiresGrad |= input is not null && input.RequiresGrad;
        if (!anyRequiresGrad || !GradMode.IsEnabled) return null;
        var edges = new Edge[inputs.Length];
        for (int i = 0; i < inputs.Length; i++) edges[i] = inputs[i]?.GradientEdge ?? default;
        return new BackwardNode(name, edges);
    }

    /// <summary>Saves <paramref name="tensor"/> for the formula.</summary>
    public SavedTensor Save(Tensor tensor)
    {
        var entry = SavedTensor.Input(tensor);
        (saved ??= []).Add(entry);
        return entry;
    }

    /// <summary>Saves <paramref name="tensor"/> only when <paramref name="needed"/> (PyTorch saves only what the gradients it computes read).</summary>
    public SavedTensor? SaveIf(bool needed, Tensor tensor) => needed ? Save(tensor) : null;

    /// <summary>Saves output <paramref name="index"/> of the op once it is attached to this node.</summary>
    public SavedTensor SaveOutput(int index = 0)
    {
        var entry = SavedTensor.Output();
        (saved ??= []).Add(entry);
        (savedOutputs ??= []).Add((index, entry));
        return entry;
    }

    /// <summary>Sets the formula of a single-output op: input gradients from the output gradient.</summary>
    public BackwardNode Formula(Func<Tensor, Tensor?[]> gradients)
    {
        formula = gradients;
        return this;
    }

    /// <summary>Sets the formula of a multi-output op; missing output gradients arrive as zeros.</summary>
    public BackwardNode MultiOutputFormula(Func<Tensor[], Tensor?[]> gradients)
    {
        multiOutputFormula = gradients;
        return this;
    }

    internal override void OnOutputAttached(int index, Tensor output)
    {
        if (savedOutputs is null) return;
        foreach (var (slotIndex, slot) in savedOutputs)
            if (slotIndex == index) slot.Fill(output);
    }

    internal override Tensor?[] Apply(Tensor?[] gradOutputs)
    {
        if (multiOutputFormula is not null) return multiOutputFormula(MaterializedGradients(gradOutputs));
        return gradOutputs[0] is { } grad ? formula!(grad) : new Tensor?[NextEdges.Length];
    }

    /// <summary>Outputs that received no gradient get zeros of their shape, as PyTorch's multi-output formulas expect.</summary>
    Tensor[] MaterializedGradients(Tensor?[] gradOutputs)
    {
        var grads = new Tensor[OutputCount];
        for (int i = 0; i < grads.Length; i++)
        {
            var metadata = OutputMetadata(i);
            grads[i] = i < gradOutputs.Length && gradOutputs[i] is { } grad ? grad : Torch.Zeros(metadata.Shape, metadata.DType, metadata.Device);
        }
        return grads;
    }

    internal override void ReleaseVariables()
    {
        foreach (var entry in saved ?? []) entry.Release();
    }
}
