using System.Diagnostics;

namespace Flint.Benchmarks;

/// <summary>
/// One measured operation; the same name is measured by a script in benchmarks/torch on the PyTorch side.
/// <paramref name="Flops"/> (floating-point operations per run, 0 when not meaningful) adds a GFLOP/s column.
/// </summary>
internal sealed record Workload(string Name, Action Run, double Flops = 0)
{
    /// <summary>Median wall time of <paramref name="repeats"/> runs after a warm-up, in seconds.</summary>
    public double MedianSeconds(int repeats)
    {
        Run();
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
