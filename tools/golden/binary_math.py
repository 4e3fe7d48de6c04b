"""Binary and ternary math golden data: writes tests/Flint.Tests/Golden/binary_math.{json,safetensors} (format:
op_cases.py).

Each case calls one PyTorch op: {"id", "op", "args": [operand...], "kwargs"?: {name: JSON scalar, string or
operand}, "out"? | "out_summary"? | "error"?, "approx"?: true, "float32_rtol"?, "reference"?}. Ops returning a
Python bool (allclose, equal) record it as a 0-d bool tensor. In-place ops ("fmod_"...) record the whole base tensor.

Precision: results are bit-exact, except atan2, hypot, xlogy and float_power ("approx"), which PyTorch computes
with Sleef's vectorised functions (1.0 ulp; hypot 0.5 ulp) on contiguous runs and glibc's elsewhere: float32 within
"float32_rtol" (4 * 2**-23, four ulp), float64 within 1e-12, half types within one of their ulp. Where PyTorch 1.13
has no CPU kernel for float16 (atan2, hypot, lerp, clamp, addcmul...), the reference is the float32 result rounded
to float16 once ("reference"), what later PyTorch versions compute.
"""
import torch

from common import json_number
from op_cases import CaseFile, edge_values, generated, lacks_half_kernel, scalar, short, store_result, tensor_of as make

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]
NAN, INF = float("nan"), float("inf")


def div_with(mode):
    return lambda a, b: torch.div(a, b, rounding_mode=mode)


OPS = {
    "div_trunc": div_with("trunc"), "div_floor": div_with("floor"), "true_divide": torch.true_divide,
    "fmod": torch.fmod, "float_power": torch.float_power, "atan2": torch.atan2, "hypot": torch.hypot,
    "fmax": torch.fmax, "fmin": torch.fmin, "copysign": torch.copysign, "xlogy": torch.xlogy,
    "bitwise_left_shift": torch.bitwise_left_shift, "bitwise_right_shift": torch.bitwise_right_shift,
}
# Ops taking a scalar on the left, as C# writes them (2 << t) or as torch.* accepts them.
SCALAR_FIRST = {"bitwise_left_shift": lambda s, t: s << t, "bitwise_right_shift": lambda s, t: s >> t,
                "xlogy": torch.xlogy, "float_power": torch.float_power}
TERNARY = {"lerp": torch.lerp, "addcmul": torch.addcmul, "addcdiv": torch.addcdiv, "clamp": torch.clamp,
           "clip": torch.clip, "where": torch.where, "isclose": torch.isclose,
           "allclose": lambda *a, **k: torch.tensor(torch.allclose(*a, **k)),
           "equal": lambda *a, **k: torch.tensor(torch.equal(*a, **k))}
APPROX = {"atan2", "hypot", "xlogy", "float_power"}
SCALAR_KWARGS = {"min", "max", "weight", "value"}
FLOAT_ROW = [-INF, -7.5, -3.0, -2.5, -1.0, -0.0, 0.0, 0.1, 0.25, 1.0, 2.0, 3.0, 5.5, 1e4, INF, NAN]
FLOAT_COLUMN = [-INF, -2.0, -1.5, -0.0, 0.0, 0.3, 0.5, 1.0, 3.0, 1e4, INF, NAN]

golden = CaseFile("binary_math")


def row_values(dtype):
    return edge_values(dtype, FLOAT_ROW, wide_minimum=False)


def column_values(dtype):
    """Right operands: non-zero integers (zero divisors have their own cases), shift counts in range and beyond."""
    if dtype == torch.bool:
        return [False, True]
    if dtype == torch.uint8:
        return [1, 2, 3, 7, 8, 9, 31, 33, 255]
    if not dtype.is_floating_point:
        return [-3, -2, -1, 1, 2, 5, 7, 8, 31, 32, 33, 63, 64, 65]
    return FLOAT_COLUMN


def function(op):
    base = op.rstrip("_") if op.endswith("_") else op
    return OPS.get(base) or TERNARY[base]


