namespace Flint.Autograd;

/// <summary>
/// A node of the autograd graph: the backward of the op that produced one or more tensors, named as PyTorch names
/// it (<c>MulBackward0</c>). It receives the gradients of the op's outputs and returns one gradient per input of the
/// op, which the engine passes along <see cref="NextFunctions"/>.
/// </summary>
public abstract class GradFn
{
    readonly Edge[] nextEdges;
    TensorMetadata[] outputs = [];
    List<(int Output, Func<Tensor, Tensor?> Hook, object Key)>? preHooks;
    Dictionary<int, WeakReference<Tensor>>? retainedGrads;

    internal GradFn(Edge[] nextEdges)
    {
        this.nextEdges = nextEdges;
        SequenceNumber = GradMode.NextSequenceNumber();
    }

    /// <summary>PyTorch's node name, e.g. <c>AddBackward0</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The nodes this one passes gradients to, with the input slot of each (PyTorch's <c>next_functions</c>).</summary>
    public IReadOnlyList<(GradFn? Function, int InputNumber)> NextFunctions =>
        Array.ConvertAll(nextEdges, edge => (edge.Function, edge.InputNumber));

    internal Edge[] NextEdges => nextEdges;

    /// <summary>Creation order on the creating thread; among ready nodes the engine runs the latest first.</summary>
    internal long SequenceNumber { get; init; }

    /// <summary>Whether the op's input <paramref name="index"/> wants a gradient (PyTorch's <c>needs_input_grad</c>).</summary>
    internal bool NeedsInputGrad(int index) => nextEdges[index].Function is not null;

    /// <summary>Gradients of the op's inputs (null where none is needed) from those of its outputs.</summary>
    internal abstract Tensor?[] Apply(Tensor?[] gradOutputs);

    /// <summary>Frees what the formula saved; a later <see cref="Apply"/> that needs it fails with PyTorch's message.</summary>
    internal virtual void ReleaseVariables() { }

    internal int OutputCount => outputs.Length;

    /// <summary>Shape, dtype and device of the op's output <paramref name="index"/>: what its gradient must have.</summary>
    internal TensorMetadata OutputMetadata(int index) => outputs[index];

    internal void SetOutputMetadata(int index, Tensor output)
    {
        if (index >= outputs.Length) Array.Resize(ref outputs, index + 1);
        outputs[index] = new TensorMetadata(output.Shape.ToArray(), output.DType, output.Device);
    }

    /// <summary>Called when <paramref name="output"/> becomes output <paramref name="index"/>: nodes that save their outputs keep it.</summary>
    internal virtual void OnOutputAttached(int index, Tensor output) { }

    /// <summary>A tensor hook on output <paramref name="output"/>: it sees (and may replace) that output's gradient.</summary>
    internal RemovableHandle AddPreHook(int output, Func<Tensor, Tensor?> hook)
    {
        var key = new object();
        lock (this) (preHooks ??= []).Add((output, hook, key));
        return new RemovableHandle(() =>
        {
            lock (this) preHooks!.RemoveAll(entry => entry.Key == key);
        });
    }

    /// <summary>Stores output <paramref name="output"/>'s gradient into <paramref name="tensor"/>'s <c>Grad</c> (<c>retain_grad</c>).</summary>
    internal void RetainGrad(int output, Tensor tensor)
    {
        lock (this) (retainedGrads ??= [])[output] = new WeakReference<Tensor>(tensor);
    }

    internal void StopRetainingGrad(int output)
    {
        lock (this) retainedGrads?.Remove(output);
    }

    /// <summary>Runs the tensor hooks in registration order, then stores retained gradients (PyTorch 1.13 runs those last).</summary>
    internal void RunPreHooks(Tensor?[] gradOutputs)
    {
        if (preHooks is null && retainedGrads is null) return;
        (int Output, Func<Tensor, Tensor?> Hook, object Key)[] hooks;
        KeyValuePair<int, WeakReference<Tensor>>[] retained;
        lock (this)
        {
            hooks = preHooks?.ToArray() ?? [];
            retained = retainedGrads?.ToArray() ?? [];
        }
        foreach (var (output, hook, _) in hooks)
            if (gradOutputs[output] is { } grad && hook(grad) is { } replaced) gradOutputs[output] = replaced;
        foreach (var (output, target) in retained)
            if (gradOutputs[output] is { } grad && target.TryGetTarget(out var tensor))
                tensor.Grad = tensor.Grad is null ? grad.Clone() : tensor.Grad + grad;
    }

    public override string ToString() => $"<{Name}>";
}

/// <summary>An input of a backward node: the node that receives a gradient, and which of its inputs that is.</summary>
internal readonly record struct Edge(GradFn? Function, int InputNumber);

/// <summary>What a gradient must look like: the shape, dtype and device of the tensor it belongs to.</summary>
internal readonly record struct TensorMetadata(long[] Shape, DType DType, Device Device);

/// <summary>Removes a registered hook (PyTorch's <c>RemovableHandle</c>); disposing it does the same.</summary>
public sealed class RemovableHandle : IDisposable
{
    Action? remove;

    internal RemovableHandle(Action remove) => this.remove = remove;

    public void Remove() => Interlocked.Exchange(ref remove, null)?.Invoke();

    public void Dispose() => Remove();
}
