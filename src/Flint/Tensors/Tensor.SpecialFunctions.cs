using Flint.Backends;

namespace Flint;

/// <summary>
/// Sigmoid, logit and the special functions (erf, erfc, erfinv, lgamma, digamma). As the other float-valued ops,
/// integers and bools compute in the default float dtype and half types in float32, rounded once.
/// </summary>
public sealed partial class Tensor
{
    /// <summary><c>1 / (1 + exp(-x))</c>, rounded after each step as PyTorch's kernel.</summary>
    public Tensor Sigmoid() => FloatingUnary(UnaryOp.Sigmoid);

    /// <summary>
    /// <c>log(z / (1 - z))</c>, where z is x clamped to [eps, 1 - eps] (bounds in x's dtype) when <paramref name="eps"/>
    /// is given and not negative.
    /// </summary>
    public Tensor Logit(double? eps = null)
    {
        var input = To(FloatingResult());
        if (input.DType is DType.Float16 or DType.BFloat16) return input.Float().Logit(eps).To(input.DType);
        var z = input;
        if (eps is { } bound && bound >= 0)
        {
            var low = Torch.Full([], bound, input.DType);
            z = input.Clamp(low, Binary(BinaryOp.Sub, 1, low, "logit"));
        }
        return z.Div(Binary(BinaryOp.Sub, 1, z, "logit")).Log();
    }

    public Tensor Erf() => FloatingUnary(UnaryOp.Erf);
    public Tensor Erfc() => FloatingUnary(UnaryOp.Erfc);

    /// <summary>The inverse of erf on (-1, 1); ±inf at ±1 and NaN outside.</summary>
    public Tensor Erfinv() => FloatingUnary(UnaryOp.Erfinv);

    /// <summary>log |Γ(x)|; +inf at zero and the negative integers.</summary>
    public Tensor Lgamma() => FloatingUnary(UnaryOp.Lgamma);

    /// <summary>Γ'(x) / Γ(x); ∓inf at ±0 and NaN at the negative integers, as PyTorch's kernel.</summary>
    public Tensor Digamma() => FloatingUnary(UnaryOp.Digamma);

    public Tensor Sigmoid_() => FloatingUnary_(UnaryOp.Sigmoid, "sigmoid_");
    public Tensor Logit_(double? eps = null) => Assign(Logit(eps), "logit_");
    public Tensor Erf_() => FloatingUnary_(UnaryOp.Erf, "erf_");
    public Tensor Erfc_() => FloatingUnary_(UnaryOp.Erfc, "erfc_");
    public Tensor Erfinv_() => FloatingUnary_(UnaryOp.Erfinv, "erfinv_");
    public Tensor Lgamma_() => FloatingUnary_(UnaryOp.Lgamma, "lgamma_");
    public Tensor Digamma_() => FloatingUnary_(UnaryOp.Digamma, "digamma_");

    /// <summary>
    /// Writes a composite op's <paramref name="result"/> into this tensor, after PyTorch's checks on an in-place
    /// output (the result dtype casts to this one, the shapes agree).
    /// </summary>
    Tensor Assign(Tensor result, string name)
    {
        CheckOutput(result.Layout.ShapeArray, result.DType, name);
        result.Storage.CopyTo(result.Layout, Storage, Layout);
        MarkModified();
        return this;
    }
}
