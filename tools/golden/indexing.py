"""Golden for tensor indexing (Tensor.Indexing.cs): getters (views and advanced-index copies), setters,
index_put_ with accumulate, and errors, on contiguous and non-contiguous sources of several dtypes.

Every case names a source: a base tensor of `arange(numel)` values (bool: `arange % 3 == 0`) reshaped to
`base`, converted to `dtype`, then turned into a (possibly non-contiguous) view by the `pre` ops. An index is
a list of items: {"int": n}, {"slice": [start, stop, step]}, {"ellipsis": true}, {"none": true},
{"bool": b}, {"tensor": spec} (integer indices or a mask) and {"list": [...]} (a Python list of ints).
A tensor spec is {"dtype", "shape", "values", optional "pre"}.

Two kinds of cases take their reference from elsewhere than PyTorch 1.13's own answer, marked "reference":
- Int32 index tensors: PyTorch 1.13 rejects them, PyTorch 2 accepts them; the expected result is PyTorch 1.13's
  answer for the same indices in Int64.
- Basic items after a multi-dimensional mask: PyTorch 1.13 moves on by one dimension only (a bug fixed later,
  NumPy's rule is that the mask consumes its dimensions); the expected result is NumPy's.
"""
import warnings

import numpy as np
import torch

from common import json_number, write_json

# Uint8 masks are deprecated in PyTorch 1.13 but still accepted; they are tested on purpose.
warnings.filterwarnings("ignore", message=".*uint8.*")

DTYPES = {"bool": torch.bool, "uint8": torch.uint8, "int8": torch.int8, "int16": torch.int16, "int32": torch.int32,
          "int64": torch.int64, "float16": torch.float16, "bfloat16": torch.bfloat16, "float32": torch.float32,
          "float64": torch.float64}


# ---- index items: (python object, json) -------------------------------------------------------------------

def I(n):
    return n, {"int": n}


def S(start=None, stop=None, step=None):
    return slice(start, stop, step), {"slice": [start, stop, step]}


E = (Ellipsis, {"ellipsis": True})
N = (None, {"none": True})


def B(value):
    return value, {"bool": value}


def tensor_spec(values, dtype, pre=()):
    t = torch.tensor(values, dtype=DTYPES[dtype])
    spec = {"dtype": dtype, "shape": list(t.shape), "values": flat_values(t)}
    for op in pre:
        t = apply_op(t, op)
    if pre:
        spec["pre"] = [list(op) for op in pre]
    return t, spec


def T(values, dtype="int64", pre=()):
    t, spec = tensor_spec(values, dtype, pre)
    return t, {"tensor": spec}


def M(values, dtype="bool"):
    return T(values, dtype)


def L(values):
    return list(values), {"list": list(values)}


# ---- sources ------------------------------------------------------------------------------------------------

def apply_op(t, op):
    name, *args = op
    if name == "transpose":
        return t.transpose(args[0], args[1])
    if name == "permute":
        return t.permute(*args[0])
    if name == "slice":
        dim, start, stop, step = args
        return t[(slice(None),) * dim + (slice(start, stop, step),)]
    if name == "select":
        return t.select(args[0], args[1])
    if name == "expand":
        return t.expand(*args[0])
    raise ValueError(name)


def make_base(shape, dtype):
    numel = int(np.prod(shape)) if shape else 1
    values = torch.arange(numel)
    base = (values % 3 == 0) if dtype == "bool" else values.to(DTYPES[dtype])
    return base.reshape(shape)


def source(shape, dtype="int64", pre=()):
    return {"base": list(shape), "dtype": dtype, "pre": [list(op) for op in pre]}


def build(src):
    base = make_base(src["base"], src["dtype"])
    t = base
    for op in src["pre"]:
        t = apply_op(t, op)
    return base, t


def flat_values(t):
    t = t.detach().reshape(-1)
    if t.dtype == torch.bool:
        return [bool(v) for v in t.tolist()]
    if t.dtype.is_floating_point:
        return [json_number(v) for v in t.double().tolist()]
    return [int(v) for v in t.tolist()]


def value_json(value):
    if isinstance(value, tuple):  # a tensor built with T()
        return value[1]["tensor"] | {"is_tensor": True}
    kind = "bool" if isinstance(value, bool) else "int" if isinstance(value, int) else "float"
    return {"scalar": value, "kind": kind}


