"""Shared driver of the PyTorch benchmark scripts, run by benchmarks/Flint.Benchmarks (TorchReference.cs).

argv = [threads, repeats]. Reads workload names from stdin, one per line, and answers each with one line:
the median seconds of that workload as JSON, or null when the script does not define it.
"""
import json
import sys
import time

import torch

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 31
torch.set_num_threads(threads)


def median_seconds(run):
    """Median of `repeats` runs after a warm-up of 20 runs or 0.2 s, whichever ends first (as the Flint side)."""
    warm_up_start = time.perf_counter()
    for i in range(20):
        if i > 0 and time.perf_counter() - warm_up_start >= 0.2:
            break
        run()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return sorted(times)[repeats // 2]


def measure(workloads):
    """workloads: name -> zero-argument callable, the same names as the Flint side."""
    for line in sys.stdin:
        name = line.rstrip("\n")
        run = workloads.get(name)
        print(json.dumps(median_seconds(run) if run else None), flush=True)
