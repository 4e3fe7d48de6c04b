using System.Numerics;
using System.Runtime.CompilerServices;
using Flint.Backends.Cpu.Ops;

namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    public void Unary(UnaryOp op, Layout layout, IStorage destination, Layout destinationLayout)
    {
        var target = Cpu(destination, op.ToString());
        if (op == UnaryOp.LogicalNot)
        {
            // not(x) == (x == 0)
            var zero = Allocate(DType, 1, zeroed: true);
            Binary(BinaryOp.Eq, layout, zero, new Layout(layout.ShapeArray, new long[layout.Rank], 0), target, destinationLayout);
            return;
        }
        if (DType is DType.Float16 or DType.BFloat16)
        {
            ViaFloat32(layout, destinationLayout, target, (source, sourceLayout, result, resultLayout) => source.Unary(op, sourceLayout, result, resultLayout));
            return;
        }
        if (DType == DType.Bool)
        {
            if (op != UnaryOp.BitwiseNot) throw new ArgumentException($"{op} is not implemented for 'Bool' tensors.");
            Unary(UnaryOp.LogicalNot, layout, destination, destinationLayout);
            return;
        }
        switch (op)
        {
            case UnaryOp.Neg: UnaryNumeric<NegOp>(layout, target, destinationLayout); break;
            case UnaryOp.Abs: UnaryNumeric<AbsOp>(layout, target, destinationLayout); break;
            case UnaryOp.Exp: UnaryNumeric<ExpOp>(layout, target, destinationLayout); break;
            case UnaryOp.Log: UnaryNumeric<LogOp>(layout, target, destinationLayout); break;
            case UnaryOp.Sqrt: UnaryNumeric<SqrtOp>(layout, target, destinationLayout); break;
            case UnaryOp.BitwiseNot: UnaryNumeric<BitwiseNotOp>(layout, target, destinationLayout); break;
            default: throw new ArgumentOutOfRangeException(nameof(op), op, null);
        }
    }

    void UnaryNumeric<TOp>(Layout layout, CpuStorage target, Layout destinationLayout) where TOp : IUnaryOp =>
        DTypeDispatch.Numeric(DType, new UnaryKernel<TOp>(new StridedPlan(layout.Shape, layout, destinationLayout), this, target), typeof(TOp).Name);

    public void Binary(BinaryOp op, Layout layout, IStorage other, Layout otherLayout, IStorage destination, Layout destinationLayout)
    {
        var right = Cpu(other, op.ToString());
        var target = Cpu(destination, op.ToString());
        if (right.DType != DType)
            throw new ArgumentException($"{op}: expected both operands to have one dtype, got {DType.TorchName()} and {right.DType.TorchName()}.");
        if (DType is DType.Float16 or DType.BFloat16)
        {
            // PyTorch's half kernels keep the first operand on ties (std::max), its float kernels the second
            // (_mm256_max_ps); only signed zeros can tell, and swapping the operands of the float32 op repeats it.
            var (first, firstLayout, second, secondLayout) = op is BinaryOp.Maximum or BinaryOp.Minimum
                ? (right, otherLayout, this, layout)
                : (this, layout, right, otherLayout);
            var second32 = second.Converted(secondLayout, DType.Float32, out Layout second32Layout);
            first.ViaFloat32(firstLayout, destinationLayout, target, (source, sourceLayout, result, resultLayout) =>
                source.Binary(op, sourceLayout, second32, second32Layout, result, resultLayout));
            return;
        }
        if (op is BinaryOp.Remainder or BinaryOp.FloorDivide && DType.IsIntegral() && !right.AllNonZero(otherLayout))
            throw new DivideByZeroException("ZeroDivisionError");
        // Bool tensors compute on their bytes: + is "or", * is "and", comparisons order False < True.
        var operandType = DType == DType.Bool ? DType.UInt8 : DType;
        op = DType != DType.Bool ? op : op switch
        {
            BinaryOp.Add or BinaryOp.Maximum => BinaryOp.BitwiseOr,
            BinaryOp.Mul or BinaryOp.Minimum => BinaryOp.BitwiseAnd,
            BinaryOp.Sub or BinaryOp.Div or BinaryOp.Remainder or BinaryOp.FloorDivide or BinaryOp.Pow =>
                throw new ArgumentException($"{op} is not implemented for 'Bool' tensors."),
            _ => op,
        };
        var plan = new StridedPlan(layout.Shape, layout, otherLayout, destinationLayout);
        switch (op)
        {
            case BinaryOp.Add: Arithmetic<AddOp>(plan, operandType, right, target); break;
            case BinaryOp.Sub: Arithmetic<SubOp>(plan, operandType, right, target); break;
            case BinaryOp.Mul: Arithmetic<MulOp>(plan, operandType, right, target); break;
            case BinaryOp.Div: Arithmetic<DivOp>(plan, operandType, right, target); break;
            case BinaryOp.Remainder: Arithmetic<RemainderOp>(plan, operandType, right, target); break;
            case BinaryOp.FloorDivide: Arithmetic<FloorDivideOp>(plan, operandType, right, target); break;
            case BinaryOp.Maximum: Arithmetic<MaximumOp>(plan, operandType, right, target); break;
            case BinaryOp.Minimum: Arithmetic<MinimumOp>(plan, operandType, right, target); break;
            case BinaryOp.Pow: Arithmetic<PowOp>(plan, operandType, right, target); break;
            case BinaryOp.BitwiseAnd: Arithmetic<BitwiseAndOp>(plan, operandType, right, target); break;
            case BinaryOp.BitwiseOr: Arithmetic<BitwiseOrOp>(plan, operandType, right, target); break;
            case BinaryOp.BitwiseXor: Arithmetic<BitwiseXorOp>(plan, operandType, right, target); break;
            case BinaryOp.Eq: Predicate<EqOp>(plan, operandType, right, target); break;
            case BinaryOp.Ne: Predicate<NeOp>(plan, operandType, right, target); break;
            case BinaryOp.Lt: Predicate<LtOp>(plan, operandType, right, target); break;
            case BinaryOp.Le: Predicate<LeOp>(plan, operandType, right, target); break;
            case BinaryOp.Gt: Predicate<GtOp>(plan, operandType, right, target); break;
            case BinaryOp.Ge: Predicate<GeOp>(plan, operandType, right, target); break;
            case BinaryOp.LogicalAnd: Predicate<LogicalAndOp>(plan, operandType, right, target); break;
            case BinaryOp.LogicalOr: Predicate<LogicalOrOp>(plan, operandType, right, target); break;
            case BinaryOp.LogicalXor: Predicate<LogicalXorOp>(plan, operandType, right, target); break;
            default: throw new ArgumentOutOfRangeException(nameof(op), op, null);
        }
    }

    void Arithmetic<TOp>(StridedPlan plan, DType operandType, CpuStorage right, CpuStorage target) where TOp : IBinaryOp =>
        DTypeDispatch.Numeric(operandType, new BinaryKernel<TOp>(plan, this, right, target), typeof(TOp).Name);

    void Predicate<TOp>(StridedPlan plan, DType operandType, CpuStorage right, CpuStorage target) where TOp : IPredicateOp =>
        DTypeDispatch.Numeric(operandType, new PredicateKernel<TOp>(plan, this, right, target), typeof(TOp).Name);

    readonly struct UnaryKernel<TOp>(StridedPlan plan, CpuStorage source, CpuStorage target) : INumericKernel where TOp : IUnaryOp
    {
        public void Run<T>() where T : unmanaged, IBinaryNumber<T> => plan.Execute(new UnaryRow<T, TOp>(source, target));
    }

    readonly struct BinaryKernel<TOp>(StridedPlan plan, CpuStorage left, CpuStorage right, CpuStorage target) : INumericKernel where TOp : IBinaryOp
    {
        public void Run<T>() where T : unmanaged, IBinaryNumber<T> => plan.Execute(new BinaryRow<T, TOp>(left, right, target));
    }

    readonly struct PredicateKernel<TOp>(StridedPlan plan, CpuStorage left, CpuStorage right, CpuStorage target) : INumericKernel where TOp : IPredicateOp
    {
        public void Run<T>() where T : unmanaged, IBinaryNumber<T> => plan.Execute(new PredicateRow<T, TOp>(left, right, target));
    }

    /// <summary>Integer division checks its divisors before writing anything, so a failed in-place op leaves its output untouched.</summary>
    bool AllNonZero(Layout layout)
    {
        var flag = Allocate(DType.Bool, 1);
        Reduce(ReduceOp.All, layout, flag, new Layout(layout.ShapeArray, new long[layout.Rank], 0));
        return flag.Ref<bool>();
    }

    /// <summary>
    /// Half and bfloat16 compute in float32 and round each result, as PyTorch's CPU kernels do:
    /// the operand is widened densely, the float32 op runs, and the result narrows into the destination.
    /// </summary>
    void ViaFloat32(Layout layout, Layout destinationLayout, CpuStorage target, Action<CpuStorage, Layout, CpuStorage, Layout> compute)
    {
        var source32 = Converted(layout, DType.Float32, out Layout source32Layout);
        var resultType = target.DType is DType.Float16 or DType.BFloat16 ? DType.Float32 : target.DType;
        var result = Allocate(resultType, layout.Numel);
        var resultLayout = Layout.Contiguous(layout.ShapeArray);
        compute(source32, source32Layout, result, resultLayout);
        result.CopyTo(resultLayout, target, destinationLayout);
    }

    /// <summary>A dense copy of the elements under <paramref name="layout"/> converted to <paramref name="dtype"/>.</summary>
    internal CpuStorage Converted(Layout layout, DType dtype, out Layout denseLayout)
    {
        denseLayout = Layout.Contiguous(layout.ShapeArray);
        var copy = Allocate(dtype, layout.Numel);
        CopyTo(layout, copy, denseLayout);
        return copy;
    }

    readonly struct UnaryRow<T, TOp>(CpuStorage source, CpuStorage target) : IRowKernel
        where T : unmanaged, IBinaryNumber<T> where TOp : IUnaryOp
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            if (strides[0] == 1 && strides[1] == 1 && TOp.TryInvoke<T>(source.AsSpan<T>(offsets[0], count), target.AsSpan<T>(offsets[1], count)))
                return;
            ref T x = ref source.Ref<T>(offsets[0]);
            ref T d = ref target.Ref<T>(offsets[1]);
            nint sx = (nint)strides[0], sd = (nint)strides[1];
            for (nint i = 0; i < (nint)count; i++) Unsafe.Add(ref d, i * sd) = TOp.Invoke(Unsafe.Add(ref x, i * sx));
        }
    }

    readonly struct BinaryRow<T, TOp>(CpuStorage left, CpuStorage right, CpuStorage target) : IRowKernel
        where T : unmanaged, IBinaryNumber<T> where TOp : IBinaryOp
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            long sa = strides[0], sb = strides[1], sd = strides[2];
            if (sd == 1)
            {
                var d = target.AsSpan<T>(offsets[2], count);
                if (sa == 1 && sb == 1 && TOp.TryInvoke<T>(left.AsSpan<T>(offsets[0], count), right.AsSpan<T>(offsets[1], count), d)) return;
                if (sa == 1 && sb == 0 && TOp.TryInvoke(left.AsSpan<T>(offsets[0], count), right.Ref<T>(offsets[1]), d)) return;
            }
            ref T a = ref left.Ref<T>(offsets[0]);
            ref T b = ref right.Ref<T>(offsets[1]);
            ref T o = ref target.Ref<T>(offsets[2]);
            for (nint i = 0; i < (nint)count; i++)
                Unsafe.Add(ref o, i * (nint)sd) = TOp.Invoke(Unsafe.Add(ref a, i * (nint)sa), Unsafe.Add(ref b, i * (nint)sb));
        }
    }

    readonly struct PredicateRow<T, TOp>(CpuStorage left, CpuStorage right, CpuStorage target) : IRowKernel
        where T : unmanaged, IBinaryNumber<T> where TOp : IPredicateOp
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            nint sa = (nint)strides[0], sb = (nint)strides[1], sd = (nint)strides[2];
            ref T a = ref left.Ref<T>(offsets[0]);
            ref T b = ref right.Ref<T>(offsets[1]);
            ref bool o = ref target.Ref<bool>(offsets[2]);
            for (nint i = 0; i < (nint)count; i++)
                Unsafe.Add(ref o, i * sd) = TOp.Invoke(Unsafe.Add(ref a, i * sa), Unsafe.Add(ref b, i * sb));
        }
    }
}
