"""Golden data for Tensor.ToString(): PyTorch 1.13's repr(tensor) over many dtypes, shapes and print options.

Writes tests/Flint.Tests/Golden/repr.json with
  "cases": one object per tensor: how to rebuild it in C# and PyTorch's repr of it;
  "float_format": Python's '{:.Nf}' / '{:.Ne}' of doubles (what the formatter's exact rounding must equal).

A case rebuilds as: base tensor of `dtype` and `shape` whose row-major values are `values` (numbers, true/false,
or the strings "nan", "inf", "-inf", "-0.0") or, for large tensors, `pattern` (value i = ((i * mul) % mod) * scale
+ offset, in int64 for integer dtypes and in float64 for floating ones, then cast); then each `view` op in order;
then `requires_grad`, then a `grad_fn` node name (the tensor is the result of an op that recorded that node).
`default_dtype` and `print_options` (a list of set_printoptions calls, in order) are set before building and
printing, and reset afterwards.

Run: /usr/bin/python3 tools/golden/repr.py
"""
import math

import torch

from common import json_number, write_json

DTYPES = {
    "bool": torch.bool, "uint8": torch.uint8, "int8": torch.int8, "int16": torch.int16, "int32": torch.int32,
    "int64": torch.int64, "float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32,
    "float64": torch.float64,
}

cases = []


def encode(value):
    """Python ints and bools as they are (int64 extremes exceed a double), floats through json_number."""
    return value if isinstance(value, (bool, int)) else json_number(value)


def pattern_values(numel, dtype, mul, mod, scale, offset):
    if DTYPES[dtype].is_floating_point:
        return torch.tensor([float((i * mul) % mod) * scale + offset for i in range(numel)], dtype=torch.float64)
    return torch.tensor([((i * mul) % mod) * scale + offset for i in range(numel)], dtype=torch.int64)


def apply_view(t, op):
    name, args = op["op"], op["args"]
    if name == "transpose":
        return t.transpose(*args)
    if name == "permute":
        return t.permute(*args)
    if name == "slice":
        dim, start, stop, step = args
        index = [slice(None)] * t.dim()
        index[dim] = slice(start, stop, step)
        return t[tuple(index)]
    if name == "select":
        return t.select(*args)
    if name == "expand":
        return t.expand(*args)
    if name == "unsqueeze":
        return t.unsqueeze(*args)
    raise ValueError(name)


def case(case_id, dtype, shape, values=None, pattern=None, view=(), requires_grad=False, grad_fn=None,
         print_options=None, default_dtype=None):
    """grad_fn: a function of the (requires-grad) base giving a non-leaf tensor whose repr is recorded."""
    assert all(c["id"] != case_id for c in cases), case_id
    try:
        if default_dtype:
            torch.set_default_dtype(DTYPES[default_dtype])
        for call in print_options or []:
            torch.set_printoptions(**call)
        numel = math.prod(shape)
        if pattern is not None:
            base = pattern_values(numel, dtype, **pattern).to(DTYPES[dtype]).reshape(shape)
        else:
            assert len(values) == numel, case_id
            base = torch.tensor(values, dtype=DTYPES[dtype]).reshape(shape)
        t = base
        for op in view:
            t = apply_view(t, op)
        record = {"id": case_id, "dtype": dtype, "shape": list(shape)}
        if grad_fn is not None:
            result = grad_fn(t.detach().clone().requires_grad_(True))
            t = result
            # Rebuilt in C# from the result's own values, with a recorded node of the same name.
            record["shape"] = list(result.shape)
            record["dtype"] = next(k for k, v in DTYPES.items() if v == result.dtype)
            record["values"] = [encode(v) for v in result.detach().reshape(-1).tolist()]
            record["grad_fn"] = type(result.grad_fn).__name__
        else:
            if requires_grad:
                t.requires_grad_(True)
                record["requires_grad"] = True
            if pattern is not None:
                record["pattern"] = pattern
            else:
                # The stored values (after the dtype cast), so the C# side starts from identical elements.
                record["values"] = [encode(v) for v in base.reshape(-1).tolist()]
            if view:
                record["view"] = list(view)
        if print_options:
            record["print_options"] = print_options
        if default_dtype:
            record["default_dtype"] = default_dtype
        record["repr"] = repr(t)
        cases.append(record)
    finally:
        torch.set_printoptions(profile="default")
        torch.set_default_dtype(torch.float32)


