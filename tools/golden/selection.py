"""Selection golden data: writes tests/Flint.Tests/Golden/selection.{json,safetensors} (format: multi_output_cases.py).

max/min with a dim (values and indices) and against another tensor, argmax/argmin, median, nanmedian, mode, kthvalue,
sort (stable or not, descending), argsort, msort and topk: every dtype, dims of every kind, keepdim, 0-d, empty and
non-contiguous inputs, NaN, and rows full of ties (short rows, rows past the insertion-sort threshold of 16, and rows
where topk switches between its two algorithms), because PyTorch's indices for equal values are part of its answer.
Float16 inputs that PyTorch 1.13 has no CPU kernel for are selected in float32 (exact: the order is the same).
"""
import torch

from multi_output_cases import G, NAN, Recorder, T

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]

OPS = {
    "max": lambda x, *other, **k: torch.max(x, *other, **k),
    "min": lambda x, *other, **k: torch.min(x, *other, **k),
    "argmax": lambda x, **k: torch.argmax(x, **k),
    "argmin": lambda x, **k: torch.argmin(x, **k),
    "median": lambda x, **k: torch.median(x, **k),
    "nanmedian": lambda x, **k: torch.nanmedian(x, **k),
    "mode": lambda x, **k: torch.mode(x, **k),
    "kthvalue": lambda x, **k: torch.kthvalue(x, **k),
    "sort": lambda x, **k: torch.sort(x, **k),
    "argsort": lambda x, **k: torch.argsort(x, **k),
    "msort": lambda x: torch.msort(x),
    "topk": lambda x, **k: torch.topk(x, **k),
}

rec = Recorder("selection", OPS)


def small(dtype, seed=0, shape=(3, 5)):
    """Values with ties (0..4, or -2..2 for signed types), NaN in floating inputs."""
    g = torch.Generator().manual_seed(seed)
    values = torch.randint(0, 5, shape, generator=g)
    if dtype == torch.bool:
        return values > 2
    if dtype.is_signed or dtype.is_floating_point:
        values = values - 2
    x = values.to(dtype)
    if dtype.is_floating_point:
        x = x * 1.5
        x.view(-1)[7] = NAN
    return x


def per_dtype():
    for dtype in DTYPES:
        name = str(dtype).replace("torch.", "")
        x = small(dtype)
        clean = small(dtype, seed=1) if not dtype.is_floating_point else small(dtype, seed=1).nan_to_num(3.0)
        for op in ["max", "min", "argmax", "argmin", "median", "nanmedian"]:
            if op in ("max", "min", "median", "nanmedian"):
                rec.case(f"{op}/{name}/all", op, [T(x)])
            else:
                rec.case(f"{op}/{name}/flat", op, [T(x)])
                rec.case(f"{op}/{name}/flat_keepdim", op, [T(x)], keepdim=True)
            for dim in [0, 1, -1]:
                for keepdim in [False, True]:
                    rec.case(f"{op}/{name}/dim={dim}/keepdim={keepdim}", op, [T(x)], dim=dim, keepdim=keepdim)
        rec.case(f"max/{name}/other", "max", [T(x), T(clean)])
        rec.case(f"min/{name}/other", "min", [T(x), T(clean)])
        for dim in [0, -1]:
            rec.case(f"mode/{name}/dim={dim}", "mode", [T(x)], dim=dim)
            rec.case(f"kthvalue/{name}/dim={dim}/k=2", "kthvalue", [T(x)], k=2, dim=dim, keepdim=dim == 0)
            for descending in [False, True]:
                rec.case(f"sort/{name}/dim={dim}/descending={descending}", "sort", [T(x)], dim=dim, descending=descending)
                rec.case(f"sort/{name}/dim={dim}/descending={descending}/stable", "sort", [T(x)], dim=dim,
                         descending=descending, stable=True)
                rec.case(f"argsort/{name}/dim={dim}/descending={descending}", "argsort", [T(x)], dim=dim, descending=descending)
            for largest in [True, False]:
                rec.case(f"topk/{name}/dim={dim}/largest={largest}", "topk", [T(x)], k=2, dim=dim, largest=largest)
        rec.case(f"msort/{name}", "msort", [T(x)])


