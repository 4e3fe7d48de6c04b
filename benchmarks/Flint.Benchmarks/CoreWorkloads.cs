namespace Flint.Benchmarks;

/// <summary>Elementwise, copy and per-op overhead workloads (PyTorch side: benchmarks/torch/core.py).</summary>
internal static class CoreWorkloads
{
    public const string TorchScript = "core.py";

    public static Workload[] Create()
    {
        var a = Torch.Arange(1 << 20, dtype: DType.Float32);
        var b = Torch.Arange(1 << 20, dtype: DType.Float32);
        var matrix = Torch.Arange(1024 * 1024, dtype: DType.Float32).View(1024, 1024);
        var rows = Torch.Arange(500 * 1000, dtype: DType.Float32).View(500, 1000);
        var small = Torch.Arange(100, dtype: DType.Float32);
        return
        [
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
        ];
    }
}
