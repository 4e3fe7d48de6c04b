"""Reduction and softmax-family golden data: writes tests/Flint.Tests/Golden/reductions.{json,safetensors}
(format: op_cases.py).

Each case calls one PyTorch reduction on one input: {"id", "op", "args": [operand], "kwargs": {"dim"?, "keepdim"?,
"dtype"?}, "out"? (tensor key) or "error"? (first line), "approx"?: true, "reference"?}. "approx" results
(floating sums, means, products, softmax, logsumexp) are compared within a per-dtype tolerance: PyTorch sums in
another order (cascade sums, vector lanes). Where PyTorch 1.13 has no CPU float16 or bfloat16 kernel (softmax,
prod, logsumexp), or where its bfloat16 last-dim log_softmax sums the exponentials in bfloat16, the reference is
the float32 result rounded to the input's dtype, as Flint computes it, and "reference" says so.
"programs" holds whole expressions from the issue, computed by PyTorch.
"""
import torch

from common import json_number
from op_cases import CaseFile, generated, short

OPS = {
    "sum": lambda x, **k: x.sum(**k), "mean": lambda x, **k: x.mean(**k), "prod": lambda x, **k: x.prod(**k),
    "amax": lambda x, **k: x.amax(**k), "amin": lambda x, **k: x.amin(**k),
    "max": lambda x, **k: x.max(**k), "min": lambda x, **k: x.min(**k),
    "all": lambda x, **k: x.all(**k), "any": lambda x, **k: x.any(**k),
    "softmax": lambda x, **k: x.softmax(**k), "log_softmax": lambda x, **k: x.log_softmax(**k),
    "logsumexp": lambda x, **k: x.logsumexp(**k),
}
EXACT = {"amax", "amin", "max", "min", "all", "any"}
NAN, INF = float("nan"), float("inf")

golden = CaseFile("reductions")


def record(case_id, op, arg, x, **kwargs):
    """Runs the op and appends the case; a half-type input PyTorch 1.13 cannot reduce is reduced in float32."""
    case = {"id": case_id, "op": op, "args": [arg],
            "kwargs": {k: short(v) if isinstance(v, torch.dtype) else v for k, v in kwargs.items()}}
    try:
        reference = reference_note(op, x, kwargs)
        if reference is None:
            result = OPS[op](x, **kwargs)
        else:
            result = OPS[op](x.float(), **kwargs).to(x.dtype)
            case["reference"] = reference
        case["out"] = golden.store(f"{case_id}/out", result)
        if op not in EXACT and result.dtype.is_floating_point:
            case["approx"] = True
    except (RuntimeError, IndexError) as error:
        case["error"] = str(error).splitlines()[0]
    golden.cases.append(case)


def reference_note(op, x, kwargs):
    """Why the reference is computed in float32 and rounded, when PyTorch 1.13's own result is not the reference."""
    names = {torch.float16: "Half", torch.bfloat16: "BFloat16"}
    if x.dtype not in names:
        return None
    if op == "log_softmax" and x.dtype == torch.bfloat16 and kwargs["dim"] in (-1, x.dim() - 1):
        return ("computed in float32 and rounded to bfloat16: PyTorch 1.13's last-dim bfloat16 log_softmax sums the "
                "exponentials in bfloat16, several bfloat16 ulps off")
    try:
        OPS[op](x, **kwargs)
    except RuntimeError as error:
        if f"not implemented for '{names[x.dtype]}'" in str(error):
            return f"computed in float32 and rounded to {short(x.dtype)}: PyTorch 1.13 has no CPU kernel for it"
    return None


def reduce_case(case_id, op, x, view=None, **kwargs):
    arg, viewed = golden.operand(f"{case_id}/in", x, view)
    record(case_id, op, arg, viewed, **kwargs)


