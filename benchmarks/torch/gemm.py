"""PyTorch side of benchmarks/Flint.Benchmarks/GemmWorkloads.cs: torch.mm / torch.mv into preallocated outputs."""
import torch

from harness import measure

torch.manual_seed(0)


def product(m, k, n, transposed_b=False):
    a = torch.rand(m, k) * 2 - 1
    # Linear's x @ W.T: W is stored [out, in] = [n, k] and B is its transposed view.
    b = (torch.rand(n, k) * 2 - 1).t() if transposed_b else torch.rand(k, n) * 2 - 1
    if n == 1:
        x, y = b[:, 0].contiguous(), torch.empty(m)
        return lambda: torch.mv(a, x, out=y)
    c = torch.empty(m, n)
    return lambda: torch.mm(a, b, out=c)


measure({
    "sgemm 128x128x128": product(128, 128, 128),
    "sgemm 256x256x256": product(256, 256, 256),
    "sgemm 512x512x512": product(512, 512, 512),
    "sgemm 1024x1024x1024": product(1024, 1024, 1024),
    "sgemm 2048x2048x2048": product(2048, 2048, 2048),
    "sgemm conv1 im2col 36864x25x10": product(64 * 24 * 24, 25, 10),
    "sgemm conv2 im2col 4096x250x20": product(64 * 8 * 8, 250, 20),
    "sgemm fc1 x@W.T 64x320x50": product(64, 320, 50, transposed_b=True),
    "sgemm fc2 x@W.T 64x50x10": product(64, 50, 10, transposed_b=True),
    "sgemv 1024x1024 @ 1024": product(1024, 1024, 1),
})
