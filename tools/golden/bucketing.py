"""Bucketing golden data: writes tests/Flint.Tests/Golden/bucketing.{json,safetensors} (format: multi_output_cases.py).

unique (sorted, with inverse and counts) and unique_consecutive over the flattened input, bincount (weights,
minlength), histc (given and data ranges, values on the edges, out of range and NaN), bucketize and searchsorted
(right and side, sorter, N-d boundaries, scalar values, out_int32, mixed dtypes): every dtype, 0-d and empty inputs,
non-contiguous operands, and PyTorch's errors. Three kinds of case have another reference than PyTorch 1.13's answer:
histc of inputs holding NaN (1.13 counts them in bin 0 through an overflowing index; the reference skips them, as
PyTorch 2 does); unique of inputs holding NaN (1.13's CPU unique counts NaN as 0 and points its inverse at other values; the
reference keeps each NaN as its own value, as sorting and unique_consecutive do, which is what PyTorch 2 returns);
and unique with sorted=False, whose order 1.13 takes from a hash set (Flint returns the sorted order, which the
documentation allows), so those cases are not recorded.
"""
import torch

from multi_output_cases import G, INF, NAN, Recorder, T

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]

OPS = {
    "unique": lambda x, **k: torch.unique(x, **k),
    "unique_consecutive": lambda x, **k: torch.unique_consecutive(x, **k),
    "bincount": lambda x, *w, **k: torch.bincount(x, *w, **k),
    "histc": lambda x, **k: torch.histc(x, **k),
    "bucketize": lambda x, b, **k: torch.bucketize(x, b, **k),
    "searchsorted": lambda s, v, *sorter, **k: torch.searchsorted(s, v, **k, **({"sorter": sorter[0]} if sorter else {})),
}

rec = Recorder("bucketing", OPS)
HISTC_NAN_REFERENCE = ("NaN not counted, as in PyTorch 2: PyTorch 1.13's histc counts each NaN in bin 0 (its bin index "
                       "overflows to the start of the histogram)")
NAN_REFERENCE = ("each NaN its own value (sort, then unique_consecutive), as PyTorch 2 returns: PyTorch 1.13's CPU unique "
                 "counts NaN as 0 and points their inverse at other values")


def unique_by_sorting(x, return_inverse=False, return_counts=False):
    values, order = x.flatten().sort(stable=True)
    output, group, counts = torch.unique_consecutive(values, return_inverse=True, return_counts=True)
    inverse = torch.empty_like(group).scatter_(0, order, group).reshape(x.shape)
    return (output,) + ((inverse,) if return_inverse else ()) + ((counts,) if return_counts else ())


def values_for(dtype, seed=0, shape=(3, 5)):
    g = torch.Generator().manual_seed(seed)
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=g).bool()
    x = torch.randint(0, 6, shape, generator=g)
    if dtype.is_signed or dtype.is_floating_point:
        x = x - 2
    return (x * 1.5).to(dtype) if dtype.is_floating_point else x.to(dtype)


def uniques():
    for dtype in DTYPES:
        name = str(dtype).replace("torch.", "")
        x = values_for(dtype)
        for inverse in [False, True]:
            for counts in [False, True]:
                tag = f"inverse={inverse}/counts={counts}"
                rec.case(f"unique/{name}/{tag}", "unique", [T(x)], return_inverse=inverse, return_counts=counts)
                rec.case(f"unique_consecutive/{name}/{tag}", "unique_consecutive", [T(x.sort(1).values)],
                         return_inverse=inverse, return_counts=counts)
    x = values_for(torch.float32, seed=1, shape=(4, 6))
    for op in ["unique", "unique_consecutive"]:
        rec.case(f"{op}/float32/transposed", op, [T(x, ["transpose"])], return_inverse=True, return_counts=True)
        rec.case(f"{op}/float32/expanded", op, [T(x[:1], ["expand", [3, 6]])], return_inverse=True, return_counts=True)
        rec.case(f"{op}/float32/zerodim", op, [T(torch.tensor(2.5))], return_inverse=True, return_counts=True)
        rec.case(f"{op}/float32/empty", op, [T(torch.zeros(0, 3))], return_inverse=True, return_counts=True)
        rec.case(f"{op}/int64/large", op, [G(torch.int64, (65, 1031), seed=3)], return_inverse=True, return_counts=True)
    with_nan = torch.tensor([[2.0, NAN, 1.0, 2.0], [NAN, -0.0, 0.0, 1.0]])
    rec.case("unique_consecutive/float32/nan", "unique_consecutive", [T(with_nan)], return_inverse=True, return_counts=True)
    rec.case("unique/float32/nan", "unique", [T(with_nan)], reference=(NAN_REFERENCE, unique_by_sorting),
             return_inverse=True, return_counts=True)
    rec.case("unique/float32/infinities", "unique", [T(torch.tensor([INF, -INF, 1.0, INF, -0.0]))], return_counts=True)


