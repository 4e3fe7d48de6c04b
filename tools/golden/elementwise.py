"""Elementwise golden data: writes tests/Flint.Tests/Golden/elementwise.{json,safetensors} (format: op_cases.py).

Every case calls one PyTorch op and records its output (or its error):
  {"id", "op", "args": [operand...], "alpha"?, "out"? (tensor key), "error"? (first line), "approx"?: true}
In-place ops ("add_"...) record the whole base tensor after the op in "out", so that writes through views are
checked. "approx" marks results PyTorch computes with vectorised transcendental functions (exp, log, pow),
compared with a per-dtype tolerance; all others are exact. Large exact outputs come as "out_summary":
{"dtype", "shape", "sha256" (of the row-major bytes), "sample" (every 997th element)}.
"""
import torch

from op_cases import CaseFile, digest, generated, scalar, short

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]
INTEGERS = DTYPES[1:6]
FLOATS = DTYPES[6:]

BINARY = {name: getattr(torch, name) for name in [
    "add", "sub", "mul", "div", "remainder", "floor_divide", "pow", "maximum", "minimum",
    "eq", "ne", "lt", "le", "gt", "ge", "logical_and", "logical_or", "logical_xor",
    "bitwise_and", "bitwise_or", "bitwise_xor"]}
UNARY = {name: getattr(torch, name) for name in ["neg", "abs", "exp", "log", "sqrt", "logical_not", "bitwise_not"]}
APPROX = {"exp", "log", "pow"}
# Python operators with a scalar on the left, as C# writes them (2 - t, 2 < t).
REFLECTED = {"add": lambda s, t: s + t, "sub": lambda s, t: s - t, "mul": lambda s, t: s * t,
             "div": lambda s, t: s / t, "remainder": lambda s, t: s % t, "pow": lambda s, t: s ** t,
             "lt": lambda s, t: s < t, "le": lambda s, t: s <= t, "gt": lambda s, t: s > t, "ge": lambda s, t: s >= t}

NAN, INF = float("nan"), float("inf")
FLOAT_ROW = [-INF, -7.5, -3.0, -2.5, -1.0, -0.0, 0.0, 0.1, 0.25, 1.0, 2.0, 3.0, 5.5, 1e4, INF, NAN]
FLOAT_COLUMN = [-INF, -2.0, -1.5, -0.0, 0.0, 0.3, 0.5, 1.0, 3.0, 1e4, INF, NAN]

golden = CaseFile("elementwise")


def row_values(dtype):
    """Left operands: the dtype's edge values (no int32/int64 minimum, whose division by -1 traps in C++)."""
    if dtype == torch.bool:
        return [False, True]
    if dtype == torch.uint8:
        return [0, 1, 2, 3, 7, 100, 200, 255]
    if dtype in INTEGERS:
        info = torch.iinfo(dtype)
        low = [info.min] if dtype in (torch.int8, torch.int16) else []
        return low + [-100, -7, -3, -1, 0, 1, 2, 3, 7, 100, info.max]
    return FLOAT_ROW


def column_values(dtype):
    """Right operands: non-zero for integers (zero divisors have their own cases)."""
    if dtype == torch.bool:
        return [False, True]
    if dtype == torch.uint8:
        return [1, 2, 3, 7, 255]
    if dtype in INTEGERS:
        return [-3, -2, -1, 1, 2, 5, 7]
    return FLOAT_COLUMN


def make(values, dtype, shape=None):
    t = torch.tensor(values, dtype=torch.float64).to(dtype) if dtype.is_floating_point else torch.tensor(values).to(dtype)
    return t.reshape(shape) if shape is not None else t


def operand(case_id, index, x, view=None):
    return golden.operand(f"{case_id}/{index}", x, view)


def record(case_id, op, args, call, alpha=None, inplace_base=None, summarize=False, half_fallback=None):
    """Runs call() and appends the case with its output or its error. A summarized output (large and exact) is
    kept as its dtype, shape, SHA-256 and every 997th element, so that the golden stays small. Where PyTorch 1.13
    has no CPU kernel for float16 (exp, log, sqrt), half_fallback computes what later PyTorch versions do
    (float32, rounded once) and the case says so in "reference"."""
    case = {"id": case_id, "op": op, "args": args}
    if alpha is not None:
        case["alpha"] = alpha
    try:
        try:
            result = call()
        except RuntimeError as error:
            if half_fallback is None or "not implemented for 'Half'" not in str(error):
                raise
            result = half_fallback()
            case["reference"] = "computed in float32 and rounded to float16: PyTorch 1.13 has no CPU float16 kernel"
        approx = op.rstrip("_") in APPROX and result.dtype.is_floating_point
        if summarize and not approx:
            case["out_summary"] = {"dtype": short(result.dtype), "shape": list(result.shape), "sha256": digest(result),
                                   "sample": golden.store(f"{case_id}/sample", result.flatten()[::997])}
        else:
            case["out"] = golden.store(f"{case_id}/out", inplace_base if inplace_base is not None else result)
        if approx:
            case["approx"] = True
    except RuntimeError as error:
        case["error"] = str(error).splitlines()[0]
    golden.cases.append(case)


