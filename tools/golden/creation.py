"""Golden data for creation functions: tests/Flint.Tests/Golden/creation.json.

Each case calls one PyTorch 1.13 factory (tensor, full, zeros, ones, empty, arange, linspace, logspace, eye,
the *_like forms) and records the dtype, shape, strides and values (floats bit-exact; ints exact), or the
exception type and message. Range factories are checked bit for bit: PyTorch's CPU kernels compute
vectorised blocks from a rounded base, so the exact values depend on the dtype's vector width and, above
32768 elements, on the thread count, which cases that need it record as "threads".

Run: /usr/bin/python3 tools/golden/creation.py
"""
import math

import torch

from common import json_number, write_json, write_safetensors

DTYPES = {
    "float32": torch.float32, "float64": torch.float64, "float16": torch.float16,
    "bfloat16": torch.bfloat16, "int64": torch.int64, "int32": torch.int32, "int16": torch.int16,
    "int8": torch.int8, "uint8": torch.uint8, "bool": torch.bool,
}
NAMES = {v: k for k, v in DTYPES.items()}

cases = []
large_values = {}  # results of more than LARGE elements go to creation.safetensors, keyed by case id
LARGE = 200


def record(id, t):
    out = {"dtype": NAMES[t.dtype], "shape": list(t.shape), "strides": list(t.stride()), "requiresGrad": t.requires_grad}
    if t.numel() > LARGE:
        large_values[id] = t.detach()
        out["valuesIn"] = "creation.safetensors"
    else:
        values = t.flatten().tolist()
        out["values"] = [json_number(v) for v in values] if t.dtype.is_floating_point else [int(v) for v in values]
    return out


def json_safe(value):
    if isinstance(value, float):
        return json_number(value)
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    return value


def case(id, fn, call, threads=None, **args):
    """args are what the C# test passes; call makes the PyTorch tensor."""
    out = {"id": id, "fn": fn, "args": json_safe(args)}
    if threads is not None:
        out["threads"] = threads
    previous = torch.get_num_threads()
    torch.set_num_threads(threads or 1)
    try:
        out["result"] = record(id, call())
    except (RuntimeError, IndexError, ValueError, TypeError) as e:
        out["error"] = {"type": type(e).__name__, "message": str(e).split("\n")[0]}
    finally:
        torch.set_num_threads(previous)
    cases.append(out)


def dt(name):
    return None if name is None else DTYPES[name]


# ---- torch.tensor from data: "kind" says whether the C# elements are integers, floating or bool -------------
def tensor_case(id, data, kind, dtype=None):
    # C# int[] / double[] / bool[] data behave like Python ints / floats / bools.
    case(id, "tensor", lambda: torch.tensor(data, dtype=dt(dtype)), data=data, kind=kind, dtype=dtype)


tensor_case("tensor_int_scalar", 7, "int")
tensor_case("tensor_float_scalar", 2.5, "float")
tensor_case("tensor_bool_scalar", True, "bool")
tensor_case("tensor_int_1d", [1, -2, 3], "int")
tensor_case("tensor_float_2d", [[1.5, -2.25], [3.0, 0.1]], "float")
tensor_case("tensor_bool_3d", [[[True, False]], [[False, True]]], "bool")
tensor_case("tensor_int_4d", [[[[1, 2, 3]], [[4, 5, 6]]]], "int")
tensor_case("tensor_empty_1d", [], "float")
tensor_case("tensor_int_to_float64", [1, 2, 3], "int", "float64")
tensor_case("tensor_float_to_int16_truncates", [-1.5, 2.7, 300.9], "float", "int16")
tensor_case("tensor_float_to_uint8_truncates", [0.0, 2.7, 255.0], "float", "uint8")
tensor_case("tensor_negative_int_wraps_to_uint8", [-1, -255, 255], "int", "uint8")
tensor_case("tensor_int_overflows_uint8", [1, 256], "int", "uint8")
tensor_case("tensor_negative_float_overflows_uint8", [-0.5], "float", "uint8")
tensor_case("tensor_int_overflows_int32", [2 ** 31], "int", "int32")
tensor_case("tensor_int_overflows_int8", [-129], "int", "int8")
tensor_case("tensor_float_overflows_int64", [1e19], "float", "int64")
tensor_case("tensor_nan_overflows_int32", [float("nan")], "float", "int32")
tensor_case("tensor_float_to_bool", [2.5, -0.5, 0.0], "float", "bool")
tensor_case("tensor_bool_to_int8", [True, False], "bool", "int8")
tensor_case("tensor_float_to_float16_overflows_to_inf", [70000.0, 1.0 / 3], "float", "float16")
tensor_case("tensor_float_to_bfloat16", [1.0 / 3, 3e38], "float", "bfloat16")
tensor_case("tensor_float_to_float32_inf", [1e40, -1e-50], "float", "float32")
tensor_case("tensor_scalar_to_int16", 3.5, "float", "int16")