def record(case_id, op, args, values, kwargs=None, inplace_base=None, summarize=False, call=None):
    """Runs the op and appends the case; where PyTorch 1.13 has no float16 kernel, the reference is computed
    in float32 and rounded once."""
    kwargs = kwargs or {}
    case = {"id": case_id, "op": op, "args": args}
    # Numbers that stand for Python scalars (bounds, weights, values) are scalar operands; tensors are tensor operands.
    kwargs = {k: scalar(v) if k in SCALAR_KWARGS and not isinstance(v, tuple) else v for k, v in kwargs.items()}
    if kwargs:
        case["kwargs"] = {k: v[0] if isinstance(v, tuple) else json_number(v) if isinstance(v, float) else v
                          for k, v in kwargs.items()}
    plain = {k: v[1] if isinstance(v, tuple) else v for k, v in kwargs.items()}
    run = call or (lambda *a, **k: getattr(a[0], op)(*a[1:], **k) if op.endswith("_") else function(op)(*a, **k))
    try:
        try:
            result = run(*values, **plain)
        except RuntimeError as error:
            half = [v.dtype for v in values if isinstance(v, torch.Tensor) and lacks_half_kernel(error, v.dtype)]
            if not half:
                raise
            widen = lambda v: v.float() if isinstance(v, torch.Tensor) and v.dtype == half[0] else v
            wide = run(*[widen(v) for v in values], **{k: widen(v) for k, v in plain.items()})
            result = values[0].copy_(wide) if op.endswith("_") else wide.to(half[0])
            case["reference"] = f"computed in float32 and rounded to {short(half[0])}: PyTorch 1.13 has no CPU kernel for it"
        approx = op.rstrip("_") in APPROX and result.dtype.is_floating_point
        store_result(golden, case, result, approx, 4 * 2.0 ** -23, inplace_base, summarize)
    except RuntimeError as error:
        case["error"] = str(error).splitlines()[0]
    golden.cases.append(case)


def tensors(case_id, op, *operands, views=None, kwargs=None, summarize=False):
    views = views or [None] * len(operands)
    args, values = [], []
    for index, (x, view) in enumerate(zip(operands, views)):
        if isinstance(x, torch.Tensor):
            arg, value = golden.operand(f"{case_id}/{index}", x, view)
        else:
            arg, value = scalar(x)
        args.append(arg)
        values.append(value)
    record(case_id, op, args, values, kwargs, summarize=summarize)


def tensor_kwarg(case_id, name, x):
    arg, value = golden.operand(f"{case_id}/{name}", x)
    return arg, value


def grids():
    """Every binary op and dtype on all pairs of edge values: a row against a column, broadcast to a grid."""
    for dtype in DTYPES:
        a, b = make(row_values(dtype), dtype), make(column_values(dtype), dtype).reshape(-1, 1)
        for op in OPS:
            tensors(f"{op}/{short(dtype)}/grid", op, a, b)


def zero_divisors():
    for dtype in DTYPES[1:6]:
        numerators, zeros = make([-3, 0, 5], dtype), make([1, 0, 2], dtype)
        for op in ["fmod", "div_trunc", "div_floor"]:
            tensors(f"{op}/{short(dtype)}/by_zero", op, numerators, zeros)
        tensors(f"fmod/{short(dtype)}/by_scalar_zero", "fmod", numerators, 0)


