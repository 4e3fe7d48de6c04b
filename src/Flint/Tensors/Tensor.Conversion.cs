using Flint.Backends;
using Flint.Backends.Cpu;

namespace Flint;

public sealed partial class Tensor
{
    /// <summary>This tensor in <paramref name="dtype"/>; returns this tensor itself when nothing changes, as PyTorch does.</summary>
    public Tensor To(DType dtype, bool copy = false) => To(dtype, Device, copy);

    public Tensor To(Device device, bool copy = false) => To(DType, device, copy);

    public Tensor To(DType dtype, Device device, bool copy = false)
    {
        if (!copy && dtype == DType && SameDevice(device, Device)) return this;
        var result = AllocateLike(dtype, device);
        CopyInto(result);
        return result;
    }

    static bool SameDevice(Device wanted, Device actual) =>
        wanted.Type == actual.Type && (wanted.Index < 0 || wanted.Index == Math.Max(actual.Index, 0));

    public Tensor Cpu() => To(Device.Cpu);

    public Tensor Cuda(int index = 0) => To(Device.Cuda(index));

    public Tensor Float() => To(DType.Float32);

    public Tensor Double() => To(DType.Float64);

    public Tensor Half() => To(DType.Float16);

    public Tensor BFloat16() => To(DType.BFloat16);

    public Tensor Long() => To(DType.Int64);

    public Tensor Int() => To(DType.Int32);

    public Tensor Short() => To(DType.Int16);

    public Tensor Char() => To(DType.Int8);

    public Tensor Byte() => To(DType.UInt8);

    public Tensor Bool() => To(DType.Bool);

    /// <summary>
    /// A copy with its own storage (PyTorch's <c>clone</c>, preserve format): a dense source keeps its strides (a
    /// transposed matrix stays transposed), anything else becomes row-major.
    /// </summary>
    public Tensor Clone()
    {
        var result = AllocateLike(DType, Device);
        CopyInto(result);
        return result;
    }

    /// <summary>A row-major copy with its own storage (PyTorch's <c>clone(memory_format=torch.contiguous_format)</c>).</summary>
    internal Tensor ContiguousClone()
    {
        var result = Allocate(Shape.ToArray(), DType, Device);
        CopyInto(result);
        return result;
    }

    /// <summary>An uninitialised tensor of this shape laid out as <see cref="Layout.DenseLike"/> (PyTorch's <c>empty_like</c>).</summary>
    internal Tensor AllocateLike(DType dtype, Device device, bool zeroed = false)
    {
        var storage = BackendRegistry.Get(device).Allocate(dtype, Numel, zeroed);
        return new Tensor(storage, Layout.DenseLike());
    }

    /// <summary>This tensor when already contiguous, else a row-major copy.</summary>
    public Tensor Contiguous() => IsContiguous() ? this : ContiguousClone();

    /// <summary>
    /// Copies <paramref name="source"/> into this tensor in place, broadcasting it to this shape and converting
    /// its dtype and device (PyTorch's <c>copy_</c>). As in PyTorch, a destination that repeats elements, or a source
    /// that partly overlaps it, is refused.
    /// </summary>
    public Tensor Copy_(Tensor source)
    {
        bool sameData = ReferenceEquals(this, source) || (ReferenceEquals(Storage, source.Storage) &&
            StorageOffset == source.StorageOffset && Layout.Strides.SequenceEqual(source.Layout.Strides) && Layout.Shape.SequenceEqual(source.Layout.Shape));
        if (!sameData)
        {
            if (MemoryOverlap.HasInternalOverlap(Layout))
                throw new InvalidOperationException(
                    "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.");
            var overlap = MemoryOverlap.Between(this, source);
            if (overlap == MemoryOverlap.Status.Partial)
                throw new InvalidOperationException(
                    "unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation.");
            long[] broadcast = Broadcasting.BroadcastShapes(Layout.Shape, source.Layout.Shape);
            if (!broadcast.AsSpan().SequenceEqual(Layout.Shape))
                throw new ArgumentException($"output with shape {Flint.Shape.Format(Layout.Shape)} doesn't match the broadcast shape {Flint.Shape.Format(broadcast)}");
            // Overlap PyTorch cannot rule out (non-dense layouts over one storage): read from a copy, never a half-written source.
            if (overlap == MemoryOverlap.Status.TooHard && ReferenceEquals(Storage, source.Storage)) source = source.Clone();
            source.Storage.CopyTo(source.Layout.Expand(Layout.Shape), Storage, Layout);
        }
        MarkModified();
        return this;
    }

    void CopyInto(Tensor destination) => Storage.CopyTo(Layout, destination.Storage, destination.Layout);

    /// <summary>In-place writes to a tensor whose elements overlap (an expanded view) are refused, as in PyTorch.</summary>
    internal void CheckWritable(string op)
    {
        if (MemoryOverlap.HasInternalOverlap(Layout))
            throw new InvalidOperationException(
                    $"{op}: unsupported operation: more than one element of the written-to tensor refers to a single memory location. " +
                    "Please clone() the tensor before performing the operation.");
    }

    /// <summary>The value of a one-element tensor (PyTorch's <c>item()</c>), converted to <typeparamref name="T"/>.</summary>
    public T Item<T>() where T : unmanaged
    {
        if (Numel != 1)
            throw new InvalidOperationException($"a Tensor with {Numel} elements cannot be converted to Scalar");
        var cpu = Cpu();
        var one = CpuStorage.Allocate(DType.Of<T>(), 1);
        cpu.Storage.CopyTo(cpu.Layout, one, Layout.Contiguous(new long[cpu.Dim]));
        return one.Ref<T>();
    }

    /// <summary>The elements in row-major order, converted to <typeparamref name="T"/> (PyTorch's <c>tolist()</c>, flattened).</summary>
    public T[] ToArray<T>() where T : unmanaged
    {
        var dense = CpuStorage.Allocate(DType.Of<T>(), Numel);
        var cpu = Device.IsCpu ? this : Cpu();
        cpu.Storage.CopyTo(cpu.Layout, dense, Layout.Contiguous(Shape.ToArray()));
        return (T[])dense.Data;
    }

    /// <summary>
    /// The elements of a contiguous CPU tensor as a span over its storage (PyTorch's <c>numpy()</c>): writes are
    /// seen by the tensor. <typeparamref name="T"/> must be the dtype's element type.
    /// </summary>
    public Span<T> AsSpan<T>() where T : unmanaged
    {
        if (Storage is not CpuStorage cpu) throw new InvalidOperationException($"AsSpan: the tensor is on {Device}; call Cpu() first.");
        if (!IsContiguous()) throw new InvalidOperationException("AsSpan: the tensor is not contiguous; call Contiguous() first.");
        if (DType.Of<T>() != DType)
            throw new ArgumentException($"AsSpan<{typeof(T).Name}>: the tensor's dtype is {DType.TorchName()}.");
        return cpu.AsSpan<T>(Layout.Offset, Numel);
    }
}
