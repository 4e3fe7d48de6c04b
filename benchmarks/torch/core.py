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


extra = {}
# Autograd's per-op overhead (benchmarks/Flint.Benchmarks/AutogradWorkloads.cs): 1000 ops per run.
leaf = torch.ones(1, requires_grad=True)
plain = torch.ones(1)


def mul_no_grad():
    for _ in range(1000):
        plain * plain


def mul_record_backward():
    for _ in range(1000):
        (leaf * leaf).backward()


extra["mul 1-element x1000 (no grad)"] = mul_no_grad
extra["mul 1-element x1000 (record+backward)"] = mul_record_backward


# Throughput table of issue 3 (benchmarks/Flint.Benchmarks/ThroughputTable.cs holds the Flint side).
big_a = torch.arange(1 << 24, dtype=torch.float32) / (1 << 24)
big_b = torch.arange(1 << 24, dtype=torch.float32) / (1 << 23)
big_rows = big_a.view(1 << 14, 1 << 10)
kilo_a, kilo_b = big_a[:1024].clone(), big_b[:1024].clone()
one_a, one_b = torch.tensor([1.5]), torch.tensor([2.5])
extra.update({
    "throughput add 16M": lambda: big_a + big_b,
    "throughput mul 16M": lambda: big_a * big_b,
    "throughput exp 16M": lambda: big_a.exp(),
    "throughput sum 16M": lambda: big_a.sum(),
    "throughput softmax 16M (rows of 1024)": lambda: big_rows.softmax(-1),
    "throughput add 1K": lambda: kilo_a + kilo_b,
    "throughput mul 1K": lambda: kilo_a * kilo_b,
    "throughput exp 1K": lambda: kilo_a.exp(),
    "throughput sum 1K": lambda: kilo_a.sum(),
    "throughput softmax 1K": lambda: kilo_a.softmax(-1),
    "throughput add 1 element (overhead)": lambda: one_a + one_b,
})



measure({**extra, **{
    "add 1M float32": lambda: a + b,
    "mul scalar 1M float32": lambda: a * 2.5,
    "compare 1M float32": lambda: a > b,
    "transpose copy 1024x1024": lambda: matrix.t().contiguous(),
    "to float64 1M": lambda: a.to(torch.float64),
    "add 100 float32 (overhead)": lambda: small + small,
    "sum of 500 rows via loop": loop_sum,
}})
