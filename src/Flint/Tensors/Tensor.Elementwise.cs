using Flint.Backends;

namespace Flint;

/// <summary>Elementwise arithmetic and comparisons with broadcasting and PyTorch's type promotion.</summary>
public sealed partial class Tensor
{
    public Tensor Add(Tensor other, Scalar? alpha = null) => Binary(BinaryOp.Add, this, alpha is { } a ? other.Mul(a) : other, "add");
    public Tensor Add(Scalar other, Scalar? alpha = null) => Binary(BinaryOp.Add, this, ScaledScalar(other, alpha), "add");
    public Tensor Sub(Tensor other, Scalar? alpha = null) => Binary(BinaryOp.Sub, this, alpha is { } a ? other.Mul(a) : other, "sub");
    public Tensor Sub(Scalar other, Scalar? alpha = null) => Binary(BinaryOp.Sub, this, ScaledScalar(other, alpha), "sub");
    public Tensor Mul(Tensor other) => Binary(BinaryOp.Mul, this, other, "mul");
    public Tensor Mul(Scalar other) => Binary(BinaryOp.Mul, this, other, "mul");
    public Tensor Div(Tensor other) => Binary(BinaryOp.Div, this, other, "div");
    public Tensor Div(Scalar other) => Binary(BinaryOp.Div, this, other, "div");
    public Tensor Remainder(Tensor other) => Binary(BinaryOp.Remainder, this, other, "remainder");
    public Tensor Remainder(Scalar other) => Binary(BinaryOp.Remainder, this, other, "remainder");
    public Tensor FloorDivide(Tensor other) => Binary(BinaryOp.FloorDivide, this, other, "floor_divide");
    public Tensor FloorDivide(Scalar other) => Binary(BinaryOp.FloorDivide, this, other, "floor_divide");
    public Tensor Pow(Tensor exponent) => Binary(BinaryOp.Pow, this, exponent, "pow");
    public Tensor Pow(Scalar exponent) => Binary(BinaryOp.Pow, this, exponent, "pow");
    public Tensor Maximum(Tensor other) => Binary(BinaryOp.Maximum, this, other, "maximum");
    public Tensor Minimum(Tensor other) => Binary(BinaryOp.Minimum, this, other, "minimum");

    public Tensor Eq(Tensor other) => Binary(BinaryOp.Eq, this, other, "eq");
    public Tensor Eq(Scalar other) => Binary(BinaryOp.Eq, this, other, "eq");
    public Tensor Ne(Tensor other) => Binary(BinaryOp.Ne, this, other, "ne");
    public Tensor Ne(Scalar other) => Binary(BinaryOp.Ne, this, other, "ne");
    public Tensor Lt(Tensor other) => Binary(BinaryOp.Lt, this, other, "lt");
    public Tensor Lt(Scalar other) => Binary(BinaryOp.Lt, this, other, "lt");
    public Tensor Le(Tensor other) => Binary(BinaryOp.Le, this, other, "le");
    public Tensor Le(Scalar other) => Binary(BinaryOp.Le, this, other, "le");
    public Tensor Gt(Tensor other) => Binary(BinaryOp.Gt, this, other, "gt");
    public Tensor Gt(Scalar other) => Binary(BinaryOp.Gt, this, other, "gt");
    public Tensor Ge(Tensor other) => Binary(BinaryOp.Ge, this, other, "ge");
    public Tensor Ge(Scalar other) => Binary(BinaryOp.Ge, this, other, "ge");

    public Tensor LogicalAnd(Tensor other) => Binary(BinaryOp.LogicalAnd, this, other, "logical_and");
    public Tensor LogicalOr(Tensor other) => Binary(BinaryOp.LogicalOr, this, other, "logical_or");
    public Tensor LogicalXor(Tensor other) => Binary(BinaryOp.LogicalXor, this, other, "logical_xor");
    public Tensor LogicalNot() => Unary(UnaryOp.LogicalNot, DType.Bool, "logical_not");
    public Tensor BitwiseAnd(Tensor other) => Binary(BinaryOp.BitwiseAnd, this, other, "bitwise_and");
    public Tensor BitwiseOr(Tensor other) => Binary(BinaryOp.BitwiseOr, this, other, "bitwise_or");
    public Tensor BitwiseXor(Tensor other) => Binary(BinaryOp.BitwiseXor, this, other, "bitwise_xor");
    public Tensor BitwiseNot() => Unary(UnaryOp.BitwiseNot, IntegralOrBool("bitwise_not"), "bitwise_not");

