using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Flint.Backends.Cpu;

namespace Flint;

public static partial class Torch
{
    /// <summary>Uninitialised tensor (PyTorch's <c>torch.empty</c>).</summary>
    public static Tensor Empty(params long[] size) => Empty(size, dtype: null);

    public static Tensor Empty(long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Flint.Tensor.Allocate(size, dtype ?? defaultDType, device ?? Device.Cpu).RequiresGrad_(requiresGrad);

    public static Tensor Zeros(params long[] size) => Zeros(size, dtype: null);

    public static Tensor Zeros(long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Full(size, 0, dtype ?? defaultDType, device, requiresGrad);

    public static Tensor Ones(params long[] size) => Ones(size, dtype: null);

    public static Tensor Ones(long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Full(size, 1, dtype ?? defaultDType, device, requiresGrad);

    /// <summary>
    /// A tensor filled with <paramref name="fillValue"/>. Without a dtype, the value decides as in PyTorch:
    /// bool gives Bool, an integer gives Int64, a floating value the default dtype.
    /// </summary>
    public static Tensor Full(long[] size, Scalar fillValue, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        var tensor = Flint.Tensor.Allocate(size, dtype ?? fillValue.DType, device ?? Device.Cpu);
        tensor.Storage.Fill(tensor.Layout, fillValue);
        return tensor.RequiresGrad_(requiresGrad);
    }

    public static Tensor EmptyLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Empty(input.Shape.ToArray(), dtype ?? input.DType, device ?? input.Device, requiresGrad);

    public static Tensor ZerosLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Zeros(input.Shape.ToArray(), dtype ?? input.DType, device ?? input.Device, requiresGrad);

    public static Tensor OnesLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Ones(input.Shape.ToArray(), dtype ?? input.DType, device ?? input.Device, requiresGrad);

    public static Tensor FullLike(Tensor input, Scalar fillValue, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Full(input.Shape.ToArray(), fillValue, dtype ?? input.DType, device ?? input.Device, requiresGrad);

    /// <summary>
    /// Values from <paramref name="start"/> up to (not including) <paramref name="end"/>. Integer arguments give
    /// Int64, any floating argument the default dtype (PyTorch's inference); values are <c>start + i * step</c>
    /// computed in double, then converted.
    /// </summary>
    public static Tensor Arange(Scalar start, Scalar end, Scalar step, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        bool floating = start.IsFloatingPoint || end.IsFloatingPoint || step.IsFloatingPoint;
        DType resultType = dtype ?? (floating ? defaultDType : DType.Int64);
        double first = start.ToDouble(), last = end.ToDouble(), increment = step.ToDouble();
        if (increment == 0) throw new ArgumentException("arange: step must be nonzero");
        if (!double.IsFinite(first) || !double.IsFinite(last))
            throw new ArgumentException($"arange: unsupported range: {start} -> {end}");
        if ((increment > 0 && last < first) || (increment < 0 && last > first))
            throw new ArgumentException("arange: upper bound and larger bound inconsistent with step sign");
        long count = (long)Math.Ceiling((last - first) / increment);
        var values = new double[count];
        for (long i = 0; i < count; i++) values[i] = first + i * increment;
        if (!floating && resultType.IsFloatingPoint() == false)
        {
            var integers = new long[count];
            long from = start.ToInt64(), by = step.ToInt64();
            for (long i = 0; i < count; i++) integers[i] = from + i * by;
            return FromDense(integers, [count], resultType, device, requiresGrad);
        }
        return FromDense(values, [count], resultType, device, requiresGrad);
    }

    public static Tensor Arange(Scalar end, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Arange(0, end, 1, dtype, device, requiresGrad);

    public static Tensor Arange(Scalar start, Scalar end, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Arange(start, end, 1, dtype, device, requiresGrad);

    /// <summary>
    /// <paramref name="steps"/> evenly spaced values from start to end inclusive. As PyTorch's CPU kernel, the
    /// first half counts up from start and the second half down from end, in the dtype (double for integers).
    /// </summary>
    public static Tensor Linspace(double start, double end, long steps, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        if (steps < 0) throw new ArgumentException("linspace: number of steps must be non-negative");
        DType resultType = dtype ?? defaultDType;
        var values = new double[steps];
        long halfway = steps / 2;
        if (resultType == DType.Float32 || resultType == DType.Float16 || resultType == DType.BFloat16)
        {
            float first = (float)start, last = (float)end, step = steps > 1 ? (last - first) / (steps - 1) : 0;
            for (long i = 0; i < steps; i++) values[i] = i < halfway ? first + step * i : last - step * (steps - i - 1);
        }
        else
        {
            double step = steps > 1 ? (end - start) / (steps - 1) : 0;
            for (long i = 0; i < steps; i++) values[i] = i < halfway ? start + step * i : end - step * (steps - i - 1);
        }
        if (steps == 1) values[0] = start;
        return FromDense(values, [steps], resultType, device, requiresGrad);
    }

    /// <summary><c>base ** linspace(start, end, steps)</c> (PyTorch's <c>torch.logspace</c>).</summary>
    public static Tensor Logspace(double start, double end, long steps, double @base = 10.0, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        if (steps < 0) throw new ArgumentException("logspace: number of steps must be non-negative");
        DType resultType = dtype ?? defaultDType;
        var values = new double[steps];
        long halfway = steps / 2;
        double step = steps > 1 ? (end - start) / (steps - 1) : 0;
        for (long i = 0; i < steps; i++)
            values[i] = Math.Pow(@base, i < halfway ? start + step * i : end - step * (steps - i - 1));
        if (steps == 1) values[0] = Math.Pow(@base, start);
        return FromDense(values, [steps], resultType, device, requiresGrad);
    }

    /// <summary>A 2-d tensor with ones on the diagonal (PyTorch's <c>torch.eye</c>).</summary>
    public static Tensor Eye(long n, long? m = null, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        long columns = m ?? n;
        if (n < 0 || columns < 0) throw new ArgumentException($"eye: n and m must be non-negative, got {n} and {columns}");
        var eye = Zeros([n, columns], dtype ?? defaultDType, device);
        var diagonal = eye.Layout.Diagonal(0, 0, 1);
        eye.Storage.Fill(diagonal, 1);
        return eye.RequiresGrad_(requiresGrad);
    }

    /// <summary>
    /// Wraps <paramref name="data"/> without copying (PyTorch's <c>torch.from_numpy</c>): writes through the tensor
    /// are seen in the array and vice versa. The dtype is the array's element type exactly.
    /// </summary>
    public static Tensor FromArray<T>(T[] data, params long[] shape) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(data);
        long[] sizes = shape.Length == 0 ? [data.LongLength] : shape;
        if (Shape.NumelOf(sizes) != data.LongLength)
            throw new ArgumentException($"FromArray: shape {Shape.Format(sizes)} is invalid for an array of {data.LongLength} elements.");
        return new Flint.Tensor(new CpuStorage(data, DType.Of<T>()), Layout.Contiguous(sizes));
    }

    /// <summary>A contiguous tensor over an existing storage (used by deserialisers).</summary>
    public static Tensor FromStorage(Backends.IStorage storage, long[] shape) =>
        Shape.NumelOf(shape) <= storage.Count
            ? new Flint.Tensor(storage, Layout.Contiguous(shape))
            : throw new ArgumentException($"FromStorage: shape {Shape.Format(shape)} needs more than the storage's {storage.Count} elements.");

    // Creation from C# values copies, like torch.tensor. A C# int or double is treated as a Python int or float
    // literal (Int64, default dtype); every other element type keeps its own dtype.

    public static Tensor Tensor(Scalar value, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Full([], value, dtype, device, requiresGrad);

    public static Tensor Tensor<T>(T[] data, DType? dtype = null, Device? device = null, bool requiresGrad = false) where T : unmanaged =>
        FromData(data, [data.LongLength], dtype, device, requiresGrad);

    public static Tensor Tensor<T>(T[,] data, DType? dtype = null, Device? device = null, bool requiresGrad = false) where T : unmanaged =>
        FromData(Flatten<T>(data), [data.GetLongLength(0), data.GetLongLength(1)], dtype, device, requiresGrad);

    public static Tensor Tensor<T>(T[,,] data, DType? dtype = null, Device? device = null, bool requiresGrad = false) where T : unmanaged =>
        FromData(Flatten<T>(data), [data.GetLongLength(0), data.GetLongLength(1), data.GetLongLength(2)], dtype, device, requiresGrad);

    public static Tensor Tensor<T>(T[,,,] data, DType? dtype = null, Device? device = null, bool requiresGrad = false) where T : unmanaged =>
        FromData(Flatten<T>(data), [data.GetLongLength(0), data.GetLongLength(1), data.GetLongLength(2), data.GetLongLength(3)], dtype, device, requiresGrad);

    static T[] Flatten<T>(Array data) where T : unmanaged =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(data)), data.Length).ToArray();

    static Tensor FromData<T>(T[] data, long[] shape, DType? dtype, Device? device, bool requiresGrad) where T : unmanaged
    {
        DType inferred = typeof(T) == typeof(int) ? DType.Int64 : typeof(T) == typeof(double) ? defaultDType : DType.Of<T>();
        return FromDense((T[])data.Clone(), shape, dtype ?? inferred, device, requiresGrad);
    }

    /// <summary>A tensor of <paramref name="dtype"/> from a dense array it may take ownership of.</summary>
    internal static Tensor FromDense<T>(T[] data, long[] shape, DType dtype, Device? device, bool requiresGrad) where T : unmanaged
    {
        var source = new Flint.Tensor(new CpuStorage(data, DType.Of<T>()), Layout.Contiguous(shape));
        var result = source.DType == dtype && (device ?? Device.Cpu).IsCpu ? source : source.To(dtype, device ?? Device.Cpu);
        return result.RequiresGrad_(requiresGrad);
    }
}
