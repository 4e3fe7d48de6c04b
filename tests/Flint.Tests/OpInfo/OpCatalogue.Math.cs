namespace Flint.Tests.OpInfo;

public static partial class OpCatalogue
{
    /// <summary>The ops of tools/golden/unary_math.py (in-place forms included).</summary>
    static readonly string[] UnaryMath =
    [
        "sign", "sgn", "exp2", "expm1", "log2", "log10", "log1p", "rsqrt", "square", "reciprocal", "sin", "cos",
        "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "sigmoid", "logit", "relu",
        "erf", "erfc", "erfinv", "lgamma", "digamma", "floor", "ceil", "round", "trunc", "fix", "frac", "isnan",
        "isinf", "isfinite", "isposinf", "isneginf", "nan_to_num", "positive", "abs", "neg", "exp", "log", "sqrt",
        "sign_", "sgn_", "exp2_", "expm1_", "log2_", "log10_", "log1p_", "rsqrt_", "square_", "reciprocal_", "sin_",
        "cos_", "tan_", "asin_", "acos_", "atan_", "sinh_", "cosh_", "tanh_", "asinh_", "acosh_", "atanh_",
        "sigmoid_", "logit_", "relu_", "erf_", "erfc_", "erfinv_", "lgamma_", "digamma_", "floor_", "ceil_",
        "round_", "trunc_", "fix_", "frac_", "nan_to_num_", "abs_", "neg_", "exp_", "log_", "sqrt_"
    ];

    /// <summary>The ops of tools/golden/binary_math.py ("div_trunc" and "div_floor" are div with a rounding mode).</summary>
    static readonly string[] BinaryMath =
    [
        "div_trunc", "div_floor", "true_divide", "fmod", "float_power", "atan2", "hypot", "fmax", "fmin", "copysign",
        "xlogy", "bitwise_left_shift", "bitwise_right_shift", "lerp", "addcmul", "addcdiv", "clamp", "clip", "where",
        "isclose", "allclose", "equal", "fmod_", "atan2_", "hypot_", "copysign_", "xlogy_", "true_divide_", "div_",
        "float_power_", "lerp_", "addcmul_", "addcdiv_", "clamp_", "clip_", "bitwise_left_shift_",
        "bitwise_right_shift_", "remainder_", "floor_divide_"
    ];
}