def mixed_and_scalars():
    """Promotion across dtypes and with Python scalars on either side."""
    f = make
    pairs = [("fmod", f([7, -7, 5], torch.int64), f([2.5, 2.5, -1.5], torch.float32)),
             ("atan2", f([1, -2, 0], torch.int32), f([2, 0, -1], torch.int64)),
             ("copysign", f([1, 2, 3], torch.int32), f([-0.0, 1.0, -2.0], torch.float16)),
             ("hypot", f([3, 5], torch.float32), f([4, 12], torch.int32)),
             ("hypot", f([3, 5], torch.int32), f([4, 12], torch.int32)),
             ("fmax", f([1, -5, 3], torch.int8), f([0.5, NAN, 2.5], torch.float32)),
             ("fmin", f([True, False], torch.bool), f([2, -3], torch.uint8)),
             ("xlogy", f([0, 1, 2], torch.int64), f([0.0, NAN, 3.0], torch.float64)),
             ("float_power", f([2, -2, 3], torch.int32), f([0.5, 2.0, -1.0], torch.float32)),
             ("div_trunc", f([7, -7, 5], torch.int16), f([2.5, 2.5, -1.5], torch.float16)),
             ("bitwise_left_shift", f([1, 2, 3], torch.int8), f([1, 2, 30], torch.int64)),
             ("bitwise_right_shift", f([-128, 127], torch.int8), f([1, 7], torch.uint8)),
             ("bitwise_left_shift", f([True, False], torch.bool), f([1, 1], torch.bool)),
             ("bitwise_left_shift", f([1.0, 2.0], torch.float32), f([1, 1], torch.int32))]
    for index, (op, a, b) in enumerate(pairs):
        tensors(f"{op}/{short(a.dtype)}_{short(b.dtype)}/mixed{index}", op, a, b)
    for dtype in [torch.uint8, torch.int32, torch.int64, torch.float16, torch.float32, torch.float64]:
        t = make(row_values(dtype), dtype)
        for value in [3, -2, 2.5, True, -0.0]:
            for op in ["div_trunc", "div_floor", "true_divide", "fmod", "copysign", "xlogy", "float_power",
                       "bitwise_left_shift", "bitwise_right_shift"]:
                tensors(f"{op}/{short(dtype)}/scalar={value}", op, t, value)
            for op, reflected in SCALAR_FIRST.items():
                operand = t if dtype.is_floating_point else t.clamp(min=0, max=40)
                arg_t, x = golden.operand(f"{op}/{short(dtype)}/scalar_first={value}/1", operand)
                arg_s, s = scalar(value)
                record(f"{op}/{short(dtype)}/scalar_first={value}", op, [arg_s, arg_t], [s, x], call=reflected)