def value_python(value):
    return value[0] if isinstance(value, tuple) else value


C3 = source([2, 3, 4])                                               # contiguous int64
F2 = source([3, 4], "float32")
TR = source([3, 4], "float32", [("transpose", 0, 1)])                # [4, 3], strides [1, 4]
PM = source([2, 3, 4], "int64", [("permute", [2, 0, 1])])            # [4, 2, 3]
ST = source([6, 5], "float64", [("slice", 0, None, None, 2), ("slice", 1, 1, None, 2)])  # [3, 2] strided
EX = source([3], "int64", [("expand", [4, 3])])                      # [4, 3], stride 0
SC = source([], "int64")                                             # 0-dim
EM = source([3, 0, 2], "float32")                                    # empty
D4 = source([2, 3, 4, 5], "int64")
BL = source([5], "bool")
U8 = source([4, 5], "uint8")
SL = source([2, 3, 4], "int64", [("select", 0, 1)])                  # [3, 4] with an offset
V1 = source([8], "int64", [("slice", 0, 1, None, 3)])                # [3] strided 1-d

cases = []


def add(kind, name, src, index, **extra):
    cases.append({"id": f"{kind}_{len(cases):03d}_{name}", "op": kind, "source": src,
                  "index": [item[1] for item in index], **extra})
    return cases[-1], [item[0] for item in index]


def as_key(py_index):
    """A lone item is passed bare, as C#'s params array of one item stands for t[item], not t[(item,)]."""
    return py_index[0] if len(py_index) == 1 else tuple(py_index)


def is_view_of(result, base):
    # Empty storages all have data_ptr 0: ask whether the result is a view at all first.
    return result._is_view() and result.storage().data_ptr() == base.storage().data_ptr()


def get(name, src, *index, reference=None):
    case, py_index = add("get", name, src, index)
    base, t = build(src)
    if reference == "numpy":
        result = torch.from_numpy(np.ascontiguousarray(t.numpy()[tuple(to_numpy(i) for i in py_index)]))
        case["reference"] = "numpy"
        view = False
    else:
        if reference == "int64":
            py_index = [i.long() if isinstance(i, torch.Tensor) and i.dtype == torch.int32 else i for i in py_index]
            case["reference"] = "int64"
        result = t[as_key(py_index)]
        view = is_view_of(result, base)
    case["expected"] = {"shape": list(result.shape), "values": flat_values(result), "view": view}
    if view:
        case["expected"]["strides"] = list(result.stride())
        case["expected"]["offset"] = result.storage_offset()


def to_numpy(item):
    return item.numpy() if isinstance(item, torch.Tensor) else item


def set_(name, src, index, value):
    case, py_index = add("set", name, src, index, value=value_json(value))
    base, t = build(src)
    t[as_key(py_index)] = value_python(value)
    case["expected"] = {"shape": list(base.shape), "values": flat_values(base)}


def put(name, src, index, value, accumulate):
    """index_put_ takes tensors only; a full slice S() stands for PyTorch's None there (a dimension left whole)."""
    case, py_index = add("put", name, src, index, value=value_json(value), accumulate=accumulate)
    base, t = build(src)
    torch.ops.aten.index_put_(t, [None if isinstance(i, slice) else i for i in py_index], value_python(value), accumulate)
    case["expected"] = {"shape": list(base.shape), "values": flat_values(base)}


# Python exception -> the .NET exception Flint throws for it.
FLINT_EXCEPTIONS = {"IndexError": "IndexOutOfRangeException", "ValueError": "ArgumentException",
                    "RuntimeError": "ArgumentException"}


def error(name, src, index, value=None, fragment=None):
    """An index expression PyTorch rejects; `fragment` is the part of its message Flint repeats verbatim."""
    kind = "set" if value is not None else "get"
    extra = {"value": value_json(value)} if value is not None else {}
    case, py_index = add(kind, name, src, index, **extra)
    base, t = build(src)
    try:
        if value is None:
            t[as_key(py_index)]
        else:
            t[as_key(py_index)] = value_python(value)
    except (IndexError, ValueError, RuntimeError) as e:
        message = str(e)
        fragment = fragment or message
        assert fragment in message, (fragment, message)
        case["error"] = {"python": type(e).__name__, "flint": FLINT_EXCEPTIONS[type(e).__name__], "message": fragment}
        return
    raise AssertionError(f"{name}: PyTorch accepted the index")


