using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// The C# spellings of a PyTorch unary math op (tools/golden/unary_math.py): the Tensor method and the <c>Torch</c>
/// static with the keyword arguments the script passed; in-place forms return the tensor they wrote.
/// </summary>
internal static class UnaryMathForms
{
    static readonly Dictionary<string, Func<Tensor, Tensor>> methods = new()
    {
        ["sign"] = x => x.Sign(), ["sgn"] = x => x.Sgn(), ["exp2"] = x => x.Exp2(), ["expm1"] = x => x.Expm1(),
        ["log2"] = x => x.Log2(), ["log10"] = x => x.Log10(), ["log1p"] = x => x.Log1p(), ["rsqrt"] = x => x.Rsqrt(),
        ["square"] = x => x.Square(), ["reciprocal"] = x => x.Reciprocal(), ["sin"] = x => x.Sin(), ["cos"] = x => x.Cos(),
        ["tan"] = x => x.Tan(), ["asin"] = x => x.Asin(), ["acos"] = x => x.Acos(), ["atan"] = x => x.Atan(),
        ["sinh"] = x => x.Sinh(), ["cosh"] = x => x.Cosh(), ["tanh"] = x => x.Tanh(), ["asinh"] = x => x.Asinh(),
        ["acosh"] = x => x.Acosh(), ["atanh"] = x => x.Atanh(), ["sigmoid"] = x => x.Sigmoid(), ["logit"] = x => x.Logit(),
        ["relu"] = x => x.Relu(), ["erf"] = x => x.Erf(), ["erfc"] = x => x.Erfc(), ["erfinv"] = x => x.Erfinv(),
        ["lgamma"] = x => x.Lgamma(), ["digamma"] = x => x.Digamma(), ["floor"] = x => x.Floor(), ["ceil"] = x => x.Ceil(),
        ["round"] = x => x.Round(), ["trunc"] = x => x.Trunc(), ["fix"] = x => x.Fix(), ["frac"] = x => x.Frac(),
        ["isnan"] = x => x.IsNan(), ["isinf"] = x => x.IsInf(), ["isfinite"] = x => x.IsFinite(), ["isposinf"] = x => x.IsPosInf(),
        ["isneginf"] = x => x.IsNegInf(), ["nan_to_num"] = x => x.NanToNum(), ["positive"] = x => x.Positive(),
        ["abs"] = x => x.Abs(), ["neg"] = x => x.Neg(), ["exp"] = x => x.Exp(), ["log"] = x => x.Log(), ["sqrt"] = x => x.Sqrt(),
    };

    static readonly Dictionary<string, Func<Tensor, Tensor>> statics = new()
    {
        ["sign"] = Torch.Sign, ["sgn"] = Torch.Sgn, ["exp2"] = Torch.Exp2, ["expm1"] = Torch.Expm1, ["log2"] = Torch.Log2,
        ["log10"] = Torch.Log10, ["log1p"] = Torch.Log1p, ["rsqrt"] = Torch.Rsqrt, ["square"] = Torch.Square,
        ["reciprocal"] = Torch.Reciprocal, ["sin"] = Torch.Sin, ["cos"] = Torch.Cos, ["tan"] = Torch.Tan, ["asin"] = Torch.Asin,
        ["acos"] = Torch.Acos, ["atan"] = Torch.Atan, ["sinh"] = Torch.Sinh, ["cosh"] = Torch.Cosh, ["tanh"] = Torch.Tanh,
        ["asinh"] = Torch.Asinh, ["acosh"] = Torch.Acosh, ["atanh"] = Torch.Atanh, ["sigmoid"] = Torch.Sigmoid,
        ["logit"] = x => Torch.Logit(x), ["relu"] = Torch.Relu, ["erf"] = Torch.Erf, ["erfc"] = Torch.Erfc, ["erfinv"] = Torch.Erfinv,
        ["lgamma"] = Torch.Lgamma, ["digamma"] = Torch.Digamma, ["floor"] = Torch.Floor, ["ceil"] = Torch.Ceil, ["round"] = Torch.Round,
        ["trunc"] = Torch.Trunc, ["fix"] = Torch.Fix, ["frac"] = Torch.Frac, ["isnan"] = Torch.IsNan, ["isinf"] = Torch.IsInf,
        ["isfinite"] = Torch.IsFinite, ["isposinf"] = Torch.IsPosInf, ["isneginf"] = Torch.IsNegInf, ["nan_to_num"] = x => Torch.NanToNum(x),
        ["positive"] = Torch.Positive, ["abs"] = Torch.Abs, ["neg"] = Torch.Neg, ["exp"] = Torch.Exp, ["log"] = Torch.Log, ["sqrt"] = Torch.Sqrt,
    };