def ternary():
    """lerp, addcmul, addcdiv, clamp/clip, where, isclose/allclose/equal: broadcasting, dtypes, scalars, errors."""
    row, column = make(FLOAT_ROW, torch.float32), make(FLOAT_COLUMN, torch.float32).reshape(-1, 1)
    weights = make([-0.5, 0.0, 0.25, 0.5, 0.75, 1.0, 1.5, NAN], torch.float32).reshape(-1, 1, 1)
    for dtype in [torch.bfloat16, torch.float16, torch.float32, torch.float64]:
        tensors(f"lerp/{short(dtype)}/tensor_weight", "lerp", row.to(dtype), column.to(dtype), weights.to(dtype))
        for weight in [0.0, 0.3, 0.5, 0.7, 1.0, -2.0]:
            tensors(f"lerp/{short(dtype)}/weight={weight}", "lerp", row.to(dtype), column.to(dtype), kwargs={"weight": weight})
    tensors("lerp/int32/weight=0.5", "lerp", make([1, 2], torch.int32), make([3, 4], torch.int32), kwargs={"weight": 0.5})
    tensors("lerp/float32_float64/mismatch", "lerp", row, column.double(), kwargs={"weight": 0.5})
    tensors("lerp/float32/weight_float64", "lerp", row, column, weights.double())
    a, b, c = make([1.5, -2.0, 3.25, NAN], torch.float32), make([[0.5], [-3.0], [1e30]], torch.float32), make([7.0, -0.1, 3.0, 2.0], torch.float32)
    for dtype in DTYPES:
        for op in ["addcmul", "addcdiv"]:
            for value in [1, 2, -0.5]:
                x, y, z = (t.to(dtype) if dtype.is_floating_point else t.nan_to_num(0).clamp(-100, 100).to(dtype) for t in (a, b, c))
                tensors(f"{op}/{short(dtype)}/value={value}", op, x, y, z, kwargs={"value": value})
    tensors("addcmul/int32_float32/mixed", "addcmul", make([1, 2], torch.int32), make([0.5, 1.5], torch.float32), make([3, 4], torch.int64))
    tensors("addcdiv/float32/int_operands", "addcdiv", make([1.0, 2.0], torch.float32), make([1, 2], torch.int32), make([3, 4], torch.int32))
    tensors("addcmul/float32/broadcast_self", "addcmul", make([1.0], torch.float32), b, c)

    bounds = [(0.0, 1.0), (-1.5, None), (None, 2.5), (2.0, -1.0), (0.0, -0.0), (NAN, None), (None, NAN), (-INF, INF)]
    for dtype in DTYPES:
        x = make(row_values(dtype), dtype)
        for index, (low, high) in enumerate(bounds):
            kwargs = {k: v for k, v in (("min", low), ("max", high)) if v is not None}
            if not dtype.is_floating_point:
                kwargs = {k: int(v) if v == v and abs(v) != INF else 3 for k, v in kwargs.items()}
            tensors(f"clamp/{short(dtype)}/scalars{index}", "clamp", x, kwargs=kwargs)
        tensors(f"clamp/{short(dtype)}/float_bound", "clamp", x, kwargs={"min": 0.5})
        tensors(f"clamp/{short(dtype)}/none", "clamp", x)
    low, high = make([-1.0, 0.0, NAN, -0.0, 2.0, -INF], torch.float32), make([[1.0], [NAN], [-0.0], [0.5]], torch.float32)
    for dtype in [torch.int32, torch.bfloat16, torch.float16, torch.float32, torch.float64]:
        x = make(FLOAT_ROW[:12] * 2, torch.float32).reshape(4, 6)
        lo, hi = (low.to(dtype), high.to(dtype)) if dtype.is_floating_point else (low.nan_to_num(0).to(dtype), high.nan_to_num(5).to(dtype))
        for name, kwargs in [("both", {"min": tensor_kwarg(f"clamp/{short(dtype)}/tensors", "min", lo),
                                       "max": tensor_kwarg(f"clamp/{short(dtype)}/tensors", "max", hi)}),
                             ("min", {"min": tensor_kwarg(f"clamp/{short(dtype)}/tensors", "min", lo)}),
                             ("max", {"max": tensor_kwarg(f"clamp/{short(dtype)}/tensors", "max", hi)})]:
            x_dtype = x.to(dtype) if dtype.is_floating_point else x.nan_to_num(0, 9, -9).to(dtype)
            tensors(f"clamp/{short(dtype)}/tensors_{name}", "clamp", x_dtype, kwargs=kwargs)
    tensors("clip/float32/scalars", "clip", row, kwargs={"min": -1.0, "max": 2.0})
    tensors("clamp/int32/tensor_float_bound", "clamp", make([1, 5, 9], torch.int32),
            kwargs={"min": tensor_kwarg("clamp/int32/tensor_float_bound", "min", make([2.5], torch.float32))})

    condition = make([[True], [False], [True]], torch.bool)
    for dtype in DTYPES:
        x, y = make(row_values(dtype), dtype), make(row_values(dtype)[::-1], dtype)
        tensors(f"where/{short(dtype)}/broadcast", "where", condition, x, y)
    tensors("where/int64_float32/promote", "where", condition, make([1, 2], torch.int64), make([0.5, 1.5], torch.float32))
    tensors("where/float32/scalar_other", "where", condition, make([1.5, 2.5], torch.float32), 0.0)
    tensors("where/int64/scalar_self", "where", condition, 7, make([1, 2], torch.int64))
    tensors("where/int64/scalar_float_other", "where", condition, make([1, 2], torch.int64), 2.5)
    tensors("where/scalars", "where", condition, 1, 2.5)
    tensors("where/uint8_condition", "where", condition.to(torch.uint8), make([1.5, 2.5], torch.float32), make([0.0], torch.float32))
    tensors("where/int64_condition", "where", condition.long(), make([1.5, 2.5], torch.float32), make([0.0], torch.float32))
    tensors("where/mismatch", "where", condition, make([1.0, 2.0], torch.float32), make([1.0, 2.0, 3.0], torch.float32))

    left = make([1.0, 1.0, 1.0, 1e-9, 0.0, NAN, NAN, INF, INF, -INF, 1e10, 100.0], torch.float32)
    right = make([1.0, 1.00001, 1.001, 0.0, 1e-7, NAN, 1.0, INF, -INF, -INF, 1.00001e10, 100.01], torch.float32)
    for dtype in [torch.bfloat16, torch.float16, torch.float32, torch.float64]:
        for kwargs in [{}, {"rtol": 0.0, "atol": 0.0}, {"equal_nan": True}, {"rtol": 1e-3, "atol": 1e-6}, {"atol": 0.05}]:
            name = "_".join(f"{k}={v}" for k, v in kwargs.items()) or "default"
            for op in ["isclose", "allclose"]:
                tensors(f"{op}/{short(dtype)}/{name}", op, left.to(dtype), right.to(dtype), kwargs=kwargs)
    ints = make([1, 2, 100, -5], torch.int64)
    tensors("isclose/int64/default", "isclose", ints, make([1, 3, 101, -5], torch.int64))
    tensors("isclose/int64/atol", "isclose", ints, make([1, 3, 101, -5], torch.int64), kwargs={"atol": 1, "rtol": 0.0})
    tensors("isclose/bool/default", "isclose", make([True, False, True], torch.bool), make([True, True, False], torch.bool))
    tensors("isclose/int64_float32/mismatch", "isclose", ints, ints.float())
    tensors("isclose/float32/negative_rtol", "isclose", left, right, kwargs={"rtol": -1.0})
    tensors("isclose/float32/negative_atol", "isclose", left, right, kwargs={"atol": -1.0})
    tensors("isclose/float32/broadcast", "isclose", left.reshape(3, 4), right[:4])
    for name, (x, y) in {"same": (ints, ints.clone()), "different": (ints, ints + 1), "shape": (ints, ints[:2]),
                         "nan": (left, left.clone()), "dtype": (ints, ints.float()), "bool": (ints > 0, ints > 0),
                         "broadcastable": (ints[:1], ints[:1].expand(3)), "empty": (ints[:0], ints[:0].float())}.items():
        tensors(f"equal/{name}", "equal", x, y)


