"""Unary math golden data: writes tests/Flint.Tests/Golden/unary_math.{json,safetensors} (format: op_cases.py).

Each case calls one PyTorch op on one tensor: {"id", "op", "args": [operand], "kwargs"?, "out"? | "out_summary"? |
"error"?, "approx"?: true, "float32_rtol"?, "reference"?}. In-place ops ("sin_"...) record the whole base tensor.

Precision. Results are bit-exact unless the case says "approx". Approximate results come from functions no two
libraries round alike: PyTorch 1.13 (this build: AVX2) computes contiguous float32/float64 runs of 16/8 elements
with Sleef's vectorised functions (error bound 1.0 ulp, "u10"; erfc 1.5 ulp) and the tail, strided inputs and
0-d tensors with glibc's scalar functions, or its own formulas (sigmoid = 1 / (1 + exp(-x)), digamma and erfinv
from Cephes and Giles-style rational approximations). Flint computes float32 with MathF (glibc) or, for the
functions .NET lacks (expm1, log1p, erf, erfc, lgamma), in float64 and rounds once; digamma and erfinv follow
PyTorch's formulas in the input's precision. "float32_rtol" is the relative tolerance for float32 results: 4 ulp
(4 * 2**-23) unless TOLERANCE_ULP says otherwise (where PyTorch's own formula loses more, near a root of the
function); float16/bfloat16 results get one ulp of their type and float64 1e-12 (GoldenAssert.RelativeTolerance).
Where PyTorch 1.13 has no CPU kernel for float16, the reference is the float32 result rounded once ("reference").
"""
import torch

from op_cases import CaseFile, edge_values, generated, lacks_half_kernel, short, store_result, tensor_of as make

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]
NAN, INF = float("nan"), float("inf")

OPS = {name: getattr(torch, name) for name in [
    "sign", "sgn", "exp2", "expm1", "log2", "log10", "log1p", "rsqrt", "square", "reciprocal",
    "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
    "sigmoid", "logit", "relu", "erf", "erfc", "erfinv", "lgamma", "digamma",
    "floor", "ceil", "round", "trunc", "fix", "frac", "isnan", "isinf", "isfinite", "isposinf", "isneginf",
    "nan_to_num", "positive", "abs", "neg", "exp", "log", "sqrt"]}
APPROX = {"exp2", "expm1", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
          "tanh", "asinh", "acosh", "atanh", "sigmoid", "logit", "erf", "erfc", "erfinv", "lgamma", "digamma",
          "exp", "log"}
TOLERANCE_ULP = {}
# The domain each sweep covers (float32 and float64, 1009 points: 63 vector blocks and a one-element tail). sinh and
# cosh stop at 88.5: in (88.72, 89.42) Sleef's float32 sinh/cosh overflow to inf where the true value (glibc's and
# Flint's) is finite.
SWEEPS = {"exp2": (-130, 130), "expm1": (-20, 90), "log2": (0, 1e6), "log10": (0, 1e6), "log1p": (-1, 20),
          "sin": (-100, 100), "cos": (-100, 100), "tan": (-10, 10), "asin": (-1, 1), "acos": (-1, 1),
          "atan": (-50, 50), "sinh": (-88.5, 88.5), "cosh": (-88.5, 88.5), "tanh": (-10, 10), "asinh": (-1e4, 1e4),
          "acosh": (1, 1e4), "atanh": (-1, 1), "sigmoid": (-100, 100), "logit": (0, 1), "erf": (-5, 5),
          "erfc": (-3, 12), "erfinv": (-1, 1), "lgamma": (-20.1, 40), "digamma": (-20.1, 40), "rsqrt": (0, 100),
          "reciprocal": (-10, 10), "exp": (-100, 90), "log": (0, 100), "round": (-20, 20), "frac": (-20, 20)}
FLOAT_ROW = [-INF, -100.0, -10.5, -3.0, -2.5, -1.0, -0.99, -0.5, -0.1, -1e-6, -0.0, 0.0, 1e-7, 0.1, 0.5, 0.75, 0.99,
             1.0, 1.5, 2.0, 2.5, 3.0, 10.5, 100.0, 1e4, INF, NAN]

golden = CaseFile("unary_math")


def call(op, x, kwargs):
    if op.endswith("_"):
        return getattr(x, op)(**kwargs)
    if op == "rsqrt" and x.dtype == torch.bfloat16:
        return vectorised(OPS[op], x)
    return OPS[op](x, **kwargs)


