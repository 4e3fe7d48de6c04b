"""Op calls with structured arguments, for joining.py and index_ops.py; an extension of op_cases.py's case format.

A case is {"id", "op", "args": [operand...], "kwargs": {name: JSON value}} and one of:
  "out": tensor key, "strides": [...]            a tensor result (for in-place ops, "_" suffix: the whole base after the op)
  "outs": [keys], "strides": [[...], ...]         several tensors (meshgrid, nonzero(as_tuple=True))
  "out_summary": {"dtype", "shape", "sha256", "sample"}, "strides"    a large result (see elementwise.py)
  "error": first line of PyTorch's message (cut after "cut" when the rest prints a tensor in C++'s format)
Operands are op_cases.py's ({"tensor", "view"?}, {"generate"}, {"scalar", "kind"}) or {"list": [operand...]}.
"""
from collections import namedtuple

import torch

from common import json_number
from op_cases import CaseFile, apply_view, digest, generated, scalar, short

View = namedtuple("View", "tensor view")
Generated = namedtuple("Generated", "dtype shape seed odd view", defaults=(False, None))

SUMMARY_LIMIT = 4096


class Recorder:
    def __init__(self, name):
        self.golden = CaseFile(name)

    def operand(self, key, item):
        """(JSON operand, value passed to PyTorch, base tensor the value views)."""
        if isinstance(item, list):
            parts = [self.operand(f"{key}.{i}", part) for i, part in enumerate(item)]
            return {"list": [p[0] for p in parts]}, [p[1] for p in parts], None
        if isinstance(item, Generated):
            arg, x = generated(item.dtype, item.shape, item.seed, item.odd)
            if item.view is None:
                return arg, x, x
            arg["view"] = item.view
            return arg, apply_view(x, item.view), x
        if isinstance(item, View):
            arg, viewed = self.golden.operand(key, item.tensor, item.view)
            return arg, viewed, item.tensor
        if isinstance(item, torch.Tensor):
            arg, value = self.golden.operand(key, item)
            return arg, value, item
        arg, value = scalar(item)
        return arg, value, None

    def case(self, case_id, op, inputs, fn, kwargs=None, inplace=False, cut=None, note=None):
        """Calls fn(*inputs, **kwargs) and appends the case with its result or PyTorch's error."""
        kwargs = kwargs or {}
        parts = [self.operand(f"{case_id}/{i}", item) for i, item in enumerate(inputs)]
        case = {"id": case_id, "op": op, "args": [p[0] for p in parts],
                "kwargs": {k: encode(v) for k, v in kwargs.items()}}
        if note:
            case["reference"] = note
        try:
            result = fn(*[p[1] for p in parts], **kwargs)
            if inplace:
                result = parts[0][2]
            if isinstance(result, (tuple, list)):
                case["outs"] = [self.golden.store(f"{case_id}/out{i}", r) for i, r in enumerate(result)]
                case["strides"] = [list(r.stride()) for r in result]
            elif result.numel() > SUMMARY_LIMIT:
                case["out_summary"] = {"dtype": short(result.dtype), "shape": list(result.shape), "sha256": digest(result),
                                       "sample": self.golden.store(f"{case_id}/sample", result.flatten()[::997])}
                case["strides"] = list(result.stride())
            else:
                case["out"] = self.golden.store(f"{case_id}/out", result)
                case["strides"] = list(result.stride())
        except (RuntimeError, IndexError, NotImplementedError) as error:
            message = str(error).splitlines()[0]
            if cut is not None:
                message = message[:message.index(cut) + len(cut)]
            case["error"] = message
        self.golden.cases.append(case)

    def write(self):
        self.golden.write()


def encode(value):
    if isinstance(value, float):
        return json_number(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def sample(dtype, shape=(3, 4), specials=True):
    """Distinct values of the dtype (bool: every third element true); floats start with -0.0, NaN, inf, -inf."""
    count = 1
    for size in shape:
        count *= size
    if dtype == torch.bool:
        return (torch.arange(count) % 3 == 0).reshape(shape)
    if not dtype.is_floating_point:
        offset = 0 if dtype == torch.uint8 else count // 2
        return (torch.arange(count) - offset).to(dtype).reshape(shape)
    values = (torch.arange(count, dtype=torch.float64) - count // 2) / 4
    if specials and count >= 4:
        values[:4] = torch.tensor([-0.0, float("nan"), float("inf"), -float("inf")], dtype=torch.float64)
    return values.to(dtype).reshape(shape)


DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]
