"""Golden data for view ops: tests/Flint.Tests/Golden/views.json.

Each case builds a source tensor (arange values of a dtype, reshaped, as a fresh tensor that is
nobody's view), applies `pre` ops (to make it non-contiguous, expanded, ...) and then `ops`, and
records what PyTorch 1.13 gives: shape, strides, storage offset, values, contiguity, whether the
result is a view of the source (shares its storage), and the source's values afterwards (copy_
writes through views). Ops that return several tensors (unbind, split, chunk) record every part,
or continue the chain with {"op": "pick", "index": i}. A case whose last op fails records the
Python exception type and the first line of its message.

Run: /usr/bin/python3 tools/golden/views.py
"""
import torch

from common import write_json

DTYPES = {
    "float32": torch.float32, "float64": torch.float64, "float16": torch.float16,
    "bfloat16": torch.bfloat16, "int64": torch.int64, "int32": torch.int32, "int16": torch.int16,
    "int8": torch.int8, "uint8": torch.uint8, "bool": torch.bool,
}


def numel(shape):
    n = 1
    for s in shape:
        n *= s
    return n


def init_values(n, dtype):
    if dtype == "bool":
        return [float(i % 3 == 1) for i in range(n)]
    return [float(i) for i in range(n)]


def make_source(spec):
    shape, dtype = spec["shape"], spec.get("dtype", "float32")
    values = init_values(numel(shape), dtype)
    return torch.tensor(values, dtype=torch.float64).to(DTYPES[dtype]).reshape(shape).clone()


def squeeze_dims(x, dims):
    # PyTorch 1.13 squeezes one dim at a time; squeezing the wrapped dims from the highest down
    # is the tuple form that PyTorch 2 added.
    rank = max(x.dim(), 1)
    wrapped = sorted({d + rank if d < 0 else d for d in dims}, reverse=True)
    for d in dims:
        if d < -rank or d >= rank:
            return x.squeeze(d)  # raises PyTorch's own message
    if x.dim() == 0:
        return x.squeeze(0)
    for d in wrapped:
        x = x.squeeze(d)
    return x


def apply(x, op, source):
    name = op["op"]
    if name == "view": return x.view(op["shape"])
    if name == "reshape": return x.reshape(op["shape"])
    if name == "view_as": return x.view_as(torch.empty(op["shape"]))
    if name == "reshape_as": return x.reshape_as(torch.empty(op["shape"]))
    if name == "permute": return x.permute(op["dims"])
    if name == "transpose": return x.transpose(op["dim0"], op["dim1"])
    if name == "T":
        return x.permute(list(range(x.dim() - 1, -1, -1)))  # x.T without 1.13's deprecation warning
    if name == "mT": return x.mT
    if name == "narrow": return x.narrow(op["dim"], op["start"], op["length"])
    if name == "slice":
        return torch.ops.aten.slice(x, op["dim"], op.get("start"), op.get("stop"), op.get("step", 1))
    if name == "select": return x.select(op["dim"], op["index"])
    if name == "unsqueeze": return x.unsqueeze(op["dim"])
    if name == "squeeze":
        return x.squeeze() if "dims" not in op else squeeze_dims(x, op["dims"])
    if name == "expand": return x.expand(op["sizes"])
    if name == "expand_as": return x.expand_as(torch.empty(op["shape"]))
    if name == "broadcast_to": return x.broadcast_to(op["shape"])
    if name == "flatten": return x.flatten(op.get("start", 0), op.get("end", -1))
    if name == "unflatten": return x.unflatten(op["dim"], op["sizes"])
    if name == "unbind": return list(x.unbind(op.get("dim", 0)))
    if name == "chunk": return list(x.chunk(op["chunks"], op.get("dim", 0)))
    if name == "split":
        return list(x.split(op["sizes"] if "sizes" in op else op["size"], op.get("dim", 0)))
    if name == "movedim": return x.movedim(op["source"], op["destination"])
    if name == "moveaxis": return x.moveaxis(op["source"], op["destination"])
    if name == "diagonal": return x.diagonal(op.get("offset", 0), op.get("dim1", 0), op.get("dim2", 1))
    if name == "as_strided": return x.as_strided(op["size"], op["stride"], op.get("offset"))
    if name == "contiguous": return x.contiguous()
    if name == "clone": return x.clone()
    if name == "copy_":
        src_spec = op["src"]
        src = source if src_spec.get("fromSource") else make_source(src_spec)
        for o in src_spec.get("ops", []):
            src = apply(src, o, source)
        return x.copy_(src)
    if name == "to": return x.to(DTYPES[op["dtype"]])
    if name == "pick": return x[op["index"]]
    raise ValueError(name)


