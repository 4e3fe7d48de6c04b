"""PyTorch side of benchmarks/Flint.Benchmarks/CoreWorkloads.cs."""
import torch

from harness import measure

a = torch.arange(1 << 20, dtype=torch.float32)
b = torch.arange(1 << 20, dtype=torch.float32)
matrix = torch.arange(1024 * 1024, dtype=torch.float32).view(1024, 1024)
rows = torch.arange(500 * 1000, dtype=torch.float32).view(500, 1000)
small = torch.arange(100, dtype=torch.float32)


def loop_sum():
    total = torch.zeros(1000)
    for i in range(500):
        total.add_(rows[i])


measure({
    "add 1M float32": lambda: a + b,
    "mul scalar 1M float32": lambda: a * 2.5,
    "compare 1M float32": lambda: a > b,
    "transpose copy 1024x1024": lambda: matrix.t().contiguous(),
    "to float64 1M": lambda: a.to(torch.float64),
    "add 100 float32 (overhead)": lambda: small + small,
    "sum of 500 rows via loop": loop_sum,
})