    public Tensor Neg()
    {
        if (DType == DType.Bool)
            throw new ArgumentException("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
        return Unary(UnaryOp.Neg, DType, "neg");
    }

    public Tensor Abs() => DType == DType.Bool ? Clone() : Unary(UnaryOp.Abs, DType, "abs");
    public Tensor Exp() => Unary(UnaryOp.Exp, FloatingResult(), "exp");
    public Tensor Log() => Unary(UnaryOp.Log, FloatingResult(), "log");
    public Tensor Sqrt() => Unary(UnaryOp.Sqrt, FloatingResult(), "sqrt");

    public Tensor Add_(Tensor other, Scalar? alpha = null) => InPlace(BinaryOp.Add, alpha is { } a ? other.Mul(a) : other, "add_");
    public Tensor Add_(Scalar other, Scalar? alpha = null) => InPlace(BinaryOp.Add, ScalarTensor(ScaledScalar(other, alpha), this), "add_");
    public Tensor Sub_(Tensor other, Scalar? alpha = null) => InPlace(BinaryOp.Sub, alpha is { } a ? other.Mul(a) : other, "sub_");
    public Tensor Sub_(Scalar other, Scalar? alpha = null) => InPlace(BinaryOp.Sub, ScalarTensor(ScaledScalar(other, alpha), this), "sub_");
    public Tensor Mul_(Tensor other) => InPlace(BinaryOp.Mul, other, "mul_");
    public Tensor Mul_(Scalar other) => InPlace(BinaryOp.Mul, ScalarTensor(other, this), "mul_");
    public Tensor Div_(Tensor other) => InPlace(BinaryOp.Div, other, "div_");
    public Tensor Div_(Scalar other) => InPlace(BinaryOp.Div, ScalarTensor(other, this), "div_");
    public Tensor Pow_(Scalar exponent) => InPlace(BinaryOp.Pow, ScalarTensor(exponent, this), "pow_");
    public Tensor Neg_() => Copy_(Neg());

    /// <summary>Fills with <paramref name="value"/> in place.</summary>
    public Tensor Fill_(Scalar value)
    {
        CheckWritable("fill_");
        Storage.Fill(Layout, value);
        MarkModified();
        return this;
    }

    public Tensor Zero_() => Fill_(0);

    public static Tensor operator +(Tensor a, Tensor b) => a.Add(b);
    public static Tensor operator +(Tensor a, Scalar b) => a.Add(b);
    public static Tensor operator +(Scalar a, Tensor b) => b.Add(a);
    public static Tensor operator -(Tensor a, Tensor b) => a.Sub(b);
    public static Tensor operator -(Tensor a, Scalar b) => a.Sub(b);
    public static Tensor operator -(Scalar a, Tensor b) => Binary(BinaryOp.Sub, a, b, "sub");
    public static Tensor operator *(Tensor a, Tensor b) => a.Mul(b);
    public static Tensor operator *(Tensor a, Scalar b) => a.Mul(b);
    public static Tensor operator *(Scalar a, Tensor b) => b.Mul(a);
    public static Tensor operator /(Tensor a, Tensor b) => a.Div(b);
    public static Tensor operator /(Tensor a, Scalar b) => a.Div(b);
    public static Tensor operator /(Scalar a, Tensor b) => Binary(BinaryOp.Div, a, b, "div");
    public static Tensor operator %(Tensor a, Tensor b) => a.Remainder(b);
    public static Tensor operator %(Tensor a, Scalar b) => a.Remainder(b);
    public static Tensor operator %(Scalar a, Tensor b) => Binary(BinaryOp.Remainder, a, b, "remainder");
    public static Tensor operator -(Tensor a) => a.Neg();
    public static Tensor operator +(Tensor a) => a;
    public static Tensor operator <(Tensor a, Tensor b) => a.Lt(b);
    public static Tensor operator <(Tensor a, Scalar b) => a.Lt(b);
    public static Tensor operator <(Scalar a, Tensor b) => b.Gt(a);
    public static Tensor operator <=(Tensor a, Tensor b) => a.Le(b);
    public static Tensor operator <=(Tensor a, Scalar b) => a.Le(b);
    public static Tensor operator <=(Scalar a, Tensor b) => b.Ge(a);
    public static Tensor operator >(Tensor a, Tensor b) => a.Gt(b);
    public static Tensor operator >(Tensor a, Scalar b) => a.Gt(b);
    public static Tensor operator >(Scalar a, Tensor b) => b.Lt(a);
    public static Tensor operator >=(Tensor a, Tensor b) => a.Ge(b);
    public static Tensor operator >=(Tensor a, Scalar b) => a.Ge(b);
    public static Tensor operator >=(Scalar a, Tensor b) => b.Le(a);
    public static Tensor operator &(Tensor a, Tensor b) => a.BitwiseAnd(b);
    public static Tensor operator |(Tensor a, Tensor b) => a.BitwiseOr(b);
    public static Tensor operator ^(Tensor a, Tensor b) => a.BitwiseXor(b);
    public static Tensor operator ~(Tensor a) => a.BitwiseNot();

    static Scalar ScaledScalar(Scalar value, Scalar? alpha) =>
        alpha is not { } a ? value
        : value.IsFloatingPoint || a.IsFloatingPoint ? value.ToDouble() * a.ToDouble()
        : (Scalar)(value.ToInt64() * a.ToInt64());

    DType FloatingResult() => DType.IsFloatingPoint() ? DType : Torch.GetDefaultDType();

    DType IntegralOrBool(string op) => DType.IsFloatingPoint()
        ? throw new ArgumentException($"{op}: \"{op}_cpu\" not implemented for '{DType}'; it needs an integral or bool tensor.")
        : DType;

    Tensor Unary(UnaryOp op, DType computeType, string name)
    {
        var input = To(computeType);
        var result = Allocate(Shape.ToArray(), op == UnaryOp.LogicalNot ? DType.Bool : computeType, Device);
        input.Storage.Unary(op, input.Layout, result.Storage, result.Layout);
        return result;
    }

    /// <summary>A zero-dimensional tensor holding <paramref name="value"/>, on <paramref name="like"/>'s device.</summary>
    static Tensor ScalarTensor(Scalar value, Tensor like, DType? dtype = null) =>
        Torch.Full([], value, dtype ?? TypePromotion.ResultType([like], [value]), like.Device);

    static Tensor Binary(BinaryOp op, Tensor a, Scalar b, string name) =>
        Binary(op, a, ScalarTensor(b, a, TypePromotion.ResultType([a], [b])), name, TypePromotion.ResultType([a], [b]));

    static Tensor Binary(BinaryOp op, Scalar a, Tensor b, string name) =>
        Binary(op, ScalarTensor(a, b, TypePromotion.ResultType([b], [a])), b, name, TypePromotion.ResultType([b], [a]));

    static Tensor Binary(BinaryOp op, Tensor a, Tensor b, string name, DType? promoted = null)
    {
        DType common = promoted ?? TypePromotion.ResultType([a, b]);
        DType compute = ComputeType(op, common, name);
        long[] shape = Broadcasting.BroadcastShapes(a.Layout.Shape, b.Layout.Shape);
        Device device = CommonDevice(a, b, name);
        var left = a.To(compute, device);
        var right = b.To(compute, device);
        var result = Allocate(shape, op.ProducesBool() ? DType.Bool : compute, device);
        left.Storage.Binary(op, left.Layout.Expand(shape), right.Storage, right.Layout.Expand(shape), result.Storage, result.Layout);
        return result;
    }

    /// <summary>The dtype an op computes in: true division of integers computes in the default float dtype.</summary>
    static DType ComputeType(BinaryOp op, DType common, string name)
    {
        if (op == BinaryOp.Div && !common.IsFloatingPoint()) return Torch.GetDefaultDType();
        if (common == DType.Bool && op == BinaryOp.Sub)
            throw new ArgumentException("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.");
        if (common == DType.Bool && op is BinaryOp.Remainder or BinaryOp.FloorDivide or BinaryOp.Pow)
            throw new ArgumentException($"{name}: \"{name}_cpu\" not implemented for 'Bool'");
        if (common.IsFloatingPoint() && op is BinaryOp.BitwiseAnd or BinaryOp.BitwiseOr or BinaryOp.BitwiseXor)
            throw new ArgumentException($"{name}: \"{name}_cpu\" not implemented for '{common}'");
        return common;
    }

    static Device CommonDevice(Tensor a, Tensor b, string name)
    {
        if (a.Device == b.Device) return a.Device;
        // A zero-dimensional CPU tensor may join a tensor on another device, as in PyTorch.
        if (a.Dim == 0 && a.Device.IsCpu) return b.Device;
        if (b.Dim == 0 && b.Device.IsCpu) return a.Device;
        throw new ArgumentException($"{name}: Expected all tensors to be on the same device, but found at least two devices, {a.Device} and {b.Device}!");
    }

    Tensor InPlace(BinaryOp op, Tensor other, string name)
    {
        DType common = TypePromotion.ResultType([this, other]);
        DType compute = ComputeType(op, common, name);
        if (!Torch.CanCast(compute, DType))
            throw new ArgumentException($"{name}: result type {Capitalized(compute)} can't be cast to the desired output type {Capitalized(DType)}");
        long[] shape = Broadcasting.BroadcastShapes(Layout.Shape, other.Layout.Shape);
        if (!shape.AsSpan().SequenceEqual(Layout.Shape))
            throw new ArgumentException(
                $"{name}: output with shape {Shape.Format(Layout.Shape)} doesn't match the broadcast shape {Shape.Format(shape)}");
        CheckWritable(name);
        var result = Binary(op, this, other, name, common);
        result.Storage.CopyTo(result.Layout, Storage, Layout);
        MarkModified();
        return this;
    }

    static string Capitalized(DType dtype) => dtype switch
    {
        DType.Float32 => "Float",
        DType.Float64 => "Double",
        DType.Float16 => "Half",
        DType.Int64 => "Long",
        DType.Int32 => "Int",
        DType.Int16 => "Short",
        DType.Int8 => "Char",
        DType.UInt8 => "Byte",
        _ => dtype.ToString(),
    };
}
