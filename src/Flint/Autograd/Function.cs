namespace Flint.Autograd;

/// <summary>
/// A custom differentiable op with one output (PyTorch's <c>torch.autograd.Function</c>): override
/// <see cref="Forward"/> (it runs without recording) and <see cref="Backward"/>, then call <c>MyOp.Apply(x, y)</c>.
/// Non-tensor arguments go in fields: <c>new Scale { Factor = 2 }.Invoke(x)</c>. A function whose backward is built
/// from differentiable ops can itself be differentiated again.
/// </summary>
/// <example><code>
/// sealed class Exp : Function&lt;Exp&gt;
/// {
///     public override Tensor Forward(FunctionContext ctx, params Tensor[] inputs)
///     {
///         var result = inputs[0].Exp();
///         ctx.SaveForBackward(result);
///         return result;
///     }
///     public override Tensor?[] Backward(FunctionContext ctx, Tensor gradOutput) => [gradOutput * ctx.SavedTensors[0]!];
/// }
/// var y = Exp.Apply(x);
/// </code></example>
public abstract class Function<TSelf> where TSelf : Function<TSelf>, new()
{
    public abstract Tensor Forward(FunctionContext ctx, params Tensor[] inputs);

    /// <summary>One gradient per input of <see cref="Forward"/> (null for none).</summary>
    public abstract Tensor?[] Backward(FunctionContext ctx, Tensor gradOutput);

    /// <summary>Runs the function on <paramref name="inputs"/>, recording it when an input requires grad.</summary>
    public static Tensor Apply(params Tensor[] inputs) => new TSelf().Invoke(inputs);

    /// <summary>Runs this instance (whose fields may hold non-tensor arguments) on <paramref name="inputs"/>.</summary>
    public Tensor Invoke(params Tensor[] inputs) =>
        CustomFunction.Run(typeof(TSelf).Name, inputs, (ctx, x) => [Forward(ctx, x)], (ctx, grads) => Backward(ctx, grads[0]!))[0];
}

/// <summary>A custom differentiable op with several outputs; outputs that get no gradient pass zeros to <see cref="Backward"/>.</summary>
public abstract class MultiOutputFunction<TSelf> where TSelf : MultiOutputFunction<TSelf>, new()
{
    public abstract Tensor[] Forward(FunctionContext ctx, params Tensor[] inputs);

    public abstract Tensor?[] Backward(FunctionContext ctx, Tensor?[] gradOutputs);

    public static Tensor[] Apply(params Tensor[] inputs) => new TSelf().Invoke(inputs);

    public Tensor[] Invoke(params Tensor[] inputs) => CustomFunction.Run(typeof(TSelf).Name, inputs, Forward, Backward);
}

/// <summary>
/// What <c>Forward</c> tells <c>Backward</c> (PyTorch's <c>ctx</c>): tensors saved for the backward pass (checked for
/// in-place changes when read), which inputs need gradients, and which outputs are not differentiable.
/// </summary>
public sealed class FunctionContext
{
    Tensor?[] toSave = [];
    SavedTensor?[]? saved;
    readonly List<Tensor> nonDifferentiable = [];
    readonly List<Tensor> dirty = [];

    internal FunctionContext(bool[] needsInputGrad) => NeedsInputGrad = needsInputGrad;

    /// <summary>Whether each input requires a gradient (PyTorch's <c>needs_input_grad</c>).</summary>
    public IReadOnlyList<bool> NeedsInputGrad { get; }

    /// <summary>Whether outputs without a gradient reach <c>Backward</c> as zeros (the default) or as null.</summary>
    public bool MaterializeGrads { get; set; } = true;

    /// <summary>Saves inputs or outputs for <c>Backward</c>; call it once, in <c>Forward</c>.</summary>
    public void SaveForBackward(params Tensor?[] tensors) => toSave = tensors;

    /// <summary>The saved tensors, each checked against the version it had when <c>Forward</c> returned.</summary>
    public Tensor?[] SavedTensors => saved is null ? toSave : Array.ConvertAll(saved, s => s?.Value);

    /// <summary>Marks outputs that get no gradient (they do not require grad).</summary>
    public void MarkNonDifferentiable(params Tensor[] outputs) => nonDifferentiable.AddRange(outputs);

    /// <summary>Marks inputs that <c>Forward</c> modified in place (and returns as outputs).</summary>
    public void MarkDirty(params Tensor[] inputs) => dirty.AddRange(inputs);

    internal bool IsNonDifferentiable(Tensor output) => nonDifferentiable.Exists(t => ReferenceEquals(t, output));

    internal bool IsDirty(Tensor input) => dirty.Exists(t => ReferenceEquals(t, input));

    /// <summary>Turns the tensors to save into version-checked saved tensors, once the outputs have their history.</summary>
    internal void FreezeSaved() => saved = Array.ConvertAll(toSave, t => t is null ? null : SavedTensor.Input(t));

    internal void Release()
    {
        foreach (var entry in saved ?? []) entry?.Release();
    }
}

/// <summary>Runs custom functions and records their node, named <c>{Type}Backward</c> as PyTorch names it.</summary>
internal static class CustomFunction
{
    public static Tensor[] Run(string name, Tensor[] inputs, Func<FunctionContext, Tensor[], Tensor[]> forward,
        Func<FunctionContext, Tensor?[], Tensor?[]> backward)
    {
        var needsInputGrad = Array.ConvertAll(inputs, x => x.RequiresGrad);
        var ctx = new FunctionContext(needsInputGrad);
        Tensor[] outputs;
        using (GradMode.Set(false)) outputs = forward(ctx, inputs);
        if (!GradMode.IsEnabled || !Array.Exists(needsInputGrad, n => n)) return outputs;

        var node = new FunctionNode(name + "Backward", Array.ConvertAll(inputs, x => x.GradientEdge), ctx, backward, inputs.Length);
        for (int i = 0; i < outputs.Length; i++)
        {
            var output = outputs[i];
            bool isInput = Array.Exists(inputs, x => ReferenceEquals(x, output));
            if (isInput && ctx.IsDirty(output))
            {
                if (output.IsLeaf && output.RequiresGrad)
                    throw new InvalidOperationException("a leaf Variable that requires grad has been used in an in-place operation.");
            }
            // An input returned as it is becomes a view of itself, so that it can carry this node's history.
            else if (isInput) outputs[i] = output = output.ViewWith(output.Layout);
            node.SetOutputMetadata(i, output);
            if (!ctx.IsNonDifferentiable(output) && output.IsFloatingPoint) output.SetHistory(node, i);
        }
        ctx.FreezeSaved();
        return outputs;
    }

    sealed class FunctionNode(string name, Edge[] edges, FunctionContext ctx, Func<FunctionContext, Tensor?[], Tensor?[]> backward, int inputCount)
        : GradFn(edges)
    {
        public override string Name => name;

        internal override Tensor?[] Apply(Tensor?[] gradOutputs)
        {
            var grads = (Tensor?[])gradOutputs.Clone();
            if (ctx.MaterializeGrads)
                for (int i = 0; i < grads.Length; i++)
                {
                    var metadata = OutputMetadata(i);
                    grads[i] ??= Torch.Zeros(metadata.Shape, metadata.DType, metadata.Device);
                }
            var inputGrads = backward(ctx, grads);
            if (inputGrads.Length != inputCount)
                throw new InvalidOperationException($"function {name} returned an incorrect number of gradients (expected {inputCount}, got {inputGrads.Length})");
            return inputGrads;
        }

        internal override void ReleaseVariables() => ctx.Release();
    }
}
