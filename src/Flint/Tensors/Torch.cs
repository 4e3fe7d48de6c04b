using System.Globalization;

namespace Flint;

/// <summary>PyTorch's <c>torch</c> module: factories, functions and global settings.</summary>
public static partial class Torch
{
    static DType defaultDType = DType.Float32;
    static int numThreads = InitialThreadCount();

    /// <summary>The dtype of floating tensors made without an explicit dtype (PyTorch's <c>torch.get_default_dtype()</c>).</summary>
    public static DType GetDefaultDType() => defaultDType;

    /// <summary>Only Float32 and Float64 are accepted, as in PyTorch (Float16 and BFloat16 too, which PyTorch 2 allows).</summary>
    public static void SetDefaultDType(DType dtype)
    {
        if (!dtype.IsFloatingPoint())
            throw new ArgumentException($"only floating-point types are supported as the default type, got {dtype.TorchName()}", nameof(dtype));
        defaultDType = dtype;
    }

    /// <summary>Threads used by CPU kernels: processor count, or <c>OMP_NUM_THREADS</c> when set.</summary>
    public static int GetNumThreads() => numThreads;

    public static void SetNumThreads(int threads)
    {
        if (threads <= 0) throw new ArgumentException($"Number of threads must be positive, got {threads}.", nameof(threads));
        numThreads = threads;
    }

    static int InitialThreadCount()
    {
        string? omp = Environment.GetEnvironmentVariable("OMP_NUM_THREADS");
        return int.TryParse(omp, NumberStyles.None, CultureInfo.InvariantCulture, out int threads) && threads > 0
            ? threads
            : Environment.ProcessorCount;
    }
}