def op(name, *args):
    return {"op": name, "args": list(args)}


nan, inf = float("nan"), float("inf")
gen = torch.Generator().manual_seed(0)


def randn(*shape, scale=1.0):
    return (torch.randn(*shape, generator=gen, dtype=torch.float64) * scale).reshape(-1).tolist()


# --- every dtype, 1-d --------------------------------------------------------------------------------------
case("float32_1d", "float32", [4], [1.5, -2.25, 3.0, 0.1])
case("float32_int_valued", "float32", [3], [1.0, 2.0, 3.0])
case("float64_1d", "float64", [3], [0.1, -1.0 / 3.0, 2.5])
case("float16_1d", "float16", [4], [0.1, -1.5, 65504.0, 3.0])
case("bfloat16_1d", "bfloat16", [4], [0.1, -1.5, 3.0e38, 3.0])
case("bfloat16_small", "bfloat16", [3], [0.1, -1.5, 2.0])
case("int64_1d", "int64", [3], [1, -2, 300])
case("int32_1d", "int32", [3], [1, -2, 300])
case("int16_1d", "int16", [3], [-32768, 0, 32767])
case("int8_1d", "int8", [4], [-128, 0, 5, 127])
case("uint8_1d", "uint8", [3], [0, 7, 255])
case("bool_1d", "bool", [3], [True, False, True])
case("int64_extremes", "int64", [2], [-9223372036854775808, 9223372036854775807])
case("float16_int_valued", "float16", [3], [1.0, -2.0, 2048.0])
case("float16_sci", "float16", [3], [6.1e-5, 1.0, 60000.0])

# --- 0-d ---------------------------------------------------------------------------------------------------
case("scalar_float32", "float32", [], [3.14159])
case("scalar_float32_int_valued", "float32", [], [2.0])
case("scalar_float32_negative", "float32", [], [-0.5])
case("scalar_float32_tiny", "float32", [], [1.0e-7])
case("scalar_float32_huge", "float32", [], [3.0e20])
case("scalar_float64", "float64", [], [2.718281828459045])
case("scalar_float16", "float16", [], [0.333])
case("scalar_bfloat16", "bfloat16", [], [-7.5])
case("scalar_int64", "int64", [], [7])
case("scalar_int32", "int32", [], [-7])
case("scalar_uint8", "uint8", [], [200])
case("scalar_bool", "bool", [], [True])
case("scalar_nan", "float32", [], [nan])
case("scalar_inf", "float32", [], [-inf])
case("scalar_negative_zero", "float32", [], [-0.0])
case("scalar_zero_float64", "float64", [], [0.0])

# --- empty -------------------------------------------------------------------------------------------------
case("empty_float32", "float32", [0], [])
case("empty_2d", "float32", [0, 3], [])
case("empty_3d", "float32", [2, 0, 3], [])
case("empty_trailing", "float16", [3, 0], [])
case("empty_int32", "int32", [0], [])
case("empty_int64", "int64", [0], [])
case("empty_bool_2d", "bool", [2, 0], [])
case("empty_float64", "float64", [0], [])
case("empty_requires_grad", "float32", [0], [], requires_grad=True)
case("empty_float64_requires_grad_2d", "float64", [0, 4], [], requires_grad=True)