def bincounts():
    x = torch.tensor([0, 3, 3, 1, 7, 3, 0])
    for dtype in DTYPES:
        name = str(dtype).replace("torch.", "")
        rec.case(f"bincount/{name}", "bincount", [T(x.to(dtype) if dtype != torch.bool else x > 2)])
        rec.case(f"bincount/int64/weights={name}", "bincount", [T(x), T(values_for(dtype, shape=(7,)))])
    rec.case("bincount/int64/minlength", "bincount", [T(x)], minlength=10)
    rec.case("bincount/int64/minlength_short", "bincount", [T(x)], minlength=3)
    rec.case("bincount/int64/empty", "bincount", [T(torch.zeros(0, dtype=torch.int64))])
    rec.case("bincount/int64/empty_minlength", "bincount", [T(torch.zeros(0, dtype=torch.int64))], minlength=4)
    rec.case("bincount/int64/empty_weights", "bincount", [T(torch.zeros(0, dtype=torch.int64)), T(torch.zeros(0))], minlength=2)
    rec.case("bincount/int64/sliced", "bincount", [T(x, ["slice", 0, 2]), T(torch.arange(4.0))])
    rec.case("bincount/int64/negative", "bincount", [T(torch.tensor([1, -1]))])
    rec.case("bincount/int64/2d", "bincount", [T(x.reshape(1, 7))])
    rec.case("bincount/int64/zerodim", "bincount", [T(torch.tensor(3))])
    rec.case("bincount/int64/minlength_negative", "bincount", [T(x)], minlength=-1)
    rec.case("bincount/int64/weights_length", "bincount", [T(x), T(torch.ones(3))])
    g = torch.Generator().manual_seed(11)
    many = torch.randint(0, 500, (5000,), generator=g).to(torch.int16)
    rec.case("bincount/int16/large", "bincount", [T(many), T(torch.rand(5000, generator=g))])


def histograms():
    x = torch.tensor([[0.0, 1.0, 1.5, 2.0], [2.5, 3.0, -1.0, 4.0], [NAN, 3.0 - 1e-7, 0.75, 1.0 / 3.0]])
    for dtype in [torch.float32, torch.float64, torch.bfloat16, torch.float16]:
        name = str(dtype).replace("torch.", "")
        for bins, low, high in [(4, 0, 3), (3, 0, 3), (7, -0.5, 2.25), (1, 0, 4), (100, 0, 0)]:
            data = x if low != high else x.nan_to_num(0.5)  # a data range with NaN is NaN: see histc/float32/nan_range
            reference = (HISTC_NAN_REFERENCE, lambda t, **k: torch.histc(t[~t.isnan()], **k)) if data.isnan().any() else None
            rec.case(f"histc/{name}/bins={bins}/[{low},{high}]", "histc", [T(data.to(dtype))], reference=reference,
                     bins=bins, min=low, max=high)
    clean = torch.tensor([1.0, 2.0, 1.0, 4.0, 5.0, 2.5])
    rec.case("histc/float32/data_range", "histc", [T(clean)], bins=4)
    rec.case("histc/float32/constant", "histc", [T(torch.tensor([2.0, 2.0, 2.0]))], bins=4)
    rec.case("histc/float32/empty", "histc", [T(torch.zeros(0))], bins=3)
    rec.case("histc/float32/zerodim", "histc", [T(torch.tensor(0.5))], bins=2, min=0, max=1)
    rec.case("histc/float32/transposed", "histc", [T(x[:, :3].nan_to_num(0), ["transpose"])], bins=5, min=-1, max=4)
    rec.case("histc/float32/bins_negative", "histc", [T(clean)], bins=-1)
    rec.case("histc/float32/min_above_max", "histc", [T(clean)], bins=3, min=3, max=1)
    rec.case("histc/float32/infinite_range", "histc", [T(clean)], bins=3, min=0, max=INF)
    rec.case("histc/float32/nan_range", "histc", [T(torch.tensor([1.0, NAN]))], bins=3, min=NAN, max=NAN)
    for dtype in [torch.bool, torch.uint8, torch.int32, torch.int64]:
        rec.case(f"histc/{str(dtype)[6:]}", "histc", [T(values_for(dtype))], bins=3)
    rec.case("histc/float32/large", "histc", [G(torch.float32, (65, 1031), seed=5)], bins=37, min=-10, max=12)


