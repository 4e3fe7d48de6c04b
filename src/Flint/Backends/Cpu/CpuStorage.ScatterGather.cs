using Flint.Backends.Cpu.Ops;

namespace Flint.Backends.Cpu;

/// <summary>
/// Gather and scatter along one dimension. The work is split into columns (every position of the index's shape with
/// the gathered dimension left out); a column walks the dimension in index order on one thread, and columns run in
/// parallel above the grain. Two columns never touch the same destination element (they differ outside the scattered
/// dimension), so scatters with repeated indices are deterministic, as in PyTorch's CPU kernels.
/// </summary>
public sealed partial class CpuStorage
{
    public void Gather(int dim, long dimSize, Layout layout, IStorage index, Layout indexLayout, IStorage destination, Layout destinationLayout)
    {
        var columns = new DimColumns(dim, dimSize, layout, indexLayout, destinationLayout);
        if (columns.IsEmpty) return;
        // Gathering only moves elements, so it dispatches on element size alone.
        DTypeDispatch.Bits(DType, new GatherKernel(columns, this, Cpu(index, "gather"), Cpu(destination, "gather")));
    }

    public void Scatter(ScatterOp op, int dim, long dimSize, Layout layout, IStorage index, Layout indexLayout, IStorage source, Layout sourceLayout)
    {
        var values = Cpu(source, "scatter");
        if (values.DType != DType)
            throw new ArgumentException($"scatter(): Expected self.dtype to be equal to src.dtype, got {DType.TorchName()} and {values.DType.TorchName()}.");
        var columns = new DimColumns(dim, dimSize, layout, indexLayout, sourceLayout);
        if (columns.IsEmpty) return;
        var indices = Cpu(index, "scatter");
        switch (op)
        {
            case ScatterOp.Assign: DTypeDispatch.Bits(DType, new ScatterKernel<ScatterAssignOp>(columns, this, indices, values)); break;
            case ScatterOp.Add: DTypeDispatch.Any(DType, new ScatterKernel<ScatterAddOp>(columns, this, indices, values)); break;
            case ScatterOp.Multiply: DTypeDispatch.Any(DType, new ScatterKernel<ScatterMultiplyOp>(columns, this, indices, values)); break;
            case ScatterOp.Amax: DTypeDispatch.Any(DType, new ScatterKernel<ScatterAmaxOp>(columns, this, indices, values)); break;
            case ScatterOp.Amin: DTypeDispatch.Any(DType, new ScatterKernel<ScatterAminOp>(columns, this, indices, values)); break;
            default: throw new ArgumentOutOfRangeException(nameof(op), op, null);
        }
    }

    /// <summary>
    /// The columns of a gather or scatter: a plan over the three operands (indexed storage, index, other) with the
    /// dimension collapsed, plus each operand's stride along it. The indexed operand's stride there multiplies the
    /// index values instead of counting positions.
    /// </summary>
    readonly struct DimColumns
    {
        public readonly StridedPlan Plan;
        public readonly int Dim;
        public readonly long DimSize, Length, IndexedStride, IndexStride, OtherStride;

        public DimColumns(int dim, long dimSize, Layout indexed, Layout index, Layout other)
        {
            long[] columnShape = index.ShapeArray.ToArray();
            Length = columnShape[dim];
            columnShape[dim] = 1;
            Plan = new StridedPlan(columnShape, indexed, index, other);
            Dim = dim;
            DimSize = dimSize;
            IndexedStride = indexed.Strides[dim];
            IndexStride = index.Strides[dim];
            OtherStride = other.Strides[dim];
        }

        public bool IsEmpty => Length == 0 || Plan.Numel == 0;

        /// <summary>Columns per thread chunk: about <see cref="ParallelFor.DefaultGrain"/> elements.</summary>
        public long Grain => Math.Max(1, ParallelFor.DefaultGrain / Length);

        /// <summary>The index at <paramref name="offset"/>, checked against the dimension's size with PyTorch's message.</summary>
        public long IndexAt(CpuStorage index, long offset)
        {
            long value = index.Ref<long>(offset);
            if ((ulong)value >= (ulong)DimSize)
                throw new IndexOutOfRangeException($"index {value} is out of bounds for dimension {Dim} with size {DimSize}");
            return value;
        }
    }

    readonly struct GatherKernel(DimColumns columns, CpuStorage source, CpuStorage index, CpuStorage target) : IElementKernel
    {
        public void Run<T>() where T : unmanaged => columns.Plan.Execute(new GatherColumns<T>(columns, source, index, target), columns.Grain);
    }

    readonly struct GatherColumns<T>(DimColumns columns, CpuStorage source, CpuStorage index, CpuStorage target) : IRowKernel where T : unmanaged
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            for (long c = 0; c < count; c++)
            {
                long from = offsets[0] + c * strides[0], at = offsets[1] + c * strides[1], to = offsets[2] + c * strides[2];
                for (long j = 0; j < columns.Length; j++)
                {
                    long k = columns.IndexAt(index, at + j * columns.IndexStride);
                    target.Ref<T>(to + j * columns.OtherStride) = source.Ref<T>(from + k * columns.IndexedStride);
                }
            }
        }
    }

    readonly struct ScatterKernel<TOp>(DimColumns columns, CpuStorage target, CpuStorage index, CpuStorage values) : IElementKernel
        where TOp : IScatterOp
    {
        public void Run<T>() where T : unmanaged => columns.Plan.Execute(new ScatterColumns<T, TOp>(columns, target, index, values), columns.Grain);
    }

    readonly struct ScatterColumns<T, TOp>(DimColumns columns, CpuStorage target, CpuStorage index, CpuStorage values) : IRowKernel
        where T : unmanaged where TOp : IScatterOp
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            for (long c = 0; c < count; c++)
            {
                long to = offsets[0] + c * strides[0], at = offsets[1] + c * strides[1], from = offsets[2] + c * strides[2];
                for (long j = 0; j < columns.Length; j++)
                {
                    long k = columns.IndexAt(index, at + j * columns.IndexStride);
                    ref T slot = ref target.Ref<T>(to + k * columns.IndexedStride);
                    slot = TOp.Combine(slot, values.Ref<T>(from + j * columns.OtherStride));
                }
            }
        }
    }
}