# --- shapes ------------------------------------------------------------------------------------------------
case("float32_2d", "float32", [2, 3], randn(6))
case("float32_3d", "float32", [2, 3, 4], randn(24))
case("float32_4d", "float32", [2, 2, 2, 3], randn(24))
case("int64_2d_widths", "int64", [3, 3], [-100, 5, 1000, 0, 7, -3, 12, 99999, 1])
case("bool_3d", "bool", [2, 2, 3], [True, False, False, True, True, True, False, False, True, False, True, False])
case("int8_4d", "int8", [2, 1, 2, 2], [1, -2, 3, -4, 5, -6, 7, -8])
case("ones_1x1x1", "float32", [1, 1, 1], [1.0])
case("column_3x1", "float32", [3, 1], [0.5, -0.25, 8.0])
case("float64_3d", "float64", [2, 2, 2], randn(8, scale=10.0))
case("uint8_2d", "uint8", [2, 4], [0, 1, 10, 100, 255, 254, 3, 33])
case("float32_5d", "float32", [2, 1, 2, 1, 2], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0])

# --- scientific notation -----------------------------------------------------------------------------------
case("sci_tiny", "float32", [2], [1.0e-5, 2.0e-5])
case("sci_huge", "float32", [2], [1.0e9, 2.5])
case("sci_ratio", "float32", [2], [0.001, 2.5])
case("sci_int_valued_ratio", "float32", [2], [1.0, 10000.0])
case("sci_int_valued_huge", "float32", [2], [1.0e9, 3.0e9])
case("ratio_exactly_1000", "float32", [2], [1.0, 1000.0])
case("max_exactly_1e8", "float64", [2], [1.0e8, 1.0e6])
case("min_boundary_float64", "float64", [2], [0.0001, 0.1])
case("min_boundary_float32", "float32", [2], [0.0001, 0.1])
case("min_below_1e-4", "float64", [2], [0.0000999, 0.05])
case("subnormal_float64", "float64", [2], [5e-324, 1.0])
case("subnormal_float32", "float32", [2], [1e-45, 1e-40])
case("huge_float64", "float64", [3], [1e300, -1e300, 2.0])
case("sci_negative_mixed", "float32", [2, 3], [-1.0e-6, 2.5e3, -7.25, 0.0, 3.0e10, -1.0])
case("sci_2d_widths", "float64", [3, 2], [1.0e-10, -1.0e10, 123.456, -0.0, 1.0, 9.99995e5])

# --- nan / inf / zeros -------------------------------------------------------------------------------------
case("only_nonfinite", "float32", [3], [nan, inf, -inf])
case("nan_inf_mixed", "float32", [4], [nan, 1.5, -inf, -2.25])
case("nan_int_mode", "float32", [3], [nan, 1.0, 2.0])
case("inf_sci", "float32", [2], [inf, 1.0e-5])
case("nan_sci_wide", "float64", [3], [nan, -1.0e10, 1.0])
case("all_zeros", "float32", [2, 2], [0.0, 0.0, 0.0, 0.0])
case("signed_zeros", "float32", [2], [-0.0, 0.0])
case("negative_zero_with_fraction", "float32", [3], [-0.0, 1.5, 0.0])
case("negative_zero_int_mode", "float32", [3], [-0.0, 1.0, -12.0])
case("zeros_int64", "int64", [3], [0, 0, 0])
case("nan_float16", "float16", [3], [nan, -inf, 0.5])

# --- negative values and rounding ---------------------------------------------------------------------------
case("negative_widths", "float32", [3], [-1.5, 2.25, -3.125])
case("negative_ints", "int32", [4], [-1, -22, -333, 4444])
case("float32_decimals", "float32", [4], [0.1, 0.2, 0.3, 1.0 / 3.0])
case("rounding_carry", "float64", [3], [9.99995, 0.99995, -9.99996])
case("rounding_ties_default", "float64", [4], [0.00005, 0.00015, 1.00025, 2.00035])
case("float32_ties", "float32", [3], [0.12345, 1.00005, 2.00015])

# --- long rows (linewidth 80) ------------------------------------------------------------------------------
case("wrap_float32", "float32", [30], [i * 1.5 for i in range(30)])
case("wrap_int64", "int64", [50], list(range(50)))
case("wrap_2d", "float32", [3, 30], randn(90))
case("wrap_3d_ints", "int64", [2, 2, 25], [i * 7 - 100 for i in range(100)])
case("wrap_bool", "bool", [40], [i % 3 == 0 for i in range(40)])
case("wrap_float64_suffix", "float64", [20], randn(20))
case("wrap_sci", "float32", [16], [10.0 ** (i - 8) for i in range(16)])
case("suffix_fits_exactly", "float64", [9], [1.5 * i for i in range(9)])
case("suffix_on_new_line", "float64", [10], [1.5 * i for i in range(10)])