def record(r, source):
    return {
        "dtype": str(r.dtype),
        "shape": list(r.shape),
        "strides": list(r.stride()),
        "offset": r.storage_offset(),
        "values": [float(v) for v in r.detach().to(torch.float64).flatten().tolist()],
        "isContiguous": r.is_contiguous(),
        "isView": r is source or r._base is source,
    }


def run(case):
    source = make_source(case["source"])
    x = source
    chain = case["source"].get("pre", []) + case["ops"]
    out = dict(case)
    try:
        for op in chain:
            x = apply(x, op, source)
    except (RuntimeError, IndexError, ValueError, TypeError) as e:
        out["error"] = {"type": type(e).__name__, "message": str(e).split("\n")[0]}
        return out
    if isinstance(x, list):
        out["parts"] = [record(p, source) for p in x]
    else:
        out["result"] = record(x, source)
    out["sourceAfter"] = [float(v) for v in source.to(torch.float64).flatten().tolist()]
    return out


# ---- cases -------------------------------------------------------------------------------------

cases = []


def case(name, shape, ops, dtype="float32", pre=None):
    cases.append({"id": name, "source": {"shape": shape, "dtype": dtype, "pre": pre or []}, "ops": ops})


def op(name, **args):
    return {"op": name, **args}


TRANSPOSED = [op("transpose", dim0=0, dim1=1)]          # on a 2-d source: non-contiguous
STEPPED = [op("slice", dim=1, start=0, stop=None, step=2)]  # every other column
EXPANDED = [op("unsqueeze", dim=0), op("expand", sizes=[3, -1, -1])]

