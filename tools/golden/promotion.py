"""Type-promotion golden data: writes tests/Flint.Tests/Golden/promotion.json.

For every pair of the ten dtypes: torch.promote_types, torch.can_cast, torch.result_type and
the result dtype (or error) of + - * / % // for dimensioned and zero-dimensional tensors in
every combination, and for tensors with Python bool/int/float scalars on either side; all of
it once under the default dtype float32 and once under torch.set_default_dtype(torch.float64).
"""
import json
import operator

import torch

from common import golden_path

DTYPES = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "bfloat16", "float32", "float64"]
OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul,
       "div": operator.truediv, "remainder": operator.mod, "floor_divide": operator.floordiv}
SCALARS = {"bool": True, "int": 2, "float": 2.5}


def tensor(dtype, zero_dim):
    return torch.ones((), dtype=getattr(torch, dtype)) if zero_dim else torch.ones(2, dtype=getattr(torch, dtype))


def name(dtype):
    return str(dtype).replace("torch.", "")


def outcome(fn):
    """The result dtype of fn(), or the first line of its error."""
    try:
        result = fn()
        return name(result.dtype if isinstance(result, torch.Tensor) else result)
    except RuntimeError as error:
        return "error: " + str(error).splitlines()[0]


def operand(kind):
    """('tensor' | 'zerodim', dtype) or ('scalar', kind) -> a factory of the operand."""
    form, value = kind
    return (lambda: SCALARS[value]) if form == "scalar" else (lambda: tensor(value, form == "zerodim"))


def cases():
    """(left, right) operand kinds: tensor pairs of every dtype and form, and tensor/scalar pairs both ways."""
    forms = ["tensor", "zerodim"]
    for a in DTYPES:
        for b in DTYPES:
            for fa in forms:
                for fb in forms:
                    yield (fa, a), (fb, b)
    for a in DTYPES:
        for form in forms:
            for s in SCALARS:
                yield (form, a), ("scalar", s)
                yield ("scalar", s), (form, a)


def table():
    rows = []
    for left, right in cases():
        make_left, make_right = operand(left), operand(right)
        row = [*left, *right, outcome(lambda: torch.result_type(make_left(), make_right()))]
        row += [outcome(lambda: fn(make_left(), make_right())) for fn in OPS.values()]
        rows.append(row)
    return rows


def main():
    data = {
        "dtypes": DTYPES,
        "promote_types": [[name(torch.promote_types(getattr(torch, a), getattr(torch, b))) for b in DTYPES] for a in DTYPES],
        "can_cast": [[torch.can_cast(getattr(torch, a), getattr(torch, b)) for b in DTYPES] for a in DTYPES],
        "scalar_result_type": {},
        # Each case: left form, left dtype or scalar kind, right form, right dtype or scalar kind, result_type, then one
        # result dtype (or "error: message") per op in "ops" order. Forms: tensor (1-d), zerodim, scalar (bool/int/float).
        "ops": list(OPS),
        "cases": {},
    }
    for default in ["float32", "float64"]:
        torch.set_default_dtype(getattr(torch, default))
        data["cases"][default] = table()
        data["scalar_result_type"][default] = {
            f"{a}|{b}": name(torch.result_type(SCALARS[a], SCALARS[b])) for a in SCALARS for b in SCALARS}
    torch.set_default_dtype(torch.float32)
    with open(golden_path("promotion.json"), "w") as f:
        f.write(dump(data) + "\n")


def dump(data):
    """Compact JSON with one table row or case per line, so that diffs stay readable."""
    def block(rows, indent):
        return "[\n" + ",\n".join(indent + json.dumps(row) for row in rows) + "]"
    parts = [f'"{key}": {json.dumps(data[key])}' for key in ("dtypes", "ops", "scalar_result_type")]
    parts += [f'"{key}": {block(data[key], "  ")}' for key in ("promote_types", "can_cast")]
    parts.append('"cases": {' + ", ".join(f'"{d}": {block(rows, "  ")}' for d, rows in data["cases"].items()) + "}")
    return "{\n" + ",\n".join(parts) + "\n}"


if __name__ == "__main__":
    main()
