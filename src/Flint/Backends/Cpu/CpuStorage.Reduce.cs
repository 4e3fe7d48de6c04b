using System.Numerics.Tensors;

namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    /// <summary>
    /// Reduces each destination element over the source elements that map onto it. Sums and products
    /// accumulate in double (floating sources) or long (integer and bool sources); max and min compare in
    /// those types with NaN propagating; the results narrow into the destination's dtype at the end.
    /// </summary>
    public void Reduce(ReduceOp op, Layout layout, IStorage destination, Layout destinationLayout)
    {
        var target = Cpu(destination, op.ToString());
        var shape = layout.Shape;
        var outerShape = new List<long>();
        var outerSource = new List<long>();
        var outerTarget = new List<long>();
        var innerShape = new List<long>();
        var innerSource = new List<long>();
        for (int d = 0; d < shape.Length; d++)
        {
            if (destinationLayout.Strides[d] == 0 && shape[d] != 1)
            {
                innerShape.Add(shape[d]);
                innerSource.Add(layout.Strides[d]);
            }
            else
            {
                outerShape.Add(shape[d]);
                outerSource.Add(layout.Strides[d]);
                outerTarget.Add(destinationLayout.Strides[d]);
            }
        }
        long[] outer = outerShape.ToArray();
        long outputs = Shape.NumelOf(outer);
        var outputsLayout = Layout.Contiguous(outer);
        var innerPlan = new StridedPlan(innerShape.ToArray(), new Layout(innerShape.ToArray(), innerSource.ToArray(), 0));
        // Where each output's reduction starts in the source: a gather of offsets through the outer layout.
        var starts = new long[outputs];
        new StridedPlan(outer, new Layout(outer, outerSource.ToArray(), layout.Offset), outputsLayout)
            .Execute(new OffsetRow(starts), long.MaxValue);

        bool floating = DType.IsFloatingPoint();
        bool predicate = op is ReduceOp.Any or ReduceOp.All;
        var results = Allocate(predicate ? DType.Bool : floating ? DType.Float64 : DType.Int64, outputs);
        long grain = Math.Max(1, ParallelFor.DefaultGrain / Math.Max(1, innerPlan.Numel));
        ParallelFor.Run(outputs, grain, (first, end) =>
        {
            var accumulator = ReduceAccumulator.Create(this, op);
            for (long o = first; o < end; o++)
            {
                accumulator.Reset();
                if (innerPlan.Numel > 0) innerPlan.ExecuteSerial(accumulator, starts[o]);
                accumulator.Store(results, o);
            }
        });
        results.CopyTo(outputsLayout, target, new Layout(outer, outerTarget.ToArray(), destinationLayout.Offset));
    }

    readonly struct OffsetRow(long[] starts) : IRowKernel
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            for (long i = 0; i < count; i++) starts[offsets[1] + i * strides[1]] = offsets[0] + i * strides[0];
        }
    }

    abstract class ReduceAccumulator : IRowKernel
    {
        protected readonly ReduceOp Op;
        protected double Floating;
        protected long Integer;
        protected bool Flag;

        protected ReduceAccumulator(ReduceOp op) => Op = op;

        public static ReduceAccumulator Create(CpuStorage source, ReduceOp op) => source.DType switch
        {
            DType.Bool => new Typed<bool>(source, op),
            DType.UInt8 => new Typed<byte>(source, op),
            DType.Int8 => new Typed<sbyte>(source, op),
            DType.Int16 => new Typed<short>(source, op),
            DType.Int32 => new Typed<int>(source, op),
            DType.Int64 => new Typed<long>(source, op),
            DType.Float16 => new Typed<Half>(source, op),
            DType.BFloat16 => new Typed<BFloat16>(source, op),
            DType.Float32 => new Typed<float>(source, op),
            _ => new Typed<double>(source, op),
        };

        public void Reset()
        {
            Floating = Op switch { ReduceOp.Prod => 1, ReduceOp.Max => double.NegativeInfinity, ReduceOp.Min => double.PositiveInfinity, _ => 0 };
            Integer = Op switch { ReduceOp.Prod => 1, ReduceOp.Max => long.MinValue, ReduceOp.Min => long.MaxValue, _ => 0 };
            Flag = Op == ReduceOp.All;
        }

        public void Store(CpuStorage results, long index)
        {
            switch (results.DType)
            {
                case DType.Bool: results.Ref<bool>(index) = Flag; break;
                case DType.Float64: results.Ref<double>(index) = Floating; break;
                default: results.Ref<long>(index) = Integer; break;
            }
        }

        public abstract void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count);

        sealed class Typed<T>(CpuStorage source, ReduceOp op) : ReduceAccumulator(op) where T : unmanaged
        {
            public override void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
            {
                long offset = offsets[0], stride = strides[0];
                if (Op == ReduceOp.Sum && stride == 1 && typeof(T) == typeof(float))
                {
                    Floating += TensorPrimitives.Sum(source.AsSpan<float>(offset, count));
                    return;
                }
                if (Op == ReduceOp.Sum && stride == 1 && typeof(T) == typeof(double))
                {
                    Floating += TensorPrimitives.Sum(source.AsSpan<double>(offset, count));
                    return;
                }
                bool floating = ElementConvert.IsFloating<T>();
                for (long i = 0; i < count; i++)
                {
                    T value = source.Ref<T>(offset + i * stride);
                    switch (Op)
                    {
                        case ReduceOp.Any: Flag |= ElementConvert.IsNonZero(value); break;
                        case ReduceOp.All: Flag &= ElementConvert.IsNonZero(value); break;
                        default:
                            if (floating) Floating = Combine(Floating, ElementConvert.ToDouble(value));
                            else Integer = Combine(Integer, ElementConvert.ToInt64(value));
                            break;
                    }
                }
            }

            double Combine(double acc, double x) => Op switch
            {
                ReduceOp.Sum => acc + x,
                ReduceOp.Prod => acc * x,
                // Once NaN, always NaN: PyTorch's max and min propagate it.
                ReduceOp.Max => !double.IsNaN(acc) && (x > acc || double.IsNaN(x)) ? x : acc,
                _ => !double.IsNaN(acc) && (x < acc || double.IsNaN(x)) ? x : acc,
            };

            long Combine(long acc, long x) => Op switch
            {
                ReduceOp.Sum => unchecked(acc + x),
                ReduceOp.Prod => unchecked(acc * x),
                ReduceOp.Max => Math.Max(acc, x),
                _ => Math.Min(acc, x),
            };
        }
    }
}