def dims_of_every_kind(op, x, name):
    """All dims, one dim (negative too), several dims, the empty list (all dims), keepdim both ways."""
    if op not in ("softmax", "log_softmax", "logsumexp"):
        reduce_case(f"{op}/{name}/all", op, x)
    if op in ("max", "min"):
        return
    single_only = op in ("prod", "all", "any", "softmax", "log_softmax")
    choices = [0, 1, -1] + ([] if single_only else [[0, 2], [2, 0, 1], []])
    for dim in choices:
        for keepdim in ([False] if op in ("softmax", "log_softmax") else [False, True]):
            kwargs = {"dim": dim} if op in ("softmax", "log_softmax") else {"dim": dim, "keepdim": keepdim}
            if op == "logsumexp" and dim == []:
                continue  # PyTorch 1.13 fails on logsumexp(dim=[]) (an output shape bug); Flint reduces every dim.
            reduce_case(f"{op}/{name}/dim={dim}/keepdim={keepdim}", op, x, **kwargs)


def per_dtype():
    torch.manual_seed(0)
    base = torch.randn(2, 3, 4, dtype=torch.float64) * 3
    inputs = {
        "float32": base.float(), "float64": base, "float16": base.half(), "bfloat16": base.bfloat16(),
        "int32": (base * 10).int(), "int64": (base * 1000).long(), "int8": (base * 10).to(torch.int8),
        "uint8": (base.abs() * 20).to(torch.uint8), "bool": base > 0,
    }
    for name, x in inputs.items():
        for op in OPS:
            softmax_family = op in ("softmax", "log_softmax", "logsumexp")
            if softmax_family and not x.dtype.is_floating_point and name not in ("int32", "bool"):
                continue  # one integer and the bool input show how integers are refused or promoted
            # Products of 24 factors overflow most integer dtypes; keep their values small.
            small = op == "prod" and not x.dtype.is_floating_point and x.dtype != torch.bool
            dims_of_every_kind(op, x % 3 if small else x, name)


def dtypes_and_layouts():
    torch.manual_seed(1)
    x = torch.randn(3, 5)
    reduce_case("sum/int32/dtype=float32", "sum", (x * 100).int(), dim=1, dtype=torch.float32)
    reduce_case("sum/float32/dtype=float64", "sum", x, dim=0, dtype=torch.float64)
    reduce_case("sum/bool/dtype=int32", "sum", x > 0, dtype=torch.int32)
    reduce_case("mean/int64/dtype=float64", "mean", (x * 100).long(), dim=[0, 1], dtype=torch.float64)
    reduce_case("mean/int64/no_dtype", "mean", (x * 100).long(), dim=0)
    reduce_case("prod/float32/dtype=float64", "prod", x, dim=1, dtype=torch.float64)
    reduce_case("softmax/float32/dtype=float64", "softmax", x, dim=1, dtype=torch.float64)
    reduce_case("log_softmax/int64/dtype=float32", "log_softmax", (x * 3).long(), dim=0, dtype=torch.float32)
    reduce_case("softmax/int64/dim0", "softmax", (x * 3).long(), dim=0)
    reduce_case("log_softmax/int64/lastdim", "log_softmax", (x * 3).long(), dim=1)
    reduce_case("sum/float32/transposed", "sum", x, view=["transpose"], dim=1)
    reduce_case("amax/float32/sliced", "amax", x, view=["slice", 1, 2], dim=0, keepdim=True)
    reduce_case("softmax/float32/transposed", "softmax", x, view=["transpose"], dim=0)
    reduce_case("logsumexp/float32/expanded", "logsumexp", x[:, :1], view=["expand", [3, 4]], dim=1)
    reduce_case("sum/float32/expanded", "sum", x[:1], view=["expand", [4, 5]], dim=[0, 1])
    reduce_case("sum/float32/duplicate_dims", "sum", x, dim=[0, 0])
    reduce_case("sum/float32/dim_out_of_range", "sum", x, dim=2)
    reduce_case("amax/float32/dim_out_of_range", "amax", x, dim=-3)
    reduce_case("sum/int64/wrap", "sum", torch.tensor([2 ** 62, 2 ** 62, 2 ** 62]))
    reduce_case("prod/int64/wrap", "prod", torch.tensor([2 ** 40, 2 ** 40, 3]))


