"""Case files shared by the op-level goldens (elementwise.py, reductions.py), read by the tests' GoldenOperands.

A case file is JSON (one case per line, so diffs stay readable) plus a safetensors file of the tensors its
cases name. Operands are {"tensor": key, "view"?: view} with views ["transpose"] (last two dims),
["slice", dim, step] and ["expand", shape]; {"generate": {...}} for large inputs the test rebuilds from the
formula in generated(); or {"scalar": value, "kind": "bool" | "int" | "float"}.
"""
import hashlib
import json

import torch

from common import golden_path, json_number, write_safetensors


def short(dtype):
    return str(dtype).replace("torch.", "")


def raw_bytes(t):
    t = t.detach().contiguous()
    # numpy has no bfloat16: reinterpret its bits as int16 first.
    return (t.view(torch.int16) if t.dtype == torch.bfloat16 else t).numpy().tobytes()


def digest(t):
    """SHA-256 of the tensor's little-endian bytes in row-major order."""
    return hashlib.sha256(raw_bytes(t)).hexdigest()


class CaseFile:
    """Collects cases and the tensors they name; equal tensors are stored once."""

    def __init__(self, name):
        self.name = name
        self.cases = []
        self.tensors = {}
        self.keys = {}

    def store(self, key, t):
        """Stores a copy of t under key, or returns the key of an equal tensor stored before."""
        signature = (t.dtype, tuple(t.shape), raw_bytes(t))
        if signature not in self.keys:
            self.keys[signature] = key
            self.tensors[key] = t.detach().clone()
        return self.keys[signature]

    def operand(self, key, x, view=None):
        """Stores x (the base of the view, if any); returns the operand description and the viewed tensor."""
        arg = {"tensor": self.store(key, x)}
        if view is None:
            return arg, x
        arg["view"] = view
        return arg, apply_view(x, view)

    def write(self, header=None):
        """Writes <name>.safetensors and <name>.json (a list of cases, or header plus "cases")."""
        ids = [case["id"] for case in self.cases]
        assert len(ids) == len(set(ids)), "duplicate case ids"
        write_safetensors(self.name + ".safetensors", self.tensors)
        lines = ",\n".join(json.dumps(case, separators=(",", ":")) for case in self.cases)
        with open(golden_path(self.name + ".json"), "w") as f:
            if header is None:
                f.write("[\n" + lines + "\n]\n")
            else:
                f.write("{" + ", ".join(f'"{k}": {json.dumps(v)}' for k, v in header.items()) + ',\n"cases": [\n' + lines + "\n]}\n")


def apply_view(x, view):
    if view[0] == "transpose":
        return x.transpose(-2, -1)
    if view[0] == "slice":
        _, dim, step = view
        return x[(slice(None),) * dim + (slice(None, None, step),)]
    return x.expand(*view[1])


def scalar(value):
    kind = "bool" if isinstance(value, bool) else "int" if isinstance(value, int) else "float"
    return {"scalar": json_number(value) if kind == "float" else value, "kind": kind}, value


def generated(dtype, shape, seed, odd=False):
    """A large input the C# test rebuilds: k = (i * 7919 + seed * 104729) mod 2003 - 1001 (2k + 1 when odd, so
    never zero), over 64 for floating dtypes; every value is exact in the dtype."""
    count = 1
    for size in shape:
        count *= size
    k = (torch.arange(count, dtype=torch.int64) * 7919 + seed * 104729) % 2003 - 1001
    if odd:
        k = 2 * k + 1
    values = k.double() / 64 if dtype.is_floating_point else k.double()
    return {"generate": {"dtype": short(dtype), "shape": list(shape), "seed": seed, "odd": odd}}, values.to(dtype).reshape(shape)