def binary(case_id, op, a, b, view_a=None, view_b=None, alpha=None):
    arg_a, x = operand(case_id, 0, a, view_a)
    arg_b, y = operand(case_id, 1, b, view_b)
    kwargs = {} if alpha is None else {"alpha": alpha}
    record(case_id, op, [arg_a, arg_b], lambda: BINARY[op](x, y, **kwargs), alpha)


def with_scalar(case_id, op, t, value, scalar_first=False):
    arg_t, x = operand(case_id, 0, t)
    arg_s, s = scalar(value)
    if scalar_first:
        record(case_id, op, [arg_s, arg_t], lambda: REFLECTED[op](s, x))
    else:
        record(case_id, op, [arg_t, arg_s], lambda: BINARY[op](x, s))


def unary(case_id, op, a, view=None):
    arg, x = operand(case_id, 0, a, view)
    fallback = (lambda: UNARY[op](x.float()).half()) if op in ("exp", "log", "sqrt") else None
    record(case_id, op, [arg], lambda: UNARY[op](x), half_fallback=fallback)


def grids():
    """Every op and dtype on all pairs of edge values: a row (n) against a column (m, 1), broadcast to (m, n)."""
    for dtype in DTYPES:
        a, b = make(row_values(dtype), dtype), make(column_values(dtype), dtype).reshape(-1, 1)
        for op in BINARY:
            binary(f"{op}/{short(dtype)}/grid", op, a, b)
        for op in UNARY:
            unary(f"{op}/{short(dtype)}", op, a)
        for op, alpha in [("add", 2), ("sub", 2), ("add", 2.5), ("add", True), ("sub", -3)]:
            binary(f"{op}/{short(dtype)}/alpha={alpha}", op, a, b, alpha=alpha)


def integer_edges():
    """Wrap-around at the dtype's limits and division by zero."""
    for dtype in INTEGERS:
        info = torch.iinfo(dtype)
        edges = make([info.min, info.min + 1, -1, 0, 1, info.max - 1, info.max], dtype)
        for op in ["add", "sub", "mul"]:
            binary(f"{op}/{short(dtype)}/wrap", op, edges, edges.reshape(-1, 1))
        for op in ["neg", "abs"]:
            unary(f"{op}/{short(dtype)}/wrap", op, edges)
        numerators, zeros = make([-3, 0, 5], dtype), make([1, 0, 2], dtype)
        for op in ["remainder", "floor_divide", "div"]:
            binary(f"{op}/{short(dtype)}/by_zero", op, numerators, zeros)
        with_scalar(f"remainder/{short(dtype)}/by_scalar_zero", "remainder", numerators, 0)
        with_scalar(f"pow/{short(dtype)}/negative_scalar", "pow", numerators, -1)


def mixed_dtypes():
    """Operands of different dtypes and forms: the op computes in the promoted dtype."""
    f = lambda values, dtype, shape=None: make(values, dtype, shape)
    pairs = [
        ("add", f([200, 100, 255], torch.uint8), f([100, -100, 1], torch.int8)),
        ("mul", f([200, 100, 255], torch.uint8), f([100, -100, 2], torch.int8)),
        ("add", f([1, -2, 3], torch.int32), f(0.1, torch.float64)),
        ("mul", f([1, -2, 3], torch.int32), f(2.5, torch.float64)),
        ("add", f([0.1, 1000.5, -3.3], torch.float16), f([0.2, 0.7, 1e30], torch.bfloat16)),
        ("div", f([7, -7, 0, 3], torch.int64), f([2, 2, 3, -4], torch.int64)),
        ("div", f([7, -7, 0], torch.int32), f([0, 0, 0], torch.int32)),
        ("div", f([True, False], torch.bool), f([True, True], torch.bool)),
        ("add", f([True, False], torch.bool), f([True, False], torch.bool)),
        ("remainder", f([7, -7, 5], torch.int64), f([2.5, 2.5, -1.5], torch.float32)),
        ("floor_divide", f([7, -7, 5], torch.int16), f([2.5, 2.5, -1.5], torch.float16)),
        ("maximum", f([1, -5, 3], torch.int8), f([0.5, NAN, 2.5], torch.float32)),
        ("eq", f([16777217, 3], torch.int64), f([16777216.0, 3.0], torch.float32)),
        ("lt", f([1, 2, 3], torch.uint8), f([-1, 2, 4], torch.int8)),
        ("pow", f([2, 3, -2], torch.int32), f([0.5, 2.0, 3.0], torch.float64)),
        ("sub", f([1.5, 2.5], torch.float32), f([1, 2], torch.int64, (2, 1))),
        ("bitwise_and", f([True, False, True], torch.bool), f([3, 2, 1], torch.int8)),
        ("logical_and", f([0.0, NAN, 2.0], torch.float32), f([1, 1, 0], torch.int32)),
    ]
    for index, (op, a, b) in enumerate(pairs):
        binary(f"{op}/{short(a.dtype)}_{short(b.dtype)}/mixed{index}", op, a, b)


