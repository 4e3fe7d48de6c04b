using Flint.Backends;

namespace Flint;

/// <summary>
/// The plumbing every elementwise op goes through: type promotion (PyTorch's result_type, where C# scalars rank
/// as Python numbers do), PyTorch's dtype checks, broadcasting, the device check, one backend call, and for in-place
/// ops the checks on the output and the write into it.
/// </summary>
public sealed partial class Tensor
{
    static Tensor Binary(BinaryOp op, Tensor a, Tensor b, string name, Tensor? output = null) =>
        Execute(op, null, a, b, TypePromotion.ResultType([a, b]), name, output);

    static Tensor Binary(BinaryOp op, Tensor a, Scalar b, string name, Tensor? output = null)
    {
        DType common = TypePromotion.ResultType([a], [b]);
        return Execute(op, null, a, ScalarOperand(b, ComputeType(op, common), a.Device), common, name, output);
    }

    static Tensor Binary(BinaryOp op, Scalar a, Tensor b, string name)
    {
        DType common = TypePromotion.ResultType([b], [a]);
        return Execute(op, null, ScalarOperand(a, ComputeType(op, common), b.Device), b, common, name, null);
    }

    /// <summary><c>a + alpha * b</c>, checking alpha as PyTorch does; without alpha (or alpha one) a plain addition.</summary>
    static Tensor AddScaled(Tensor a, Tensor b, Scalar? alpha, string name, Tensor? output = null)
    {
        DType common = TypePromotion.ResultType([a, b]);
        return Execute(BinaryOp.Add, CheckedAlpha(common, alpha), a, b, common, name, output);
    }

    static Tensor AddScaled(Tensor a, Scalar b, Scalar? alpha, string name, Tensor? output = null)
    {
        DType common = TypePromotion.ResultType([a], [b]);
        return Execute(BinaryOp.Add, CheckedAlpha(common, alpha), a, ScalarOperand(b, common, a.Device), common, name, output);
    }

    static Tensor Subtract(Tensor a, Tensor b, Scalar? alpha, string name, Tensor? output = null)
    {
        CheckSubtraction(a.DType, b.DType);
        return alpha is { } scale ? AddScaled(a, b, Negated(scale), name, output) : Binary(BinaryOp.Sub, a, b, name, output);
    }

    static Tensor Subtract(Tensor a, Scalar b, Scalar? alpha, string name, Tensor? output = null)
    {
        CheckSubtraction(a.DType, b.DType);
        return alpha is { } scale ? AddScaled(a, b, Negated(scale), name, output) : Binary(BinaryOp.Sub, a, b, name, output);
    }

    /// <summary>A C# scalar as the zero-dimensional tensor PyTorch wraps it in, already in the dtype the op computes in.</summary>
    static Tensor ScalarOperand(Scalar value, DType dtype, Device device) => Torch.Full([], value, dtype, device);

    /// <summary>The dtype an op computes in: the common dtype, except that true division of integers computes in the default float dtype.</summary>
    static DType ComputeType(BinaryOp op, DType common) =>
        op == BinaryOp.Div && !common.IsFloatingPoint() ? Torch.GetDefaultDType() : common;

    static Tensor Execute(BinaryOp op, Scalar? alpha, Tensor a, Tensor b, DType common, string name, Tensor? output)
    {
        CheckSupported(op, common);
        DType compute = ComputeType(op, common);
        long[] shape = Broadcasting.BroadcastShapes(a.Layout.Shape, b.Layout.Shape);
        Device device = CommonDevice(a, b, name);
        var left = a.To(compute, device);
        var right = b.To(compute, device);
        Layout leftLayout = left.Layout.Expand(shape), rightLayout = right.Layout.Expand(shape);
        var destination = Destination(output, shape, op.ProducesBool() ? DType.Bool : compute, device, name, [(left, leftLayout), (right, rightLayout)]);
        if (alpha is { } scale)
            left.Storage.AddScaled(leftLayout, right.Storage, rightLayout, scale, destination.Storage, destination.Layout);
        else
            left.Storage.Binary(op, leftLayout, right.Storage, rightLayout, destination.Storage, destination.Layout);
        return Finish(destination, output);
    }

    Tensor Unary(UnaryOp op, DType computeType, DType resultType, Tensor? output = null)
    {
        var input = To(computeType);
        var destination = Destination(output, Layout.ShapeArray, resultType, Device, "", [(input, input.Layout)]);
        input.Storage.Unary(op, input.Layout, destination.Storage, destination.Layout);
        return Finish(destination, output);
    }

