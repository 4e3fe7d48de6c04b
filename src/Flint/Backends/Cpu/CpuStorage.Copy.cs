using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    public void CopyTo(Layout layout, IStorage destination, Layout destinationLayout)
    {
        // Empty views may sit at offsets past the end of their storage (as in PyTorch): nothing to touch.
        if (layout.Numel == 0) return;
        if (destination is not CpuStorage target)
        {
            // Device transfer: stage a dense CPU copy in the destination dtype, then upload through the backend.
            var staged = Allocate(destination.DType, layout.Numel);
            CopyTo(layout, staged, Layout.Contiguous(layout.ShapeArray));
            destination.Backend.FromCpu(staged).CopyTo(Layout.Contiguous(layout.ShapeArray), destination, destinationLayout);
            return;
        }
        var plan = new StridedPlan(layout.Shape, layout, destinationLayout);
        if (DType == target.DType && plan.IsSingleBlock)
        {
            int size = DType.ElementSize();
            Bytes().Slice(checked((int)(layout.Offset * size)), checked((int)(plan.Numel * size)))
                .CopyTo(target.Bytes()[checked((int)(destinationLayout.Offset * size))..]);
            return;
        }
        DTypeDispatch.Any(DType, new CopyFrom(plan, this, target));
    }

    readonly struct CopyFrom(StridedPlan plan, CpuStorage source, CpuStorage target) : IElementKernel
    {
        public void Run<TFrom>() where TFrom : unmanaged => DTypeDispatch.Any(target.DType, new CopyInto<TFrom>(plan, source, target));
    }

    readonly struct CopyInto<TFrom>(StridedPlan plan, CpuStorage source, CpuStorage target) : IElementKernel where TFrom : unmanaged
    {
        public void Run<TTo>() where TTo : unmanaged => plan.Execute(new ConvertRow<TFrom, TTo>(source, target));
    }

    readonly struct ConvertRow<TFrom, TTo>(CpuStorage source, CpuStorage target) : IRowKernel
        where TFrom : unmanaged where TTo : unmanaged
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            ref TFrom from = ref source.Ref<TFrom>(offsets[0]);
            ref TTo to = ref target.Ref<TTo>(offsets[1]);
            nint fromStride = (nint)strides[0], toStride = (nint)strides[1];
            if (fromStride == 1 && toStride == 1)
            {
                for (nint i = 0; i < (nint)count; i++)
                    Unsafe.Add(ref to, i) = ElementConvert.Cast<TFrom, TTo>(Unsafe.Add(ref from, i));
                return;
            }
            for (nint i = 0; i < (nint)count; i++)
                Unsafe.Add(ref to, i * toStride) = ElementConvert.Cast<TFrom, TTo>(Unsafe.Add(ref from, i * fromStride));
        }
    }

    public void Fill(Layout layout, Scalar value)
    {
        DTypeDispatch.Any(DType, new FillKernel(new StridedPlan(layout.Shape, layout), this, value));
    }

    readonly struct FillKernel(StridedPlan plan, CpuStorage target, Scalar value) : IElementKernel
    {
        public void Run<T>() where T : unmanaged => plan.Execute(new FillRow<T>(target, ScalarAs<T>(value)));
    }

    internal static T ScalarAs<T>(Scalar value) where T : unmanaged =>
        value.IsFloatingPoint ? ElementConvert.FromDouble<T>(value.ToDouble()) : ElementConvert.FromInt64<T>(value.ToInt64());

    readonly struct FillRow<T>(CpuStorage target, T value) : IRowKernel where T : unmanaged
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            if (strides[0] == 1)
            {
                target.AsSpan<T>(offsets[0], count).Fill(value);
                return;
            }
            ref T to = ref target.Ref<T>(offsets[0]);
            nint stride = (nint)strides[0];
            for (nint i = 0; i < (nint)count; i++) Unsafe.Add(ref to, i * stride) = value;
        }
    }
}
