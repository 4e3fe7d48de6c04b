using Flint.Autograd;

namespace Flint;

/// <summary>
/// Autograd state of a tensor: a leaf may require grad and accumulates <see cref="Grad"/>; a tensor computed from
/// tensors that require grad has a <see cref="GradFn"/> (PyTorch's <c>grad_fn</c>) and passes gradients back to them.
/// </summary>
public sealed partial class Tensor
{
    bool requiresGrad;
    GradFn? gradFn;
    AccumulateGrad? gradAccumulator;
    Tensor? grad;
    bool retainsGrad;
    readonly bool inference;
    // For views: how they were made, and the version at which their history was last set. Another in-place write
    // through the shared storage makes that history stale: GradFn then regenerates it from the base.
    ViewCreation viewCreation;
    int viewVersion;

    /// <summary>
    /// True for a leaf marked to require grad, and for every tensor computed from one while grad mode was on.
    /// Only leaves may be changed: setting it on a computed tensor to false fails as in PyTorch.
    /// </summary>
    public bool RequiresGrad
    {
        get => requiresGrad || GradFn is not null || (viewCreation != ViewCreation.None && Base!.RequiresGrad);
        set
        {
            if (!IsLeaf)
            {
                if (value) return;
                throw new InvalidOperationException(
                    "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph " +
                    "that doesn't require differentiation use var_no_grad = var.detach().");
            }
            if (value && !DType.IsFloatingPoint())
                throw new InvalidOperationException("Only Tensors of floating point dtype can require gradients");
            if (value && inference && !GradMode.IsInference)
                throw new InvalidOperationException("Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.");
            requiresGrad = value;
        }
    }

    /// <summary>Sets <see cref="RequiresGrad"/> in place and returns this tensor.</summary>
    public Tensor RequiresGrad_(bool requiresGrad = true)
    {
        RequiresGrad = requiresGrad;
        return this;
    }

    /// <summary>The gradient accumulated by backward passes (leaves, and tensors that <see cref="RetainGrad"/>), or null.</summary>
    public Tensor? Grad
    {
        get => grad;
        set
        {
            if (value is not null)
            {
                if (value.DType != DType) throw new ArgumentException("assigned grad has data of a different type");
                if (value.Shape != Shape) throw new ArgumentException("assigned grad has data of a different size");
                if (value.Device != Device) throw new ArgumentException("assigned grad has data located on a different device");
            }
            grad = value;
        }
    }

    /// <summary>The backward node of the op that made this tensor, or null for leaves.</summary>
    public GradFn? GradFn => Base is not null && viewVersion != VersionCounter.Version ? RegenerateViewHistory() : gradFn;

    public bool IsLeaf => GradFn is null;

    /// <summary>Which output of <see cref="GradFn"/> this tensor is (PyTorch's <c>output_nr</c>).</summary>
    internal int OutputNumber { get; private set; }

    /// <summary>True for a tensor made inside <see cref="Torch.InferenceMode"/> (and views of one).</summary>
    public bool IsInference() => inference;

    /// <summary>Whether a non-leaf keeps its gradient in <see cref="Grad"/> (see <see cref="RetainGrad"/>).</summary>
    public bool RetainsGrad => retainsGrad;

    /// <summary>Makes a non-leaf keep its gradient in <see cref="Grad"/> during backward passes; a no-op on leaves.</summary>
    public void RetainGrad()
    {
        if (!RequiresGrad) throw new InvalidOperationException("can't retain_grad on Tensor that has requires_grad=False");
        if (IsLeaf || retainsGrad) return;
        GradFn!.RetainGrad(OutputNumber, this);
        retainsGrad = true;
    }

    /// <summary>
    /// Registers <paramref name="hook"/> to see this tensor's gradient during backward passes; it may return a
    /// replacement, or null to keep the gradient. Dispose or <see cref="RemovableHandle.Remove"/> the handle to remove it.
    /// </summary>
    public RemovableHandle RegisterHook(Func<Tensor, Tensor?> hook)
    {
        if (!RequiresGrad) throw new InvalidOperationException("cannot register a hook on a tensor that doesn't require gradient");
        return IsLeaf ? GradAccumulator().AddPreHook(0, hook) : GradFn!.AddPreHook(OutputNumber, hook);
    }

    /// <summary>
    /// Computes the gradient of this tensor with respect to the graph leaves and accumulates it into their
    /// <see cref="Grad"/>. A non-scalar tensor needs <paramref name="gradient"/>; <paramref name="retainGraph"/>
    /// defaults to <paramref name="createGraph"/>; <paramref name="inputs"/> limits accumulation to those tensors.
    /// </summary>
    public void Backward(Tensor? gradient = null, bool? retainGraph = null, bool createGraph = false, Tensor[]? inputs = null) =>
        Torch.Autograd.Backward([this], gradient is null ? null : [gradient], retainGraph, createGraph, inputs);

    /// <summary>A tensor sharing this one's elements (and version counter) without its history; it does not require grad.</summary>
    public Tensor Detach() => new(Storage, Layout, VersionCounter, inference);