# ---- getters: basic indexing gives views ---------------------------------------------------------------------

for src in (C3, PM, SL, F2, TR, ST):
    get("int", src, I(0))
    get("neg_int", src, I(-1))
    get("int_int", src, I(1), I(-2))
    get("slice", src, S(1, None))
    get("slice_stop", src, S(None, 2))
    get("slice_step", src, S(None, None, 2))
    get("slice_clamped", src, S(-100, 100))
    get("slice_empty", src, S(2, 1))
    get("int_slice", src, I(0), S(1, 3))
    get("colon_int", src, S(), I(1))
    get("ellipsis_int", src, E, I(0))
    get("none_ellipsis_none", src, N, E, N)
    get("slice_neg_start", src, S(-2, None), S(None, None, 2))

for src in (C3, PM, D4):
    get("three_ints", src, I(1), I(-1), I(2))
    get("int_ellipsis_int", src, I(1), E, I(2))
    get("int_none_slice", src, I(0), N, S(1, 3))
    get("steps_all_dims", src, S(None, None, 2), S(None, None, 2), S(1, None, 3))
    get("ellipsis_alone", src, E)
    get("two_ellipses", src, E, E)
    get("ellipsis_int_ellipsis", src, E, I(0), E)
    get("colons", src, S(), S(), S())
    get("true", src, B(True))
    get("false", src, B(False))
    get("true_int", src, B(True), I(0))
    get("none_int_false", src, N, I(1), B(False))
    get("zero_dim_int_tensor", src, T(1))
    get("zero_dim_int_tensor_second", src, S(), T(-1))

get("expanded_int", EX, I(2))
get("expanded_column", EX, S(), I(1))
get("expanded_step", EX, S(None, None, 2), S(1, None))
get("strided_1d", V1, S(None, None, 2))
get("strided_1d_int", V1, I(-1))
get("empty_int", EM, I(1))
get("empty_slices", EM, S(), S(), I(1))
get("empty_none", EM, N, S(1, None))
get("scalar_ellipsis", SC, E)
get("scalar_none", SC, N)
get("scalar_none_none", SC, N, E, N)
get("uint8_slice", U8, S(1, 3), S(None, None, 2))
get("bool_slice", BL, S(1, None, 2))

# ---- getters: advanced indexing copies ------------------------------------------------------------------------

for src in (C3, PM, SL, TR, ST):
    get("index_tensor", src, T([1, 0, 1]))
    get("index_tensor_negative", src, T([-1, 0]))
    get("index_tensor_2d", src, T([[0, 1], [1, 0]]))
    get("colon_index_tensor", src, S(), T([1, 0, 1]))
    get("two_adjacent_tensors", src, T([0, 1, -1]), T([1, 1, 0]))
    get("broadcast_tensors", src, T([[0], [1]]), T([0, 1]))
    get("empty_index_tensor", src, T([], "int64"))
    get("list", src, L([1, 0]))
    get("duplicates", src, T([0, 0, 1, 1]))

for src in (C3, PM):
    get("ellipsis_index_tensor", src, E, T([2, 0, -1]))
    get("separated_tensors_go_first", src, T([1, 0]), S(), T([1, -1]))
    get("int_then_tensor", src, I(0), S(), T([2, 1]))
    get("tensor_after_int_is_in_place", src, I(1), T([0, 1]))
    get("tensor_slice_tensor_broadcast", src, T([[0], [1]]), S(1, 3), T([0, 2, 1]))
    get("none_then_tensor", src, N, T([1, 0]))
    get("tensor_none_tensor", src, T([0, 1]), N, T([1, 0]))
    get("step_slice_and_tensor", src, S(None, None, 2), T([1, 0]), S(1, None))
    get("noncontiguous_index_tensor", src, T([[0, 1, -1], [-1, -1, 0]], pre=[("transpose", 0, 1)]), S(None, 2))

get("strided_source_tensors_separated", SL, T([2, 0]), T([[1], [3]]))
get("offset_source_ellipsis_tensor", SL, E, T([3, 0, -1]))
get("offset_source_none_tensor", SL, N, S(), T([1, 2]))

