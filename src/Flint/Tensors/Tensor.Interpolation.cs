using Flint.Backends;

namespace Flint;

/// <summary>
/// lerp, addcmul and addcdiv, rounded as PyTorch's CPU kernels round them: GCC contracts lerp's
/// <c>self + weight * (end - self)</c> and addcmul's <c>self + (value * t1) * t2</c> into fused multiply-adds, which
/// Flint's <see cref="Backends.IStorage.MultiplyAdd"/> repeats; addcdiv's division leaves nothing to fuse.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>
    /// <c>this + weight * (end - this)</c> for weights below 0.5, else <c>end - (end - this) * (1 - weight)</c> (PyTorch
    /// 1.13's formula); floating dtypes only.
    /// </summary>
    public Tensor Lerp(Tensor end, Scalar weight) => Interpolate(end, null, weight, null);

    public Tensor Lerp(Tensor end, Tensor weight) => Interpolate(end, weight, null, null);

    public Tensor Lerp_(Tensor end, Scalar weight) => Interpolate(end, null, weight, this);

    public Tensor Lerp_(Tensor end, Tensor weight) => Interpolate(end, weight, null, this);

    /// <summary><c>this + value * tensor1 * tensor2</c>; for integer dtypes the value is truncated to the dtype.</summary>
    public Tensor Addcmul(Tensor tensor1, Tensor tensor2, Scalar? value = null) => MultiplyAccumulate(tensor1, tensor2, value ?? 1, null);

    public Tensor Addcmul_(Tensor tensor1, Tensor tensor2, Scalar? value = null) => MultiplyAccumulate(tensor1, tensor2, value ?? 1, this);

    /// <summary><c>this + value * tensor1 / tensor2</c>; refused when both tensors are integral (PyTorch once divided them as integers).</summary>
    public Tensor Addcdiv(Tensor tensor1, Tensor tensor2, Scalar? value = null) => DivideAccumulate(tensor1, tensor2, value ?? 1, null);

    public Tensor Addcdiv_(Tensor tensor1, Tensor tensor2, Scalar? value = null) => DivideAccumulate(tensor1, tensor2, value ?? 1, this);

    Tensor Interpolate(Tensor end, Tensor? weight, Scalar? scalarWeight, Tensor? output)
    {
        if (end.DType != DType)
            throw new ArgumentException($"expected dtype {TypeMeta.Name(DType)} for `end` but got dtype {TypeMeta.Name(end.DType)}");
        if (weight is not null && weight.DType != DType)
            throw new ArgumentException($"expected dtype {TypeMeta.Name(DType)} for `weight` but got dtype {TypeMeta.Name(weight.DType)}");
        if (!DType.IsFloatingPoint()) throw NotImplemented(weight is null ? "lerp_kernel_scalar" : "lerp_kernel_tensor", DType);
        string name = output is null ? "lerp" : "lerp_";
        if (DType is DType.Float16 or DType.BFloat16)
        {
            // Half types compute in float and round once (PyTorch's opmath).
            var wide = Float().Interpolate(end.Float(), weight?.Float(), scalarWeight, null);
            return output is null ? wide.To(DType) : output.Assign(wide, name);
        }
        var difference = end - this;
        Tensor result;
        if (weight is null)
        {
            var w = Torch.Full([], scalarWeight!.Value, DType);
            result = w.Item<double>() < 0.5
                ? FusedMultiplyAdd(w, difference, this)
                : FusedMultiplyAdd(-difference, Binary(BinaryOp.Sub, 1, w, name), end);
        }
        else
        {
            var nearStart = FusedMultiplyAdd(weight, difference, this);
            var nearEnd = FusedMultiplyAdd(-difference, Binary(BinaryOp.Sub, 1, weight, name), end);
            result = Torch.Where(weight.Lt(0.5), nearStart, nearEnd);
        }
        return output is null ? result : output.Assign(result, name);
    }

    Tensor MultiplyAccumulate(Tensor tensor1, Tensor tensor2, Scalar value, Tensor? output)
    {
        DType common = TypePromotion.ResultType([this, tensor1, tensor2]);
        if (common == DType.Bool) throw NotImplemented("addcmul_cpu_out", common);
        string name = output is null ? "addcmul" : "addcmul_";
        if (common is DType.Float16 or DType.BFloat16)
        {
            // Half types compute in float (PyTorch's opmath) and round once.
            var wide = To(DType.Float32).MultiplyAccumulate(tensor1.To(DType.Float32), tensor2.To(DType.Float32), value, null);
            return output is null ? wide.To(common) : output.Assign(wide, name);
        }
        var self = To(common);
        var scaled = tensor1.To(common).Mul(Torch.Full([], value, common));
        var result = FusedMultiplyAdd(scaled, tensor2.To(common), self);
        return output is null ? result : output.Assign(result, name);
    }

    Tensor DivideAccumulate(Tensor tensor1, Tensor tensor2, Scalar value, Tensor? output)
    {
        DType common = TypePromotion.ResultType([this, tensor1, tensor2]);
        if (!TypePromotion.ResultType([tensor1, tensor2]).IsFloatingPoint())
            throw new ArgumentException(
                "Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true division of tensor1 and tensor2. " +
                "The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and " +
                "as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: " +
                "(input + value * tensor1 / tensor2), for all dtypes.");
        string name = output is null ? "addcdiv" : "addcdiv_";
        if (common is DType.Float16 or DType.BFloat16)
        {
            var wide = To(DType.Float32).DivideAccumulate(tensor1.To(DType.Float32), tensor2.To(DType.Float32), value, null);
            return output is null ? wide.To(common) : output.Assign(wide, name);
        }
        var result = tensor1.To(common).Mul(Torch.Full([], value, common)).Div(tensor2.To(common)).Add(To(common));
        return output is null ? result : output.Assign(result, name);
    }

    /// <summary><c>a * b + c</c> broadcast together, rounded once for float and double (all three share one dtype).</summary>
    static Tensor FusedMultiplyAdd(Tensor a, Tensor b, Tensor c)
    {
        long[] shape = Broadcasting.BroadcastShapes(Broadcasting.BroadcastShapes(a.Layout.Shape, b.Layout.Shape), c.Layout.Shape);
        var result = Allocate(shape, a.DType, a.Device);
        a.Storage.MultiplyAdd(a.Layout.Expand(shape), b.Storage, b.Layout.Expand(shape), c.Storage, c.Layout.Expand(shape), result.Storage, result.Layout);
        return result;
    }
}
