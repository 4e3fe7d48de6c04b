namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the unary math ops (each is the Tensor method of the same name).</summary>
public static partial class Torch
{
    public static Flint.Tensor Sign(Flint.Tensor input) => input.Sign();
    public static Flint.Tensor Sgn(Flint.Tensor input) => input.Sgn();
    public static Flint.Tensor Exp2(Flint.Tensor input) => input.Exp2();
    public static Flint.Tensor Expm1(Flint.Tensor input) => input.Expm1();
    public static Flint.Tensor Log2(Flint.Tensor input) => input.Log2();
    public static Flint.Tensor Log10(Flint.Tensor input) => input.Log10();
    public static Flint.Tensor Log1p(Flint.Tensor input) => input.Log1p();
    public static Flint.Tensor Rsqrt(Flint.Tensor input) => input.Rsqrt();
    public static Flint.Tensor Square(Flint.Tensor input) => input.Square();
    public static Flint.Tensor Reciprocal(Flint.Tensor input) => input.Reciprocal();
    public static Flint.Tensor Sin(Flint.Tensor input) => input.Sin();
    public static Flint.Tensor Cos(Flint.Tensor input) => input.Cos();
    public static Flint.Tensor Tan(Flint.Tensor input) => input.Tan();
    public static Flint.Tensor Asin(Flint.Tensor input) => input.Asin();
    public static Flint.Tensor Acos(Flint.Tensor input) => input.Acos();
    public static Flint.Tensor Atan(Flint.Tensor input) => input.Atan();
    public static Flint.Tensor Sinh(Flint.Tensor input) => input.Sinh();
    public static Flint.Tensor Cosh(Flint.Tensor input) => input.Cosh();
    public static Flint.Tensor Tanh(Flint.Tensor input) => input.Tanh();
    public static Flint.Tensor Asinh(Flint.Tensor input) => input.Asinh();
    public static Flint.Tensor Acosh(Flint.Tensor input) => input.Acosh();
    public static Flint.Tensor Atanh(Flint.Tensor input) => input.Atanh();
    public static Flint.Tensor Sigmoid(Flint.Tensor input) => input.Sigmoid();
    public static Flint.Tensor Relu(Flint.Tensor input) => input.Relu();
    public static Flint.Tensor Erf(Flint.Tensor input) => input.Erf();
    public static Flint.Tensor Erfc(Flint.Tensor input) => input.Erfc();
    public static Flint.Tensor Erfinv(Flint.Tensor input) => input.Erfinv();
    public static Flint.Tensor Lgamma(Flint.Tensor input) => input.Lgamma();
    public static Flint.Tensor Digamma(Flint.Tensor input) => input.Digamma();
    public static Flint.Tensor Floor(Flint.Tensor input) => input.Floor();
    public static Flint.Tensor Ceil(Flint.Tensor input) => input.Ceil();
    public static Flint.Tensor Round(Flint.Tensor input) => input.Round();
    public static Flint.Tensor Trunc(Flint.Tensor input) => input.Trunc();
    public static Flint.Tensor Fix(Flint.Tensor input) => input.Fix();
    public static Flint.Tensor Frac(Flint.Tensor input) => input.Frac();
    public static Flint.Tensor IsNan(Flint.Tensor input) => input.IsNan();
    public static Flint.Tensor IsInf(Flint.Tensor input) => input.IsInf();
    public static Flint.Tensor IsFinite(Flint.Tensor input) => input.IsFinite();
    public static Flint.Tensor IsPosInf(Flint.Tensor input) => input.IsPosInf();
    public static Flint.Tensor IsNegInf(Flint.Tensor input) => input.IsNegInf();
    public static Flint.Tensor Positive(Flint.Tensor input) => input.Positive();
    public static Flint.Tensor Exp2_(Flint.Tensor input) => input.Exp2_();
    public static Flint.Tensor Expm1_(Flint.Tensor input) => input.Expm1_();
    public static Flint.Tensor Log2_(Flint.Tensor input) => input.Log2_();
    public static Flint.Tensor Log10_(Flint.Tensor input) => input.Log10_();
    public static Flint.Tensor Log1p_(Flint.Tensor input) => input.Log1p_();
    public static Flint.Tensor Rsqrt_(Flint.Tensor input) => input.Rsqrt_();
    public static Flint.Tensor Reciprocal_(Flint.Tensor input) => input.Reciprocal_();
    public static Flint.Tensor Sin_(Flint.Tensor input) => input.Sin_();
    public static Flint.Tensor Cos_(Flint.Tensor input) => input.Cos_();
    public static Flint.Tensor Tan_(Flint.Tensor input) => input.Tan_();
    public static Flint.Tensor Asin_(Flint.Tensor input) => input.Asin_();
    public static Flint.Tensor Acos_(Flint.Tensor input) => input.Acos_();
    public static Flint.Tensor Atan_(Flint.Tensor input) => input.Atan_();
    public static Flint.Tensor Sinh_(Flint.Tensor input) => input.Sinh_();
    public static Flint.Tensor Cosh_(Flint.Tensor input) => input.Cosh_();
    public static Flint.Tensor Tanh_(Flint.Tensor input) => input.Tanh_();
    public static Flint.Tensor Asinh_(Flint.Tensor input) => input.Asinh_();
    public static Flint.Tensor Acosh_(Flint.Tensor input) => input.Acosh_();
    public static Flint.Tensor Atanh_(Flint.Tensor input) => input.Atanh_();
    public static Flint.Tensor Sigmoid_(Flint.Tensor input) => input.Sigmoid_();
    public static Flint.Tensor Relu_(Flint.Tensor input) => input.Relu_();
    public static Flint.Tensor Erf_(Flint.Tensor input) => input.Erf_();
    public static Flint.Tensor Erfc_(Flint.Tensor input) => input.Erfc_();
    public static Flint.Tensor Erfinv_(Flint.Tensor input) => input.Erfinv_();
    public static Flint.Tensor Lgamma_(Flint.Tensor input) => input.Lgamma_();
    public static Flint.Tensor Digamma_(Flint.Tensor input) => input.Digamma_();
    public static Flint.Tensor Floor_(Flint.Tensor input) => input.Floor_();
    public static Flint.Tensor Ceil_(Flint.Tensor input) => input.Ceil_();
    public static Flint.Tensor Round_(Flint.Tensor input) => input.Round_();
    public static Flint.Tensor Trunc_(Flint.Tensor input) => input.Trunc_();
    public static Flint.Tensor Fix_(Flint.Tensor input) => input.Fix_();
    public static Flint.Tensor Frac_(Flint.Tensor input) => input.Frac_();
    public static Flint.Tensor Exp_(Flint.Tensor input) => input.Exp_();
    public static Flint.Tensor Log_(Flint.Tensor input) => input.Log_();
    public static Flint.Tensor Sqrt_(Flint.Tensor input) => input.Sqrt_();
    public static Flint.Tensor Abs_(Flint.Tensor input) => input.Abs_();
    public static Flint.Tensor Neg_(Flint.Tensor input) => input.Neg_();
    public static Flint.Tensor Square_(Flint.Tensor input) => input.Square_();

    public static Flint.Tensor Round(Flint.Tensor input, int decimals) => input.Round(decimals);

    public static Flint.Tensor Logit(Flint.Tensor input, double? eps = null) => input.Logit(eps);

    public static Flint.Tensor NanToNum(Flint.Tensor input, double nan = 0, double? posinf = null, double? neginf = null) =>
        input.NanToNum(nan, posinf, neginf);

    public static Flint.Tensor NanToNum_(Flint.Tensor input, double nan = 0, double? posinf = null, double? neginf = null) =>
        input.NanToNum_(nan, posinf, neginf);
}
