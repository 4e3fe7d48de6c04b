using Flint.Autograd;

namespace Flint;

/// <summary>Grad-mode scopes: <c>using (Torch.NoGrad()) { ... }</c>. Each applies to the calling thread only.</summary>
public static partial class Torch
{
    /// <summary>Ops inside the scope record no graph (PyTorch's <c>torch.no_grad()</c>).</summary>
    public static GradModeScope NoGrad() => GradMode.Set(false);

    /// <summary>Ops inside the scope record the graph again, e.g. within a <see cref="NoGrad"/> block.</summary>
    public static GradModeScope EnableGrad() => GradMode.Set(true);

    /// <summary>Sets grad mode now; disposing the returned scope restores the previous mode.</summary>
    public static GradModeScope SetGradEnabled(bool enabled) => GradMode.Set(enabled);

    public static bool IsGradEnabled() => GradMode.IsEnabled;

    /// <summary>
    /// No graph is recorded, and tensors made inside are inference tensors: they can never be saved for a backward
    /// pass nor written in place outside inference mode (PyTorch's <c>torch.inference_mode()</c>).
    /// </summary>
    public static GradModeScope InferenceMode(bool mode = true) => GradMode.SetInference(mode);

    public static bool IsInferenceModeEnabled() => GradMode.IsInference;
}