def scalars():
    """Tensors with Python scalars on either side: the scalar never widens the tensor's dtype within its category."""
    for dtype in [torch.bool, torch.uint8, torch.int32, torch.int64, torch.float16, torch.bfloat16, torch.float32, torch.float64]:
        t = make(row_values(dtype), dtype)
        for value in [3, -2, 2.5, True]:
            for op in ["add", "sub", "mul", "div", "remainder", "floor_divide", "pow", "eq", "ne", "lt", "le", "gt", "ge"]:
                with_scalar(f"{op}/{short(dtype)}/scalar={value}", op, t, value)
            divisor = t if dtype.is_floating_point else t.clamp(min=1) if dtype != torch.bool else t
            for op in REFLECTED:
                with_scalar(f"{op}/{short(dtype)}/scalar_first={value}", op, divisor, value, scalar_first=True)
    for value in [NAN, INF, -0.0]:
        t = make(FLOAT_ROW, torch.float32)
        for op in ["add", "mul", "div", "remainder", "floor_divide", "eq", "lt"]:
            with_scalar(f"{op}/float32/scalar={value}", op, t, value)


def layouts():
    """Non-contiguous operands, broadcasting of every kind, zero-dimensional and empty tensors."""
    grid = torch.arange(-12, 12, dtype=torch.float64).reshape(4, 6) / 4
    binary("add/float32/transposed", "add", grid.float(), grid.float().t().contiguous() * 3, view_a=["transpose"])
    binary("mul/int64/transposed_both", "mul", grid.long(), (grid * 3).long(), view_a=["transpose"], view_b=["transpose"])
    binary("sub/float16/sliced", "sub", grid.half(), grid.half() * 0.3, view_a=["slice", 1, 2], view_b=["slice", 1, 2])
    binary("remainder/float64/sliced_rows", "remainder", grid, torch.full((8, 6), 0.75, dtype=torch.float64), view_b=["slice", 0, 2])
    binary("div/int32/expanded", "div", (grid * 4).int(), torch.tensor([[3], [-2], [5], [7]], dtype=torch.int32), view_b=["expand", [4, 6]])
    binary("maximum/float32/expanded_row", "maximum", grid.float(), torch.tensor([[0.5, NAN, -1.0, 2.0, 0.0, -0.0]]), view_b=["expand", [4, 6]])
    binary("add/float32/rank_broadcast", "add", torch.arange(6.0).reshape(2, 1, 3), torch.arange(4.0).reshape(4, 1))
    binary("eq/int64/transposed", "eq", (grid * 2).long(), (grid * 2).long().t().contiguous(), view_b=["transpose"])
    binary("add/float32/zerodim", "add", grid.float(), torch.tensor(0.5))
    binary("mul/float32/zerodim_both", "mul", torch.tensor(1.5), torch.tensor(-4.0))
    binary("add/int64/zerodim_first", "add", torch.tensor(7), torch.arange(5))
    binary("add/float32/empty", "add", torch.zeros(0, 3), torch.arange(3.0))
    binary("mul/float32/empty_zerodim", "mul", torch.zeros(0), torch.tensor(2.0))
    binary("sub/int32/empty_broadcast", "sub", torch.zeros(2, 0, dtype=torch.int32), torch.ones(2, 1, dtype=torch.int32))
    binary("add/float32/mismatch", "add", torch.ones(3), torch.ones(2))
    binary("add/float32/mismatch_rank", "add", torch.ones(2, 3), torch.ones(4, 1, 2))
    unary("exp/float32/transposed", "exp", grid.float(), view=["transpose"])
    unary("neg/int16/sliced", "neg", (grid * 4).short(), view=["slice", 1, 3])
    unary("sqrt/float64/expanded", "sqrt", torch.tensor([[2.0], [0.0], [-1.0]], dtype=torch.float64), view=["expand", [3, 4]])
    unary("abs/float32/empty", "abs", torch.zeros(0, 2))
    unary("log/int64/zerodim", "log", torch.tensor(5))


