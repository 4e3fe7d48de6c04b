namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    public void Statistic(RowStatistic statistic, long k, Layout layout, int dim, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout)
    {
        var rows = new DimRows(dim, layout, valuesLayout, indicesLayout);
        var kernel = new StatisticKernel(this, rows, layout.Shape[dim], statistic, k, Cpu(values, statistic.ToString()), Cpu(indices, statistic.ToString()));
        DTypeDispatch.Any(DType, kernel);
    }

    readonly struct StatisticKernel(CpuStorage source, DimRows rows, long length, RowStatistic statistic, long k, CpuStorage values, CpuStorage indices)
        : IElementKernel
    {
        public void Run<T>() where T : unmanaged
        {
            var (self, plan, n, op, kth, outValues, outIndices) = (source, rows, checked((int)length), statistic, (int)k, values, indices);
            plan.Run(n, (first, end) =>
            {
                // Max and min read the row in place; the others reorder a copy of it.
                var items = op is RowStatistic.Max or RowStatistic.Min ? [] : new Keyed<T>[n];
                for (long row = first; row < end; row++)
                {
                    if (items.Length > 0) self.ReadRow<T>(plan, row, items);
                    var result = op switch
                    {
                        RowStatistic.Max => Extreme<T>(self, plan.Start(0, row), plan.Stride(0), n, largest: true),
                        RowStatistic.Min => Extreme<T>(self, plan.Start(0, row), plan.Stride(0), n, largest: false),
                        RowStatistic.Kth => QuickSelect.Select(items, kth - 1),
                        RowStatistic.Median => Median(items),
                        RowStatistic.NanMedian => NanMedian(items),
                        _ => Mode(items),
                    };
                    outValues.Ref<T>(plan.Start(1, row)) = result.Value;
                    outIndices.Ref<long>(plan.Start(2, row)) = result.Index;
                }
            });
        }

        /// <summary>The first NaN, else the first of the largest (smallest) values.</summary>
        static Keyed<T> Extreme<T>(CpuStorage source, long start, long stride, int length, bool largest) where T : unmanaged
        {
            var best = new Keyed<T>(source.Ref<T>(start), 0);
            if (ElementOrder.IsNaN(best.Value)) return best;
            for (int i = 1; i < length; i++)
            {
                T value = source.Ref<T>(start + i * stride);
                if (ElementOrder.IsNaN(value)) return new Keyed<T>(value, i);
                if (largest ? ElementOrder.Greater(value, best.Value) : ElementOrder.Less(value, best.Value)) best = new Keyed<T>(value, i);
            }
            return best;
        }

        /// <summary>The lower median in (value, index) order, so equal values give the first index that sorts there.</summary>
        static Keyed<T> Median<T>(Span<Keyed<T>> items) where T : unmanaged
        {
            foreach (var item in items)
                if (ElementOrder.IsNaN(item.Value)) return item;
            int nth = (items.Length - 1) / 2;
            StdAlgorithms.NthElement(items, nth, new ValueThenIndex<T>());
            return items[nth];
        }

        static Keyed<T> NanMedian<T>(Span<Keyed<T>> items) where T : unmanaged
        {
            int nanCount = 0;
            foreach (var item in items)
                if (ElementOrder.IsNaN(item.Value)) nanCount++;
            // C++'s division truncates: a row of NaN selects position 0.
            int nth = (items.Length - nanCount - 1) / 2;
            StdAlgorithms.NthElement(items, nth, new ValueThenIndexNaNLast<T>());
            return items[nth];
        }

        /// <summary>
        /// PyTorch's mode: sorts the row (unstably, by value alone) and keeps the first longest run of equal values,
        /// reporting the index of that run's last element in sorted order.
        /// </summary>
        static Keyed<T> Mode<T>(Span<Keyed<T>> items) where T : unmanaged
        {
            StdAlgorithms.Sort(items, new AscendingIeee<T>());
            var mode = items[0];
            int run = 0, longest = 0;
            for (int i = 0; i < items.Length; i++)
            {
                run++;
                if (i == items.Length - 1 || !ElementOrder.Equal(items[i].Value, items[i + 1].Value))
                {
                    if (run > longest)
                    {
                        mode = items[i];
                        longest = run;
                    }
                    run = 0;
                }
            }
            return mode;
        }
    }
}