for src in (D4,):
    get("4d_tensors_dims_0_3", src, T([0, 1]), S(), S(), T([1, 2]))
    get("4d_tensors_dims_1_2", src, S(), T([0, 2]), T([1, 3]), S())
    get("4d_ellipsis_tensor_colon", src, E, T([[0], [1]]), S())
    get("4d_int_tensors_separated", src, I(1), T([0, 2]), S(), T([4, 0]))
    get("4d_none_and_tensors", src, N, T([1]), N, T([2]))

# masks
get("mask_1d", C3, M([True, False]))
get("mask_2d", C3, M([[True, False, True], [False, True, True]]))
get("mask_full", C3, T((make_base([2, 3, 4], "int64") % 5 == 1).tolist(), "bool"))
get("colon_mask", C3, S(), M([False, True, True]))
get("ellipsis_mask", C3, E, M([True, False, False, True]))
get("mask_and_tensor", C3, M([True, True]), T([2, 0]))
get("mask_slice_mask", C3, M([False, True]), S(), M([True, False, True, True]))
get("none_mask", C3, N, M([[True, False, True], [False, True, True]]))
get("mask_all_false", C3, M([False, False]))
get("uint8_mask", C3, M([1, 0], "uint8"))
get("uint8_mask_2d", U8, M([[1, 0, 1, 1, 0]] * 4, "uint8"))
get("zero_dim_true_tensor", C3, M(True))
get("zero_dim_false_tensor", C3, S(), M(False))
get("bool_list", C3, S(), T([True, False, True], "bool"))
get("mask_transposed_source", TR, M([True, False, True, True]))
get("mask_permuted_source", PM, S(), M([[True, False, True], [True, True, False]]))
get("mask_strided_source", ST, M([[True, False], [False, True], [True, True]]))
get("mask_bool_source", BL, M([True, True, False, False, True]))
get("mask_empty_source", EM, M([True, False, True]))
get("tensor_on_empty_dim", EM, S(), T([], "int64"))
get("tensor_on_empty_source", EM, T([2, 0]))
get("scalar_true", SC, B(True))
get("scalar_false", SC, B(False))
get("scalar_mask", SC, M(True))
get("scalar_mask_false", SC, M(False))
get("expanded_index", EX, T([3, 0]), T([2, 2]))
get("expanded_mask", EX, M([True, False, True, False]))
for dtype in ("int8", "int16", "float16", "bfloat16", "int32", "float64", "bool"):
    get(f"{dtype}_advanced", source([3, 4], dtype), T([2, 0]), S(None, None, 3))
    get(f"{dtype}_mask", source([3, 4], dtype), M([[True, False, False, True]] * 3))

# Int32 index tensors (PyTorch 2's rule; reference: the same indices in Int64).
get("int32_index", C3, T([1, 0], "int32"), reference="int64")
get("int32_and_int64_indices", C3, S(), T([2, 0], "int32"), T([1, 3]), reference="int64")

# Basic items after a multi-dimensional mask (NumPy's rule; PyTorch 1.13 fails on these).
get("mask_2d_then_int", C3, M([[True, False, True], [False, True, True]]), I(2), reference="numpy")
get("mask_2d_then_slice", C3, M([[True, False, True], [False, True, True]]), S(1, None), reference="numpy")

# ---- setters -------------------------------------------------------------------------------------------------

def view_shape(src):
    return list(build(src)[1].shape)


def arange_value(shape, start=100, dtype="int64", pre=()):
    numel = int(np.prod(shape)) if shape else 1
    values = (np.arange(numel) + start).reshape(shape)
    return T((values + 0.5 if dtype.startswith("float") else values).tolist(), dtype, pre)


def mask_for(src, dims):
    """A mask over the first `dims` dimensions of the source: every element but each third one."""
    shape = view_shape(src)[:dims]
    return M((np.arange(int(np.prod(shape))) % 3 != 1).reshape(shape).tolist())


def count_true(mask):
    return int(mask[0].sum())


