using System.Runtime.ExceptionServices;

namespace Flint.Backends.Cpu;

/// <summary>
/// The one parallel-for every CPU kernel uses: splits <c>[0, count)</c> into at most
/// <see cref="Torch.GetNumThreads"/> contiguous chunks, none smaller than the grain
/// (PyTorch's default grain is 32768 elements), and runs them on the thread pool.
/// </summary>
public static class ParallelFor
{
    public const long DefaultGrain = 32768;

    public static void Run(long count, long grain, Action<long, long> body)
    {
        if (count <= 0) return;
        int threads = Torch.GetNumThreads();
        long chunks = Math.Min(threads, Math.Max(1, count / Math.Max(grain, 1)));
        if (chunks <= 1 || insideParallelRegion)
        {
            body(0, count);
            return;
        }
        long chunkSize = (count + chunks - 1) / chunks;
        try
        {
            Parallel.For(0, (int)chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
            {
                bool outer = insideParallelRegion;
                insideParallelRegion = true;
                try
                {
                    long start = chunk * chunkSize;
                    body(start, Math.Min(count, start + chunkSize));
                }
                finally
                {
                    insideParallelRegion = outer;
                }
            });
        }
        catch (AggregateException e)
        {
            // A kernel's error (an index out of range...) surfaces as itself, as it does on one thread.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    // Nested parallel regions run serially, as in PyTorch's at::parallel_for.
    [ThreadStatic] static bool insideParallelRegion;
}