def layouts():
    grid = torch.arange(-12, 12, dtype=torch.float64).reshape(4, 6) / 4
    for op in ["fmod", "atan2", "fmax", "copysign", "div_trunc", "hypot"]:
        tensors(f"{op}/float32/transposed", op, grid.float(), grid.float().t().contiguous() + 0.5, views=[["transpose"], None])
        tensors(f"{op}/float64/sliced", op, grid, torch.full((4, 12), 0.75, dtype=torch.float64), views=[None, ["slice", 1, 2]])
        tensors(f"{op}/float32/expanded", op, grid.float(), make([[3.0], [-2.0], [0.5], [7.0]], torch.float32), views=[None, ["expand", [4, 6]]])
        tensors(f"{op}/float32/zerodim", op, grid.float(), torch.tensor(0.5))
        tensors(f"{op}/float32/empty", op, torch.zeros(0, 3), torch.arange(3.0))
        tensors(f"{op}/float32/mismatch", op, torch.ones(3), torch.ones(2))
    ints = (grid * 4).long()
    tensors("bitwise_left_shift/int64/transposed", "bitwise_left_shift", ints, ints.t().abs().contiguous(), views=[["transpose"], None])
    tensors("where/float32/transposed", "where", grid.t() > 0, grid.float(), torch.zeros(6, 4), views=[None, ["transpose"], None])
    tensors("lerp/float32/sliced", "lerp", grid.float(), torch.ones(4, 12), torch.full((4, 6), 0.25), views=[None, ["slice", 1, 2], None])


