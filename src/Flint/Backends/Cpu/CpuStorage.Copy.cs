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
        DispatchSource(plan, target);
    }

    void DispatchSource(StridedPlan plan, CpuStorage target)
    {
        switch (DType)
        {
            case DType.Bool: DispatchTarget<bool>(plan, target); break;
            case DType.UInt8: DispatchTarget<byte>(plan, target); break;
            case DType.Int8: DispatchTarget<sbyte>(plan, target); break;
            case DType.Int16: DispatchTarget<short>(plan, target); break;
            case DType.Int32: DispatchTarget<int>(plan, target); break;
            case DType.Int64: DispatchTarget<long>(plan, target); break;
            case DType.Float16: DispatchTarget<Half>(plan, target); break;
            case DType.BFloat16: DispatchTarget<BFloat16>(plan, target); break;
            case DType.Float32: DispatchTarget<float>(plan, target); break;
            case DType.Float64: DispatchTarget<double>(plan, target); break;
        }
    }

    void DispatchTarget<TFrom>(StridedPlan plan, CpuStorage target) where TFrom : unmanaged
    {
        switch (target.DType)
        {
            case DType.Bool: plan.Execute(new ConvertRow<TFrom, bool>(this, target)); break;
            case DType.UInt8: plan.Execute(new ConvertRow<TFrom, byte>(this, target)); break;
            case DType.Int8: plan.Execute(new ConvertRow<TFrom, sbyte>(this, target)); break;
            case DType.Int16: plan.Execute(new ConvertRow<TFrom, short>(this, target)); break;
            case DType.Int32: plan.Execute(new ConvertRow<TFrom, int>(this, target)); break;
            case DType.Int64: plan.Execute(new ConvertRow<TFrom, long>(this, target)); break;
            case DType.Float16: plan.Execute(new ConvertRow<TFrom, Half>(this, target)); break;
            case DType.BFloat16: plan.Execute(new ConvertRow<TFrom, BFloat16>(this, target)); break;
            case DType.Float32: plan.Execute(new ConvertRow<TFrom, float>(this, target)); break;
            case DType.Float64: plan.Execute(new ConvertRow<TFrom, double>(this, target)); break;
        }
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
        var plan = new StridedPlan(layout.Shape, layout);
        switch (DType)
        {
            case DType.Bool: plan.Execute(new FillRow<bool>(this, value.ToBool())); break;
            case DType.UInt8: plan.Execute(new FillRow<byte>(this, ScalarAs<byte>(value))); break;
            case DType.Int8: plan.Execute(new FillRow<sbyte>(this, ScalarAs<sbyte>(value))); break;
            case DType.Int16: plan.Execute(new FillRow<short>(this, ScalarAs<short>(value))); break;
            case DType.Int32: plan.Execute(new FillRow<int>(this, ScalarAs<int>(value))); break;
            case DType.Int64: plan.Execute(new FillRow<long>(this, ScalarAs<long>(value))); break;
            case DType.Float16: plan.Execute(new FillRow<Half>(this, ScalarAs<Half>(value))); break;
            case DType.BFloat16: plan.Execute(new FillRow<BFloat16>(this, ScalarAs<BFloat16>(value))); break;
            case DType.Float32: plan.Execute(new FillRow<float>(this, ScalarAs<float>(value))); break;
            case DType.Float64: plan.Execute(new FillRow<double>(this, ScalarAs<double>(value))); break;
        }
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