# view / reshape
case("view_flat", [2, 3, 4], [op("view", shape=[24])])
case("view_infer", [2, 3, 4], [op("view", shape=[4, -1])])
case("view_infer_last", [2, 3, 4], [op("view", shape=[2, 2, -1, 3])], "int64")
case("view_0d_to_1", [], [op("view", shape=[1])])
case("view_0d_to_ones", [], [op("view", shape=[1, 1, 1])], "float64")
case("view_1_to_0d", [1], [op("view", shape=[])], "int32")
case("view_0d_infer", [], [op("view", shape=[-1])])
case("view_empty", [0, 3], [op("view", shape=[3, 0, 2])])
case("view_empty_same", [2, 0, 3], [op("view", shape=[2, 0, 3])], pre=[op("permute", dims=[2, 0, 1]), op("permute", dims=[1, 2, 0])])
case("view_empty_infer_error", [0, 3], [op("view", shape=[-1, 0])])
case("view_empty_infer", [0, 3], [op("view", shape=[-1, 6])])
case("view_transposed_split_ok", [4, 6], [op("view", shape=[3, 2, 4])], pre=TRANSPOSED)
case("view_transposed_merge_error", [4, 6], [op("view", shape=[24])], pre=TRANSPOSED)
case("view_stepped_ok", [3, 8], [op("view", shape=[3, 2, 2])], pre=STEPPED)
case("view_stepped_merge_error", [3, 8], [op("view", shape=[12])], pre=STEPPED)
case("view_expanded_unsqueeze", [2, 3], [op("view", shape=[3, 2, 1, 3])], pre=EXPANDED)
case("view_expanded_merge_error", [2, 3], [op("view", shape=[18])], pre=EXPANDED)
case("view_size1_strides", [3, 1], [op("view", shape=[1, 3, 1])], pre=[op("transpose", dim0=0, dim1=1), op("transpose", dim0=0, dim1=1)])
case("view_size1_odd_stride", [6], [op("view", shape=[1, 3])], pre=[op("as_strided", size=[3, 1], stride=[1, 5])])
case("view_size1_noncontig", [2, 3, 4], [op("view", shape=[3, 1, 1])], pre=[op("select", dim=2, index=1), op("slice", dim=0, start=1, stop=2)])
case("view_wrong_numel", [2, 3], [op("view", shape=[4, 2])])
case("view_two_infer", [2, 3], [op("view", shape=[-1, -1])])
case("view_negative", [2, 3], [op("view", shape=[-2, 3])])
case("view_bad_infer", [2, 3], [op("view", shape=[4, -1])])
case("reshape_contiguous_is_view", [2, 3, 4], [op("reshape", shape=[6, 4])], "int16")
case("reshape_transposed_copies", [4, 6], [op("reshape", shape=[24])], "int64", pre=TRANSPOSED)
case("reshape_transposed_views", [4, 6], [op("reshape", shape=[2, 3, 4])], pre=TRANSPOSED)
case("reshape_stepped_copies", [3, 8], [op("reshape", shape=[-1])], "float64", pre=STEPPED)
case("reshape_expanded_copies", [2, 3], [op("reshape", shape=[9, 2])], pre=EXPANDED)
case("reshape_expanded_views", [2, 3], [op("reshape", shape=[3, 1, 2, 3])], "uint8", pre=EXPANDED)
case("reshape_0d", [], [op("reshape", shape=[1, 1])], "bool")
case("reshape_empty_noncontig", [0, 4], [op("reshape", shape=[2, 0])], pre=[op("transpose", dim0=0, dim1=1)])
case("reshape_error", [2, 3], [op("reshape", shape=[5])])
case("view_as", [2, 3], [op("view_as", shape=[3, 2])])
case("reshape_as_copy", [2, 3], [op("reshape_as", shape=[6])], pre=[op("T")])

# permute / transpose / T / mT / movedim
case("permute_3d", [2, 3, 4], [op("permute", dims=[2, 0, 1])])
case("permute_negative", [2, 3, 4], [op("permute", dims=[-1, -3, -2])], "int8")
case("permute_0d", [], [op("permute", dims=[])])
case("permute_empty", [2, 0, 3], [op("permute", dims=[1, 2, 0])])
case("permute_of_stepped", [3, 8], [op("permute", dims=[1, 0])], pre=STEPPED)
case("permute_duplicate", [2, 3], [op("permute", dims=[0, 0])])
case("permute_wrong_length", [2, 3], [op("permute", dims=[0])])
case("permute_out_of_range", [2, 3], [op("permute", dims=[0, 2])])
case("transpose_negative", [2, 3, 4], [op("transpose", dim0=-1, dim1=0)])
case("transpose_same", [2, 3], [op("transpose", dim0=1, dim1=-1)])
case("transpose_0d", [], [op("transpose", dim0=0, dim1=-1)])
case("transpose_0d_error", [], [op("transpose", dim0=0, dim1=1)])
case("transpose_out_of_range", [2, 3], [op("transpose", dim0=0, dim1=-3)])
case("T_2d", [2, 3], [op("T")], "bfloat16")
case("T_3d", [2, 3, 4], [op("T")])
case("T_1d", [5], [op("T")])
case("T_0d", [], [op("T")])
case("mT_3d", [2, 3, 4], [op("mT")], "float16")
case("mT_1d_error", [3], [op("mT")])
case("movedim_int", [2, 3, 4, 5], [op("movedim", source=0, destination=2)])
case("movedim_negative", [2, 3, 4, 5], [op("movedim", source=-1, destination=0)])
case("movedim_lists", [2, 3, 4, 5], [op("movedim", source=[0, 1], destination=[3, 1])])
case("movedim_lists_negative", [2, 3, 4, 5], [op("movedim", source=[-1, 0], destination=[0, -1])], "int32")
case("movedim_length_mismatch", [2, 3, 4], [op("movedim", source=[0, 1], destination=[2])])
case("movedim_repeated_source", [2, 3, 4], [op("movedim", source=[0, 0], destination=[1, 2])])
case("movedim_repeated_destination", [2, 3, 4], [op("movedim", source=[0, 1], destination=[2, 2])])
case("moveaxis", [2, 3, 4], [op("moveaxis", source=2, destination=0)])
case("movedim_0d", [], [op("movedim", source=0, destination=-1)])

