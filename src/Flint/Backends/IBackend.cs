namespace Flint.Backends;

/// <summary>A device kind's allocator and transfer point. A CUDA backend is another assembly implementing this.</summary>
public interface IBackend
{
    Device Device { get; }

    /// <summary>Allocates <paramref name="count"/> elements; contents are unspecified unless <paramref name="zeroed"/>.</summary>
    IStorage Allocate(DType dtype, long count, bool zeroed = false);

    /// <summary>Copies a CPU buffer to this device.</summary>
    IStorage FromCpu(Cpu.CpuStorage storage);
}
