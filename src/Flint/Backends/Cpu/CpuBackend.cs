namespace Flint.Backends.Cpu;

public sealed class CpuBackend : IBackend
{
    public static CpuBackend Instance { get; } = new();

    CpuBackend() { }

    public Device Device => Device.Cpu;

    public IStorage Allocate(DType dtype, long count, bool zeroed = false) => CpuStorage.Allocate(dtype, count, zeroed);

    public IStorage FromCpu(CpuStorage storage) => storage;
}
