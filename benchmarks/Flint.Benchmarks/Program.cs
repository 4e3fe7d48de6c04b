using System.Globalization;
using Flint;
using Flint.Benchmarks;

// Measures each workload in PyTorch (the scripts in benchmarks/torch, kept running beside this process) and
// right after in Flint, both at the same thread count, and prints medians, the Flint/PyTorch ratio (below 1
// means Flint is faster) and, for arithmetic-bound workloads, GFLOP/s on both sides.
// Usage: dotnet run -c Release --project benchmarks/Flint.Benchmarks [threads] [repeats] [name filter]
int threads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2;
int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 31;
string filter = args.Length > 2 ? args[2] : "";
Torch.SetNumThreads(threads);

(string Script, Workload[] Workloads)[] groups =
[
    (CoreWorkloads.TorchScript, [.. CoreWorkloads.Create(), .. AutogradWorkloads.Create()]),
    (GemmWorkloads.TorchScript, GemmWorkloads.Create()),
];

string torchDirectory = Path.Combine(FindRepositoryRoot(), "benchmarks", "torch");
var invariant = CultureInfo.InvariantCulture;
Console.WriteLine($"threads={threads} repeats={repeats} (medians)");
Console.WriteLine($"{"workload",-34} {"Flint ms",10} {"PyTorch ms",11} {"ratio",7} {"Flint GFLOP/s",14} {"PyTorch GFLOP/s",16}");
foreach (var (script, workloads) in groups)
{
    var selected = workloads.Where(w => w.Name.Contains(filter, StringComparison.Ordinal)).ToArray();
    if (selected.Length == 0) continue;
    using var torch = TorchReference.Start(Path.Combine(torchDirectory, script), threads, repeats);
    foreach (var workload in selected)
    {
        // Worker threads spin for a while after their last task (OpenBLAS's ~0.1 s): each side starts after a
        // pause, so the other's spinning workers do not take its cores.
        Thread.Sleep(300);
        double? reference = torch?.Measure(workload.Name);
        Thread.Sleep(300);
        double flint = workload.MedianSeconds(repeats);
        string Rate(double? time) => workload.Flops > 0 && time is double t ? (workload.Flops / t / 1e9).ToString("F1", invariant) : "-";
        Console.WriteLine($"{workload.Name,-34} {(flint * 1e3).ToString("F3", invariant),10} " +
            $"{(reference is double r ? (r * 1e3).ToString("F3", invariant) : "-"),11} " +
            $"{(reference is double q ? (flint / q).ToString("F2", invariant) : "-"),7} {Rate(flint),14} {Rate(reference),16}");
    }
}

// Issue 3's GB/s table (its own file, so that other benchmark additions stay apart).
if ("throughput".Contains(filter, StringComparison.Ordinal) || filter.StartsWith("throughput", StringComparison.Ordinal))
{
    using var throughputTorch = TorchReference.Start(Path.Combine(torchDirectory, CoreWorkloads.TorchScript), threads, repeats);
    ThroughputTable.Print(name => throughputTorch?.Measure(name), repeats);
}

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        if (File.Exists(Path.Combine(directory.FullName, "Flint.sln"))) return directory.FullName;
    return Directory.GetCurrentDirectory();
}