# ---- full / zeros / ones / empty ----------------------------------------------------------------------------
def full_case(id, size, value, kind, dtype=None):
    case(id, "full", lambda: torch.full(size, value, dtype=dt(dtype)), size=size, value=value, kind=kind, dtype=dtype)


full_case("full_float_infers_default", [2, 3], 1.5, "float")
full_case("full_int_infers_int64", [3], 7, "int")
full_case("full_bool_infers_bool", [2], True, "bool")
full_case("full_0d", [], -2.5, "float")
full_case("full_empty", [2, 0], 3, "int")
full_case("full_float_to_int32_truncates", [2], -2.7, "float", "int32")
full_case("full_int_to_float16", [2], 3, "int", "float16")
full_case("full_negative_int_wraps_uint8", [2], -1, "int", "uint8")
full_case("full_int_overflows_uint8", [2], 256, "int", "uint8")
full_case("full_float_overflows_uint8", [2], 255.5, "float", "uint8")
full_case("full_negative_float_overflows_uint8", [1], -0.9, "float", "uint8")
full_case("full_int_overflows_int8", [1], -129, "int", "int8")
full_case("full_int_overflows_int32", [1], 2 ** 31, "int", "int32")
full_case("full_int_overflows_int16", [1], 40000, "int", "int16")
full_case("full_float_overflows_int64", [1], 1e19, "float", "int64")
full_case("full_nan_overflows_int64", [1], float("nan"), "float", "int64")
full_case("full_inf_overflows_int32", [1], float("inf"), "float", "int32")
full_case("full_float_overflows_float32", [1], 3.5e38, "float", "float32")
full_case("full_float_overflows_float16", [1], 65519.0, "float", "float16")
full_case("full_float_overflows_bfloat16", [1], 3.4e38, "float", "bfloat16")
full_case("full_int_overflows_float16", [1], 2 ** 63 - 1, "int", "float16")
full_case("full_inf_fits_float16", [1], float("inf"), "float", "float16")
full_case("full_nan_fits_float32", [1], float("nan"), "float", "float32")
full_case("full_any_value_fits_bool", [2], -0.5, "float", "bool")
full_case("full_negative_size", [-2], 1.0, "float")
for fn, torch_fn in (("zeros", torch.zeros), ("ones", torch.ones)):
    for size, dtype in (([2, 3], None), ([], None), ([0, 4], "int64"), ([3], "bool"), ([2, 2], "float16")):
        name = f"{fn}_{'x'.join(map(str, size)) or 'scalar'}_{dtype or 'default'}"
        case(name, fn, lambda torch_fn=torch_fn, size=size, dtype=dtype: torch_fn(size, dtype=dt(dtype)), size=size, dtype=dtype)
    case(f"{fn}_negative_size", fn, lambda torch_fn=torch_fn: torch_fn([2, -1]), size=[2, -1], dtype=None)
case("zeros_requires_grad", "zeros", lambda: torch.zeros([2], requires_grad=True), size=[2], dtype=None, requiresGrad=True)
case("zeros_int_requires_grad_error", "zeros", lambda: torch.zeros([2], dtype=torch.int64, requires_grad=True), size=[2], dtype="int64", requiresGrad=True)
case("empty_shape_only", "empty", lambda: torch.empty([3, 0, 2], dtype=torch.int32).zero_(), size=[3, 0, 2], dtype="int32")
case("empty_negative_size", "empty", lambda: torch.empty([2, -3]), size=[2, -3], dtype=None)

