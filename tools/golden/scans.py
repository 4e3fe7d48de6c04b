"""Scan golden data: writes tests/Flint.Tests/Golden/scans.{json,safetensors} (format: multi_output_cases.py).

cumsum, cumprod (with dtype, and the in-place cumsum_/cumprod_, whose case records the tensor written), cummax and
cummin (values and indices: a later equal value or NaN takes over), logcumsumexp: every dtype, every dim, 0-d,
empty and non-contiguous inputs, NaN and infinities, integer wrap-around, and long rows that use threads.
PyTorch's CPU kernels scan each row in order, accumulating float32 in double: Flint's sums and products match them
bit for bit, so only logcumsumexp (log1p and exp of another library) is compared within a tolerance.
Float16 inputs PyTorch 1.13 has no kernel for are scanned in float32 and rounded ("reference").
"""
import torch

from multi_output_cases import G, INF, NAN, Recorder, T

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]


def in_place(name):
    def run(x, **kwargs):
        getattr(x, name)(**kwargs)
        return x
    return run


OPS = {
    "cumsum": lambda x, **k: torch.cumsum(x, **k),
    "cumprod": lambda x, **k: torch.cumprod(x, **k),
    "cummax": lambda x, **k: torch.cummax(x, **k),
    "cummin": lambda x, **k: torch.cummin(x, **k),
    "logcumsumexp": lambda x, **k: torch.logcumsumexp(x, **k),
    "cumsum_": in_place("cumsum_"),
    "cumprod_": in_place("cumprod_"),
}

rec = Recorder("scans", OPS, approx_ops={"logcumsumexp"})


def values_for(dtype, seed=0, shape=(3, 4)):
    g = torch.Generator().manual_seed(seed)
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=g).bool()
    if dtype == torch.uint8:
        return torch.randint(0, 6, shape, generator=g).to(dtype)
    if not dtype.is_floating_point:
        return (torch.randint(-5, 6, shape, generator=g)).to(dtype)
    x = (torch.randn(shape, generator=g, dtype=torch.float64) * 2).to(dtype)
    x.view(-1)[5] = x.view(-1)[2]
    return x


def per_dtype():
    for dtype in DTYPES:
        name = str(dtype).replace("torch.", "")
        x = values_for(dtype)
        for op in ["cumsum", "cumprod", "cummax", "cummin", "logcumsumexp"]:
            for dim in [0, 1, -1]:
                rec.case(f"{op}/{name}/dim={dim}", op, [T(x)], dim=dim)
        rec.case(f"cumsum_/{name}", "cumsum_", [T(x)], dim=1)
        rec.case(f"cumprod_/{name}", "cumprod_", [T(x)], dim=0)
        rec.case(f"cumsum/{name}/dtype=float64", "cumsum", [T(x)], dim=1, dtype=torch.float64)
        rec.case(f"cumprod/{name}/dtype=int32", "cumprod", [T(x)], dim=1, dtype=torch.int32)


def specials():
    rows = torch.tensor([[1.0, NAN, 3.0, NAN, 0.5], [INF, 1.0, INF, -INF, 2.0], [-INF, -INF, 0.0, -INF, INF],
                         [2.0, 2.0, -1.0, 2.0, 5.0], [0.0, -0.0, 0.0, -0.0, -1.0]])
    for op in ["cumsum", "cumprod", "cummax", "cummin", "logcumsumexp"]:
        rec.case(f"{op}/float32/specials", op, [T(rows)], dim=1)
        rec.case(f"{op}/float64/specials", op, [T(rows.double())], dim=1)
        rec.case(f"{op}/float32/zerodim", op, [T(torch.tensor(-1.5))], dim=0)
        rec.case(f"{op}/float32/zerodim_dim=-1", op, [T(torch.tensor(-1.5))], dim=-1)
        rec.case(f"{op}/float32/empty_dim0", op, [T(torch.zeros(0, 3))], dim=0)
        rec.case(f"{op}/float32/empty_dim1", op, [T(torch.zeros(0, 3))], dim=1)
        rec.case(f"{op}/float32/dim_out_of_range", op, [T(rows)], dim=2)
    torch.manual_seed(5)
    x = torch.randn(4, 6)
    for op in ["cumsum", "cumprod", "cummax", "logcumsumexp"]:
        rec.case(f"{op}/float32/transposed", op, [T(x, ["transpose"])], dim=1)
        rec.case(f"{op}/float32/sliced", op, [T(x, ["slice", 1, 2])], dim=1)
        rec.case(f"{op}/float32/expanded", op, [T(x[:1], ["expand", [3, 6]])], dim=0)
    rec.case("cumsum_/float32/transposed", "cumsum_", [T(x, ["transpose"])], dim=0)
    rec.case("cumsum/int64/wrap", "cumsum", [T(torch.tensor([2 ** 62, 2 ** 62, 2 ** 62, 1]))], dim=0)
    rec.case("cumprod/int64/wrap", "cumprod", [T(torch.tensor([2 ** 40, 2 ** 40, 3, -1]))], dim=0)
    rec.case("cumsum_/int8/wrap", "cumsum_", [T(torch.tensor([100, 100, 100], dtype=torch.int8))], dim=0)
    rec.case("cumsum/float32/cancellation", "cumsum", [T(torch.tensor([1e8, 1.0, -1e8, 1.0, 3e-8, 1e8]))], dim=0)


def large():
    """65 x 1031: threads across rows; a long float32 row whose running sum shows double accumulation."""
    for index, (op, dtype, dim) in enumerate([("cumsum", torch.float32, 1), ("cumsum", torch.float32, 0),
                                              ("cumprod", torch.float64, 1), ("cummax", torch.float32, 1),
                                              ("cummin", torch.int32, 0), ("cumsum", torch.int16, 1),
                                              ("logcumsumexp", torch.float64, 1)]):
        rec.case(f"{op}/{str(dtype)[6:]}/large{index}", op, [G(dtype, (65, 1031), seed=index)], dim=dim)
    g = torch.Generator().manual_seed(9)
    rec.case("cumsum/float32/long_row", "cumsum", [T(torch.rand(20000, generator=g) * 0.1 + 0.3)], dim=0)


per_dtype()
specials()
large()
rec.write()