def vectorised(function, x):
    """PyTorch's result on its vectorised path: x repeated to whole blocks of 32 elements, the first copy kept. Used
    where the scalar path of PyTorch 1.13 rounds twice (bfloat16 rsqrt rounds sqrt(x) to bfloat16, then 1 / that)."""
    flat = x.reshape(-1)
    blocks = flat.repeat(32)
    return function(blocks)[:flat.numel()].reshape(x.shape)


def record(case_id, op, arg, x, kwargs=None, inplace_base=None, summarize=False):
    """Runs the op and appends the case. Where PyTorch 1.13 has no CPU kernel for float16 (or bfloat16), the
    reference is the float32 result rounded once, which is what later PyTorch versions compute."""
    kwargs = kwargs or {}
    case = {"id": case_id, "op": op, "args": [arg]}
    if kwargs:
        case["kwargs"] = kwargs
    try:
        try:
            result = call(op, x, kwargs)
        except RuntimeError as error:
            if not lacks_half_kernel(error, x.dtype):
                raise
            widened = OPS[op.rstrip("_")](x.float(), **kwargs)
            result = x.copy_(widened) if op.endswith("_") else widened.to(x.dtype)
            case["reference"] = f"computed in float32 and rounded to {short(x.dtype)}: PyTorch 1.13 has no CPU kernel for it"
        if op == "rsqrt" and x.dtype == torch.bfloat16:
            case["reference"] = "PyTorch's vectorised path: its scalar path rounds sqrt(x) to bfloat16 before dividing"
        approx = op.rstrip("_") in APPROX and result.dtype.is_floating_point
        store_result(golden, case, result, approx, TOLERANCE_ULP.get(op.rstrip("_"), 4) * 2.0 ** -23, inplace_base, summarize)
    except RuntimeError as error:
        case["error"] = str(error).splitlines()[0]
    golden.cases.append(case)


def unary(case_id, op, x, view=None, kwargs=None, summarize=False):
    arg, viewed = golden.operand(f"{case_id}/in", x, view)
    record(case_id, op, arg, viewed, kwargs, summarize=summarize)


def grids():
    """Every op on every dtype's edge values (NaN, ±inf, ±0, halves, integer limits)."""
    for dtype in DTYPES:
        x = make(edge_values(dtype, FLOAT_ROW), dtype)
        for op in OPS:
            unary(f"{op}/{short(dtype)}", op, x)


def sweeps():
    """Dense float32/float64 ranges over each function's domain, through PyTorch's vectorised path."""
    for op, (low, high) in SWEEPS.items():
        for dtype in (torch.float32, torch.float64):
            unary(f"{op}/{short(dtype)}/sweep", op, torch.linspace(low, high, 1009, dtype=torch.float64).to(dtype))
    small = torch.linspace(-1e-3, 1e-3, 257, dtype=torch.float64)
    for op in ["expm1", "log1p", "sin", "tan", "asinh", "atanh", "erf", "sigmoid", "tanh"]:
        for dtype in (torch.float32, torch.float64):
            unary(f"{op}/{short(dtype)}/near_zero", op, small.to(dtype))


def keyword_forms():
    """round(decimals), logit(eps), nan_to_num(nan, posinf, neginf)."""
    values = [-1234.5678, -2.675, -0.125, -0.0, 0.0, 0.125, 0.5, 1.005, 2.5, 2.675, 15.0, 25.0, 1250.0, 1e38, NAN, INF]
    for dtype in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
        x = make(values if dtype != torch.float16 else [v for v in values if abs(v) < 6e4], dtype)
        for decimals in [0, 1, 2, 3, -1, -2]:
            unary(f"round/{short(dtype)}/decimals={decimals}", "round", x, kwargs={"decimals": decimals})
    for dtype in (torch.int32, torch.int64, torch.uint8):
        for decimals in [0, 2]:
            unary(f"round/{short(dtype)}/decimals={decimals}", "round", make([1, 2, 3], dtype), kwargs={"decimals": decimals})
    # eps above 0.5 (an empty interval) is left out: PyTorch 1.13's scalar path then picks eps, its vectorised path
    # (and Flint) 1 - eps.
    probabilities = [-0.5, -0.0, 0.0, 1e-8, 0.05, 0.1, 0.25, 0.5, 0.9, 0.95, 1.0, 1.5, NAN, INF]
    for dtype in (torch.bfloat16, torch.float32, torch.float64, torch.int64):
        x = make(probabilities, dtype) if dtype.is_floating_point else make([0, 1, 2], dtype)
        for eps in [0.0, 0.05, 0.25, 0.5, -1.0]:
            unary(f"logit/{short(dtype)}/eps={eps}", "logit", x, kwargs={"eps": eps})
    specials = [NAN, INF, -INF, 0.0, -1.5, 3e38, 1e300]
    options = [{}, {"nan": 2.5}, {"posinf": 1e4}, {"neginf": -7}, {"nan": -1, "posinf": 9, "neginf": 1e30},
               {"nan": 1e300, "posinf": -1e300}]
    for dtype in (torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.int32, torch.bool):
        x = make(specials, dtype) if dtype.is_floating_point else make([0, 1, 1], dtype)
        for index, kwargs in enumerate(options):
            unary(f"nan_to_num/{short(dtype)}/options{index}", "nan_to_num", x, kwargs=kwargs)


