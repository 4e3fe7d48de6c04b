namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    public void Sort(Layout layout, int dim, bool descending, bool stable, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout)
    {
        var rows = new DimRows(dim, layout, valuesLayout, indicesLayout);
        var kernel = new SortKernel(this, rows, layout.Shape[dim], descending, stable, Cpu(values, "sort"), Cpu(indices, "sort"));
        DTypeDispatch.Any(DType, kernel);
    }

    public void Topk(Layout layout, int dim, long k, bool largest, bool sorted, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout)
    {
        if (k == 0) return;
        var rows = new DimRows(dim, layout, valuesLayout, indicesLayout);
        var kernel = new TopkKernel(this, rows, layout.Shape[dim], k, largest, sorted, Cpu(values, "topk"), Cpu(indices, "topk"));
        DTypeDispatch.Any(DType, kernel);
    }

    /// <summary>Reads row <paramref name="row"/> of operand 0 into <paramref name="items"/> as (value, index) pairs.</summary>
    void ReadRow<T>(DimRows rows, long row, Span<Keyed<T>> items) where T : unmanaged
    {
        long start = rows.Start(0, row), stride = rows.Stride(0);
        for (int i = 0; i < items.Length; i++) items[i] = new Keyed<T>(Ref<T>(start + i * stride), i);
    }

    /// <summary>Writes the first <paramref name="items"/> of a row into operands 1 (values) and 2 (indices).</summary>
    static void WriteRow<T>(DimRows rows, long row, ReadOnlySpan<Keyed<T>> items, CpuStorage values, CpuStorage indices) where T : unmanaged
    {
        long valueStart = rows.Start(1, row), valueStride = rows.Stride(1);
        long indexStart = rows.Start(2, row), indexStride = rows.Stride(2);
        for (int i = 0; i < items.Length; i++)
        {
            values.Ref<T>(valueStart + i * valueStride) = items[i].Value;
            indices.Ref<long>(indexStart + i * indexStride) = items[i].Index;
        }
    }

    readonly struct SortKernel(CpuStorage source, DimRows rows, long length, bool descending, bool stable, CpuStorage values, CpuStorage indices)
        : IElementKernel
    {
        public void Run<T>() where T : unmanaged
        {
            var (self, plan, n, down, keepOrder, outValues, outIndices) = (source, rows, checked((int)length), descending, stable, values, indices);
            plan.Run(n, (first, end) =>
            {
                var items = new Keyed<T>[n];
                var buffer = keepOrder ? new Keyed<T>[n] : [];
                for (long row = first; row < end; row++)
                {
                    self.ReadRow<T>(plan, row, items);
                    if (keepOrder && down) StdAlgorithms.StableSort(items.AsSpan(), buffer, new DescendingNaNFirst<T>());
                    else if (keepOrder) StdAlgorithms.StableSort(items.AsSpan(), buffer, new AscendingNaNLast<T>());
                    else if (down) StdAlgorithms.Sort(items.AsSpan(), new DescendingNaNFirst<T>());
                    else StdAlgorithms.Sort(items.AsSpan(), new AscendingNaNLast<T>());
                    WriteRow<T>(plan, row, items, outValues, outIndices);
                }
            });
        }
    }

    /// <summary>
    /// PyTorch's CPU topk: a partial sort (heap select) when k is at most 1/64 of the row, otherwise a selection of the
    /// k-th element followed, when <c>sorted</c>, by a sort of the k - 1 before it.
    /// </summary>
    readonly struct TopkKernel(CpuStorage source, DimRows rows, long length, long k, bool largest, bool sorted, CpuStorage values, CpuStorage indices)
        : IElementKernel
    {
        public void Run<T>() where T : unmanaged
        {
            var (self, plan, n, count, top, inOrder, outValues, outIndices) = (source, rows, checked((int)length), (int)k, largest, sorted, values, indices);
            plan.Run(n, (first, end) =>
            {
                var items = new Keyed<T>[n];
                for (long row = first; row < end; row++)
                {
                    self.ReadRow<T>(plan, row, items);
                    if (top) Select(items, count, inOrder, new DescendingNaNFirst<T>());
                    else Select(items, count, inOrder, new AscendingNaNLast<T>());
                    WriteRow<T>(plan, row, items.AsSpan(0, count), outValues, outIndices);
                }
            });
        }

        static void Select<T, TOrder>(Span<Keyed<T>> items, int count, bool inOrder, TOrder order)
            where T : unmanaged where TOrder : IOrdering<Keyed<T>>
        {
            if ((long)count * 64 <= items.Length)
            {
                StdAlgorithms.PartialSort(items, count, order);
                return;
            }
            StdAlgorithms.NthElement(items, count - 1, order);
            if (inOrder) StdAlgorithms.Sort(items[..(count - 1)], order);
        }
    }
}
