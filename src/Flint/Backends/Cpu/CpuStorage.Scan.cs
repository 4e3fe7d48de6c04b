namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    /// <summary>
    /// Scans each row in order, as PyTorch's CPU kernels do: sums and products accumulate in PyTorch's CPU accumulation
    /// type (double for float and double, float for the half types, long for integers) and round each running value
    /// into the destination; running max/min take a later value that equals the extreme or is NaN.
    /// </summary>
    public void Scan(ScanOp op, Layout layout, int dim, IStorage destination, Layout destinationLayout, IStorage? indices, Layout? indicesLayout)
    {
        var target = Cpu(destination, op.ToString());
        if (target.DType != DType)
            throw new ArgumentException($"{op}: expected the destination to have dtype {DType.TorchName()}, got {target.DType.TorchName()}.");
        var rows = indices is null
            ? new DimRows(dim, layout, destinationLayout)
            : new DimRows(dim, layout, destinationLayout, indicesLayout!);
        var indexTarget = indices is null ? null : Cpu(indices, op.ToString());
        DTypeDispatch.Any(DType, new ScanKernel(this, rows, layout.Shape[dim], op, target, indexTarget));
    }

    readonly struct ScanKernel(CpuStorage source, DimRows rows, long length, ScanOp op, CpuStorage target, CpuStorage? indices) : IElementKernel
    {
        public void Run<T>() where T : unmanaged
        {
            var (self, plan, n, scan, output, outIndices) = (source, rows, length, op, target, indices);
            plan.Run(n, (first, end) =>
            {
                for (long row = first; row < end; row++)
                {
                    long from = plan.Start(0, row), fromStride = plan.Stride(0);
                    long to = plan.Start(1, row), toStride = plan.Stride(1);
                    switch (scan)
                    {
                        case ScanOp.Sum or ScanOp.Prod or ScanOp.LogSumExp:
                            Accumulate<T>(self, from, fromStride, output, to, toStride, n, scan);
                            break;
                        default:
                            RunningExtreme<T>(self, from, fromStride, output, to, toStride, outIndices!, plan.Start(2, row), plan.Stride(2), n, scan == ScanOp.Max);
                            break;
                    }
                }
            });
        }

        static void Accumulate<T>(CpuStorage source, long from, long fromStride, CpuStorage output, long to, long toStride, long n, ScanOp scan)
            where T : unmanaged
        {
            if (!ElementConvert.IsFloating<T>())
            {
                long total = scan == ScanOp.Prod ? 1 : 0;
                for (long i = 0; i < n; i++)
                {
                    long x = ElementConvert.ToInt64(source.Ref<T>(from + i * fromStride));
                    total = scan == ScanOp.Prod ? unchecked(total * x) : unchecked(total + x);
                    output.Ref<T>(to + i * toStride) = ElementConvert.FromInt64<T>(total);
                }
                return;
            }
            // The half types accumulate in float, rounding after every step; float and double in double.
            bool inFloat = typeof(T) == typeof(Half) || typeof(T) == typeof(BFloat16);
            double running = scan switch { ScanOp.Prod => 1, ScanOp.LogSumExp => double.NegativeInfinity, _ => 0 };
            for (long i = 0; i < n; i++)
            {
                double x = ElementConvert.ToDouble(source.Ref<T>(from + i * fromStride));
                running = scan switch
                {
                    ScanOp.Sum => running + x,
                    ScanOp.Prod => running * x,
                    _ => LogAddExp(x, running),
                };
                if (inFloat) running = (float)running;
                output.Ref<T>(to + i * toStride) = ElementConvert.FromDouble<T>(running);
            }
        }

        /// <summary>
        /// <c>log(exp(x) + exp(y))</c> as PyTorch's logcumsumexp step: NaN in the running value stays; two equal infinities
        /// give x (no inf - inf).
        /// </summary>
        static double LogAddExp(double x, double y)
        {
            double min = double.IsNaN(y) ? y : (y < x ? y : x);
            double max = double.IsNaN(y) ? y : (x < y ? y : x);
            if (min != max || double.IsFinite(min)) return max + PreciseMath.Log1p(Math.Exp(min - max));
            return x;
        }

        static void RunningExtreme<T>(CpuStorage source, long from, long fromStride, CpuStorage output, long to, long toStride,
            CpuStorage indices, long indexTo, long indexStride, long n, bool max) where T : unmanaged
        {
            T extreme = source.Ref<T>(from);
            long at = 0;
            for (long i = 0; i < n; i++)
            {
                T x = source.Ref<T>(from + i * fromStride);
                bool takes = ElementOrder.IsNaN(x) || (!ElementOrder.IsNaN(extreme) &&
                    (max ? !ElementOrder.Less(x, extreme) : !ElementOrder.Greater(x, extreme)));
                if (takes)
                {
                    extreme = x;
                    at = i;
                }
                output.Ref<T>(to + i * toStride) = extreme;
                indices.Ref<long>(indexTo + i * indexStride) = at;
            }
        }
    }
}