# narrow / slice / select
case("narrow_basic", [4, 5], [op("narrow", dim=1, start=1, length=3)])
case("narrow_negative_start", [4, 5], [op("narrow", dim=-1, start=-2, length=2)])
case("narrow_empty_at_end", [4, 5], [op("narrow", dim=0, start=4, length=0)])
case("narrow_transposed", [4, 6], [op("narrow", dim=0, start=2, length=3)], pre=TRANSPOSED)
case("narrow_0d_error", [], [op("narrow", dim=0, start=0, length=1)])
case("narrow_start_error", [4, 5], [op("narrow", dim=0, start=5, length=0)])
case("narrow_length_error", [4, 5], [op("narrow", dim=1, start=3, length=3)])
case("narrow_negative_length", [4, 5], [op("narrow", dim=1, start=1, length=-1)])
case("slice_step", [10], [op("slice", dim=0, start=1, stop=9, step=3)])
case("slice_negative_bounds", [10], [op("slice", dim=0, start=-7, stop=-1, step=2)], "int64")
case("slice_clamped", [10], [op("slice", dim=0, start=-20, stop=20, step=4)])
case("slice_empty_start_at_end", [3, 4], [op("slice", dim=1, start=4, stop=None, step=1)])
case("slice_empty_reversed", [3, 4], [op("slice", dim=1, start=3, stop=1, step=1)])
case("slice_empty_past_end", [3, 4], [op("slice", dim=0, start=7, stop=9, step=2)])
case("slice_negative_dim", [3, 4, 5], [op("slice", dim=-2, start=1, stop=None, step=2)])
case("slice_of_transposed", [4, 6], [op("slice", dim=1, start=1, stop=4, step=2)], pre=TRANSPOSED)
case("slice_of_expanded", [2, 3], [op("slice", dim=0, start=0, stop=3, step=2)], pre=EXPANDED)
case("slice_0d_error", [], [op("slice", dim=0, start=0, stop=1, step=1)])
case("slice_zero_step", [5], [op("slice", dim=0, start=0, stop=5, step=0)])
case("slice_negative_step", [5], [op("slice", dim=0, start=0, stop=5, step=-1)])
case("select_basic", [3, 4, 5], [op("select", dim=1, index=2)])
case("select_negative", [3, 4, 5], [op("select", dim=-1, index=-1)], "int16")
case("select_to_0d", [4], [op("select", dim=0, index=3)])
case("select_stepped", [3, 8], [op("select", dim=1, index=3)], pre=STEPPED)
case("select_expanded", [2, 3], [op("select", dim=0, index=2)], pre=EXPANDED)
case("select_out_of_range", [3, 4], [op("select", dim=1, index=4)])
case("select_negative_out_of_range", [3, 4], [op("select", dim=0, index=-4)])
case("select_0d_error", [], [op("select", dim=0, index=0)])
case("select_empty_dim", [0, 3], [op("select", dim=0, index=0)])
case("select_of_empty", [2, 0], [op("select", dim=0, index=1)])