def searches():
    boundaries = torch.tensor([-1.0, 0.0, 1.5, 1.5, 3.0, 7.0])
    probe = torch.tensor([[-2.0, -1.0, 0.5, 1.5], [3.0, 7.0, 8.0, NAN]])
    for dtype in DTYPES[1:]:
        name = str(dtype).replace("torch.", "")
        b, v = boundaries.to(dtype), probe.nan_to_num(9).to(dtype) if not dtype.is_floating_point else probe.to(dtype)
        for right in [False, True]:
            rec.case(f"bucketize/{name}/right={right}", "bucketize", [T(v), T(b)], right=right)
            rec.case(f"searchsorted/{name}/right={right}", "searchsorted", [T(b), T(v)], right=right)
    rec.case("bucketize/bool", "bucketize", [T(torch.tensor([True, False])), T(torch.tensor([False, True]))])
    rec.case("searchsorted/float32/side=right", "searchsorted", [T(boundaries), T(probe)], side="right")
    rec.case("searchsorted/float32/side=left", "searchsorted", [T(boundaries), T(probe)], side="left")
    rec.case("searchsorted/float32/out_int32", "searchsorted", [T(boundaries), T(probe)], out_int32=True)
    rec.case("bucketize/float32/out_int32", "bucketize", [T(probe), T(boundaries)], out_int32=True, right=True)
    rows = torch.tensor([[1.0, 3.0, 5.0, 7.0], [2.0, 4.0, 6.0, 8.0], [0.0, NAN, NAN, NAN]])
    rec.case("searchsorted/float32/nd", "searchsorted", [T(rows), T(torch.tensor([[3.0, 6.0], [3.0, 9.0], [0.0, 1.0]]))])
    rec.case("searchsorted/float32/nd_right", "searchsorted", [T(rows), T(torch.tensor([[3.0, 6.0], [3.0, 9.0], [0.0, 1.0]]))], right=True)
    rec.case("searchsorted/float32/transposed", "searchsorted", [T(rows[:2].T.contiguous(), ["transpose"]), T(torch.tensor([[3.0], [4.5]]))])
    unsorted = torch.tensor([7.0, 1.0, 5.0, 3.0])
    rec.case("searchsorted/float32/sorter", "searchsorted", [T(unsorted), T(torch.tensor([0.0, 3.0, 4.0, 9.0])), T(torch.tensor([1, 3, 2, 0]))])
    rec.case("searchsorted/float32/sorter_right", "searchsorted", [T(unsorted), T(torch.tensor([3.0, 7.0])), T(torch.tensor([1, 3, 2, 0]))], right=True)
    rec.case("searchsorted/mixed", "searchsorted", [T(torch.tensor([1, 3, 5, 7])), T(torch.tensor([3.0, 6.5, 9.0]))])
    rec.case("bucketize/mixed", "bucketize", [T(torch.tensor([3.0, 6.5, 9.0])), T(torch.tensor([1, 3, 5, 7]))])
    rec.case("searchsorted/float32/scalar_value", "searchsorted", [T(boundaries), 1.5])
    rec.case("bucketize/float32/scalar_input", "bucketize", [2.0, T(boundaries)], right=True)
    rec.case("searchsorted/float32/zerodim_value", "searchsorted", [T(boundaries), T(torch.tensor(1.5))])
    rec.case("searchsorted/float32/empty_values", "searchsorted", [T(boundaries), T(torch.zeros(0, 2))])
    rec.case("searchsorted/float32/empty_boundaries", "searchsorted", [T(torch.zeros(0)), T(torch.tensor([1.0, 2.0]))])
    rec.case("searchsorted/float32/expanded_values", "searchsorted", [T(boundaries), T(probe[:1], ["expand", [3, 4]])])
    rec.case("searchsorted/float32/bad_shape", "searchsorted", [T(torch.zeros(2, 3)), T(torch.zeros(3, 1))])
    rec.case("searchsorted/float32/side_conflict", "searchsorted", [T(boundaries), T(probe)], side="left", right=True)
    rec.case("searchsorted/float32/side_invalid", "searchsorted", [T(boundaries), T(probe)], side="middle")
    rec.case("searchsorted/float32/sorter_size", "searchsorted", [T(unsorted), T(probe), T(torch.tensor([0, 1, 2]))])
    rec.case("searchsorted/float32/sorter_dtype", "searchsorted", [T(unsorted), T(probe), T(torch.tensor([1, 3, 2, 0], dtype=torch.int32))])
    rec.case("searchsorted/float32/zerodim_boundaries", "searchsorted", [T(torch.tensor(3.0)), T(probe)])
    rec.case("bucketize/float32/2d_boundaries", "bucketize", [T(probe), T(rows)])
    rec.case("searchsorted/float32/large", "searchsorted", [T(torch.linspace(-20, 20, 1001)), G(torch.float32, (65, 1031), seed=6)])


uniques()
bincounts()
histograms()
searches()
rec.write()