# --- summarised (numel > threshold) ------------------------------------------------------------------------
case("large_arange_float32", "float32", [2000], pattern=dict(mul=1, mod=2000, scale=1.0, offset=0.0))
case("large_arange_int64", "int64", [1001], pattern=dict(mul=1, mod=1001, scale=1, offset=0))
case("large_2d", "float32", [100, 100], pattern=dict(mul=7919, mod=10007, scale=0.37, offset=-1500.0))
case("large_3d", "float32", [20, 30, 40], pattern=dict(mul=104729, mod=1000003, scale=1e-3, offset=-400.0))
case("large_wide_row", "float32", [1, 2000], pattern=dict(mul=31, mod=1000, scale=0.25, offset=0.0))
case("large_tall_column", "float32", [2000, 1], pattern=dict(mul=31, mod=1000, scale=0.25, offset=-100.0))
case("large_4d_ints", "int64", [10, 10, 10, 10], pattern=dict(mul=37, mod=20011, scale=3, offset=-30000))
case("large_bool", "bool", [1001], pattern=dict(mul=1, mod=2, scale=1, offset=0))
case("large_float64", "float64", [40, 40], pattern=dict(mul=13, mod=97, scale=0.015625, offset=-0.5))
case("large_million", "float32", [1000, 1000], pattern=dict(mul=1, mod=1000000, scale=1.0, offset=1.0))
case("large_small_dims", "int32", [2, 2, 2, 2, 2, 2, 2, 2, 2, 2], pattern=dict(mul=1, mod=1024, scale=1, offset=0))
case("large_hidden_extremes", "float64", [1100],
     [1.5, 2.5, 3.5] + [1.0e-12 if i % 2 else 1.0e12 for i in range(1094)] + [4.5, 5.5, 6.5])
case("large_visible_nan", "float32", [1100], [nan, 2.5, 3.5] + [0.5] * 1094 + [4.5, -inf, 6.5])
case("large_bfloat16", "bfloat16", [1200], [float(i % 17) * 0.125 - 1.0 for i in range(1200)])
case("large_3d_first_small", "int16", [2, 3, 400], pattern=dict(mul=1, mod=2400, scale=1, offset=-1200))

# --- non-contiguous --------------------------------------------------------------------------------------------
case("transpose_2d", "float32", [3, 4], randn(12), view=[op("transpose", 0, 1)])
case("step_slice", "int64", [10], list(range(10)), view=[op("slice", 0, None, None, 2)])
case("permute_3d", "float32", [2, 3, 4], randn(24), view=[op("permute", 2, 0, 1)])
case("expand_rows", "float32", [3], [1.0, -2.0, 0.5], view=[op("expand", 4, 3)])
case("select_column", "float64", [3, 4], randn(12), view=[op("select", 1, 2)])
case("large_transposed_sliced", "float32", [50, 60], pattern=dict(mul=17, mod=1009, scale=0.5, offset=-250.0),
     view=[op("transpose", 0, 1), op("slice", 1, 1, None, 3)])
case("unsqueeze_bool", "bool", [3], [True, False, True], view=[op("unsqueeze", 0)])
case("slice_offset_float16", "float16", [4, 6], [float(i) / 4 for i in range(24)],
     view=[op("slice", 0, 1, 3, 1), op("slice", 1, 1, None, 2)])

