namespace Flint.Autograd;

/// <summary>How a view was made, which decides whether an in-place write through it can be differentiated.</summary>
internal enum ViewCreation
{
    /// <summary>Not a view for autograd (never a view, or detached in place).</summary>
    None,
    /// <summary>Made with grad mode on: in-place writes rebase the base's history.</summary>
    Default,
    /// <summary>One of several outputs of one op (<c>unbind</c>, <c>split</c>): in-place writes are refused.</summary>
    MultipleOutputs,
    NoGrad,
    Inference,
}

/// <summary>
/// Recording an in-place op: PyTorch's guards before the write (<see cref="Begin"/>), then history rewriting after
/// it (<see cref="Finish"/>): the tensor becomes the output of the op's node, and when it is a view, its base
/// becomes the output of a <see cref="CopySlices"/> node that routes the view's part of the gradient through the op.
/// </summary>
internal static class InPlace
{
    /// <summary>
    /// Call before writing into <paramref name="self"/>. Returns null when nothing is recorded; otherwise
    /// <paramref name="self"/> as it is now (its history, and with <paramref name="keepValue"/> a copy of its values
    /// for formulas that read them), to pass to the op's formula as its input.
    /// </summary>
    public static Tensor? Begin(Tensor self, Tensor? other = null, bool keepValue = false)
    {
        if (self.IsInference() && !GradMode.IsInference)
            throw new InvalidOperationException(
                "Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone to get a normal tensor before " +
                "doing inplace update.See https://github.com/pytorch/rfcs/pull/17 for more details.");
        if (!GradMode.IsEnabled || !(self.RequiresGrad || (other is not null && other.RequiresGrad))) return null;
        CheckAllowed(self);
        return self.SnapshotBeforeInPlace(keepValue);
    }

    /// <summary>Call after the write with the node <see cref="Derivatives"/> built from <see cref="Begin"/>'s snapshot.</summary>
    public static Tensor Finish(Tensor self, GradFn? node)
    {
        if (node is null) return self;
        if (self.ViewCreation == ViewCreation.Default)
        {
            var viewBase = self.Base!;
            viewBase.SetHistory(new CopySlices(viewBase, self.Layout, node), 0);
            node.SetOutputMetadata(0, self);
            node.OnOutputAttached(0, self);
            self.InvalidateViewHistory();
        }
        else self.SetHistory(node, 0);
        return self;
    }

    /// <summary>PyTorch's <c>check_inplace</c> and <c>handle_view_on_rebase</c>, with their messages.</summary>
    static void CheckAllowed(Tensor self)
    {
        switch (self.ViewCreation)
        {
            case ViewCreation.MultipleOutputs:
                throw new InvalidOperationException(
                    $"Output {self.OutputNumber} of {self.GradFn?.Name} is a view and is being modified inplace. This view is the output of a " +
                    "function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should " +
                    "replace the inplace operation by an out-of-place one.");
            case ViewCreation.NoGrad:
                throw new InvalidOperationException(
                    "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is " +
                    "ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either " +
                    "both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).");
            case ViewCreation.Inference:
                throw new InvalidOperationException(
                    "A view was created in inference mode and is being modified inplace in normal mode. Given that this use case is " +
                    "ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either " +
                    "both inside the inference_mode block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).");
            case ViewCreation.Default when self.RequiresGrad && self.Base!.IsLeaf && self.Base.RequiresGrad:
                throw new InvalidOperationException("a view of a leaf Variable that requires grad is being used in an in-place operation.");
        }
        if (self.RequiresGrad && self.IsLeaf)
            throw new InvalidOperationException("a leaf Variable that requires grad is being used in an in-place operation.");
    }
}