def ties():
    """Rows of few distinct values: where equal values end up is what PyTorch's algorithms leave."""
    for length in [7, 16, 17, 40, 100, 1000]:
        g = torch.Generator().manual_seed(length)
        x = torch.randint(0, 4, (3, length), generator=g).float()
        x[1, ::5] = NAN
        name = f"ties{length}"
        for descending in [False, True]:
            rec.case(f"sort/float32/{name}/descending={descending}", "sort", [T(x)], dim=1, descending=descending)
            rec.case(f"sort/float32/{name}/descending={descending}/stable", "sort", [T(x)], dim=1, descending=descending, stable=True)
        for k in sorted({1, 2, min(5, length), length // 2, length}):
            for largest in [True, False]:
                rec.case(f"topk/float32/{name}/k={k}/largest={largest}", "topk", [T(x)], k=k, dim=1, largest=largest)
            rec.case(f"topk/float32/{name}/k={k}/unsorted", "topk", [T(x)], k=k, dim=1, sorted=False)
            rec.case(f"kthvalue/float32/{name}/k={k}", "kthvalue", [T(x)], k=k, dim=1)
        for op in ["median", "nanmedian", "mode"]:
            rec.case(f"{op}/float32/{name}", op, [T(x)], dim=1)
        rec.case(f"median/int64/{name}", "median", [T(x.nan_to_num(9).long())], dim=1)
        rec.case(f"mode/int64/{name}", "mode", [T(x.nan_to_num(9).long())], dim=1)
    all_nan = torch.full((2, 9), NAN)
    all_nan[1, :4] = 1.0
    for op in ["median", "nanmedian", "mode"]:
        rec.case(f"{op}/float32/nan_rows", op, [T(all_nan)], dim=1)
    rec.case("nanmedian/float32/all_nan", "nanmedian", [T(torch.full((5,), NAN))])
    rec.case("sort/float32/expanded_ties", "sort", [T(torch.tensor([[2.0]]), ["expand", [2, 40]])], dim=1)
    signed_zeros = torch.tensor([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, 0.0] * 3)
    rec.case("sort/float32/signed_zeros", "sort", [T(signed_zeros)])
    rec.case("max/float32/signed_zeros", "max", [T(signed_zeros)], dim=0)
    rec.case("argmin/float32/signed_zeros", "argmin", [T(signed_zeros)])


def layouts_and_edges():
    torch.manual_seed(3)
    x = torch.randn(4, 6)
    for op, kwargs in [("max", {"dim": 0}), ("argmin", {"dim": 1}), ("median", {"dim": 0}), ("sort", {"dim": 0}),
                       ("topk", {"k": 3, "dim": 0}), ("kthvalue", {"k": 2, "dim": 1}), ("mode", {"dim": 0})]:
        rec.case(f"{op}/float32/transposed", op, [T(x, ["transpose"])], **kwargs)
        rec.case(f"{op}/float32/sliced", op, [T(x, ["slice", 1, 2])], **kwargs)
    rec.case("argmax/float32/transposed_flat", "argmax", [T(x, ["transpose"])])
    rec.case("max/float32/expanded", "max", [T(x[:1], ["expand", [3, 6]])], dim=0)
    rec.case("max/float32/broadcast_other", "max", [T(x), T(x[:, :1])])
    rec.case("min/mixed/other", "min", [T(x), T((x * 3).long())])
    zero_d = torch.tensor(2.5)
    for op, kwargs in [("max", {"dim": 0}), ("min", {"dim": -1, "keepdim": True}), ("argmax", {"dim": 0}),
                       ("argmax", {}), ("median", {}), ("median", {"dim": 0}), ("mode", {"dim": 0}),
                       ("kthvalue", {"k": 1, "dim": 0}), ("sort", {"dim": 0}), ("topk", {"k": 1, "dim": 0}),
                       ("nanmedian", {"dim": 0})]:
        rec.case(f"{op}/float32/zerodim/{'-'.join(f'{k}={v}' for k, v in kwargs.items()) or 'all'}", op, [T(zero_d)], **kwargs)
    empty = torch.zeros(0, 3)
    for op, kwargs in [("max", {"dim": 1}), ("max", {"dim": 0}), ("max", {}), ("argmax", {}), ("argmax", {"dim": 1}),
                       ("argmax", {"dim": 0}), ("median", {}), ("median", {"dim": 1}), ("median", {"dim": 0}),
                       ("mode", {"dim": 1}), ("mode", {"dim": 0}), ("kthvalue", {"k": 1, "dim": 1}),
                       ("sort", {"dim": 0}), ("sort", {"dim": 1}), ("topk", {"k": 0, "dim": 0}),
                       ("topk", {"k": 2, "dim": 1}), ("nanmedian", {"dim": 1}), ("argsort", {"dim": 0})]:
        rec.case(f"{op}/float32/empty/{'-'.join(f'{k}={v}' for k, v in kwargs.items()) or 'all'}", op, [T(empty)], **kwargs)
    rec.case("kthvalue/float32/k_too_large", "kthvalue", [T(x)], k=7, dim=1)
    rec.case("kthvalue/float32/k_zero", "kthvalue", [T(x)], k=0, dim=1)
    rec.case("topk/float32/k_too_large", "topk", [T(x)], k=7, dim=1)
    rec.case("topk/float32/k_negative", "topk", [T(x)], k=-1, dim=1)
    rec.case("sort/float32/dim_out_of_range", "sort", [T(x)], dim=2)
    rec.case("max/float32/dim_out_of_range", "max", [T(x)], dim=-3)


def large():
    """65 x 1031 rows: threads across rows, and long rows through introsort's partitioning and heap fallback."""
    rec.case("sort/float32/large_dim1", "sort", [G(torch.float32, (65, 1031), seed=0)], dim=1)
    rec.case("sort/int32/large_dim0", "sort", [G(torch.int32, (65, 1031), seed=1)], dim=0, descending=True)
    rec.case("max/float64/large", "max", [G(torch.float64, (65, 1031), seed=2)], dim=1)
    rec.case("argmin/float32/large_dim0", "argmin", [G(torch.float32, (65, 1031), seed=3)], dim=0)
    rec.case("topk/float32/large", "topk", [G(torch.float32, (65, 1031), seed=4)], k=10, dim=1)
    rec.case("median/float32/large", "median", [G(torch.float32, (65, 1031), seed=5)], dim=1)
    g = torch.Generator().manual_seed(7)
    many_ties = torch.randint(0, 10, (4, 3000), generator=g).to(torch.int16)
    rec.case("sort/int16/large_ties", "sort", [T(many_ties)], dim=1)
    rec.case("sort/int16/large_ties_descending", "sort", [T(many_ties)], dim=1, descending=True)
    rec.case("topk/int16/large_ties", "topk", [T(many_ties)], k=40, dim=1)
    rec.case("topk/int16/large_ties_nth", "topk", [T(many_ties)], k=100, dim=1, largest=False)
    rec.case("mode/int16/large_ties", "mode", [T(many_ties)], dim=1)
    rec.case("median/int16/large_ties", "median", [T(many_ties)], dim=1)
    rec.case("kthvalue/int16/large_ties", "kthvalue", [T(many_ties)], k=1234, dim=1)
    rec.case("median/int16/large_ties_all", "median", [T(many_ties)])


per_dtype()
ties()
layouts_and_edges()
large()
rec.write()