for src in (C3, PM, SL, TR, ST):
    shape = view_shape(src)
    set_("int_scalar", src, [I(1)], 7)
    set_("column_scalar", src, [S(), I(0)], -3)
    set_("step_slice_scalar", src, [S(None, None, 2)], 9)
    set_("float_scalar", src, [I(0), S(1, None)], 2.75)
    set_("ellipsis_row", src, [E], arange_value(shape[-1:]))
    set_("index_tensor_scalar", src, [T([1, 0])], 5)
    set_("mask_scalar", src, [mask_for(src, 1)], 4)
    set_("mask_2d_scalar", src, [mask_for(src, 2)], 6)
    set_("index_tensor_tensor", src, [T([1, 0])], arange_value([2] + shape[1:], dtype=src["dtype"]))
    set_("index_tensor_broadcast_value", src, [S(), T([1, 0, 1])], arange_value([3] + shape[2:], dtype=src["dtype"]))
    set_("transposed_value", src, [E, S(0, 2), S(0, 2)], arange_value([2, 2], pre=[("transpose", 0, 1)]))
    set_("float_tensor_converts", src, [I(0)], arange_value(shape[1:], dtype="float64"))
    set_("mask_2d_tensor", src, [mask_for(src, 2)], arange_value(shape[2:], dtype=src["dtype"]))
    set_("one_element_value_through_mask", src, [mask_for(src, 1)], T([7.9], "float32"))
    set_("none_index", src, [N, I(1)], 8)
    set_("true_index", src, [B(True)], arange_value([1] + shape[-1:]))
    set_("false_index", src, [B(False)], 11)
    set_("true_index_with_more", src, [B(True), I(0), E], arange_value(shape[-1:], dtype=src["dtype"]))
    set_("zero_dim_tensor_index", src, [T(1), S(1, 3)], 13)
    set_("list_index", src, [S(), L([1, 0])], 21)
    set_("duplicate_indices_last_wins", src, [T([1, 1])], arange_value([2] + shape[1:], dtype=src["dtype"]))

for src in (C3, PM):
    shape = view_shape(src)
    set_("int_row_tensor", src, [I(0), I(1)], arange_value(shape[2:]))
    set_("leading_ones_dropped", src, [S(), S(), I(0)], arange_value([1, 1, shape[1]]))
    set_("separated_tensors", src, [T([1, 0]), S(), T([2, -1])], arange_value([2, 1], dtype=src["dtype"]))
    set_("adjacent_tensors", src, [S(), T([0, 1]), T([2, 0])], arange_value([1, 2], dtype=src["dtype"]))
    set_("mask_then_tensor", src, [mask_for(src, 1), T([1])], 0)
    set_("mask_3d_tensor", src, [mask_for(src, 3)], arange_value([count_true(mask_for(src, 3))], dtype=src["dtype"]))

set_("scalar_source_ellipsis", SC, [E], 42)
set_("scalar_source_none", SC, [N], T([3], "int64"))
set_("scalar_source_mask", SC, [M(True)], 17)
set_("empty_source", EM, [S(), S(), I(0)], 1.0)
set_("empty_mask", EM, [M([False, False, False])], 3.0)
set_("full_mask", C3, [T((make_base([2, 3, 4], "int64") % 4 == 0).tolist(), "bool")], 0)
set_("full_mask_tensor", F2, [T((make_base([3, 4], "int64") > 6).tolist(), "bool")], T([1.5, 2.5, 3.5, 4.5, 5.5], "float32"))
set_("bool_source_mask", BL, [M([True, True, False, False, True])], False)
set_("bool_source_int_scalar", BL, [S(None, 2)], 2)
set_("uint8_source", U8, [S(), T([0, 4])], 300 % 256)
set_("uint8_mask_set", U8, [M([1, 0, 1, 0], "uint8")], 255)
set_("float16_set", source([3, 4], "float16"), [T([2]), S()], 0.1)
set_("bfloat16_set", source([3, 4], "bfloat16"), [S(), I(1)], 1.2)
set_("float64_exact_scalar", source([3], "float64"), [I(0)], 0.1)
set_("int_source_float_scalar_truncates", source([4], "int64"), [T([0, 3])], -2.7)
set_("float_source_bool_scalar", F2, [M([True, False, True])], True)
set_("4d_separated", D4, [I(0), T([0, 2]), S(), T([1, 4])], T([[-1], [-2]], "int64"))
set_("strided_1d", V1, [T([0, 2])], T([-4, -5], "int64"))

# ---- index_put_ with accumulate --------------------------------------------------------------------------------