def large():
    """Above 2 x 32768 elements, so that the threaded path runs; rows of 1031 leave vector tails."""
    shape = (65, 1031)
    specs = [
        ("add", torch.float32, torch.float32, None, {}),
        ("mul", torch.float32, torch.float32, (1031,), {}),
        ("add", torch.float32, torch.float32, None, {"alpha": -0.75}),
        ("div", torch.int32, torch.int32, None, {}),
        ("remainder", torch.float32, torch.float32, "transposed", {}),
        ("floor_divide", torch.int32, torch.int32, None, {}),
        ("add", torch.float16, torch.float16, None, {}),
        ("gt", torch.float32, torch.float32, None, {}),
        ("exp", torch.float32, None, None, {}),
    ]
    for index, (op, left, right, layout, kwargs) in enumerate(specs):
        case_id = f"{op}/{short(left)}/large{index}"
        arg_a, x = generated(left, shape, seed=2 * index)
        if right is None:
            record(case_id, op, [arg_a], lambda: UNARY[op](x), summarize=True)
            continue
        if layout == "transposed":
            arg_b, base = generated(right, shape[::-1], seed=2 * index + 1, odd=True)
            arg_b["view"] = ["transpose"]
            y = base.t()
        else:
            arg_b, y = generated(right, layout or shape, seed=2 * index + 1, odd=True)
        record(case_id, op, [arg_a, arg_b], lambda: BINARY[op](x, y, **kwargs), kwargs.get("alpha"), summarize=True)


def in_place():
    """In-place ops write through views and refuse results they cannot hold."""
    def case(case_id, op, base, other, view=None, alpha=None):
        base = base.clone()
        arg_self, target = operand(case_id, 0, base, view)
        if op == "zero_":
            record(case_id, op, [arg_self], target.zero_, inplace_base=base)
            return
        arg_other, value = operand(case_id, 1, other) if isinstance(other, torch.Tensor) else scalar(other)
        kwargs = {} if alpha is None else {"alpha": alpha}
        record(case_id, op, [arg_self, arg_other], lambda: getattr(target, op)(value, **kwargs), alpha, inplace_base=base)

    grid = torch.arange(12, dtype=torch.float32).reshape(3, 4) - 5
    case("add_/float32/tensor", "add_", grid, torch.tensor([0.5, -1.0, 2.0, 0.25]))
    case("add_/float32/alpha", "add_", grid, torch.full((3, 4), 0.1), alpha=2.5)
    case("sub_/float32/transposed", "sub_", grid, torch.arange(3.0), view=["transpose"])
    case("mul_/int64/sliced", "mul_", grid.long(), 3, view=["slice", 1, 2])
    case("div_/float16/scalar", "div_", grid.half(), 3)
    case("div_/float32/zero", "div_", grid, 0.0)
    case("pow_/float32/scalar", "pow_", grid, 2)
    case("pow_/int32/scalar", "pow_", grid.int(), 3)
    case("add_/int32/int8", "add_", grid.int(), torch.tensor([100, -100, 7, 1], dtype=torch.int8))
    case("add_/uint8/wrap", "add_", grid.abs().byte() * 20, 100)
    case("add_/int64/float_tensor", "add_", grid.long(), torch.ones(4))
    case("add_/int64/float_scalar", "add_", grid.long(), 2.5)
    case("div_/int64/scalar", "div_", grid.long(), 2)
    case("pow_/int64/float_scalar", "pow_", grid.long(), 2.5)
    case("add_/float32/broadcast_self", "add_", torch.ones(4), torch.ones(3, 4))
    case("add_/float32/expanded_self", "add_", torch.ones(4, 1), 1.0, view=["expand", [4, 3]])
    case("mul_/bool/tensor", "mul_", torch.tensor([True, False, True]), torch.tensor([True, True, False]))
    case("add_/float32/zerodim_self", "add_", torch.tensor(1.5), torch.tensor(2.0))
    case("fill_/int32/float", "fill_", grid.int(), 2.7)
    case("fill_/uint8/negative", "fill_", grid.abs().byte(), -1)
    case("fill_/bool/int", "fill_", torch.zeros(3, dtype=torch.bool), 2)
    case("fill_/float32/transposed", "fill_", grid, -0.0, view=["transpose"])
    case("fill_/float32/expanded", "fill_", torch.zeros(3, 1), 4.5, view=["expand", [3, 2]])
    case("fill_/float16/nan", "fill_", grid.half(), NAN)
    case("zero_/float64/sliced", "zero_", grid.double(), None, view=["slice", 1, 3])


grids()
integer_edges()
mixed_dtypes()
scalars()
layouts()
large()
in_place()
golden.write()