# --- autograd suffixes -----------------------------------------------------------------------------------------
case("requires_grad", "float32", [2], [1.0, 2.0], requires_grad=True)
case("requires_grad_float64", "float64", [2], [1.5, -2.0], requires_grad=True)
case("requires_grad_scalar", "float32", [], [0.25], requires_grad=True)
case("requires_grad_2d", "float32", [2, 2], [1.0, 2.5, -3.0, 4.0], requires_grad=True)
case("grad_fn_mul", "float32", [3], [1.0, 2.0, 3.5], grad_fn=lambda x: x * 2)
case("grad_fn_add", "float32", [2, 2], [1.0, 2.0, 3.0, 4.0], grad_fn=lambda x: x + 1)
case("grad_fn_sum_scalar", "float32", [3], [1.0, 2.0, 3.5], grad_fn=lambda x: x.sum())
case("grad_fn_float64", "float64", [3], [1.0, 2.0, 3.5], grad_fn=lambda x: x - 0.5)
case("grad_fn_wraps", "float64", [10], [1.5 * i for i in range(10)], grad_fn=lambda x: x.neg())
case("requires_grad_long_row", "float32", [12], [1.5 * i for i in range(12)], requires_grad=True)

# --- default dtype float64 ---------------------------------------------------------------------------------
case("default64_float64", "float64", [3], [1.0, 2.5, -3.0], default_dtype="float64")
case("default64_float32", "float32", [3], [1.0, 2.5, -3.0], default_dtype="float64")
case("default64_empty_float32", "float32", [0], [], default_dtype="float64")
case("default64_empty_float64", "float64", [0], [], default_dtype="float64")
case("default64_int64", "int64", [2], [1, 2], default_dtype="float64")
case("default64_empty_int64", "int64", [0], [], default_dtype="float64")
case("default64_float16_scalar", "float16", [], [1.5], default_dtype="float64")
case("default64_requires_grad", "float32", [2], [1.0, 2.0], requires_grad=True, default_dtype="float64")

# --- print options -------------------------------------------------------------------------------------------
case("opt_precision_2", "float32", [3], [1.12345, -2.5, 0.125], print_options=[dict(precision=2)])
case("opt_precision_2_ties", "float64", [4], [0.125, 0.375, 2.675, -0.625], print_options=[dict(precision=2)])
case("opt_precision_10", "float64", [2], [1.0 / 3.0, -2.0 / 3.0], print_options=[dict(precision=10)])
case("opt_precision_0", "float64", [3], [2.5, 0.5, 1.25], print_options=[dict(precision=0)])
case("opt_precision_0_sci", "float64", [3], [2.5e-7, 1.5, 1.25], print_options=[dict(precision=0)])
case("opt_sci_false", "float32", [2], [1.0e-5, 2.0e-3], print_options=[dict(sci_mode=False)])
case("opt_sci_false_huge_ints", "float32", [2], [1.0e10, 2.0], print_options=[dict(sci_mode=False)])
case("opt_sci_true", "float32", [3], [1.5, -2.25, 0.0], print_options=[dict(sci_mode=True)])
case("opt_sci_true_ints", "float32", [2], [1.0, 20.0], print_options=[dict(sci_mode=True)])
case("opt_sci_true_all_zeros", "float32", [2], [0.0, 0.0], print_options=[dict(sci_mode=True)])
case("opt_sci_true_integer_dtype", "int64", [2], [1, 20], print_options=[dict(sci_mode=True)])
case("opt_threshold_5", "int64", [10], list(range(10)), print_options=[dict(threshold=5)])
case("opt_threshold_edgeitems_1", "float32", [4, 5], randn(20), print_options=[dict(threshold=5, edgeitems=1)])
case("opt_linewidth_40", "float32", [12], randn(12), print_options=[dict(linewidth=40)])
case("opt_linewidth_40_suffix", "float64", [6], randn(6), print_options=[dict(linewidth=40)])
case("opt_linewidth_40_2d", "int64", [2, 12], list(range(-12, 12)), print_options=[dict(linewidth=40)])
case("opt_linewidth_10", "float32", [4], [1.25, -2.5, 3.75, 100.0], print_options=[dict(linewidth=10)])
case("opt_profile_short", "float32", [5], [1.12345, 2.5, 3.0, 4.0, 5.0], print_options=[dict(profile="short")])
case("opt_profile_short_large", "float32", [30, 40], pattern=dict(mul=1, mod=1200, scale=0.5, offset=0.0),
     print_options=[dict(profile="short")])
