using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Flint.Backends.Cpu;

namespace Flint;

public static partial class Torch
{
    /// <summary>Uninitialised tensor (PyTorch's <c>torch.empty</c>).</summary>
    public static Tensor Empty(params long[] size) => Empty(size, dtype: null);

    public static Tensor Empty(long[] size, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        var tensor = Flint.Tensor.Allocate(size, dtype ?? defaultDType, device ?? Device.Cpu);
        CheckRequiresGrad(tensor.DType, requiresGrad);
        return tensor.RequiresGrad_(requiresGrad);
    }

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
    public static Tensor Full(long[] size, Scalar fillValue, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Filled(Flint.Tensor.Allocate(size, dtype ?? fillValue.DType, device ?? Device.Cpu), fillValue, requiresGrad);

    /// <summary>Fills a new tensor, refusing values its dtype cannot hold (PyTorch's checked <c>Scalar::to</c>).</summary>
    static Tensor Filled(Tensor tensor, Scalar fillValue, bool requiresGrad)
    {
        ScalarOverflow.Check(fillValue, tensor.DType);
        CheckRequiresGrad(tensor.DType, requiresGrad);
        tensor.Storage.Fill(tensor.Layout, fillValue);
        return tensor.RequiresGrad_(requiresGrad);
    }

    // The ...Like forms keep the input's strides when it is dense (PyTorch's preserve_format), else are row-major.

    public static Tensor EmptyLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        var tensor = input.AllocateLike(dtype ?? input.DType, device ?? input.Device);
        CheckRequiresGrad(tensor.DType, requiresGrad);
        return tensor.RequiresGrad_(requiresGrad);
    }

    public static Tensor ZerosLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        FullLike(input, 0, dtype, device, requiresGrad);

    public static Tensor OnesLike(Tensor input, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        FullLike(input, 1, dtype, device, requiresGrad);

    public static Tensor FullLike(Tensor input, Scalar fillValue, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Filled(input.AllocateLike(dtype ?? input.DType, device ?? input.Device), fillValue, requiresGrad);

    /// <summary>Factories refuse <paramref name="requiresGrad"/> on non-floating dtypes with PyTorch's factory message.</summary>
    static void CheckRequiresGrad(DType dtype, bool requiresGrad)
    {
        if (requiresGrad && !dtype.IsFloatingPoint())
            throw new InvalidOperationException("Only Tensors of floating point and complex dtype can require gradients");
    }

    /// <summary>A 2-d tensor with ones on the diagonal (PyTorch's <c>torch.eye</c>).</summary>
    public static Tensor Eye(long n, long? m = null, DType? dtype = null, Device? device = null, bool requiresGrad = false)
    {
        if (n < 0) throw new ArgumentException($"n must be greater or equal to 0, got {n}");
        long columns = m ?? n;
        if (columns < 0) throw new ArgumentException($"m must be greater or equal to 0, got {columns}");
        var eye = Zeros([n, columns], dtype ?? defaultDType, device);
        eye.Storage.Fill(eye.Layout.Diagonal(0, 0, 1), 1);
        CheckRequiresGrad(eye.DType, requiresGrad);
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
    // literal (Int64, default dtype); every other element type keeps its own dtype. With an explicit integer dtype,
    // values it cannot hold are refused, as PyTorch refuses such Python numbers.

    /// <summary>A 0-d tensor of a <see cref="Scalar"/>: bool, int64 or the default dtype by its kind, as for a Python number.</summary>
    public static Tensor Tensor(Scalar value, DType? dtype = null, Device? device = null, bool requiresGrad = false) =>
        Full([], value, dtype, device, requiresGrad);

    public static Tensor Tensor<T>(T value, DType? dtype = null, Device? device = null, bool requiresGrad = false) where T : unmanaged =>
        FromData([value], [], dtype, device, requiresGrad);

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
        if (dtype is { } target) ScalarOverflow.CheckElements<T>(data, target);
        CheckRequiresGrad(dtype ?? inferred, requiresGrad);
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
