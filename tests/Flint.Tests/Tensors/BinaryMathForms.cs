using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// The C# spellings of a PyTorch binary or ternary math op (tools/golden/binary_math.py) for the operands' kinds:
/// the Tensor method, the <c>Torch</c> static and the operator where C# has one. Keyword arguments are C# numbers,
/// strings or tensors; numbers passed where a tensor is expected (clamp's bounds, where's values) become wrapped numbers.
/// </summary>
internal static class BinaryMathForms
{
    const string File = "binary_math.safetensors";

    public static Func<Tensor>[] Of(string op, object[] args, JsonElement? kwargs)
    {
        object Kw(string name) => GoldenOperands.Build(File, kwargs!.Value.GetProperty(name));
        bool Has(string name) => kwargs is { } k && k.TryGetProperty(name, out _);
        double Real(string name, double fallback) => Has(name) ? GoldenData.Double(kwargs!.Value.GetProperty(name)) : fallback;
        Tensor? Bound(string name) => !Has(name) ? null : Kw(name) switch { Tensor t => t, Scalar s => s, _ => null };

        switch (op, args)
        {
            case ("lerp", [Tensor a, Tensor b, Tensor w]): return [() => a.Lerp(b, w), () => Torch.Lerp(a, b, w)];
            case ("lerp", [Tensor a, Tensor b]): { var w = (Scalar)Kw("weight"); return [() => a.Lerp(b, w), () => Torch.Lerp(a, b, w)]; }
            case ("addcmul", [Tensor a, Tensor b, Tensor c]):
                { Scalar? v = Has("value") ? (Scalar)Kw("value") : null; return [() => a.Addcmul(b, c, v), () => Torch.Addcmul(a, b, c, v)]; }
            case ("addcdiv", [Tensor a, Tensor b, Tensor c]):
                { Scalar? v = Has("value") ? (Scalar)Kw("value") : null; return [() => a.Addcdiv(b, c, v), () => Torch.Addcdiv(a, b, c, v)]; }
            case ("clamp" or "clip", [Tensor x]):
                {
                    Tensor? min = Bound("min"), max = Bound("max");
                    var forms = new List<Func<Tensor>> { op == "clamp" ? () => x.Clamp(min, max) : () => x.Clip(min, max),
                        op == "clamp" ? () => Torch.Clamp(x, min, max) : () => Torch.Clip(x, min, max) };
                    if (min is not null && max is null) forms.Add(() => x.ClampMin(min));
                    if (max is not null && min is null) forms.Add(() => x.ClampMax(max));
                    return [.. forms];
                }
            case ("where", [Tensor condition, var a, var b]):
                {
                    Tensor x = AsTensor(a), y = AsTensor(b);
                    return a is Tensor self ? [() => Torch.Where(condition, x, y), () => self.Where(condition, y)] : [() => Torch.Where(condition, x, y)];
                }
            case ("isclose", [Tensor a, Tensor b]):
                {
                    double rtol = Real("rtol", 1e-5), atol = Real("atol", 1e-8);
                    bool equalNan = Has("equal_nan") && kwargs!.Value.GetProperty("equal_nan").GetBoolean();
                    return [() => a.IsClose(b, rtol, atol, equalNan), () => Torch.IsClose(a, b, rtol, atol, equalNan)];
                }
            case ("allclose", [Tensor a, Tensor b]):
                {
                    double rtol = Real("rtol", 1e-5), atol = Real("atol", 1e-8);
                    bool equalNan = Has("equal_nan") && kwargs!.Value.GetProperty("equal_nan").GetBoolean();
                    return [() => Bool(a.AllClose(b, rtol, atol, equalNan)), () => Bool(Torch.AllClose(a, b, rtol, atol, equalNan))];
                }
            case ("equal", [Tensor a, Tensor b]): return [() => Bool(a.Equal(b)), () => Bool(Torch.Equal(a, b))];
            case (_, [Tensor a, Tensor b]): return TensorTensor(op, a, b);
            case (_, [Tensor a, Scalar b]): return TensorScalar(op, a, b);
            case (_, [Scalar a, Tensor b]): return ScalarTensor(op, a, b);
        }
        throw new ArgumentException($"no C# form of {op} for {args.Length} operands");
    }

    static Func<Tensor>[] TensorTensor(string op, Tensor a, Tensor b) => op switch
    {
        "div_trunc" => [() => a.Div(b, "trunc"), () => Torch.Div(a, b, "trunc")],
        "div_floor" => [() => a.Div(b, "floor"), () => Torch.Div(a, b, "floor")],
        "true_divide" => [() => a.TrueDivide(b), () => Torch.TrueDivide(a, b)],
        "fmod" => [() => a.Fmod(b), () => Torch.Fmod(a, b)],
        "float_power" => [() => a.FloatPower(b), () => Torch.FloatPower(a, b)],
        "atan2" => [() => a.Atan2(b), () => Torch.Atan2(a, b)],
        "hypot" => [() => a.Hypot(b), () => Torch.Hypot(a, b)],
        "fmax" => [() => a.Fmax(b), () => Torch.Fmax(a, b)],
        "fmin" => [() => a.Fmin(b), () => Torch.Fmin(a, b)],
        "copysign" => [() => a.Copysign(b), () => Torch.Copysign(a, b)],
        "xlogy" => [() => a.Xlogy(b), () => Torch.Xlogy(a, b)],
        "bitwise_left_shift" => [() => a.BitwiseLeftShift(b), () => Torch.BitwiseLeftShift(a, b), () => a << b],
        "bitwise_right_shift" => [() => a.BitwiseRightShift(b), () => Torch.BitwiseRightShift(a, b), () => a >> b],
        _ => throw new ArgumentException($"unknown binary op {op}"),
    };

