"""The recorder of the reduction-catalogue goldens (statistics.py, selection.py, scans.py, bucketing.py), whose ops may
return several tensors (values and indices, std and mean, unique's inverse and counts).

A case: {"id", "op", "args": [operand...], "kwargs": {...}, "outs": [output...] or "error": first line,
"approx"?: [bool per output], "reference"?: why the expected values are not PyTorch 1.13's own}. Operands are those
of op_cases.py; an output is a tensor key, or for large exact outputs {"dtype", "shape", "sha256", "sample"} as in
elementwise.py. Floats that JSON cannot hold in kwargs are written as op_cases.py writes them ("inf", "nan").
"""
import math

import torch

from op_cases import CaseFile, digest, generated, scalar, short

NAN, INF = float("nan"), float("inf")
SUMMARY_ABOVE = 4096
HALF_TYPES = {torch.float16: "Half", torch.bfloat16: "BFloat16"}


class T:
    """A tensor operand: the stored base tensor and an optional view of op_cases.py."""

    def __init__(self, base, view=None):
        self.base, self.view = base, view


class G:
    """A large generated operand (op_cases.generated)."""

    def __init__(self, dtype, shape, seed, odd=False):
        self.dtype, self.shape, self.seed, self.odd = dtype, shape, seed, odd


def json_kwarg(value):
    if isinstance(value, torch.dtype):
        return short(value)
    if isinstance(value, float) and (math.isinf(value) or math.isnan(value)):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, (list, tuple)):
        return [json_kwarg(v) for v in value]
    return value


class Recorder:
    def __init__(self, name, ops, approx_ops=()):
        self.golden = CaseFile(name)
        self.ops = ops
        self.approx_ops = set(approx_ops)

    def operand(self, case_id, index, arg):
        if isinstance(arg, T):
            return self.golden.operand(f"{case_id}/{index}", arg.base, arg.view)
        if isinstance(arg, G):
            return generated(arg.dtype, arg.shape, arg.seed, arg.odd)
        if isinstance(arg, torch.Tensor):
            return self.golden.operand(f"{case_id}/{index}", arg)
        return scalar(arg)

    def case(self, case_id, op, args, reference=None, **kwargs):
        """Runs ops[op](*args, **kwargs) and appends its outputs or its error. A float16 or bfloat16 input that PyTorch
        1.13 has no kernel for is computed in float32 and the floating outputs rounded back, as later versions compute
        it. A reference (note, function) replaces PyTorch's own answer where it is less precise than Flint's, and
        the note says why."""
        stored = [self.operand(case_id, i, arg) for i, arg in enumerate(args)]
        case = {"id": case_id, "op": op, "args": [s[0] for s in stored],
                "kwargs": {k: json_kwarg(v) for k, v in kwargs.items()}}
        values = [s[1] for s in stored]
        compute = self.ops[op] if reference is None else reference[1]
        notes = [] if reference is None else [reference[0]]
        try:
            try:
                result = compute(*values, **kwargs)
            except RuntimeError as error:
                half = next((t for t, name in HALF_TYPES.items() if f"not implemented for '{name}'" in str(error)), None)
                if half is None:
                    raise
                widened = [v.float() if isinstance(v, torch.Tensor) and v.dtype == half else v for v in values]
                try:
                    result = compute(*widened, **kwargs)
                except RuntimeError:
                    raise error  # refused in float32 too: the op does not take floating inputs
                result = tuple(r.to(half) if r.dtype == torch.float32 else r for r in as_tuple(result))
                notes.append(f"computed in float32 and rounded to {str(half)[6:]}: PyTorch 1.13 has no CPU {str(half)[6:]} kernel for it")
            if notes:
                case["reference"] = "; ".join(notes)
            outputs = as_tuple(result)
            approx = [op in self.approx_ops and r.dtype.is_floating_point for r in outputs]
            case["outs"] = [self.output(f"{case_id}/out{i}", r, a) for i, (r, a) in enumerate(zip(outputs, approx))]
            if any(approx):
                case["approx"] = approx
        except (RuntimeError, IndexError, ValueError, TypeError) as error:
            case["error"] = str(error).splitlines()[0]
        self.golden.cases.append(case)

    def output(self, key, r, approx):
        if r.numel() > SUMMARY_ABOVE and not approx:
            return {"dtype": short(r.dtype), "shape": list(r.shape), "sha256": digest(r),
                    "sample": self.golden.store(f"{key}/sample", r.flatten()[::997])}
        return self.golden.store(key, r)

    def write(self):
        self.golden.write()


def as_tuple(result):
    return tuple(result) if isinstance(result, (tuple, list)) else (result,)
