using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu;

public sealed partial class CpuStorage
{
    public void AddScaled(Layout layout, IStorage other, Layout otherLayout, Scalar alpha, IStorage destination, Layout destinationLayout)
    {
        var right = Cpu(other, "add");
        var target = Cpu(destination, "add");
        if (right.DType != DType || target.DType != DType)
            throw new ArgumentException($"add: expected one dtype, got {DType.TorchName()}, {right.DType.TorchName()} and {target.DType.TorchName()}.");
        switch (DType)
        {
            case DType.Bool:
                if (alpha.ToBool()) Binary(BinaryOp.Add, layout, right, otherLayout, target, destinationLayout);
                else CopyTo(layout, target, destinationLayout);
                return;
            case DType.Float16 or DType.BFloat16:
                // PyTorch's half kernels round alpha * other to the half type before adding: two roundings.
                var alphaValue = Allocate(DType, 1);
                alphaValue.Fill(Layout.Contiguous([]), alpha);
                var scaled = Allocate(DType, otherLayout.Numel);
                var scaledLayout = Layout.Contiguous(otherLayout.ShapeArray);
                right.Binary(BinaryOp.Mul, otherLayout, alphaValue, new Layout(otherLayout.ShapeArray, new long[otherLayout.Rank], 0), scaled, scaledLayout);
                Binary(BinaryOp.Add, layout, scaled, scaledLayout, target, destinationLayout);
                return;
        }
        var plan = new StridedPlan(layout.Shape, layout, otherLayout, destinationLayout);
        DTypeDispatch.Numeric(DType, new AddScaledKernel(plan, this, right, target, alpha), "add");
    }

    readonly struct AddScaledKernel(StridedPlan plan, CpuStorage left, CpuStorage right, CpuStorage target, Scalar alpha) : INumericKernel
    {
        public void Run<T>() where T : unmanaged, IBinaryNumber<T> => plan.Execute(new AddScaledRow<T>(left, right, target, ScalarAs<T>(alpha)));
    }

    /// <summary><c>d = a + alpha * b</c>: fused for float and double (TensorPrimitives on dense rows), wrapping for integers.</summary>
    readonly struct AddScaledRow<T>(CpuStorage left, CpuStorage right, CpuStorage target, T alpha) : IRowKernel
        where T : unmanaged, IBinaryNumber<T>
    {
        public void Row(ReadOnlySpan<long> offsets, ReadOnlySpan<long> strides, long count)
        {
            if (strides[0] == 1 && strides[1] == 1 && strides[2] == 1 && TryDense(offsets, count)) return;
            ref T a = ref left.Ref<T>(offsets[0]);
            ref T b = ref right.Ref<T>(offsets[1]);
            ref T d = ref target.Ref<T>(offsets[2]);
            nint sa = (nint)strides[0], sb = (nint)strides[1], sd = (nint)strides[2];
            for (nint i = 0; i < (nint)count; i++)
                Unsafe.Add(ref d, i * sd) = MultiplyAdd(Unsafe.Add(ref b, i * sb), alpha, Unsafe.Add(ref a, i * sa));
        }

        bool TryDense(ReadOnlySpan<long> offsets, long count)
        {
            if (typeof(T) == typeof(float))
                TensorPrimitives.FusedMultiplyAdd(right.AsSpan<float>(offsets[1], count), Unsafe.BitCast<T, float>(alpha), left.AsSpan<float>(offsets[0], count), target.AsSpan<float>(offsets[2], count));
            else if (typeof(T) == typeof(double))
                TensorPrimitives.FusedMultiplyAdd(right.AsSpan<double>(offsets[1], count), Unsafe.BitCast<T, double>(alpha), left.AsSpan<double>(offsets[0], count), target.AsSpan<double>(offsets[2], count));
            else
                return false;
            return true;
        }

        static T MultiplyAdd(T x, T y, T addend)
        {
            if (typeof(T) == typeof(float))
                return Unsafe.BitCast<float, T>(MathF.FusedMultiplyAdd(Unsafe.BitCast<T, float>(x), Unsafe.BitCast<T, float>(y), Unsafe.BitCast<T, float>(addend)));
            if (typeof(T) == typeof(double))
                return Unsafe.BitCast<double, T>(Math.FusedMultiplyAdd(Unsafe.BitCast<T, double>(x), Unsafe.BitCast<T, double>(y), Unsafe.BitCast<T, double>(addend)));
            return addend + x * y;
        }
    }
}