    /// <summary>
    /// Where an op writes: a fresh tensor, or the in-place <paramref name="output"/> itself once PyTorch's checks pass
    /// (a temporary when the dtypes differ or an input overlaps it with another layout, copied in by <see cref="Finish"/>).
    /// </summary>
    static Tensor Destination(Tensor? output, long[] shape, DType resultType, Device device, string name, (Tensor Tensor, Layout Layout)[] inputs)
    {
        if (output is null) return Allocate(shape, resultType, device);
        if (!Torch.CanCast(resultType, output.DType))
            throw new ArgumentException(
                $"{name}: result type {resultType.ScalarTypeName()} can't be cast to the desired output type {output.DType.ScalarTypeName()}");
        if (!shape.AsSpan().SequenceEqual(output.Layout.Shape))
            throw new ArgumentException($"{name}: output with shape {Shape.Format(output.Layout.Shape)} doesn't match the broadcast shape {Shape.Format(shape)}");
        output.CheckWritable(name);
        bool aliased = inputs.Any(input => ReferenceEquals(input.Tensor.Storage, output.Storage) && !SameElements(input.Layout, output.Layout));
        return output.DType == resultType && output.Device == device && !aliased ? output : Allocate(shape, resultType, device);
    }

    static bool SameElements(Layout a, Layout b) => a.Offset == b.Offset && a.Strides.SequenceEqual(b.Strides);

    static Tensor Finish(Tensor destination, Tensor? output)
    {
        if (output is null) return destination;
        if (!ReferenceEquals(destination, output)) destination.Storage.CopyTo(destination.Layout, output.Storage, output.Layout);
        output.MarkModified();
        return output;
    }

    DType FloatingResult() => DType.IsFloatingPoint() ? DType : Torch.GetDefaultDType();

    /// <summary>The dtypes PyTorch's CPU kernels refuse, with its "not implemented" message.</summary>
    static void CheckSupported(BinaryOp op, DType common)
    {
        string? kernel = (op, common) switch
        {
            (BinaryOp.Remainder, DType.Bool) => "remainder_cpu",
            (BinaryOp.FloorDivide, DType.Bool) => "div_floor_cpu",
            (BinaryOp.Pow, DType.Bool) => "pow",
            (BinaryOp.BitwiseAnd, _) when common.IsFloatingPoint() => "bitwise_and_cpu",
            (BinaryOp.BitwiseOr, _) when common.IsFloatingPoint() => "bitwise_or_cpu",
            (BinaryOp.BitwiseXor, _) when common.IsFloatingPoint() => "bitwise_xor_cpu",
            _ => null,
        };
        if (kernel is not null) throw NotImplemented(kernel, common);
    }

    static ArgumentException NotImplemented(string kernel, DType dtype) =>
        new($"\"{kernel}\" not implemented for '{dtype.ScalarTypeName()}'");

    static void CheckSubtraction(DType a, DType b)
    {
        if (a == DType.Bool && b == DType.Bool)
            throw new ArgumentException("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.");
        if (a == DType.Bool || b == DType.Bool)
            throw new ArgumentException(
                "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.");
    }

    static void CheckIntegerPower(DType baseType, Scalar exponent)
    {
        if (!baseType.IsFloatingPoint() && exponent.IsIntegral && exponent.ToInt64() < 0)
            throw new ArgumentException("Integers to negative integer powers are not allowed.");
    }

    /// <summary>PyTorch's alpha_check; returns the alpha the kernel must apply, or null when it is one.</summary>
    static Scalar? CheckedAlpha(DType common, Scalar? alpha)
    {
        if (alpha is not { } value) return null;
        if (value.IsBool && common != DType.Bool)
            throw new ArgumentException("Boolean alpha only supported for Boolean results.");
        if (value.IsFloatingPoint && !common.IsFloatingPoint())
            throw new ArgumentException("For integral input tensors, argument alpha must not be a floating point number.");
        return value.IsBool ? (value.ToBool() ? null : value) : value.ToDouble() == 1 ? null : value;
    }

    static Scalar Negated(Scalar value) =>
        value.IsFloatingPoint ? -value.ToDouble() : value.IsIntegral ? (Scalar)(-value.ToInt64()) : value;

    static Device CommonDevice(Tensor a, Tensor b, string name)
    {
        if (a.Device == b.Device) return a.Device;
        // A zero-dimensional CPU tensor may join a tensor on another device, as in PyTorch.
        if (a.Dim == 0 && a.Device.IsCpu) return b.Device;
        if (b.Dim == 0 && b.Device.IsCpu) return a.Device;
        throw new ArgumentException($"{name}: Expected all tensors to be on the same device, but found at least two devices, {a.Device} and {b.Device}!");
    }
}