put("accumulate_duplicates", C3, [T([0, 0, 1])], T([1], "int64"), True)
put("accumulate_rows", C3, [S(), T([2, 2])], T([[[10, 20, 30, 40]]], "int64"), True)
put("accumulate_pairs", C3, [T([1, 1, 0]), T([2, 2, 2])], T([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], "int64"), True)
put("accumulate_mask", F2, [T([[True, False, True, False]] * 3, "bool")], T([0.5], "float32"), True)
put("accumulate_float_duplicates", ST, [T([2, 2, 2, 0])], T([[0.25, 0.5]], "float64"), True)
put("accumulate_transposed", TR, [T([0, 0]), T([1, 1])], T([3.0, 4.0], "float32"), True)
put("accumulate_permuted", PM, [S(), T([1, 1, 1])], T([1], "int64"), True)
put("accumulate_bool", BL, [T([1, 1, 2])], T([True, False, False], "bool"), True)
put("accumulate_uint8", U8, [T([0, 0]), T([4, 4])], T([200, 100], "uint8"), True)
put("accumulate_3_tensors", C3, [T([0, 0, 1]), T([1, 1, 2]), T([3, 3, 0])], T([1, 2, 3], "int64"), True)
put("put_without_accumulate", C3, [T([1]), T([2])], T([-9], "int64"), False)
put("put_mask", SL, [T([[True, False, False, True]] * 3, "bool")], T([0], "int64"), False)
put("put_float16", source([4], "float16"), [T([1, 1, 3])], T([0.5, 0.25, 1.0], "float16"), True)

# ---- errors -------------------------------------------------------------------------------------------------------

error("too_many_indices", C3, [I(0), I(0), I(0), I(0)])
error("too_many_with_mask", C3, [M([[True, False, True], [False, True, True]]), I(0), I(0)])
error("int_out_of_bounds", C3, [I(5)])
error("negative_int_out_of_bounds", C3, [I(-3)])
error("int_out_of_bounds_second_item", C3, [S(), I(7)])
error("int_out_of_bounds_after_none", C3, [N, S(), I(3)])
error("tensor_out_of_bounds", C3, [T([5])])
error("tensor_out_of_bounds_second_dim", C3, [S(), T([0, 3])])
error("tensor_negative_out_of_bounds", C3, [T([0, -3])])
error("mask_shape_mismatch", C3, [M([True, False, True])])
error("mask_shape_mismatch_2d", C3, [S(), M([[True, False, True, True], [True, True, True, True]])])
error("mask_shape_mismatch_1d_source", source([4]), [M([True, False, True])])
error("broadcast_mismatch", C3, [T([0, 1]), T([0, 1, 2])])
error("float_index_tensor", C3, [T([0.0, 1.0], "float32")], fragment="tensors used as indices must be long")
error("int16_index_tensor", C3, [T([0, 1], "int16")], fragment="tensors used as indices must be long")
error("zero_dim_float_index", C3, [T(1.0, "float32")], fragment="tensors used as indices must be long")
error("negative_step", C3, [S(None, None, -1)])
error("zero_step", C3, [S(None, None, 0)])
error("scalar_int", SC, [I(0)])
error("scalar_int_one", SC, [I(1)])
error("scalar_slice", SC, [S()])
error("scalar_too_many", SC, [I(0), E])
error("index_into_empty_dim", EM, [S(), T([1])])
error("set_value_shape_mismatch", F2, [T([0, 1])], value=T([[1.0] * 4] * 3, "float32"))
error("set_value_dtype_mismatch", F2, [T([0, 1])], value=T([1.0] * 4, "float64"))
error("set_value_int_dtype_mismatch", F2, [S(), T([0, 1])], value=T([1, 2], "int64"))
error("set_basic_value_too_many_dims", F2, [I(0)], value=T([[1.0] * 4] * 3, "float32"),
      fragment="the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)")
error("set_basic_value_size_mismatch", F2, [S(), I(0)], value=T([1.0, 2.0], "float32"),
      fragment="The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 0")
error("set_index_out_of_bounds", F2, [T([3])], value=1.0)
error("set_mask_shape_mismatch", F2, [M([True, False])], value=1.0)

write_json("indexing.json", {"cases": cases})
print(f"{len(cases)} cases")
