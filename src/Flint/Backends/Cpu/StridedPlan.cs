namespace Flint.Backends.Cpu;

/// <summary>A kernel's innermost loop: <paramref name="count"/> elements starting at each operand's offset.</summary>
internal interface IRowKernel
{
    void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count);
}

/// <summary>
/// Walks several operands that share one shape, each with its own strides and offset, as
/// PyTorch's TensorIterator does: dimensions of size 1 are dropped, adjacent dimensions that
/// are contiguous in every operand are merged, and what is left is handed to a row kernel
/// one innermost row at a time (rows may be split between threads above the grain size).
/// </summary>
internal sealed class StridedPlan
{
    readonly long[] shape;
    readonly long[][] strides;
    readonly long[] offsets;

    public long Numel { get; }

    /// <summary>True when every operand's elements are one dense run in storage (a single row of stride 1).</summary>
    public bool IsSingleBlock => shape.Length == 1 && strides.All(s => s[0] == 1);

    public StridedPlan(ReadOnlySpan<long> shape, params Layout[] layouts)
    {
        // Plain arrays and loops rather than LINQ and lists: a plan is built for every op, and for small tensors its
        // construction is most of the op's cost.
        int operands = layouts.Length, capacity = Math.Max(shape.Length, 1), rank = 0;
        Numel = Shape.NumelOf(shape);
        offsets = new long[operands];
        var mergedShape = new long[capacity];
        var mergedStrides = new long[operands][];
        for (int k = 0; k < operands; k++)
        {
            offsets[k] = layouts[k].Offset;
            mergedStrides[k] = new long[capacity];
        }
        for (int d = 0; d < shape.Length; d++)
        {
            if (shape[d] == 1) continue;
            bool mergeable = rank > 0;
            for (int k = 0; k < operands && mergeable; k++)
                mergeable = mergedStrides[k][rank - 1] == layouts[k].Strides[d] * shape[d];
            int target = mergeable ? rank - 1 : rank++;
            mergedShape[target] = mergeable ? mergedShape[target] * shape[d] : shape[d];
            for (int k = 0; k < operands; k++) mergedStrides[k][target] = layouts[k].Strides[d];
        }
        if (rank == 0)
        {
            mergedShape[0] = 1;
            foreach (var s in mergedStrides) s[0] = 1;
            rank = 1;
        }
        this.shape = rank == capacity ? mergedShape : mergedShape[..rank];
        strides = rank == capacity ? mergedStrides : Array.ConvertAll(mergedStrides, s => s[..rank]);
    }

    public void Execute<TKernel>(TKernel kernel, long grain = ParallelFor.DefaultGrain) where TKernel : IRowKernel
    {
        if (Numel == 0) return;
        if (Numel <= grain) RunRange(ref kernel, 0, Numel);
        else ParallelFor.Run(Numel, grain, (start, end) => RunRange(ref kernel, start, end));
    }

    /// <summary>Runs the whole plan on this thread with every operand's offset shifted by <paramref name="shift"/>.</summary>
    public void ExecuteSerial<TKernel>(TKernel kernel, long shift) where TKernel : IRowKernel =>
        RunRange(ref kernel, 0, Numel, shift);

    void RunRange<TKernel>(ref TKernel kernel, long start, long end, long shift = 0) where TKernel : IRowKernel
    {
        int rank = shape.Length, operands = offsets.Length;
        Span<long> index = stackalloc long[rank];
        Span<long> position = stackalloc long[operands];
        Span<long> innerStrides = stackalloc long[operands];
        for (int k = 0; k < operands; k++) position[k] = offsets[k] + shift;
        long remainder = start;
        for (int d = rank - 1; d >= 0; d--)
        {
            index[d] = remainder % shape[d];
            remainder /= shape[d];
            for (int k = 0; k < operands; k++) position[k] += index[d] * strides[k][d];
        }
        for (int k = 0; k < operands; k++) innerStrides[k] = strides[k][rank - 1];

        long inner = shape[rank - 1];
        long done = start;
        while (done < end)
        {
            long column = index[rank - 1];
            long count = Math.Min(inner - column, end - done);
            kernel.Row(position, innerStrides, count);
            done += count;
            if (done >= end) break;
            for (int k = 0; k < operands; k++) position[k] -= column * innerStrides[k];
            index[rank - 1] = 0;
            for (int d = rank - 2; d >= 0; d--)
            {
                index[d]++;
                for (int k = 0; k < operands; k++) position[k] += strides[k][d];
                if (index[d] < shape[d]) break;
                for (int k = 0; k < operands; k++) position[k] -= shape[d] * strides[k][d];
                index[d] = 0;
            }
        }
    }
}