def large():
    """Above 2 x 32768 elements (the threaded path); rows of 1031 leave vector tails."""
    shape = (65, 1031)
    specs = [("fmod", torch.float32, None), ("atan2", torch.float32, None), ("fmax", torch.float32, None),
             ("div_trunc", torch.int32, None), ("div_trunc", torch.float32, None), ("bitwise_left_shift", torch.int32, None),
             ("copysign", torch.float64, None), ("hypot", torch.float32, None), ("where", torch.float32, None),
             ("lerp", torch.float32, 0.3), ("addcmul", torch.float32, 0.5), ("clamp", torch.float32, None)]
    for index, (op, dtype, value) in enumerate(specs):
        case_id = f"{op}/{short(dtype)}/large{index}"
        arg_a, x = generated(dtype, shape, seed=2 * index)
        arg_b, y = generated(dtype, shape, seed=2 * index + 1, odd=True)
        if op == "bitwise_left_shift":
            y = y.abs() % 31
            arg_b, y = golden.operand(f"{case_id}/1", y)
        if op == "where":
            arg_c, condition = golden.operand(f"{case_id}/condition", y > 0)
            record(case_id, op, [arg_c, arg_a, {"scalar": 0.5, "kind": "float"}], [condition, x, 0.5], summarize=True)
            continue
        if op == "clamp":
            record(case_id, op, [arg_a], [x], {"min": -3.5, "max": 4.0}, summarize=True)
            continue
        if value is not None:
            kwargs = {"weight": value} if op == "lerp" else {"value": value}
            operands = [x, y] if op == "lerp" else [x, y, x]
            record(case_id, op, [arg_a, arg_b] + ([arg_a] if op == "addcmul" else []), operands, kwargs, summarize=True)
            continue
        record(case_id, op, [arg_a, arg_b], [x, y], summarize=True)


def in_place():
    grid = (torch.arange(12, dtype=torch.float32).reshape(3, 4) - 5.5) / 2
    other = torch.tensor([1.5, -0.75, 2.0, -3.0])

    def case(op, base, *operands, view=None, kwargs=None, name=None):
        base = base.clone()
        case_id = f"{op}/{short(base.dtype)}/{name or (view[0] if view else 'dense')}"
        arg_self, target = golden.operand(f"{case_id}/0", base, view)
        args, values = [arg_self], [target]
        for index, operand in enumerate(operands):
            arg, value = golden.operand(f"{case_id}/{index + 1}", operand) if isinstance(operand, torch.Tensor) else scalar(operand)
            args.append(arg)
            values.append(value)
        record(case_id, op, args, values, kwargs, inplace_base=base)

    for op in ["fmod_", "atan2_", "hypot_", "copysign_", "xlogy_", "true_divide_"]:
        case(op, grid, other[:3], view=["transpose"])
        case(op, grid.double(), other)
    case("div_", grid, other, kwargs={"rounding_mode": "trunc"})
    case("div_", grid.long(), 2, kwargs={"rounding_mode": "floor"})
    case("div_", grid.long(), 2, name="true")
    case("float_power_", grid.double(), 2)
    case("float_power_", grid, 2)
    case("lerp_", grid, other, kwargs={"weight": 0.25})
    case("lerp_", grid, other, torch.full((3, 4), 0.75), name="tensor_weight")
    case("addcmul_", grid, other, other, kwargs={"value": 2})
    case("addcdiv_", grid, other[:3], other[:3], view=["transpose"], kwargs={"value": -0.5})
    case("clamp_", grid, kwargs={"min": -1.0, "max": 1.5})
    case("clamp_", grid.long(), kwargs={"min": 1.5})
    case("clip_", grid, view=["slice", 1, 2], kwargs={"max": 0.0})
    case("bitwise_left_shift_", grid.long(), 3)
    case("bitwise_right_shift_", grid.long(), torch.tensor([1, 2, 3, 4]))
    case("fmod_", grid.long(), 3)
    case("remainder_", grid, other[:3], view=["transpose"])
    case("remainder_", grid.long(), -3)
    case("floor_divide_", grid, other)
    case("floor_divide_", grid.long(), 2.5)
    case("hypot_", grid.half(), other.half())


grids()
zero_divisors()
mixed_and_scalars()
ternary()
layouts()
large()
in_place()
golden.write()