# unsqueeze / squeeze
case("unsqueeze_front", [2, 3], [op("unsqueeze", dim=0)])
case("unsqueeze_end", [2, 3], [op("unsqueeze", dim=2)])
case("unsqueeze_negative", [2, 3], [op("unsqueeze", dim=-1)])
case("unsqueeze_middle_transposed", [4, 6], [op("unsqueeze", dim=1)], pre=TRANSPOSED)
case("unsqueeze_0d", [], [op("unsqueeze", dim=-1)])
case("unsqueeze_out_of_range", [2, 3], [op("unsqueeze", dim=3)])
case("unsqueeze_empty", [0, 2], [op("unsqueeze", dim=1)])
case("squeeze_all", [1, 3, 1, 2, 1], [op("squeeze")])
case("squeeze_dim", [1, 3, 1, 2], [op("squeeze", dims=[2])])
case("squeeze_dim_not_one", [1, 3, 1, 2], [op("squeeze", dims=[1])])
case("squeeze_dims", [1, 3, 1, 2, 1], [op("squeeze", dims=[0, -1])])
case("squeeze_0d", [], [op("squeeze")])
case("squeeze_0d_dim", [], [op("squeeze", dims=[-1])])
case("squeeze_0d_dim_error", [], [op("squeeze", dims=[1])])
case("squeeze_dim_error", [1, 3], [op("squeeze", dims=[2])])
case("squeeze_empty", [1, 0, 1], [op("squeeze")])
case("squeeze_expanded", [1, 3], [op("expand", sizes=[2, 1, 3]), op("squeeze")])

# expand / expand_as / broadcast_to
case("expand_basic", [3, 1], [op("expand", sizes=[3, 4])])
case("expand_new_leading", [3], [op("expand", sizes=[2, 3])])
case("expand_leading_ones", [3], [op("expand", sizes=[1, 1, 3])], "int64")
case("expand_minus_one", [1, 3], [op("expand", sizes=[2, -1, -1])])
case("expand_0d", [], [op("expand", sizes=[2, 3])])
case("expand_0d_to_0d", [], [op("expand", sizes=[])])
case("expand_to_empty", [1, 3], [op("expand", sizes=[0, 3])])
case("expand_empty", [0, 1], [op("expand", sizes=[2, 0, 4])])
case("expand_transposed", [4, 1], [op("expand", sizes=[2, 1, 4])], pre=TRANSPOSED)
case("expand_size1_keep", [1, 1], [op("expand", sizes=[1, 3])], pre=[op("as_strided", size=[1, 1], stride=[7, 5])])
case("expand_mismatch", [2, 3], [op("expand", sizes=[3, 3])])
case("expand_too_few", [2, 3], [op("expand", sizes=[3])])
case("expand_leading_minus_one", [3], [op("expand", sizes=[-1, 3])])
case("expand_as", [3, 1], [op("expand_as", shape=[2, 3, 5])])
case("broadcast_to", [1, 4], [op("broadcast_to", shape=[3, 4])], "bool")
case("broadcast_to_error", [2, 4], [op("broadcast_to", shape=[3, 4])])

# flatten / unflatten
case("flatten_all", [2, 3, 4], [op("flatten")])
case("flatten_range", [2, 3, 4, 5], [op("flatten", start=1, end=2)])
case("flatten_negative", [2, 3, 4, 5], [op("flatten", start=-3, end=-2)])
case("flatten_same_dim", [2, 3], [op("flatten", start=1, end=1)])
case("flatten_0d", [], [op("flatten")])
case("flatten_1d", [5], [op("flatten")])
case("flatten_transposed_copies", [4, 6], [op("flatten")], pre=TRANSPOSED)
case("flatten_noncontig_views", [2, 3, 4], [op("flatten", start=0, end=1)], pre=[op("slice", dim=2, start=0, stop=None, step=2)])
case("flatten_empty", [2, 0, 3], [op("flatten", start=1)])
case("flatten_order_error", [2, 3, 4], [op("flatten", start=2, end=1)])
case("flatten_out_of_range", [2, 3], [op("flatten", start=0, end=2)])
case("unflatten_basic", [2, 12], [op("unflatten", dim=1, sizes=[3, 4])])
case("unflatten_infer", [2, 12], [op("unflatten", dim=-1, sizes=[2, -1, 3])])
case("unflatten_transposed", [4, 6], [op("unflatten", dim=0, sizes=[2, 3])], pre=TRANSPOSED)
case("unflatten_bad_sizes", [2, 12], [op("unflatten", dim=1, sizes=[5, 2])])
case("unflatten_empty_sizes", [2, 12], [op("unflatten", dim=1, sizes=[])])
case("unflatten_0d", [], [op("unflatten", dim=0, sizes=[1])])

