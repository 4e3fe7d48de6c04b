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
                var items = new Keyed<T>[n];
                for (long row = first; row < end; row++)
                {
                    self.ReadRow<T>(plan, row, items);
                    var result = op switch
                    {
                        RowStatistic.Max => Extreme(items, largest: true),
                        RowStatistic.Min => Extreme(items, largest: false),
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
        static Keyed<T> Extreme<T>(Span<Keyed<T>> items, bool largest) where T : unmanaged
        {
            var best = items[0];
            foreach (var item in items)
            {
                if (ElementOrder.IsNaN(item.Value)) return item;
                if (largest ? ElementOrder.Greater(item.Value, best.Value) : ElementOrder.Less(item.Value, best.Value)) best = item;
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