    static Func<Tensor>[] TensorScalar(string op, Tensor a, Scalar b) => op switch
    {
        "div_trunc" => [() => a.Div(b, "trunc"), () => Torch.Div(a, b, "trunc")],
        "div_floor" => [() => a.Div(b, "floor"), () => Torch.Div(a, b, "floor")],
        "true_divide" => [() => a.TrueDivide(b), () => Torch.TrueDivide(a, b)],
        "fmod" => [() => a.Fmod(b), () => Torch.Fmod(a, b)],
        "float_power" => [() => a.FloatPower(b), () => Torch.FloatPower(a, b)],
        "copysign" => [() => a.Copysign(b), () => Torch.Copysign(a, b)],
        "xlogy" => [() => a.Xlogy(b), () => Torch.Xlogy(a, b)],
        "bitwise_left_shift" => [() => a.BitwiseLeftShift(b), () => Torch.BitwiseLeftShift(a, b), () => a << b],
        "bitwise_right_shift" => [() => a.BitwiseRightShift(b), () => Torch.BitwiseRightShift(a, b), () => a >> b],
        _ => throw new ArgumentException($"unknown tensor-scalar op {op}"),
    };

    static Func<Tensor>[] ScalarTensor(string op, Scalar a, Tensor b) => op switch
    {
        "float_power" => [() => Torch.FloatPower(a, b)],
        "xlogy" => [() => Torch.Xlogy(a, b)],
        "bitwise_left_shift" => [() => Torch.BitwiseLeftShift(a, b)],
        "bitwise_right_shift" => [() => Torch.BitwiseRightShift(a, b)],
        _ => throw new ArgumentException($"unknown scalar-tensor op {op}"),
    };

    /// <summary>Runs an in-place op on the first operand; returns what it returned.</summary>
    public static Tensor InPlace(string op, object[] args, JsonElement? kwargs)
    {
        var self = (Tensor)args[0];
        string? mode = kwargs is { } k && k.TryGetProperty("rounding_mode", out var m) ? m.GetString() : null;
        Scalar Named(string name) => (Scalar)GoldenOperands.Build(File, kwargs!.Value.GetProperty(name));
        bool Has(string name) => kwargs is { } n && n.TryGetProperty(name, out _);
        Tensor? Bound(string name) => Has(name) ? (Tensor)Named(name) : null;
        return (op, args) switch
        {
            ("div_", [_, Tensor b]) => self.Div_(b, mode),
            ("div_", [_, Scalar b]) => self.Div_(b, mode),
            ("true_divide_", [_, Tensor b]) => self.TrueDivide_(b),
            ("fmod_", [_, Tensor b]) => self.Fmod_(b),
            ("fmod_", [_, Scalar b]) => self.Fmod_(b),
            ("remainder_", [_, Tensor b]) => self.Remainder_(b),
            ("remainder_", [_, Scalar b]) => self.Remainder_(b),
            ("floor_divide_", [_, Tensor b]) => self.FloorDivide_(b),
            ("floor_divide_", [_, Scalar b]) => self.FloorDivide_(b),
            ("atan2_", [_, Tensor b]) => self.Atan2_(b),
            ("hypot_", [_, Tensor b]) => self.Hypot_(b),
            ("copysign_", [_, Tensor b]) => self.Copysign_(b),
            ("xlogy_", [_, Tensor b]) => self.Xlogy_(b),
            ("float_power_", [_, Scalar b]) => self.FloatPower_(b),
            ("lerp_", [_, Tensor end]) => self.Lerp_(end, Named("weight")),
            ("lerp_", [_, Tensor end, Tensor weight]) => self.Lerp_(end, weight),
            ("addcmul_", [_, Tensor b, Tensor c]) => self.Addcmul_(b, c, Named("value")),
            ("addcdiv_", [_, Tensor b, Tensor c]) => self.Addcdiv_(b, c, Named("value")),
            ("clamp_", [_]) => self.Clamp_(Bound("min"), Bound("max")),
            ("clip_", [_]) => self.Clip_(Bound("min"), Bound("max")),
            ("bitwise_left_shift_", [_, Scalar b]) => self.BitwiseLeftShift_(b),
            ("bitwise_right_shift_", [_, Tensor b]) => self.BitwiseRightShift_(b),
            _ => throw new ArgumentException($"no in-place form {op} for these operands"),
        };
    }

    static Tensor AsTensor(object operand) => operand is Tensor t ? t : (Scalar)operand;

    static Tensor Bool(bool value) => Torch.Full([], value);
}
