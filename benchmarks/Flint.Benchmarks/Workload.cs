using System.Diagnostics;

namespace Flint.Benchmarks;

/// <summary>
/// One measured operation; the same name is measured by a script in benchmarks/torch on the PyTorch side.
/// <paramref name="Flops"/> (floating-point operations per run, 0 when not meaningful) adds a GFLOP/s column.
/// </summary>
internal sealed record Workload(string Name, Action Run, double Flops = 0)
{
    /// <summary>
    /// Median wall time of <paramref name="repeats"/> runs, in seconds, after a warm-up of 20 runs or 0.2 s,
    /// whichever ends first (the JIT promotes code to its optimised tier after ~30 calls).
    /// </summary>
    public double MedianSeconds(int repeats)
    {
        long warmUpStart = Stopwatch.GetTimestamp();
        for (int i = 0; i < 20 && (i == 0 || Stopwatch.GetElapsedTime(warmUpStart).TotalSeconds < 0.2); i++) Run();
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            long start = Stopwatch.GetTimestamp();
            Run();
            times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        Array.Sort(times);
        return times[repeats / 2];
    }
}