# unbind / split / chunk
case("unbind_0", [3, 2], [op("unbind")])
case("unbind_last", [3, 2], [op("unbind", dim=-1)], "int64")
case("unbind_empty", [0, 2], [op("unbind", dim=0)])
case("unbind_of_empty", [2, 0], [op("unbind", dim=0)])
case("unbind_0d_error", [], [op("unbind")])
case("unbind_pick_then_view", [4, 6], [op("unbind", dim=1), op("pick", index=2), op("unsqueeze", dim=0)], pre=TRANSPOSED)
case("split_size", [7, 2], [op("split", size=3)])
case("split_size_dim", [2, 7], [op("split", size=2, dim=-1)], "float64")
case("split_size_exact", [6], [op("split", size=3)])
case("split_size_larger", [4], [op("split", size=10)])
case("split_empty_dim", [0, 3], [op("split", size=2)])
case("split_zero_size_empty", [0, 3], [op("split", size=0)])
case("split_zero_size_error", [4, 3], [op("split", size=0)])
case("split_negative_size", [4, 3], [op("split", size=-1)])
case("split_0d", [], [op("split", size=1)])
case("split_sizes", [7, 2], [op("split", sizes=[2, 0, 5])])
case("split_sizes_transposed", [4, 6], [op("split", sizes=[1, 3], dim=1)], pre=TRANSPOSED)
case("split_sizes_error", [7, 2], [op("split", sizes=[2, 4])])
case("split_sizes_negative", [7, 2], [op("split", sizes=[8, -1])])
case("chunk_even", [6, 2], [op("chunk", chunks=3)])
case("chunk_uneven", [7], [op("chunk", chunks=3)])
case("chunk_fewer", [5], [op("chunk", chunks=4)])
case("chunk_more_than_size", [2, 3], [op("chunk", chunks=5, dim=1)])
case("chunk_empty", [0, 3], [op("chunk", chunks=3)])
case("chunk_zero_error", [4], [op("chunk", chunks=0)])
case("chunk_0d_error", [], [op("chunk", chunks=1)])
case("chunk_stepped", [3, 8], [op("chunk", chunks=2, dim=-1)], pre=STEPPED)

# diagonal
case("diagonal_square", [4, 4], [op("diagonal")])
case("diagonal_offset", [3, 5], [op("diagonal", offset=2)])
case("diagonal_negative_offset", [5, 3], [op("diagonal", offset=-2)], "int64")
case("diagonal_offset_too_big", [3, 4], [op("diagonal", offset=5)])
case("diagonal_negative_too_big", [3, 4], [op("diagonal", offset=-3)])
case("diagonal_3d_dims", [2, 3, 4], [op("diagonal", offset=1, dim1=-1, dim2=0)])
case("diagonal_transposed", [4, 6], [op("diagonal", offset=1)], pre=TRANSPOSED)
case("diagonal_empty", [0, 3], [op("diagonal")])
case("diagonal_same_dims", [3, 3], [op("diagonal", dim1=1, dim2=-1)])
case("diagonal_1d_error", [3], [op("diagonal")])

