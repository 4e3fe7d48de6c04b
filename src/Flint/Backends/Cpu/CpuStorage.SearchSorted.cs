namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    public void SearchSorted(Layout layout, IStorage? sorter, Layout? sorterLayout, IStorage values, Layout valuesLayout, bool right, IStorage destination, Layout destinationLayout)
    {
        var searched = Cpu(values, "searchsorted");
        if (searched.DType != DType)
            throw new ArgumentException($"searchsorted: expected boundaries and values of one dtype, got {DType.TorchName()} and {searched.DType.TorchName()}.");
        int last = Math.Max(layout.Rank - 1, 0);
        var rows = sorter is null
            ? new DimRows(last, valuesLayout, destinationLayout, layout)
            : new DimRows(last, valuesLayout, destinationLayout, layout, sorterLayout!);
        var kernel = new SearchKernel(this, rows, valuesLayout.Shape[last], layout.Shape[last], right,
            searched, Cpu(destination, "searchsorted"), sorter is null ? null : Cpu(sorter, "searchsorted"));
        DTypeDispatch.Any(DType, kernel);
    }

    /// <summary>
    /// Binary search of each value in its boundary row, as PyTorch's lower and upper bound: the comparisons are written
    /// so that NaN boundaries count as above every value and NaN values fall after every boundary.
    /// </summary>
    readonly struct SearchKernel(CpuStorage boundaries, DimRows rows, long valueCount, long boundaryCount, bool right,
        CpuStorage values, CpuStorage destination, CpuStorage? sorter) : IElementKernel
    {
        public void Run<T>() where T : unmanaged
        {
            var (bounds, plan, count, size, upper, searched, output, order) = (boundaries, rows, valueCount, boundaryCount, right, values, destination, sorter);
            bool int32 = output.DType == DType.Int32;
            plan.Run(count * Math.Max(1, (long)Math.Log2(size + 1)), (first, end) =>
            {
                for (long row = first; row < end; row++)
                {
                    long boundStart = plan.Start(2, row), boundStride = plan.Stride(2);
                    for (long i = 0; i < count; i++)
                    {
                        T value = searched.Ref<T>(plan.Start(0, row) + i * plan.Stride(0));
                        long low = 0, high = size;
                        while (low < high)
                        {
                            long middle = low + ((high - low) >> 1);
                            long position = order is null ? middle : order.Ref<long>(plan.Start(3, row) + middle * plan.Stride(3));
                            T boundary = bounds.Ref<T>(boundStart + position * boundStride);
                            // lower bound: !(boundary >= value); upper bound: !(boundary > value).
                            bool below = upper ? !ElementOrder.Greater(boundary, value) : !(ElementOrder.Greater(boundary, value) || ElementOrder.Equal(boundary, value));
                            if (below) low = middle + 1;
                            else high = middle;
                        }
                        long to = plan.Start(1, row) + i * plan.Stride(1);
                        if (int32) output.Ref<int>(to) = (int)low;
                        else output.Ref<long>(to) = low;
                    }
                }
            });
        }
    }
}