case("opt_profile_full", "int64", [1200], pattern=dict(mul=1, mod=1200, scale=1, offset=0),
     print_options=[dict(profile="full")])
case("opt_profile_full_threshold", "int64", [20], list(range(20)), print_options=[dict(profile="full", threshold=10)])
case("opt_edgeitems_0", "int64", [10], list(range(10)), print_options=[dict(threshold=5, edgeitems=0)])
case("opt_edgeitems_5", "float32", [3, 20], randn(60), print_options=[dict(threshold=10, edgeitems=5)])
case("opt_sci_reset_by_next_call", "float32", [2], [1.5, 2.0],
     print_options=[dict(sci_mode=True), dict(precision=3)])
case("opt_profile_keeps_sci", "float32", [2], [1.5, 2.0],
     print_options=[dict(precision=2), dict(profile="default", sci_mode=True)])
case("opt_threshold_0_scalar", "float32", [], [1.5], print_options=[dict(threshold=0)])
case("opt_threshold_2d_int_widths", "int32", [8, 8], pattern=dict(mul=97, mod=1000, scale=1, offset=-500),
     print_options=[dict(threshold=20, linewidth=30)])

# --- seeded random mixes: scales, signs, specials and whole numbers across dtypes and ranks -----------------------
fuzz = torch.Generator().manual_seed(1234)


def fuzz_int(low, high):
    return int(torch.randint(low, high, (), generator=fuzz))


for k in range(40):
    dtype = ["float32", "float64", "float16", "bfloat16", "int64", "int32", "uint8", "bool"][k % 8]
    shape = [fuzz_int(1, 7) for _ in range(fuzz_int(0, 4))]
    numel = math.prod(shape)
    if dtype == "bool":
        values = [bool(v) for v in (torch.rand(numel, generator=fuzz) > 0.5).tolist()]
    elif dtype in ("int64", "int32", "uint8"):
        high = {"int64": 10 ** fuzz_int(1, 12), "int32": 10 ** fuzz_int(1, 9), "uint8": 256}[dtype]
        low = 0 if dtype == "uint8" else -high
        values = torch.randint(low, high, (numel,), generator=fuzz).tolist()
    else:
        exponent = fuzz_int(-7, 9) if dtype in ("float32", "float64") else fuzz_int(-3, 4)
        values = (torch.randn(numel, generator=fuzz, dtype=torch.float64) * 10.0 ** exponent).tolist()
        if k % 3 == 0:
            values = [float(round(v)) for v in values]
        for slot, special in zip(torch.randint(0, numel, (2,), generator=fuzz).tolist(), [nan, 0.0, -inf][k % 3:]):
            if k % 4 == 1:
                values[slot] = special
    case(f"fuzz_{k:02d}_{dtype}", dtype, shape, values)

# --- Python float formatting ---------------------------------------------------------------------------------
float_values = [0.0, -0.0, 0.125, 0.375, 2.5, 0.5, 1.5, -2.5, 2.675, 1.005, 0.00005, 0.00015, 9.99995, 99999.5,
                1e22, 1e23, 123456789.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1.0 / 3.0,
                -2.0 / 3.0, 0.1, float(torch.tensor(0.1, dtype=torch.float32)),
                float(torch.tensor(1.00005, dtype=torch.float32)), float(torch.tensor(3.0e-6, dtype=torch.float32)),
                float(torch.tensor(65504.0, dtype=torch.float16)), 9.5, 10.5, 0.95, 0.995, 9.9995e-5, 1e-5, 1e-4,
                1e100, 12345.678, -987.654321, nan, inf, -inf]
float_format = []
for value in float_values:
    for precision in (0, 1, 2, 4, 10):
        for kind in ("f", "e"):
            spec = "{:.%d%s}" % (precision, kind)
            float_format.append({"value": encode(value), "kind": kind, "precision": precision,
                                 "text": spec.format(value)})

write_json("repr.json", {"torch_version": torch.__version__, "cases": cases, "float_format": float_format})
print(f"{len(cases)} cases, {len(float_format)} float formats -> repr.json")