# as_strided
case("as_strided_basic", [12], [op("as_strided", size=[3, 3], stride=[3, 1], offset=2)])
case("as_strided_overlap", [12], [op("as_strided", size=[4, 3], stride=[2, 1])])
case("as_strided_keeps_offset", [12], [op("as_strided", size=[2, 2], stride=[1, 2])], pre=[op("slice", dim=0, start=3, stop=None, step=1)])
case("as_strided_zero_stride", [5], [op("as_strided", size=[2, 3], stride=[0, 1], offset=1)])
case("as_strided_0d", [6], [op("as_strided", size=[], stride=[], offset=5)])
case("as_strided_empty", [6], [op("as_strided", size=[0, 4], stride=[100, 1], offset=6)])
case("as_strided_out_of_bounds", [6], [op("as_strided", size=[3, 3], stride=[1, 1], offset=2)])
case("as_strided_negative_stride", [6], [op("as_strided", size=[3], stride=[-1], offset=2)])
case("as_strided_length_mismatch", [6], [op("as_strided", size=[3], stride=[1, 1])])

# contiguous / clone / copy_
case("contiguous_noop", [2, 3], [op("contiguous")])
case("contiguous_transposed", [4, 6], [op("contiguous")], pre=TRANSPOSED)
case("contiguous_expanded", [2, 3], [op("contiguous")], pre=EXPANDED)
case("contiguous_size1_strides", [3, 1], [op("contiguous")], pre=[op("as_strided", size=[3, 1], stride=[1, 7])])
case("clone_contiguous", [2, 3], [op("clone")], "int64")
case("clone_transposed_keeps_strides", [4, 6], [op("clone")], pre=TRANSPOSED)
case("clone_permuted_keeps_strides", [2, 3, 4], [op("clone")], pre=[op("permute", dims=[2, 0, 1])])
case("clone_stepped_is_dense", [3, 8], [op("clone")], pre=STEPPED)
case("clone_expanded_is_dense", [2, 3], [op("clone")], pre=EXPANDED)
case("clone_offset_dense", [4, 6], [op("clone")], pre=[op("narrow", dim=0, start=1, length=2), op("T")])
case("clone_0d", [], [op("clone")])
case("copy_same_shape", [2, 3], [op("copy_", src={"shape": [2, 3], "dtype": "float32", "ops": [op("reshape", shape=[3, 2]), op("T")]})])
case("copy_broadcast", [2, 3], [op("copy_", src={"shape": [3], "dtype": "float32"})])
case("copy_broadcast_0d", [2, 3], [op("copy_", src={"shape": [], "dtype": "float32", "ops": [op("clone")]})], "int64")
case("copy_dtype_float_to_int", [2, 3], [op("copy_", src={"shape": [2, 3], "dtype": "float64"})], "int32")
case("copy_dtype_int_to_bool", [2, 3], [op("copy_", src={"shape": [2, 3], "dtype": "int64"})], "bool")
case("copy_dtype_bool_to_half", [2, 3], [op("copy_", src={"shape": [2, 3], "dtype": "bool"})], "float16")
case("copy_into_view", [4, 6], [op("slice", dim=1, start=1, stop=None, step=2), op("copy_", src={"shape": [4, 1], "dtype": "int64"})], "float64")
case("copy_into_transposed_view", [3, 4], [op("T"), op("narrow", dim=0, start=1, length=2), op("copy_", src={"shape": [2, 3], "dtype": "float32"})])
case("copy_broadcast_error", [2, 3], [op("copy_", src={"shape": [2], "dtype": "float32"})])
case("copy_into_expanded_error", [2, 3], [op("copy_", src={"shape": [3, 2, 3], "dtype": "float32"})], pre=EXPANDED)
case("copy_from_self", [2, 3], [op("copy_", src={"fromSource": True})])
case("copy_partial_overlap_error", [8], [op("slice", dim=0, start=1, stop=None), op("copy_", src={"fromSource": True, "ops": [op("slice", dim=0, start=0, stop=7)]})])
case("copy_transposed_self_error", [3, 3], [op("copy_", src={"fromSource": True, "ops": [op("T")]})])
case("copy_disjoint_halves", [8], [op("narrow", dim=0, start=4, length=4), op("copy_", src={"fromSource": True, "ops": [op("narrow", dim=0, start=0, length=4)]})])
case("copy_from_row_of_self_error", [2, 3], [op("copy_", src={"fromSource": True, "ops": [op("select", dim=0, index=0)]})])

