using Flint.Backends;

namespace Flint;

/// <summary>
/// Exponentials, logarithms, powers of the input, trigonometric and hyperbolic functions. Integer and bool inputs
/// compute in the default float dtype, as in PyTorch; float16 and bfloat16 compute in float32 and round once. The
/// in-place forms refuse integer tensors (a float result cannot be cast to them).
/// </summary>
public sealed partial class Tensor
{
    public Tensor Exp2() => FloatingUnary(UnaryOp.Exp2);
    public Tensor Expm1() => FloatingUnary(UnaryOp.Expm1);
    public Tensor Log2() => FloatingUnary(UnaryOp.Log2);
    public Tensor Log10() => FloatingUnary(UnaryOp.Log10);
    public Tensor Log1p() => FloatingUnary(UnaryOp.Log1p);

    /// <summary><c>1 / sqrt(x)</c>, rounded twice as PyTorch computes it.</summary>
    public Tensor Rsqrt() => FloatingUnary(UnaryOp.Rsqrt);

    /// <summary><c>1 / x</c> in x's floating dtype (the default float dtype for integers and bools).</summary>
    public Tensor Reciprocal() => Reciprocal(this);

    /// <summary><c>x * x</c> in x's dtype; bool squares to Int64, as PyTorch's <c>pow(x, 2)</c>.</summary>
    public Tensor Square()
    {
        var input = DType == DType.Bool ? To(DType.Int64) : this;
        return input.Mul(input);
    }

    public Tensor Sin() => FloatingUnary(UnaryOp.Sin);
    public Tensor Cos() => FloatingUnary(UnaryOp.Cos);
    public Tensor Tan() => FloatingUnary(UnaryOp.Tan);
    public Tensor Asin() => FloatingUnary(UnaryOp.Asin);
    public Tensor Acos() => FloatingUnary(UnaryOp.Acos);
    public Tensor Atan() => FloatingUnary(UnaryOp.Atan);
    public Tensor Sinh() => FloatingUnary(UnaryOp.Sinh);
    public Tensor Cosh() => FloatingUnary(UnaryOp.Cosh);
    public Tensor Tanh() => FloatingUnary(UnaryOp.Tanh);
    public Tensor Asinh() => FloatingUnary(UnaryOp.Asinh);
    public Tensor Acosh() => FloatingUnary(UnaryOp.Acosh);
    public Tensor Atanh() => FloatingUnary(UnaryOp.Atanh);

    public Tensor Exp2_() => FloatingUnary_(UnaryOp.Exp2, "exp2_");
    public Tensor Expm1_() => FloatingUnary_(UnaryOp.Expm1, "expm1_");
    public Tensor Log2_() => FloatingUnary_(UnaryOp.Log2, "log2_");
    public Tensor Log10_() => FloatingUnary_(UnaryOp.Log10, "log10_");
    public Tensor Log1p_() => FloatingUnary_(UnaryOp.Log1p, "log1p_");
    public Tensor Rsqrt_() => FloatingUnary_(UnaryOp.Rsqrt, "rsqrt_");
    public Tensor Reciprocal_() => Assign(Reciprocal(), "reciprocal_");
    public Tensor Square_() => Mul_(this);
    public Tensor Sin_() => FloatingUnary_(UnaryOp.Sin, "sin_");
    public Tensor Cos_() => FloatingUnary_(UnaryOp.Cos, "cos_");
    public Tensor Tan_() => FloatingUnary_(UnaryOp.Tan, "tan_");
    public Tensor Asin_() => FloatingUnary_(UnaryOp.Asin, "asin_");
    public Tensor Acos_() => FloatingUnary_(UnaryOp.Acos, "acos_");
    public Tensor Atan_() => FloatingUnary_(UnaryOp.Atan, "atan_");
    public Tensor Sinh_() => FloatingUnary_(UnaryOp.Sinh, "sinh_");
    public Tensor Cosh_() => FloatingUnary_(UnaryOp.Cosh, "cosh_");
    public Tensor Tanh_() => FloatingUnary_(UnaryOp.Tanh, "tanh_");
    public Tensor Asinh_() => FloatingUnary_(UnaryOp.Asinh, "asinh_");
    public Tensor Acosh_() => FloatingUnary_(UnaryOp.Acosh, "acosh_");
    public Tensor Atanh_() => FloatingUnary_(UnaryOp.Atanh, "atanh_");
    public Tensor Exp_() => FloatingUnary_(UnaryOp.Exp, "exp_");
    public Tensor Log_() => FloatingUnary_(UnaryOp.Log, "log_");
    public Tensor Sqrt_() => FloatingUnary_(UnaryOp.Sqrt, "sqrt_");

    public Tensor Abs_()
    {
        if (DType == DType.Bool) throw NotImplemented("abs_cpu", DType);
        return Unary(UnaryOp.Abs, DType, DType, this, "abs_");
    }

    /// <summary>A float-valued op: integers and bools compute in the default float dtype.</summary>
    Tensor FloatingUnary(UnaryOp op) => Unary(op, FloatingResult(), FloatingResult());

    /// <summary>The in-place form: the float result must be castable to this tensor's dtype.</summary>
    Tensor FloatingUnary_(UnaryOp op, string name) => Unary(op, FloatingResult(), FloatingResult(), this, name);
}
