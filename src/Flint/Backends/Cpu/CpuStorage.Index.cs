using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    public void IndexGather(Layout layout, IndexedDims indexed, IStorage[] indices, Layout[] indexLayouts, IStorage destination, Layout destinationLayout)
    {
        var target = Cpu(destination, "index");
        var plan = new StridedPlan(destinationLayout.Shape, [layout, .. indexLayouts, destinationLayout]);
        var indexStorages = indices.Select(i => Cpu(i, "index")).ToArray();
        // Gathering only moves elements, so it dispatches on element size alone.
        switch (DType.ElementSize())
        {
            case 1: plan.Execute(new GatherRow<byte>(this, indexed, indexStorages, target)); break;
            case 2: plan.Execute(new GatherRow<short>(this, indexed, indexStorages, target)); break;
            case 4: plan.Execute(new GatherRow<int>(this, indexed, indexStorages, target)); break;
            default: plan.Execute(new GatherRow<long>(this, indexed, indexStorages, target)); break;
        }
    }

    public void IndexScatter(Layout layout, IndexedDims indexed, IStorage[] indices, Layout[] indexLayouts, IStorage values, Layout valuesLayout, bool accumulate)
    {
        var source = Cpu(values, "index_put_");
        if (source.DType != DType)
            throw new ArgumentException($"index_put_: values must have dtype {DType.TorchName()}, got {source.DType.TorchName()}.");
        var plan = new StridedPlan(valuesLayout.Shape, [layout, .. indexLayouts, valuesLayout]);
        var indexStorages = indices.Select(i => Cpu(i, "index_put_")).ToArray();
        if (!accumulate)
        {
            switch (DType.ElementSize())
            {
                case 1: plan.Execute(new ScatterRow<byte>(this, indexed, indexStorages, source)); break;
                case 2: plan.Execute(new ScatterRow<short>(this, indexed, indexStorages, source)); break;
                case 4: plan.Execute(new ScatterRow<int>(this, indexed, indexStorages, source)); break;
                default: plan.Execute(new ScatterRow<long>(this, indexed, indexStorages, source)); break;
            }
            return;
        }
        // Repeated indices must add up, so accumulation runs on one thread (as PyTorch's CPU index_put_ does).
        switch (DType)
        {
            case DType.Bool: plan.Execute(new AccumulateRow<bool>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.UInt8: plan.Execute(new AccumulateRow<byte>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.Int8: plan.Execute(new AccumulateRow<sbyte>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.Int16: plan.Execute(new AccumulateRow<short>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.Int32: plan.Execute(new AccumulateRow<int>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.Int64: plan.Execute(new AccumulateRow<long>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.Float16: plan.Execute(new AccumulateRow<Half>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.BFloat16: plan.Execute(new AccumulateRow<BFloat16>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.Float32: plan.Execute(new AccumulateRow<float>(this, indexed, indexStorages, source), long.MaxValue); break;
            case DType.Float64: plan.Execute(new AccumulateRow<double>(this, indexed, indexStorages, source), long.MaxValue); break;
        }
    }

    /// <summary>The storage offset the index operands add for element <paramref name="i"/> of a row.</summary>
    static long IndexedOffset(IndexedDims indexed, CpuStorage[] indices, ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long i)
    {
        long offset = 0;
        for (int k = 0; k < indices.Length; k++)
        {
            long index = indices[k].Ref<long>(offsets[k + 1] + i * strides[k + 1]);
            long size = indexed.Sizes[k];
            if (index < -size || index >= size)
                throw new IndexOutOfRangeException($"index {index} is out of bounds for dimension {indexed.Dims[k]} with size {size}");
            if (index < 0) index += size;
            offset += index * indexed.Strides[k];
        }
        return offset;
    }

    readonly struct GatherRow<T>(CpuStorage source, IndexedDims indexed, CpuStorage[] indices, CpuStorage target) : IRowKernel where T : unmanaged
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            int last = offsets.Length - 1;
            for (long i = 0; i < count; i++)
            {
                long from = offsets[0] + i * strides[0] + IndexedOffset(indexed, indices, offsets, strides, i);
                target.Ref<T>(offsets[last] + i * strides[last]) = source.Ref<T>(from);
            }
        }
    }

    readonly struct ScatterRow<T>(CpuStorage target, IndexedDims indexed, CpuStorage[] indices, CpuStorage values) : IRowKernel where T : unmanaged
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            int last = offsets.Length - 1;
            for (long i = 0; i < count; i++)
            {
                long to = offsets[0] + i * strides[0] + IndexedOffset(indexed, indices, offsets, strides, i);
                target.Ref<T>(to) = values.Ref<T>(offsets[last] + i * strides[last]);
            }
        }
    }

    readonly struct AccumulateRow<T>(CpuStorage target, IndexedDims indexed, CpuStorage[] indices, CpuStorage values) : IRowKernel where T : unmanaged
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            int last = offsets.Length - 1;
            for (long i = 0; i < count; i++)
            {
                long to = offsets[0] + i * strides[0] + IndexedOffset(indexed, indices, offsets, strides, i);
                ref T slot = ref target.Ref<T>(to);
                T value = values.Ref<T>(offsets[last] + i * strides[last]);
                slot = Add(slot, value);
            }
        }

        static T Add(T a, T b)
        {
            if (typeof(T) == typeof(bool)) return Unsafe.BitCast<bool, T>(Unsafe.BitCast<T, bool>(a) | Unsafe.BitCast<T, bool>(b));
            if (ElementConvert.IsFloating<T>()) return ElementConvert.FromDouble<T>(ElementConvert.ToDouble(a) + ElementConvert.ToDouble(b));
            return ElementConvert.FromInt64<T>(ElementConvert.ToInt64(a) + ElementConvert.ToInt64(b));
        }
    }
}
