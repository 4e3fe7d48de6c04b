using System.Globalization;

namespace Flint.Benchmarks;

/// <summary>
/// Issue 3's table: GB/s of add, mul, exp, sum and softmax on float32 at 16M elements and at 1K (bytes read plus
/// bytes written, per median run), and the cost of a one-element add, against the same workloads in PyTorch
/// (benchmarks/torch/core.py, names starting "throughput").
/// </summary>
internal static class ThroughputTable
{
    public static void Print(Func<string, double?> measureTorch, int repeats)
    {
        const long Big = 1 << 24, Kilo = 1024;
        var bigA = Torch.Arange(Big, dtype: DType.Float32) / Big;
        var bigB = Torch.Arange(Big, dtype: DType.Float32) / (Big / 2);
        var bigRows = bigA.View(1 << 14, 1 << 10);
        var kiloA = bigA.Slice(0, 0, Kilo).Clone();
        var kiloB = bigB.Slice(0, 0, Kilo).Clone();
        var oneA = Torch.Tensor(new[] { 1.5f });
        var oneB = Torch.Tensor(new[] { 2.5f });
        // Bytes each op must move: inputs read and the output written, 4 bytes per float32 element.
        var rows = new (string Name, long Bytes, Action Run)[]
        {
            ("throughput add 16M", 12 * Big, () => _ = bigA + bigB),
            ("throughput mul 16M", 12 * Big, () => _ = bigA * bigB),
            ("throughput exp 16M", 8 * Big, () => _ = bigA.Exp()),
            ("throughput sum 16M", 4 * Big, () => _ = bigA.Sum()),
            ("throughput softmax 16M (rows of 1024)", 8 * Big, () => _ = bigRows.Softmax(-1)),
            ("throughput add 1K", 12 * Kilo, () => _ = kiloA + kiloB),
            ("throughput mul 1K", 12 * Kilo, () => _ = kiloA * kiloB),
            ("throughput exp 1K", 8 * Kilo, () => _ = kiloA.Exp()),
            ("throughput sum 1K", 4 * Kilo, () => _ = kiloA.Sum()),
            ("throughput softmax 1K", 8 * Kilo, () => _ = kiloA.Softmax(-1)),
            ("throughput add 1 element (overhead)", 12, () => _ = oneA + oneB),
        };
        Console.WriteLine();
        Console.WriteLine($"{"workload",-40} {"Flint GB/s",11} {"PyTorch GB/s",13} {"Flint µs",10} {"PyTorch µs",11} {"ratio",7}");
        foreach (var (name, bytes, run) in rows)
        {
            double flint = new Workload(name, run).MedianSeconds(repeats);
            string reference = "-", referenceTime = "-", ratio = "-";
            if (measureTorch(name) is double seconds)
            {
                reference = Format(bytes / seconds / 1e9);
                referenceTime = Format(seconds * 1e6);
                ratio = (flint / seconds).ToString("F2", CultureInfo.InvariantCulture);
            }
            Console.WriteLine($"{name,-40} {Format(bytes / flint / 1e9),11} {reference,13} {Format(flint * 1e6),10} {referenceTime,11} {ratio,7}");
        }
    }

    static string Format(double value) => value.ToString(value < 10 ? "F3" : "F1", CultureInfo.InvariantCulture);
}