    /// <summary>Makes this tensor a leaf that does not require grad. Views cannot be detached in place.</summary>
    public Tensor Detach_()
    {
        if (viewCreation is ViewCreation.Default or ViewCreation.NoGrad or ViewCreation.Inference)
            throw new InvalidOperationException(
                "Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, and " +
                "gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these " +
                "gradients. To fix this error, please refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution.");
        viewCreation = ViewCreation.None;
        gradFn = null;
        OutputNumber = 0;
        requiresGrad = false;
        return this;
    }

    /// <summary>Where this tensor's gradient goes: its node and output, a leaf's accumulator, or nowhere.</summary>
    internal Edge GradientEdge => GradFn is { } node ? new Edge(node, OutputNumber) : RequiresGrad ? new Edge(GradAccumulator(), 0) : default;

    /// <summary>The node that accumulates a leaf's gradient, made once.</summary>
    internal AccumulateGrad GradAccumulator()
    {
        if (gradAccumulator is null) Interlocked.CompareExchange(ref gradAccumulator, new AccumulateGrad(this), null);
        return gradAccumulator;
    }

    /// <summary>Makes this tensor output <paramref name="output"/> of <paramref name="node"/>.</summary>
    internal void SetHistory(GradFn node, int output)
    {
        if (retainsGrad) gradFn?.StopRetainingGrad(OutputNumber);
        gradFn = node;
        OutputNumber = output;
        viewVersion = VersionCounter.Version;
        node.SetOutputMetadata(output, this);
        node.OnOutputAttached(output, this);
        if (retainsGrad) node.RetainGrad(output, this);
    }

    /// <summary>Attaches a just-computed result to the node that records its op (nothing when none was recorded).</summary>
    internal Tensor WithHistory(GradFn? node)
    {
        // Integer and bool results are never differentiable.
        if (node is not null && DType.IsFloatingPoint()) SetHistory(node, 0);
        return this;
    }

    /// <summary>
    /// Attaches the outputs of a multi-output view op (<c>unbind</c>, <c>split</c>), made without recording, to its one
    /// node, and marks them as such views whether or not anything is recorded (as PyTorch's creation meta does).
    /// </summary>
    internal static Tensor[] WithHistory(Tensor[] outputs, GradFn? node)
    {
        var creation = GradMode.IsInference ? ViewCreation.Inference : GradMode.IsEnabled ? ViewCreation.MultipleOutputs : ViewCreation.NoGrad;
        for (int i = 0; i < outputs.Length; i++)
        {
            outputs[i].viewCreation = creation;
            if (node is not null && outputs[i].DType.IsFloatingPoint()) outputs[i].SetHistory(node, i);
        }
        return outputs;
    }

    /// <summary>Attaches the outputs of a multi-output op that makes new tensors (var_mean, std_mean) to its one node.</summary>
    internal static void AttachOutputs(GradFn? node, params Tensor[] outputs)
    {
        if (node is null) return;
        for (int i = 0; i < outputs.Length; i++) outputs[i].SetHistory(node, i);
    }

    /// <summary>
    /// Runs <paramref name="compute"/> without recording: the out-of-place form of an in-place op (scatter beside
    /// scatter_) writes into a copy this way, then records one node on this tensor, as PyTorch records it.
    /// </summary>
    internal static Tensor WithoutRecording(Func<Tensor> compute)
    {
        using (GradMode.Set(false)) return compute();
    }

    internal ViewCreation ViewCreation => viewCreation;

    void InitializeViewHistory()
    {
        viewCreation = GradMode.IsInference ? ViewCreation.Inference : GradMode.IsEnabled ? ViewCreation.Default : ViewCreation.NoGrad;
        viewVersion = VersionCounter.Version;
    }

    /// <summary>After an in-place write through this view, its history is regenerated from the base's new one.</summary>
    internal void InvalidateViewHistory() => viewVersion = -1;

    /// <summary>
    /// PyTorch's lazy view regeneration: when the shared storage was written in place after this view's history
    /// was set, the view's gradient flows through the base's current history, as an <c>AsStridedBackward0</c>.
    /// </summary>
    GradFn? RegenerateViewHistory()
    {
        viewVersion = VersionCounter.Version;
        if (viewCreation is ViewCreation.Default or ViewCreation.MultipleOutputs && Base!.RequiresGrad)
        {
            // Regenerated whatever the current grad mode: the write that made it stale was recorded.
            using (GradMode.Set(true)) gradFn = Derivatives.AsStrided(Base, Layout);
            OutputNumber = 0;
            gradFn!.SetOutputMetadata(0, this);
        }
        return gradFn;
    }

    /// <summary>A fresh tensor with <paramref name="layout"/> over a new storage of <paramref name="count"/> elements.</summary>
    internal static Tensor EmptyWithLayout(Layout layout, long count, DType dtype, Device device) =>
        new(Backends.BackendRegistry.Get(device).Allocate(dtype, count, zeroed: false), layout);

    /// <summary>
    /// This tensor as it is before an in-place op: the same history, and (with <paramref name="keepValue"/>) a copy
    /// of the values, for formulas that read the input an in-place op overwrites.
    /// </summary>
    internal Tensor SnapshotBeforeInPlace(bool keepValue)
    {
        Tensor snapshot;
        if (keepValue)
        {
            using (GradMode.Set(false)) snapshot = Clone();
        }
        else snapshot = new Tensor(Storage, Layout, VersionCounter, inference);
        snapshot.gradFn = GradFn;
        snapshot.OutputNumber = OutputNumber;
        return snapshot;
    }
}
