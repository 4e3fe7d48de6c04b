using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using Flint.Backends.Cpu.Ops;

namespace Flint.Backends.Cpu;

/// <summary>The three-operand elementwise ops: fused multiply-add (addcmul, lerp) and where.</summary>
public sealed partial class CpuStorage
{
    public void MultiplyAdd(Layout layout, IStorage factor, Layout factorLayout, IStorage addend, Layout addendLayout, IStorage destination, Layout destinationLayout)
    {
        var second = Cpu(factor, "addcmul");
        var third = Cpu(addend, "addcmul");
        var target = Cpu(destination, "addcmul");
        if (second.DType != DType || third.DType != DType || target.DType != DType)
            throw new ArgumentException($"addcmul: expected one dtype, got {DType.TorchName()}, {second.DType.TorchName()}, {third.DType.TorchName()} and {target.DType.TorchName()}.");
        if (DType is DType.Float16 or DType.BFloat16)
        {
            // PyTorch's half kernels compute in float (opmath) and round the result once.
            var factor32 = second.Converted(factorLayout, DType.Float32, out Layout factor32Layout);
            var addend32 = third.Converted(addendLayout, DType.Float32, out Layout addend32Layout);
            ViaFloat32(layout, destinationLayout, target, (source, sourceLayout, result, resultLayout) =>
                source.MultiplyAdd(sourceLayout, factor32, factor32Layout, addend32, addend32Layout, result, resultLayout));
            return;
        }
        if (DType == DType.Bool) throw new ArgumentException("addcmul is not implemented for 'Bool' tensors.");
        var plan = new StridedPlan(layout.Shape, layout, factorLayout, addendLayout, destinationLayout);
        DTypeDispatch.Numeric(DType, new MultiplyAddKernel(plan, this, second, third, target), "addcmul");
    }

    public void Where(Layout layout, IStorage condition, Layout conditionLayout, IStorage other, Layout otherLayout, IStorage destination, Layout destinationLayout)
    {
        var mask = Cpu(condition, "where");
        var right = Cpu(other, "where");
        var target = Cpu(destination, "where");
        if (mask.DType is not (DType.Bool or DType.UInt8))
            throw new ArgumentException($"where expected condition to be a boolean tensor, but got a tensor with dtype {mask.DType.ScalarTypeName()}");
        if (right.DType != DType || target.DType != DType)
            throw new ArgumentException($"where: expected one dtype, got {DType.TorchName()}, {right.DType.TorchName()} and {target.DType.TorchName()}.");
        var plan = new StridedPlan(layout.Shape, conditionLayout, layout, otherLayout, destinationLayout);
        DTypeDispatch.Bits(DType, new WhereKernel(plan, mask, this, right, target));
    }

    readonly struct MultiplyAddKernel(StridedPlan plan, CpuStorage first, CpuStorage second, CpuStorage third, CpuStorage target) : INumericKernel
    {
        public void Run<T>() where T : unmanaged, IBinaryNumber<T> => plan.Execute(new MultiplyAddRow<T>(first, second, third, target));
    }

    readonly struct MultiplyAddRow<T>(CpuStorage first, CpuStorage second, CpuStorage third, CpuStorage target) : IRowKernel
        where T : unmanaged, IBinaryNumber<T>
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            if (strides[0] == 1 && strides[1] == 1 && strides[2] == 1 && strides[3] == 1 && TryDense(offsets, count)) return;
            ref T a = ref first.Ref<T>(offsets[0]);
            ref T b = ref second.Ref<T>(offsets[1]);
            ref T c = ref third.Ref<T>(offsets[2]);
            ref T d = ref target.Ref<T>(offsets[3]);
            nint sa = (nint)strides[0], sb = (nint)strides[1], sc = (nint)strides[2], sd = (nint)strides[3];
            for (nint i = 0; i < (nint)count; i++)
                Unsafe.Add(ref d, i * sd) = FloatingMath.FusedMultiplyAdd(Unsafe.Add(ref a, i * sa), Unsafe.Add(ref b, i * sb), Unsafe.Add(ref c, i * sc));
        }

        bool TryDense(ReadOnlySpan<long> offsets, long count)
        {
            if (typeof(T) == typeof(float))
                TensorPrimitives.FusedMultiplyAdd(first.AsSpan<float>(offsets[0], count), second.AsSpan<float>(offsets[1], count), third.AsSpan<float>(offsets[2], count), target.AsSpan<float>(offsets[3], count));
            else if (typeof(T) == typeof(double))
                TensorPrimitives.FusedMultiplyAdd(first.AsSpan<double>(offsets[0], count), second.AsSpan<double>(offsets[1], count), third.AsSpan<double>(offsets[2], count), target.AsSpan<double>(offsets[3], count));
            else
                return false;
            return true;
        }
    }

    readonly struct WhereKernel(StridedPlan plan, CpuStorage mask, CpuStorage chosen, CpuStorage other, CpuStorage target) : IElementKernel
    {
        public void Run<T>() where T : unmanaged => plan.Execute(new WhereRow<T>(mask, chosen, other, target));
    }

    readonly struct WhereRow<T>(CpuStorage mask, CpuStorage chosen, CpuStorage other, CpuStorage target) : IRowKernel where T : unmanaged
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            ref byte m = ref mask.Ref<byte>(offsets[0]);
            ref T a = ref chosen.Ref<T>(offsets[1]);
            ref T b = ref other.Ref<T>(offsets[2]);
            ref T d = ref target.Ref<T>(offsets[3]);
            nint sm = (nint)strides[0], sa = (nint)strides[1], sb = (nint)strides[2], sd = (nint)strides[3];
            for (nint i = 0; i < (nint)count; i++)
                Unsafe.Add(ref d, i * sd) = Unsafe.Add(ref m, i * sm) != 0 ? Unsafe.Add(ref a, i * sa) : Unsafe.Add(ref b, i * sb);
        }
    }
}
