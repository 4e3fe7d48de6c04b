using System.Globalization;
using Flint;
using Flint.Benchmarks;

// Measures Flint and, in the same run, the same workloads in PyTorch (benchmarks/torch/core.py), both at the
// same thread count, and prints medians and the Flint/PyTorch ratio (below 1 means Flint is faster).
// Usage: dotnet run -c Release --project benchmarks/Flint.Benchmarks [threads] [repeats]
int threads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2;
int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 31;
Torch.SetNumThreads(threads);

var a = Torch.Arange(1 << 20, dtype: DType.Float32);
var b = Torch.Arange(1 << 20, dtype: DType.Float32);
var matrix = Torch.Arange(1024 * 1024, dtype: DType.Float32).View(1024, 1024);
var rows = Torch.Arange(500 * 1000, dtype: DType.Float32).View(500, 1000);
var small = Torch.Arange(100, dtype: DType.Float32);

var workloads = new Workload[]
{
    new("add 1M float32", () => _ = a + b),
    new("mul scalar 1M float32", () => _ = a * 2.5),
    new("compare 1M float32", () => _ = a > b),
    new("transpose copy 1024x1024", () => _ = matrix.T.Contiguous()),
    new("to float64 1M", () => _ = a.To(DType.Float64)),
    new("add 100 float32 (overhead)", () => _ = small + small),
    new("sum of 500 rows via loop", () =>
    {
        var total = Torch.Zeros(1000);
        for (int i = 0; i < 500; i++) total.Add_(rows.Select(0, i));
    }),
};

workloads = [.. workloads, .. AutogradWorkloads.Create()];

string script = Path.Combine(FindRepositoryRoot(), "benchmarks", "torch", "core.py");
var torch = TorchReference.Measure(script, threads, repeats);
Console.WriteLine($"threads={threads} repeats={repeats} (medians)");
Console.WriteLine($"{"workload",-30} {"Flint ms",10} {"PyTorch ms",11} {"ratio",7}");
foreach (var workload in workloads)
{
    double flint = workload.MedianSeconds(repeats) * 1e3;
    string reference = "-", ratio = "-";
    if (torch is not null && torch.TryGetValue(workload.Name, out double seconds))
    {
        reference = (seconds * 1e3).ToString("F3", CultureInfo.InvariantCulture);
        ratio = (flint / (seconds * 1e3)).ToString("F2", CultureInfo.InvariantCulture);
    }
    Console.WriteLine($"{workload.Name,-30} {flint.ToString("F3", CultureInfo.InvariantCulture),10} {reference,11} {ratio,7}");
}

// Issue 3's GB/s table (its own file, so that other benchmark additions stay apart).
ThroughputTable.Print(torch, repeats);

static string FindRepositoryRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        if (File.Exists(Path.Combine(directory.FullName, "Flint.sln"))) return directory.FullName;
    return Directory.GetCurrentDirectory();
}