def layouts():
    """Transposed, step-sliced and expanded inputs, 0-d and empty tensors."""
    grid = torch.arange(-12, 12, dtype=torch.float64).reshape(4, 6) / 5
    for op in ["sin", "sigmoid", "floor", "sign", "erfinv", "isnan", "lgamma", "round"]:
        x = grid.float() / 3 if op == "erfinv" else grid.float()
        unary(f"{op}/float32/transposed", op, x, view=["transpose"])
        unary(f"{op}/float64/sliced", op, x.double(), view=["slice", 1, 2])
        unary(f"{op}/float32/expanded", op, x[:, :1].contiguous(), view=["expand", [4, 6]])
        unary(f"{op}/float32/zerodim", op, x[1, 2].clone())
        unary(f"{op}/float32/empty", op, torch.zeros(0, 3))
    unary("sign/int16/transposed", "sign", (grid * 5).short(), view=["transpose"])
    unary("exp2/int64/zerodim", "exp2", torch.tensor(5))
    unary("square/int32/sliced", "square", (grid * 5).int(), view=["slice", 1, 2])


def large():
    """Above 2 x 32768 elements (the threaded path); rows of 1031 leave vector tails."""
    shape = (65, 1031)
    specs = [("sin", torch.float32), ("sigmoid", torch.float32), ("floor", torch.float32), ("sign", torch.float64),
             ("round", torch.float32), ("trunc", torch.bfloat16), ("sign", torch.int32), ("isfinite", torch.float32),
             ("erf", torch.float32), ("rsqrt", torch.float32), ("tanh", torch.float64)]
    for index, (op, dtype) in enumerate(specs):
        arg, x = generated(dtype, shape, seed=index)
        record(f"{op}/{short(dtype)}/large{index}", op, arg, x, summarize=True)


def in_place():
    """In-place forms write through views; float ops refuse integer tensors, as PyTorch's casting rule does."""
    grid = (torch.arange(12, dtype=torch.float32).reshape(3, 4) - 5.5) / 4

    def case(op, base, view=None, kwargs=None):
        base = base.clone()
        arg, target = golden.operand(f"{op}/{short(base.dtype)}/{view[0] if view else 'dense'}/in", base, view)
        record(f"{op}/{short(base.dtype)}/{view[0] if view else 'dense'}", op, arg, target, kwargs, inplace_base=base)

    for op in OPS:
        if op in ("isnan", "isinf", "isfinite", "isposinf", "isneginf", "positive"):
            continue
        name = op + "_"
        source = grid / 4 if op in ("erfinv", "logit", "atanh", "asin", "acos") else grid
        case(name, source, view=["transpose"])
        case(name, source.double(), view=["slice", 1, 2])
    for op in ["sin_", "floor_", "sign_", "sigmoid_", "exp2_", "round_", "square_", "abs_", "neg_"]:
        case(op, (grid * 4).long())
    case("round_", grid * 37, kwargs={"decimals": 1})
    case("nan_to_num_", torch.tensor([NAN, INF, -INF, 1.0]), kwargs={"nan": 0.5})
    case("logit_", grid / 8 + 0.5, kwargs={"eps": 0.2})
    case("abs_", torch.tensor([True, False]))
    case("sin_", grid.half(), view=["transpose"])


grids()
sweeps()
keyword_forms()
layouts()
large()
in_place()
golden.write()