    static readonly Dictionary<string, Func<Tensor, Tensor>> inPlace = new()
    {
        ["sign_"] = x => x.Sign_(), ["sgn_"] = x => x.Sgn_(), ["exp2_"] = x => x.Exp2_(), ["expm1_"] = x => x.Expm1_(),
        ["log2_"] = x => x.Log2_(), ["log10_"] = x => x.Log10_(), ["log1p_"] = x => x.Log1p_(), ["rsqrt_"] = x => x.Rsqrt_(),
        ["square_"] = x => x.Square_(), ["reciprocal_"] = x => x.Reciprocal_(), ["sin_"] = x => x.Sin_(), ["cos_"] = x => x.Cos_(),
        ["tan_"] = x => x.Tan_(), ["asin_"] = x => x.Asin_(), ["acos_"] = x => x.Acos_(), ["atan_"] = x => x.Atan_(),
        ["sinh_"] = x => x.Sinh_(), ["cosh_"] = x => x.Cosh_(), ["tanh_"] = x => x.Tanh_(), ["asinh_"] = x => x.Asinh_(),
        ["acosh_"] = x => x.Acosh_(), ["atanh_"] = x => x.Atanh_(), ["sigmoid_"] = x => x.Sigmoid_(), ["relu_"] = x => x.Relu_(),
        ["erf_"] = x => x.Erf_(), ["erfc_"] = x => x.Erfc_(), ["erfinv_"] = x => x.Erfinv_(), ["lgamma_"] = x => x.Lgamma_(),
        ["digamma_"] = x => x.Digamma_(), ["floor_"] = x => x.Floor_(), ["ceil_"] = x => x.Ceil_(), ["trunc_"] = x => x.Trunc_(),
        ["fix_"] = x => x.Fix_(), ["frac_"] = x => x.Frac_(), ["abs_"] = x => x.Abs_(), ["neg_"] = x => x.Neg_(),
        ["exp_"] = x => x.Exp_(), ["log_"] = x => x.Log_(), ["sqrt_"] = x => x.Sqrt_(),
    };

    public static Func<Tensor>[] Of(string op, Tensor x, JsonElement? kwargs)
    {
        if (kwargs is { } named)
        {
            return op switch
            {
                "round" => [() => x.Round(Int(named, "decimals")), () => Torch.Round(x, Int(named, "decimals"))],
                "round_" => [() => x.Round_(Int(named, "decimals"))],
                "logit" => [() => x.Logit(Double(named, "eps")), () => Torch.Logit(x, Double(named, "eps"))],
                "logit_" => [() => x.Logit_(Double(named, "eps"))],
                "nan_to_num" => [() => x.NanToNum(Double(named, "nan") ?? 0, Double(named, "posinf"), Double(named, "neginf")),
                                 () => Torch.NanToNum(x, Double(named, "nan") ?? 0, Double(named, "posinf"), Double(named, "neginf"))],
                "nan_to_num_" => [() => x.NanToNum_(Double(named, "nan") ?? 0, Double(named, "posinf"), Double(named, "neginf"))],
                _ => throw new ArgumentException($"no keyword form of {op}"),
            };
        }
        if (op == "round_") return [() => x.Round_()];
        if (op == "logit_") return [() => x.Logit_()];
        if (op == "nan_to_num_") return [() => x.NanToNum_()];
        if (op.EndsWith('_')) return [() => inPlace[op](x)];
        return op == "positive" ? [() => methods[op](x), () => statics[op](x), () => +x] : [() => methods[op](x), () => statics[op](x)];
    }

    static int Int(JsonElement kwargs, string name) => kwargs.GetProperty(name).GetInt32();

    static double? Double(JsonElement kwargs, string name) =>
        kwargs.TryGetProperty(name, out var value) ? GoldenData.Double(value) : null;
}
