namespace Flint.Autograd;

/// <summary>
/// A tensor a backward formula needs (PyTorch's <c>SavedVariable</c>): it remembers the tensor's version when saved,
/// so that using it after an in-place change fails instead of giving a wrong gradient, and it is freed once the
/// node has run (unless the graph is retained).
/// </summary>
internal sealed class SavedTensor
{
    Tensor? tensor;
    int version;
    bool released;
    // Where the tensor came from when saved, for the error message: "output 0 of ExpBackward0".
    GradFn? producer;
    int producerOutput;

    SavedTensor(Tensor tensor)
    {
        if (tensor.IsInference())
            throw new InvalidOperationException(
                "Inference tensors cannot be saved for backward. To work around you can make a clone to get a normal tensor and use it in autograd.");
        this.tensor = tensor;
        version = tensor.Version;
        producer = tensor.GradFn;
        producerOutput = tensor.OutputNumber;
    }

    /// <summary>Saves an input of the op (or any tensor the formula reads).</summary>
    public static SavedTensor Input(Tensor tensor) => new(tensor);

    /// <summary>
    /// A slot for an output of the op, filled by <see cref="Fill"/> once the output has its history (its version
    /// then includes an in-place op's own write).
    /// </summary>
    public static SavedTensor Output() => new();

    SavedTensor() { }

    public void Fill(Tensor output)
    {
        tensor = output;
        version = output.Version;
        producer = output.GradFn;
        producerOutput = output.OutputNumber;
    }

    /// <summary>The saved tensor, checked against its version at save time.</summary>
    public Tensor Value
    {
        get
        {
            if (released) throw BackwardTwice();
            var saved = tensor ?? throw new InvalidOperationException("A saved output was read before the op that produces it finished.");
            if (saved.Version != version) throw ModifiedInPlace(saved);
            return saved;
        }
    }

    public void Release()
    {
        tensor = null;
        producer = null;
        released = true;
    }

    internal static InvalidOperationException BackwardTwice() => new(
        "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). " +
        "Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True " +
        "if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.");

    InvalidOperationException ModifiedInPlace(Tensor saved)
    {
        string origin = producer is null ? "" : $", which is output {producerOutput} of {producer.Name},";
        return new InvalidOperationException(
            $"one of the variables needed for gradient computation has been modified by an inplace operation: " +
            $"[torch.{saved.DType.ScalarTypeName()}Tensor {Shape.Format(saved.Layout.Shape)}]{origin} is at version {saved.Version}; " +
            $"expected version {version} instead. Hint: enable anomaly detection to find the operation that failed to compute its " +
            "gradient, with torch.autograd.set_detect_anomaly(True).");
    }
}
