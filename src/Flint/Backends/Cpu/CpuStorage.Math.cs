using System.Numerics;
using Flint.Backends.Cpu.Ops;

namespace Flint.Backends.Cpu;

/// <summary>
/// The math ops of the op catalogue (rounding, transcendental and special functions, fmod, atan2, shifts, clamp
/// bounds...): their dispatch onto operator structs, and the drivers of the float-only ones, which run on float32
/// and float64 (the tensor layer promotes integers; half types arrive here already widened to float32).
/// </summary>
public sealed partial class CpuStorage
{
    /// <summary>Runs a unary math op; false for the ops <see cref="Unary"/> handles itself.</summary>
    bool TryMathUnary(UnaryOp op, Layout layout, CpuStorage target, Layout destinationLayout)
    {
        switch (op)
        {
            case UnaryOp.Sign: UnaryNumeric<SignOp>(layout, target, destinationLayout); break;
            case UnaryOp.Floor: UnaryFloating<FloorOp>(layout, target, destinationLayout); break;
            case UnaryOp.Ceil: UnaryFloating<CeilOp>(layout, target, destinationLayout); break;
            case UnaryOp.Round: UnaryFloating<RoundOp>(layout, target, destinationLayout); break;
            case UnaryOp.Trunc: UnaryFloating<TruncOp>(layout, target, destinationLayout); break;
            case UnaryOp.Exp2: UnaryFloating<Exp2Op>(layout, target, destinationLayout); break;
            case UnaryOp.Expm1: UnaryFloating<Expm1Op>(layout, target, destinationLayout); break;
            case UnaryOp.Log2: UnaryFloating<Log2Op>(layout, target, destinationLayout); break;
            case UnaryOp.Log10: UnaryFloating<Log10Op>(layout, target, destinationLayout); break;
            case UnaryOp.Log1p: UnaryFloating<Log1pOp>(layout, target, destinationLayout); break;
            case UnaryOp.Rsqrt: UnaryFloating<RsqrtOp>(layout, target, destinationLayout); break;
            case UnaryOp.Sin: UnaryFloating<SinOp>(layout, target, destinationLayout); break;
            case UnaryOp.Cos: UnaryFloating<CosOp>(layout, target, destinationLayout); break;
            case UnaryOp.Tan: UnaryFloating<TanOp>(layout, target, destinationLayout); break;
            case UnaryOp.Asin: UnaryFloating<AsinOp>(layout, target, destinationLayout); break;
            case UnaryOp.Acos: UnaryFloating<AcosOp>(layout, target, destinationLayout); break;
            case UnaryOp.Atan: UnaryFloating<AtanOp>(layout, target, destinationLayout); break;
            case UnaryOp.Sinh: UnaryFloating<SinhOp>(layout, target, destinationLayout); break;
            case UnaryOp.Cosh: UnaryFloating<CoshOp>(layout, target, destinationLayout); break;
            case UnaryOp.Tanh: UnaryFloating<TanhOp>(layout, target, destinationLayout); break;
            case UnaryOp.Asinh: UnaryFloating<AsinhOp>(layout, target, destinationLayout); break;
            case UnaryOp.Acosh: UnaryFloating<AcoshOp>(layout, target, destinationLayout); break;
            case UnaryOp.Atanh: UnaryFloating<AtanhOp>(layout, target, destinationLayout); break;
            case UnaryOp.Sigmoid: UnaryFloating<SigmoidOp>(layout, target, destinationLayout); break;
            case UnaryOp.Erf: UnaryFloating<ErfOp>(layout, target, destinationLayout); break;
            case UnaryOp.Erfc: UnaryFloating<ErfcOp>(layout, target, destinationLayout); break;
            case UnaryOp.Erfinv: UnaryFloating<ErfinvOp>(layout, target, destinationLayout); break;
            case UnaryOp.Lgamma: UnaryFloating<LgammaOp>(layout, target, destinationLayout); break;
            case UnaryOp.Digamma: UnaryFloating<DigammaOp>(layout, target, destinationLayout); break;
            default: return false;
        }
        return true;
    }

    /// <summary>Runs a binary math op on operands of one dtype (Bool already remapped); false for the ops <see cref="Binary"/> handles itself.</summary>
    bool TryMathBinary(BinaryOp op, StridedPlan plan, DType operandType, CpuStorage right, CpuStorage target)
    {
        switch (op)
        {
            case BinaryOp.Fmod: Arithmetic<FmodOp>(plan, operandType, right, target); break;
            case BinaryOp.Fmax: Arithmetic<FmaxOp>(plan, operandType, right, target); break;
            case BinaryOp.Fmin: Arithmetic<FminOp>(plan, operandType, right, target); break;
            case BinaryOp.ClampMin: Arithmetic<ClampMinOp>(plan, operandType, right, target); break;
            case BinaryOp.ClampMax: Arithmetic<ClampMaxOp>(plan, operandType, right, target); break;
            case BinaryOp.LeftShift: Arithmetic<LeftShiftOp>(plan, operandType, right, target); break;
            case BinaryOp.RightShift: Arithmetic<RightShiftOp>(plan, operandType, right, target); break;
            case BinaryOp.Atan2: FloatingArithmetic<Atan2Op>(plan, operandType, right, target); break;
            case BinaryOp.Hypot: FloatingArithmetic<HypotOp>(plan, operandType, right, target); break;
            case BinaryOp.Copysign: FloatingArithmetic<CopysignOp>(plan, operandType, right, target); break;
            default: return false;
        }
        return true;
    }

    void UnaryFloating<TOp>(Layout layout, CpuStorage target, Layout destinationLayout) where TOp : IFloatingUnaryOp =>
        DTypeDispatch.Floating(DType, new FloatingUnaryKernel<TOp>(new StridedPlan(layout.Shape, layout, destinationLayout), this, target), typeof(TOp).Name);

    void FloatingArithmetic<TOp>(StridedPlan plan, DType operandType, CpuStorage right, CpuStorage target) where TOp : IFloatingBinaryOp =>
        DTypeDispatch.Floating(operandType, new FloatingBinaryKernel<TOp>(plan, this, right, target), typeof(TOp).Name);

    // The float-only ops run on the numeric rows through their adapters, instantiated for float and double alone.

    readonly struct FloatingUnaryKernel<TOp>(StridedPlan plan, CpuStorage source, CpuStorage target) : IFloatingKernel where TOp : IFloatingUnaryOp
    {
        public void Run<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T> => plan.Execute(new UnaryRow<T, FloatingUnary<TOp>>(source, target));
    }

    readonly struct FloatingBinaryKernel<TOp>(StridedPlan plan, CpuStorage left, CpuStorage right, CpuStorage target) : IFloatingKernel where TOp : IFloatingBinaryOp
    {
        public void Run<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T> => plan.Execute(new BinaryRow<T, FloatingBinary<TOp>>(left, right, target));
    }
}
