"""Shared driver of the PyTorch benchmark scripts: argv = [threads, repeats, name filter]; prints medians in seconds as JSON."""
import json
import sys
import time

import torch

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 31
name_filter = sys.argv[3] if len(sys.argv) > 3 else ""
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
    print(json.dumps({name: median_seconds(run) for name, run in workloads.items() if name_filter in name}))