case("copy_into_empty", [0, 3], [op("copy_", src={"shape": [3], "dtype": "int64"})])
case("copy_0d_into_0d", [], [op("copy_", src={"shape": [], "dtype": "float64", "ops": [op("clone")]})], "int16")
case("copy_into_view_from_other_view", [4, 6], [op("select", dim=1, index=0), op("copy_", src={"fromSource": True, "ops": [op("select", dim=1, index=5)]})])
case("to_same_dtype_is_self", [2, 3], [op("to", dtype="float32")])
case("to_transposed_keeps_strides", [4, 6], [op("to", dtype="float64")], pre=TRANSPOSED)
case("to_stepped_is_row_major", [3, 8], [op("to", dtype="int32")], pre=STEPPED)

# more edge cases of argument checking
case("narrow_negative_start_on_empty_dim", [0, 3], [op("narrow", dim=0, start=-1, length=0)])
case("narrow_start_equal_size_on_empty_dim", [0, 3], [op("narrow", dim=0, start=0, length=0)])
case("split_sizes_negative_and_wrong_sum", [7, 2], [op("split", sizes=[-1, 2])])
case("split_sizes_too_big", [7, 2], [op("split", sizes=[5, 5])])
case("split_sizes_negative_dim_message", [7, 2], [op("split", sizes=[2, 3], dim=-2)])
case("split_sizes_0d", [], [op("split", sizes=[1])])
case("unflatten_ambiguous", [2, 0], [op("unflatten", dim=1, sizes=[-1, 0])])
case("unflatten_invalid_dimension", [2, 3], [op("unflatten", dim=1, sizes=[2, -2])])
case("unflatten_wrapped_dim_message", [2, 3], [op("unflatten", dim=-1, sizes=[2, 2])])
case("flatten_0d_bad_end", [], [op("flatten", start=0, end=1)])
case("as_strided_empty_far_offset", [6], [op("as_strided", size=[0], stride=[1], offset=100)])
case("as_strided_negative_offset", [6], [op("as_strided", size=[2], stride=[1], offset=-1)])
case("as_strided_negative_size", [6], [op("as_strided", size=[-2], stride=[1], offset=0)])
case("expand_negative_size", [3], [op("expand", sizes=[2, -2])])
case("unbind_dim_error", [3], [op("unbind", dim=-2)])
case("movedim_0d_lists", [], [op("movedim", source=[0], destination=[-1])])
case("diagonal_dim_error", [3, 4], [op("diagonal", offset=0, dim1=0, dim2=5)])

# chains mixing several ops on non-contiguous sources
case("chain_permute_select_view", [2, 3, 4], [op("permute", dims=[2, 1, 0]), op("select", dim=1, index=1), op("reshape", shape=[8])])
case("chain_expand_diagonal", [3], [op("expand", sizes=[3, 3]), op("diagonal")])
case("chain_stepped_unflatten_movedim", [2, 12], [op("slice", dim=1, start=0, stop=None, step=3), op("unflatten", dim=1, sizes=[2, 2]), op("movedim", source=0, destination=-1)], "int64")
case("chain_split_pick_transpose", [6, 4], [op("split", size=4), op("pick", index=1), op("T"), op("flatten")])
case("chain_narrow_as_strided", [20], [op("narrow", dim=0, start=5, length=10), op("as_strided", size=[2, 4], stride=[4, 1])])
case("chain_squeeze_unsqueeze", [1, 4, 1], [op("squeeze", dims=[0]), op("unsqueeze", dim=0), op("transpose", dim0=0, dim1=2)], "bfloat16")


def main():
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    write_json("views.json", [run(c) for c in cases])


if __name__ == "__main__":
    main()