def specials():
    """NaN and infinities, the softmax family's stability, zero-dimensional and empty inputs."""
    rows = torch.tensor([[1000.0, 0.0], [-1000.0, -1000.0], [INF, 0.0], [-INF, -INF], [INF, -INF],
                         [NAN, 0.0], [-INF, 1.0], [1.0, NAN]])
    for op in ["sum", "mean", "amax", "amin", "softmax", "log_softmax", "logsumexp", "prod"]:
        reduce_case(f"{op}/float32/specials", op, rows, dim=1)
    for op in ["amax", "amin", "max", "min", "sum"]:
        reduce_case(f"{op}/float32/nan_all", op, torch.tensor([1.0, NAN, 3.0, -INF]))
    reduce_case("amax/float64/nan_first", "amax", torch.tensor([NAN, 1.0, 5.0], dtype=torch.float64))
    reduce_case("amin/float16/nan_last", "amin", torch.tensor([4.0, 1.0, NAN], dtype=torch.float16))
    reduce_case("logsumexp/float64/specials", "logsumexp", rows.double(), dim=1, keepdim=True)
    scalar = torch.tensor(2.5)
    for op in ["sum", "mean", "amax", "softmax", "log_softmax", "logsumexp"]:
        reduce_case(f"{op}/float32/zerodim", op, scalar, dim=0)
        if op not in ("softmax", "log_softmax"):
            reduce_case(f"{op}/float32/zerodim_keepdim", op, scalar, dim=-1, keepdim=True)
    empty = torch.zeros(0, 3)
    for op in OPS:
        if op not in ("softmax", "log_softmax", "logsumexp"):
            reduce_case(f"{op}/float32/empty_all", op, empty)
        if op in ("max", "min"):
            continue  # their dim forms return (values, indices), which come with the op catalogue
        reduce_case(f"{op}/float32/empty_dim0", op, empty, dim=0)
        reduce_case(f"{op}/float32/empty_dim1", op, empty, dim=1)
    reduce_case("sum/int32/empty_all", "sum", torch.zeros(0, dtype=torch.int32))
    reduce_case("prod/int64/empty_all", "prod", torch.zeros(2, 0, dtype=torch.int64))


def large():
    """Reductions over 65 x 1031 inputs: threaded over outputs, vector tails in each row."""
    for index, (op, dtype, kwargs) in enumerate([
            ("sum", torch.float32, {"dim": 1}), ("sum", torch.float32, {"dim": 0}), ("sum", torch.float32, {}),
            ("mean", torch.float64, {"dim": 1, "keepdim": True}), ("amax", torch.float32, {"dim": 1}),
            ("sum", torch.int32, {"dim": 1}), ("logsumexp", torch.float32, {"dim": 1}), ("any", torch.int64, {"dim": 0})]):
        arg, x = generated(dtype, (65, 1031), seed=index)
        record(f"{op}/{short(dtype)}/large{index}", op, arg, x, **kwargs)


def programs():
    a, b = torch.tensor([[1], [2]]), torch.tensor([1, 2])
    naive = torch.tensor([1000.0, 0.0])
    return {
        "sum(a + b)": (a + b).sum().item(),
        "sum(a + b, 0)": (a + b).sum(0).tolist(),
        "exp(x) / sum(exp(x)), x = [1000, 0]": [json_number(v) for v in (naive.exp() / naive.exp().sum()).tolist()],
        "softmax([1000, 0], 0)": [json_number(v) for v in naive.softmax(0).tolist()],
        "log(sum(exp(x))), x = [1000, 0]": json_number(naive.exp().sum().log().item()),
        "logsumexp([1000, 0], 0) - 0": json_number((naive.logsumexp(0) - 0).item()),
        "logsumexp([-1000, -1000], 0)": json_number(torch.tensor([-1000.0, -1000.0]).logsumexp(0).item()),
    }


per_dtype()
dtypes_and_layouts()
specials()
large()
golden.write(header={"programs": programs()})
