namespace Flint.Autograd;

/// <summary>
/// A node of the autograd graph: the backward of the op that produced a tensor, named as PyTorch
/// names it (<c>MulBackward0</c>). The engine and the formulas arrive with the autograd issue;
/// the tensor core only records and shows these nodes.
/// </summary>
public abstract class GradFn
{
    /// <summary>PyTorch's node name, e.g. <c>AddBackward0</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The nodes this one passes gradients to, with the input slot of each (PyTorch's <c>next_functions</c>).</summary>
    public IReadOnlyList<(GradFn? Function, int InputNumber)> NextFunctions { get; protected init; } = [];

    public override string ToString() => $"<{Name}>";
}