# ---- *_like: shape, dtype and (preserve format) strides of the input ------------------------------------------
LIKE_SOURCE = torch.arange(12.0).view(3, 4).t()  # shape [4, 3], strides [1, 4]
STEPPED_SOURCE = torch.arange(24.0).view(4, 6)[:, ::2]  # not dense
for fn, call in (("zeros_like", lambda s, d: torch.zeros_like(s, dtype=d)), ("ones_like", lambda s, d: torch.ones_like(s, dtype=d)),
                 ("full_like", lambda s, d: torch.full_like(s, 2.5, dtype=d)), ("empty_like", lambda s, d: torch.empty_like(s, dtype=d).fill_(0))):
    case(f"{fn}_transposed_keeps_strides", fn, lambda call=call: call(LIKE_SOURCE, None), source="transposed", dtype=None)
    case(f"{fn}_stepped_is_row_major", fn, lambda call=call: call(STEPPED_SOURCE, torch.int32), source="stepped", dtype="int32")
case("full_like_int_truncates_value", "full_like", lambda: torch.full_like(torch.zeros(2, dtype=torch.int64), 2.5), source="int64", dtype=None)

# ---- arange -----------------------------------------------------------------------------------------------
def arange_case(id, start, end, step, kinds, dtype=None, threads=None):
    case(id, "arange", lambda: torch.arange(start, end, step, dtype=dt(dtype)), threads=threads,
         start=start, end=end, step=step, kinds=kinds, dtype=dtype)


arange_case("arange_int", 0, 10, 3, "int")
arange_case("arange_int_negative_step", 5, -6, -2, "int")
arange_case("arange_int_large", 2 ** 60, 2 ** 60 + 10, 3, "int")
arange_case("arange_int_empty", 3, 3, 1, "int")
arange_case("arange_float_end", 0, 2.5, 1, "int,float,int")
for dtype in ("float32", "float64", "float16", "bfloat16"):
    for (start, end, step) in ((0, 10, 0.1), (0.3, 7.1, 0.07), (-5, 5, 0.3), (10, -3, -0.13), (0.1, 1000.3, 0.37), (1, 2, 1 / 3)):
        arange_case(f"arange_{dtype}_{start}_{end}_{step:.4g}", start, end, step, "float", dtype)
arange_case("arange_float32_chunked_two_threads", 0.3, 33000 * 0.07, 0.07, "float", "float32", threads=2)
arange_case("arange_float32_one_thread", 0.3, 33000 * 0.07, 0.07, "float", "float32", threads=1)
arange_case("arange_float_args_int64", -2.5, 2.5, 1.5, "float", "int64")
arange_case("arange_float_args_int32", -2.5, 2.5, 1.5, "float", "int32")
arange_case("arange_int_to_uint8_wraps", 0, 400, 100, "int", "uint8")
arange_case("arange_int_to_float32", 1, 6, 2, "int", "float32")
arange_case("arange_int_to_int8", -3, 4, 1, "int", "int8")
arange_case("arange_zero_step", 0, 5, 0, "int")
arange_case("arange_step_truncated_to_zero", 0, 2.5, 0.5, "float", "int64")
arange_case("arange_wrong_sign", 5, 0, 1, "int")
arange_case("arange_wrong_sign_negative", 0, 5, -1.5, "float")
arange_case("arange_inf_end", 0, math.inf, 1, "int,float,int")
arange_case("arange_nan_end", 0, math.nan, 1, "int,float,int")
arange_case("arange_too_many", 0.5, 1e20, 1e-20, "float")
arange_case("arange_bool", 0, 3, 1, "int", "bool")
arange_case("arange_int64_overflow", 1e20, 1e20 + 1, 1, "float,float,int", "int64")

# ---- linspace / logspace ----------------------------------------------------------------------------------
RANGES = ((0, 1), (-3.7, 11.2), (2.5, -1.3), (-1, 1), (0.1, 0.9), (5, 5))
STEPS = (0, 1, 2, 5, 7, 100, 1000)


