using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Flint.Backends.Cpu;

/// <summary>
/// A CPU buffer: a managed array of the dtype's CLR element type. Managed memory means Flint never
/// needs <c>Dispose</c> for correctness, and a caller's array can be wrapped without a copy.
/// </summary>
public sealed partial class CpuStorage : IStorage
{
    public CpuStorage(Array data, DType dtype)
    {
        if (data.GetType().GetElementType() != dtype.ElementType())
            throw new ArgumentException($"A {dtype.TorchName()} storage needs a {dtype.ElementType().Name}[] array, got {data.GetType().Name}.");
        Data = data;
        DType = dtype;
    }

    public static CpuStorage Allocate(DType dtype, long count, bool zeroed = false)
    {
        if (count < 0) throw new ArgumentException($"Cannot allocate a storage of {count} elements.");
        return dtype switch
        {
            DType.Bool => Wrap<bool>(count, zeroed),
            DType.UInt8 => Wrap<byte>(count, zeroed),
            DType.Int8 => Wrap<sbyte>(count, zeroed),
            DType.Int16 => Wrap<short>(count, zeroed),
            DType.Int32 => Wrap<int>(count, zeroed),
            DType.Int64 => Wrap<long>(count, zeroed),
            DType.Float16 => Wrap<Half>(count, zeroed),
            DType.BFloat16 => Wrap<BFloat16>(count, zeroed),
            DType.Float32 => Wrap<float>(count, zeroed),
            DType.Float64 => Wrap<double>(count, zeroed),
            _ => throw new ArgumentOutOfRangeException(nameof(dtype)),
        };
    }

    static CpuStorage Wrap<T>(long count, bool zeroed) where T : unmanaged =>
        new(zeroed ? new T[count] : GC.AllocateUninitializedArray<T>(checked((int)count)), DType.Of<T>());

    /// <summary>The managed array holding the elements (its element type is the dtype's CLR type).</summary>
    public Array Data { get; }

    public DType DType { get; }

    public long Count => Data.LongLength;

    public IBackend Backend => CpuBackend.Instance;

    public Device Device => Device.Cpu;

    /// <summary>The element at <paramref name="index"/> viewed as <typeparamref name="T"/> (which must be the storage's element type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref T Ref<T>(long index = 0) where T : unmanaged =>
        ref Unsafe.Add(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(Data)), (nint)index);

    public Span<T> AsSpan<T>(long start, long length) where T : unmanaged =>
        MemoryMarshal.CreateSpan(ref Ref<T>(start), checked((int)length));

    public Span<T> AsSpan<T>() where T : unmanaged => AsSpan<T>(0, Count);

    /// <summary>The raw bytes of the buffer.</summary>
    public Span<byte> Bytes() =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(Data), checked((int)(Count * DType.ElementSize())));

    public CpuStorage ToCpu()
    {
        var copy = Allocate(DType, Count);
        Bytes().CopyTo(copy.Bytes());
        return copy;
    }

    internal static CpuStorage Cpu(IStorage storage, string op) => storage as CpuStorage
        ?? throw new ArgumentException($"{op}: expected all tensors to be on the same device, but found cpu and {storage.Device}.");
}
