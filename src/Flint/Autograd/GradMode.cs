namespace Flint.Autograd;

/// <summary>
/// Whether ops record the autograd graph, per thread (PyTorch's thread-local GradMode and InferenceMode). Every
/// thread starts with grad mode on, so a worker thread never inherits a caller's <c>NoGrad</c> by accident.
/// </summary>
internal static class GradMode
{
    // Stored negated so that a new thread's default (false) means "enabled".
    [ThreadStatic] static bool disabled;
    [ThreadStatic] static bool inference;
    [ThreadStatic] static long sequenceNumber;

    public static bool IsEnabled => !disabled;

    /// <summary>True inside <see cref="Torch.InferenceMode"/>: tensors made here are inference tensors.</summary>
    public static bool IsInference => inference;

    /// <summary>The next node's sequence number: later nodes run first when several are ready, as in PyTorch.</summary>
    public static long NextSequenceNumber() => sequenceNumber++;

    public static GradModeScope Set(bool enabled) => new(!enabled, inference);

    /// <summary>Inference mode turns grad mode off; leaving it (<c>enabled: false</c>) keeps the current grad mode.</summary>
    public static GradModeScope SetInference(bool enabled) => new(enabled || disabled, enabled);

    internal static (bool Disabled, bool Inference) Swap(bool newDisabled, bool newInference)
    {
        var previous = (disabled, inference);
        (disabled, inference) = (newDisabled, newInference);
        return previous;
    }
}

/// <summary>
/// A grad-mode scope (<see cref="Torch.NoGrad"/>, <see cref="Torch.EnableGrad"/>, <see cref="Torch.InferenceMode"/>):
/// sets the calling thread's mode and restores the previous one when disposed.
/// </summary>
public readonly struct GradModeScope : IDisposable
{
    // Stored as "disabled" so that a default scope restores the default mode.
    readonly bool previousDisabled;
    readonly bool previousInference;

    internal GradModeScope(bool disabled, bool inference) =>
        (previousDisabled, previousInference) = GradMode.Swap(disabled, inference);

    public void Dispose() => GradMode.Swap(previousDisabled, previousInference);
}