def linspace_case(id, start, end, steps, kinds, dtype=None, threads=None):
    case(id, "linspace", lambda: torch.linspace(start, end, steps, dtype=dt(dtype)), threads=threads,
         start=start, end=end, steps=steps, kinds=kinds, dtype=dtype)


def logspace_case(id, start, end, steps, base, kinds, dtype=None):
    case(id, "logspace", lambda: torch.logspace(start, end, steps, base=base, dtype=dt(dtype)),
         start=start, end=end, steps=steps, base=base, kinds=kinds, dtype=dtype)


for dtype in ("float32", "float64"):
    for start, end in RANGES:
        for steps in STEPS:
            linspace_case(f"linspace_{dtype}_{start}_{end}_{steps}", start, end, steps, "float", dtype)
for dtype in ("float16", "bfloat16"):
    for start, end in RANGES[:4]:
        for steps in (1, 7, 100, 1000, 5000):
            linspace_case(f"linspace_{dtype}_{start}_{end}_{steps}", start, end, steps, "float", dtype)
for dtype in ("int64", "int32", "int16", "int8", "uint8"):
    for start, end, steps in ((0, 100, 77), (7, 9, 100), (3, 120, 333), (0, 10, 1000), (3.7, 9.2, 2), (3.7, 9, 1)):
        linspace_case(f"linspace_{dtype}_{start}_{end}_{steps}", start, end, steps, "float", dtype)
    linspace_case(f"linspace_{dtype}_negative", -50, 30, 1000, "int", dtype if dtype != "uint8" else "int16")
linspace_case("linspace_default_dtype_from_ints", 0, 10, 5, "int")
linspace_case("linspace_float32_chunked_two_threads", -3.7, 11.2, 33000, "float", "float32", threads=2)
linspace_case("linspace_negative_steps", 0, 1, -1, "float")
linspace_case("linspace_bool", 0, 1, 5, "float", "bool")
linspace_case("linspace_overflows_uint8", -1, 300, 5, "int", "uint8")
linspace_case("linspace_overflows_float32", 0, 1e40, 5, "float", "float32")

for dtype in ("float32", "float64", "bfloat16"):
    for start, end in RANGES:
        for steps in (0, 1, 2, 7, 100, 1000):
            for base in (10.0, 2.0):
                logspace_case(f"logspace_{dtype}_{start}_{end}_{steps}_{base}", start, end, steps, base, "float", dtype)
    logspace_case(f"logspace_{dtype}_base_e", 0.1, 3, 33, math.e, "float", dtype)
    logspace_case(f"logspace_{dtype}_base_fraction", -1, 1, 50, 3.3, "float", dtype)
for dtype in ("int64", "int32", "int16", "uint8"):
    logspace_case(f"logspace_{dtype}", 0, 3, 7, 10.0, "int", dtype)
    logspace_case(f"logspace_{dtype}_fractional", 0.5, 2.7, 9, 2.0, "float", dtype)
logspace_case("logspace_one_step_int", 0.5, 9, 1, 10.0, "float", "int64")
logspace_case("logspace_negative_steps", 0, 1, -2, 10.0, "float")

# ---- eye --------------------------------------------------------------------------------------------------
for n, m, dtype in ((3, None, None), (2, 4, None), (4, 2, "int64"), (0, None, None), (3, 0, "bool"), (1, 1, "float16")):
    case(f"eye_{n}_{m}_{dtype}", "eye", (lambda n=n, m=m, dtype=dtype: torch.eye(n, dtype=dt(dtype)) if m is None else torch.eye(n, m, dtype=dt(dtype))),
         n=n, m=m, dtype=dtype)
case("eye_negative_n", "eye", lambda: torch.eye(-1), n=-1, m=None, dtype=None)
case("eye_negative_m", "eye", lambda: torch.eye(2, -3), n=2, m=-3, dtype=None)
case("eye_requires_grad", "eye", lambda: torch.eye(2, requires_grad=True), n=2, m=None, dtype=None, requiresGrad=True)

ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
write_json("creation.json", cases)
write_safetensors("creation.safetensors", large_values)
