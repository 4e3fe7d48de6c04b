using Flint.Backends;

namespace Flint;

/// <summary>
/// clamp (alias clip), clamp_min, clamp_max and relu. Bounds are tensors or C# numbers (which become wrapped numbers,
/// ranked as Python scalars in type promotion): <c>x.Clamp(0, 1)</c>, <c>x.Clamp(min: lower)</c>. As in PyTorch,
/// the result is <c>min(max(x, min), max)</c> (so <c>max</c> wins where min &gt; max), NaN in x stays NaN, a NaN
/// tensor bound gives NaN and a NaN number bounds nothing.
/// </summary>
public sealed partial class Tensor
{
    public Tensor Clamp(Tensor? min = null, Tensor? max = null) => ClampBetween(min, max, "clamp", null);

    public Tensor Clip(Tensor? min = null, Tensor? max = null) => ClampBetween(min, max, "clip", null);

    public Tensor ClampMin(Tensor min) => ClampBetween(min, null, "clamp_min", null);

    public Tensor ClampMax(Tensor max) => ClampBetween(null, max, "clamp_max", null);

    public Tensor Clamp_(Tensor? min = null, Tensor? max = null) => ClampBetween(min, max, "clamp_", this);

    public Tensor Clip_(Tensor? min = null, Tensor? max = null) => ClampBetween(min, max, "clip_", this);

    public Tensor ClampMin_(Tensor min) => ClampBetween(min, null, "clamp_min_", this);

    public Tensor ClampMax_(Tensor max) => ClampBetween(null, max, "clamp_max_", this);

    /// <summary><c>max(x, 0)</c> in x's dtype; -0 and NaN are kept, as PyTorch's clamp_min(x, 0).</summary>
    public Tensor Relu() => Relu(null);

    public Tensor Relu_() => Relu(this);

    Tensor Relu(Tensor? output)
    {
        if (DType == DType.Bool) throw new ArgumentException("Boolean inputs not supported for relu");
        return Execute(BinaryOp.ClampMin, null, this, ScalarOperand(0, DType, Device), DType, output is null ? "relu" : "relu_", output);
    }

    Tensor ClampBetween(Tensor? min, Tensor? max, string name, Tensor? output)
    {
        if (min is null && max is null) throw new ArgumentException("torch.clamp: At least one of 'min' or 'max' must not be None");
        Tensor[] operands = [this, .. min is null ? Array.Empty<Tensor>() : [min], .. max is null ? Array.Empty<Tensor>() : [max]];
        DType result = TypePromotion.ResultType(operands);
        if (result == DType.Bool)
        {
            bool numbers = (min?.IsWrappedNumber ?? true) && (max?.IsWrappedNumber ?? true);
            throw NotImplemented(max is null ? "clamp_min_cpu" : min is null ? "clamp_max_cpu" : numbers ? "clamp_scalar_cpu" : "clamp_cpu", result);
        }
        if (output is not null && !Torch.CanCast(result, output.DType))
            throw new ArgumentException($"{name}: result type {result.ScalarTypeName()} can't be cast to the desired output type {TypeMeta.Name(output.DType)}");
        Tensor? lower = IsNaNNumber(min) ? null : min, upper = IsNaNNumber(max) ? null : max;
        if (lower is null && upper is null) return output is null ? To(result, copy: true) : output.Assign(this, name);
        var clamped = lower is null ? this : Execute(BinaryOp.ClampMin, null, this, lower, result, name, upper is null ? output : null);
        return upper is null ? clamped : Execute(BinaryOp.ClampMax, null, clamped, upper, result, name, output);
    }

    static bool IsNaNNumber(Tensor? bound) => bound is { IsWrappedNumber: true } && double.IsNaN(bound.Item<double>());
}
