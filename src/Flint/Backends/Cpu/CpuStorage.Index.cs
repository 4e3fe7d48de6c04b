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
        DTypeDispatch.Bits(DType, new IndexKernel(plan, IndexKernel.Mode.Gather, this, indexed, indexStorages, target));
    }

    public void IndexScatter(Layout layout, IndexedDims indexed, IStorage[] indices, Layout[] indexLayouts, IStorage values, Layout valuesLayout, bool accumulate)
    {
        var source = Cpu(values, "index_put_");
        if (source.DType != DType)
            throw new ArgumentException($"index_put_: values must have dtype {DType.TorchName()}, got {source.DType.TorchName()}.");
        var plan = new StridedPlan(valuesLayout.Shape, [layout, .. indexLayouts, valuesLayout]);
        var indexStorages = indices.Select(i => Cpu(i, "index_put_")).ToArray();
        if (accumulate)
            DTypeDispatch.Any(DType, new IndexKernel(plan, IndexKernel.Mode.Accumulate, this, indexed, indexStorages, source));
        else
            DTypeDispatch.Bits(DType, new IndexKernel(plan, IndexKernel.Mode.Scatter, this, indexed, indexStorages, source));
    }

    readonly struct IndexKernel(StridedPlan plan, IndexKernel.Mode mode, CpuStorage indexed, IndexedDims dims, CpuStorage[] indices, CpuStorage other)
        : IElementKernel
    {
        public enum Mode { Gather, Scatter, Accumulate }

        public void Run<T>() where T : unmanaged
        {
            switch (mode)
            {
                case Mode.Gather: plan.Execute(new GatherRow<T>(indexed, dims, indices, other)); break;
                case Mode.Scatter: plan.Execute(new ScatterRow<T>(indexed, dims, indices, other)); break;
                // Repeated indices must add up, so accumulation runs on one thread (as PyTorch's CPU index_put_ does).
                default: plan.Execute(new AccumulateRow<T>(indexed, dims, indices, other), long.MaxValue); break;
            }
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
