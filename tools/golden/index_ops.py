"""Indexing-op golden data: writes tests/Flint.Tests/Golden/index_ops.{json,safetensors} (format: op_calls.py).

gather, scatter (tensor and scalar sources, reduce="add"/"multiply"), scatter_add, scatter_reduce (every reduction,
include_self both ways), index_select, index_add, index_copy, index_fill, index_put, masked_fill, masked_select,
masked_scatter, nonzero(as_tuple=True), argwhere, take, put and nn.functional.one_hot: every dtype, repeated indices
(which PyTorch's CPU kernels apply in index order), non-contiguous and expanded operands, 0-d and empty inputs, work
above the threaded grain (a 65 x 1031 tensor with an expanded index), in-place forms on views (the case records the
whole base tensor after the op), and PyTorch's errors. Int and float masks, which PyTorch 1.13 misreads instead of
refusing, are not recorded.
"""
import warnings

import torch
import torch.nn.functional as F

from op_calls import DTYPES, Generated, Recorder, View, sample
from op_cases import short

warnings.simplefilter("ignore")  # scatter_reduce's beta notice, uint8 mask deprecations
NAN = float("nan")
rec = Recorder("index_ops")
torch.manual_seed(0)

OPS = {
    "gather": lambda x, i, **k: x.gather(k["dim"], i),
    "scatter": lambda x, i, s, **k: x.scatter(k["dim"], i, s, **{n: v for n, v in k.items() if n != "dim"}),
    "scatter_": lambda x, i, s, **k: x.scatter_(k["dim"], i, s, **{n: v for n, v in k.items() if n != "dim"}),
    "scatter_add": lambda x, i, s, **k: x.scatter_add(k["dim"], i, s),
    "scatter_add_": lambda x, i, s, **k: x.scatter_add_(k["dim"], i, s),
    "scatter_reduce": lambda x, i, s, **k: x.scatter_reduce(k["dim"], i, s, k["reduce"], include_self=k.get("include_self", True)),
    "scatter_reduce_": lambda x, i, s, **k: x.scatter_reduce_(k["dim"], i, s, k["reduce"], include_self=k.get("include_self", True)),
    "index_select": lambda x, i, **k: x.index_select(k["dim"], i),
    "index_add": lambda x, i, s, **k: x.index_add(k["dim"], i, s, **({"alpha": k["alpha"]} if "alpha" in k else {})),
    "index_add_": lambda x, i, s, **k: x.index_add_(k["dim"], i, s, **({"alpha": k["alpha"]} if "alpha" in k else {})),
    "index_copy": lambda x, i, s, **k: x.index_copy(k["dim"], i, s),
    "index_copy_": lambda x, i, s, **k: x.index_copy_(k["dim"], i, s),
    "index_fill": lambda x, i, v, **k: x.index_fill(k["dim"], i, v),
    "index_fill_": lambda x, i, v, **k: x.index_fill_(k["dim"], i, v),
    "index_put": lambda x, ids, v, **k: x.index_put(tuple(ids), v, **k),
    "index_put_": lambda x, ids, v, **k: x.index_put_(tuple(ids), v, **k),
    "masked_fill": lambda x, m, v: x.masked_fill(m, v),
    "masked_fill_": lambda x, m, v: x.masked_fill_(m, v),
    "masked_select": lambda x, m: x.masked_select(m),
    "masked_scatter": lambda x, m, s: x.masked_scatter(m, s),
    "masked_scatter_": lambda x, m, s: x.masked_scatter_(m, s),
    "nonzero_as_tuple": lambda x: x.nonzero(as_tuple=True),
    "argwhere": lambda x: x.argwhere(),
    "take": lambda x, i: x.take(i),
    "put": lambda x, i, s, **k: x.put(i, s, **k),
    "put_": lambda x, i, s, **k: x.put_(i, s, **k),
    "nn.functional.one_hot": lambda x, **k: F.one_hot(x, **k),
}


def call(case_id, op, inputs, kwargs=None, **options):
    rec.case(case_id, op, inputs, OPS[op], kwargs, inplace=op.endswith("_"), **options)


def long(values):
    return torch.tensor(values, dtype=torch.int64)


def gathers():
    index = long([[0, 2, 1], [2, 2, 0]])
    for dtype in DTYPES:
        x = sample(dtype, (3, 4))
        call(f"gather/{short(dtype)}/dim0", "gather", [x, long([[2, 0, 1, 1], [0, 0, 2, 1]])], {"dim": 0})
        call(f"gather/{short(dtype)}/dim1", "gather", [x, index], {"dim": 1})
    x = sample(torch.float32, (3, 4))
    call("gather/float32/longer_along_dim", "gather", [x, long([[0, 3, 3, 1, 2, 0, 0]])], {"dim": 1})
    call("gather/float32/transposed", "gather", [View(x, ["transpose"]), long([[2, 0], [1, 1], [0, 2]])], {"dim": 1})
    call("gather/float32/sliced", "gather", [View(sample(torch.float32, (3, 8)), ["slice", 1, 2]), index], {"dim": -1})
    call("gather/float32/expanded_index", "gather", [x, View(long([[2], [1]]), ["expand", [2, 4]])], {"dim": 0})
    call("gather/float32/transposed_index", "gather", [x, View(long([[0, 1], [2, 0], [1, 1]]), ["transpose"])], {"dim": 1})
    call("gather/float32/zero_dim", "gather", [torch.tensor(2.5), long(0)], {"dim": 0})
    call("gather/float32/zero_dim_vector_index", "gather", [torch.tensor(2.5), long([0, 0, 0])], {"dim": 0})
    call("gather/float32/empty_index", "gather", [x, torch.zeros(0, 2, dtype=torch.int64)], {"dim": 1})
    call("gather/float32/empty_int32_index", "gather", [x, torch.zeros(0, 2, dtype=torch.int32)], {"dim": 1})
    call("gather/float32/out_of_range", "gather", [x, long([[0, 5]])], {"dim": 1})
    call("gather/float32/negative", "gather", [x, long([[0, -1]])], {"dim": 1})
    call("gather/float32/int32_index", "gather", [x, index.int()], {"dim": 1})
    call("gather/float32/rank_mismatch", "gather", [x, long([0, 1])], {"dim": 1})
    call("gather/float32/index_too_big", "gather", [x, torch.zeros(4, 2, dtype=torch.int64)], {"dim": 1})
    call("gather/float32/dim_out_of_range", "gather", [x, index], {"dim": 2})
    big_rows = torch.randint(0, 65, (1, 1031))
    big_columns = torch.randint(0, 1031, (65, 1))
    call("gather/float32/large_dim0", "gather", [Generated(torch.float32, (65, 1031), 1), View(big_rows, ["expand", [65, 1031]])], {"dim": 0})
    call("gather/int64/large_dim1", "gather", [Generated(torch.int64, (65, 1031), 2), View(big_columns, ["expand", [65, 1031]])], {"dim": 1})


def scatters():
    index = long([[0, 2, 1, 0], [2, 0, 1, 1]])
    duplicates = long([[0, 0, 1, 1], [0, 0, 1, 2], [0, 2, 2, 2]])
    for dtype in DTYPES:
        name = short(dtype)
        self, src = sample(dtype, (3, 4)), sample(dtype, (3, 4)).flip(0)
        call(f"scatter/{name}/src", "scatter", [self, index, src], {"dim": 0})
        call(f"scatter/{name}/duplicates", "scatter", [self, duplicates, src], {"dim": 0})
        value = True if dtype == torch.bool else 5 if not dtype.is_floating_point else -2.5
        call(f"scatter/{name}/value", "scatter", [self, index, value], {"dim": 1})
        call(f"scatter_add/{name}", "scatter_add", [self, duplicates, src], {"dim": 0})
        for reduce in ["add", "multiply"]:
            call(f"scatter/{name}/reduce={reduce}", "scatter", [self, duplicates, src], {"dim": 0, "reduce": reduce})
    x = sample(torch.float32, (3, 4))
    call("scatter/int64/value_truncated", "scatter", [sample(torch.int64), index, 5.5], {"dim": 0})
    call("scatter/float32/value_reduce_add", "scatter", [x, duplicates, 2.0], {"dim": 0, "reduce": "add"})
    call("scatter/float32/value_reduce_multiply", "scatter", [x, duplicates, 3.0], {"dim": 1, "reduce": "multiply"})
    call("scatter/float32/smaller_index", "scatter", [x, long([[1], [0]]), sample(torch.float32, (2, 3))], {"dim": 1})
    call("scatter/float32/transposed", "scatter", [View(x, ["transpose"]), long([[0, 2, 1], [2, 0, 1]]), View(x.clone(), ["transpose"])], {"dim": 0})
    call("scatter/float32/expanded_src", "scatter", [x, index, View(long([[7, 8, 9, 10]]).float(), ["expand", [2, 4]])], {"dim": 0})
    call("scatter/float32/zero_dim", "scatter", [torch.tensor(1.0), long(0), torch.tensor(5.0)], {"dim": 0})
    call("scatter/float32/empty_index", "scatter", [x, torch.zeros(0, 2, dtype=torch.int32), x], {"dim": 1})
    call("scatter/float32/empty_index_any_rank", "scatter", [x, torch.zeros(0, dtype=torch.int64), x], {"dim": 1})
    call("scatter/float32/out_of_range", "scatter", [x, long([[3]]), x], {"dim": 0})
    call("scatter/float32/negative", "scatter", [x, long([[-1]]), x], {"dim": 0})
    call("scatter/float32/int32_index", "scatter", [x, index.int(), x], {"dim": 0})
    call("scatter/float32/src_dtype", "scatter", [x, index, x.double()], {"dim": 0})
    call("scatter/float32/index_too_big", "scatter", [x, torch.zeros(4, 4, dtype=torch.int64), x], {"dim": 0})
    call("scatter/float32/src_too_small", "scatter", [x, torch.zeros(3, 4, dtype=torch.int64), x[:2].clone()], {"dim": 0})
    call("scatter/float32/value_index_too_big", "scatter", [x, torch.zeros(3, 5, dtype=torch.int64), 1.0], {"dim": 0})
    call("scatter/float32/src_rank", "scatter", [x, index, torch.arange(5.0)], {"dim": 0})
    call("scatter/float32/rank_mismatch", "scatter", [x, long([1]), x], {"dim": 0})
    call("scatter/float32/bad_reduce", "scatter", [x, index, x], {"dim": 0, "reduce": "mean"})
    call("scatter_/float32/transposed_view", "scatter_", [View(x.clone(), ["transpose"]), long([[0, 2, 1], [2, 0, 1]]), sample(torch.float32, (2, 3))], {"dim": 0})
    call("scatter_/float32/value_sliced_view", "scatter_", [View(sample(torch.float32, (3, 8)), ["slice", 1, 2]), index, 9.0], {"dim": 1})
    call("scatter_/float32/reduce_view", "scatter_", [View(x.clone(), ["transpose"]), long([[0, 0, 0]]), torch.ones(1, 3)], {"dim": 0, "reduce": "add"})
    call("scatter_/float32/expanded_self", "scatter_", [View(x[:1].clone(), ["expand", [3, 4]]), index, x], {"dim": 0})
    call("scatter_add_/int64/sliced_view", "scatter_add_", [View(sample(torch.int64, (6, 4)), ["slice", 0, 2]), duplicates, sample(torch.int64)], {"dim": 0})
    call("scatter_add/float32/int32_index", "scatter_add", [x, index.int(), x], {"dim": 0})
    call("scatter_add/float32/src_dtype", "scatter_add", [x, index, x.int()], {"dim": 0})
    call("scatter_add/float32/index_too_big", "scatter_add", [x, torch.zeros(4, 4, dtype=torch.int64), x], {"dim": 0})
    rows = View(torch.randint(0, 65, (1, 1031)), ["expand", [65, 1031]])
    call("scatter_add/float32/large", "scatter_add", [Generated(torch.float32, (65, 1031), 3), rows, Generated(torch.float32, (65, 1031), 4)], {"dim": 0})
    call("scatter/float64/large", "scatter", [Generated(torch.float64, (65, 1031), 5), View(torch.randint(0, 1031, (65, 1)), ["expand", [65, 1031]]), Generated(torch.float64, (65, 1031), 6)], {"dim": 1})
    call("scatter_reduce/float32/large_amax", "scatter_reduce", [Generated(torch.float32, (65, 1031), 7), rows, Generated(torch.float32, (65, 1031), 8)], {"dim": 0, "reduce": "amax", "include_self": False})


def scatter_reductions():
    index = long([[0, 0, 2, 0], [2, 0, 0, 0]])
    for dtype in [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32, torch.uint8, torch.bool]:
        self = sample(dtype, (3, 4), specials=False)
        src = (sample(dtype, (2, 4), specials=False) if dtype == torch.bool
               else (torch.arange(8, dtype=torch.float64).reshape(2, 4) * 1.5 - 3).to(dtype))
        for reduce in ["sum", "prod", "mean", "amax", "amin"]:
            for include_self in [True, False]:
                call(f"scatter_reduce/{short(dtype)}/{reduce}/include_self={include_self}", "scatter_reduce",
                     [self, index, src], {"dim": 0, "reduce": reduce, "include_self": include_self})
    nan_src = torch.tensor([NAN, 1.0, 2.0, NAN, -1.0, 4.0])
    for reduce in ["amax", "amin", "sum", "mean"]:
        call(f"scatter_reduce/float32/{reduce}/nan", "scatter_reduce", [torch.tensor([0.0, NAN, 3.0]), long([0, 0, 1, 2, 2, 2]), nan_src], {"dim": 0, "reduce": reduce})
    call("scatter_reduce/int64/mean_floor", "scatter_reduce", [long([7, 8]), long([0, 0, 1]), long([-1, -2, 2])], {"dim": 0, "reduce": "mean", "include_self": False})
    call("scatter_reduce/float32/dim1", "scatter_reduce", [sample(torch.float32, (3, 4), False), long([[3, 3], [0, 1], [1, 1]]), torch.ones(3, 2) * 2], {"dim": 1, "reduce": "prod"})
    call("scatter_reduce/float32/bad_reduce", "scatter_reduce", [torch.zeros(3), long([0]), torch.ones(1)], {"dim": 0, "reduce": "max"})
    call("scatter_reduce/float32/src_dtype", "scatter_reduce", [torch.zeros(3), long([0]), long([1])], {"dim": 0, "reduce": "sum"})
    call("scatter_reduce/float32/int32_index", "scatter_reduce", [torch.zeros(3), long([0]).int(), torch.ones(1)], {"dim": 0, "reduce": "sum"})
    call("scatter_reduce_/float32/transposed_view", "scatter_reduce_", [View(sample(torch.float32, (3, 4), False), ["transpose"]), long([[0, 0, 2]]), torch.full((1, 3), 10.0)],
         {"dim": 1, "reduce": "mean", "include_self": False})


def index_selects():
    for dtype in DTYPES:
        x = sample(dtype, (3, 4))
        call(f"index_select/{short(dtype)}/dim0", "index_select", [x, long([2, 0, 2])], {"dim": 0})
        call(f"index_select/{short(dtype)}/dim1", "index_select", [x, long([3, 0, 3, 1])], {"dim": 1})
    x = sample(torch.float32, (3, 4))
    cube = sample(torch.float32, (2, 3, 4))
    call("index_select/float32/int32", "index_select", [x, torch.tensor([1, 1], dtype=torch.int32)], {"dim": 1})
    call("index_select/float32/zero_dim_index", "index_select", [x, long(2)], {"dim": 1})
    call("index_select/float32/zero_dim_self", "index_select", [torch.tensor(5.0), long([0, 0])], {"dim": 0})
    call("index_select/float32/zero_dim_self_out_of_range", "index_select", [torch.tensor(5.0), long([1])], {"dim": 0})
    call("index_select/float32/empty_index", "index_select", [x, torch.zeros(0, dtype=torch.int64)], {"dim": 0})
    call("index_select/float32/transposed", "index_select", [View(x, ["transpose"]), long([2, 2, 0])], {"dim": 1})
    call("index_select/float32/cube_dim1", "index_select", [cube, long([2, 0])], {"dim": -2})
    call("index_select/float32/sliced_index", "index_select", [x, View(long([0, 9, 2, 9, 1]), ["slice", 0, 2])], {"dim": 0})
    call("index_select/float32/out_of_range_dim0", "index_select", [x, long([3])], {"dim": 0})
    call("index_select/float32/negative_dim0", "index_select", [x, long([-1])], {"dim": 0})
    call("index_select/float32/out_of_range_dim1", "index_select", [x, long([0, 4])], {"dim": 1})
    call("index_select/float32/negative_cube_dim2", "index_select", [cube, long([-2])], {"dim": 2})
    call("index_select/float32/vector_out_of_range", "index_select", [torch.arange(4.0), long([4])], {"dim": 0})
    call("index_select/float32/empty_self", "index_select", [torch.zeros(0, 3), long([0])], {"dim": 0})
    call("index_select/float32/empty_self_columns", "index_select", [torch.zeros(2, 0), long([1, 0])], {"dim": 0})
    call("index_select/float32/empty_self_out_of_range", "index_select", [torch.zeros(2, 0), long([5])], {"dim": 0})
    call("index_select/float32/matrix_index", "index_select", [x, long([[1]])], {"dim": 1})
    call("index_select/float32/float_index", "index_select", [x, torch.tensor([1.0])], {"dim": 1})
    call("index_select/float32/large", "index_select", [Generated(torch.float32, (65, 1031), 9), torch.randint(0, 65, (200,))], {"dim": 0})


def index_updates():
    for dtype in DTYPES:
        name = short(dtype)
        self, source = sample(dtype, (3, 4)), sample(dtype, (3, 4)).flip(1)
        call(f"index_add/{name}", "index_add", [self, long([0, 2, 0]), source], {"dim": 0})
        call(f"index_copy/{name}", "index_copy", [self, long([3, 0, 1, 2]), source], {"dim": 1})
        fill = True if dtype == torch.bool else 7 if not dtype.is_floating_point else -2.5
        call(f"index_fill/{name}", "index_fill", [self, long([3, -1, 0]), fill], {"dim": 1})
    x, zeros = sample(torch.float32, (3, 4)), torch.zeros(3, 4)
    call("index_add/float32/alpha", "index_add", [zeros, long([0, 0, 2]), x], {"dim": 0, "alpha": 2})
    call("index_add/float32/alpha_half", "index_add", [zeros, long([1, 1, 1, 1]), x], {"dim": 1, "alpha": -0.5})
    call("index_add/int64/float_alpha", "index_add", [zeros.long(), long([0, 0, 2]), sample(torch.int64)], {"dim": 0, "alpha": 2.5})
    call("index_add/bool/alpha", "index_add", [zeros.bool(), long([0, 0, 2]), sample(torch.bool)], {"dim": 0, "alpha": 2})
    call("index_add/float32/int32_index", "index_add", [zeros, torch.tensor([0, 0, 2], dtype=torch.int32), x], {"dim": 0})
    call("index_add/float32/vector", "index_add", [torch.zeros(4), long([1, 1]), torch.ones(2)], {"dim": 0, "alpha": 3})
    call("index_add/float32/broadcast_slices", "index_add", [torch.zeros(2, 4), long([1, 1]), torch.ones(2)], {"dim": 0, "alpha": 3})
    call("index_add/float32/zero_dim", "index_add", [torch.tensor(1.0), long([0]), torch.tensor(5.0)], {"dim": 0})
    call("index_add/float32/transposed_source", "index_add", [zeros, long([3, 3, 0]), View(sample(torch.float32, (3, 3)), ["transpose"])], {"dim": 1})
    call("index_add/float32/out_of_range", "index_add", [zeros, long([0, 3, 2]), x], {"dim": 0})
    call("index_add/float32/negative", "index_add", [zeros, long([0, -1, 2]), x], {"dim": 0})
    call("index_add/float32/count", "index_add", [zeros, long([0, 1]), x], {"dim": 0})
    call("index_add/float32/slice_shape", "index_add", [zeros, long([0, 1, 2]), x[:, :2].clone()], {"dim": 0})
    call("index_add/float32/source_dtype", "index_add", [zeros, long([0, 1, 2]), x.double()], {"dim": 0})
    call("index_add/float32/matrix_index", "index_add", [zeros, long([[0, 1, 2]]), x], {"dim": 0})
    call("index_add/float32/float_index", "index_add", [zeros, torch.tensor([0.0, 1, 2]), x], {"dim": 0})
    call("index_add/float32/source_vector", "index_add", [zeros, long([0, 1, 2]), x[0].clone()], {"dim": 0})
    call("index_add/float32/source_rank", "index_add", [zeros, long([0, 1, 2]), torch.ones(3)], {"dim": 1})
    call("index_add_/float32/transposed_view", "index_add_", [View(zeros.clone(), ["transpose"]), long([2, 2]), torch.ones(2, 3)], {"dim": 0, "alpha": 2})
    call("index_add/float32/large", "index_add", [Generated(torch.float32, (65, 1031), 10), torch.randint(0, 65, (300,)), Generated(torch.float32, (300, 1031), 11)], {"dim": 0})
    cube = torch.zeros(2, 3, 4)
    call("index_copy/float32/zero_dim", "index_copy", [torch.tensor(1.0), long([0]), torch.tensor(5.0)], {"dim": 0})
    call("index_copy/float32/zero_dim_index", "index_copy", [cube, long(1), torch.ones(1, 3, 4)], {"dim": 0})
    call("index_copy/float32/out_of_range", "index_copy", [zeros, long([4, 0, 1, 2]), x], {"dim": 1})
    call("index_copy/float32/negative", "index_copy", [zeros, long([-1, 0, 1, 2]), x], {"dim": 1})
    call("index_copy/float32/int32_index", "index_copy", [zeros, torch.tensor([3, 0, 1, 2], dtype=torch.int32), x], {"dim": 1})
    call("index_copy/float32/count", "index_copy", [zeros, long([3, 0, 1]), x], {"dim": 1})
    call("index_copy/float32/source_dtype", "index_copy", [zeros, long([3, 0, 1, 2]), x.int()], {"dim": 1})
    call("index_copy/float32/slice_shape", "index_copy", [cube, long([0, 1, 2]), torch.zeros(2, 3, 5)], {"dim": 1})
    call("index_copy/float32/slice_shape_dim0", "index_copy", [cube, long([0, 1]), torch.zeros(2, 2, 5)], {"dim": 0})
    call("index_copy/float32/scalar_source", "index_copy", [cube, long([0, 1]), torch.tensor(1.0)], {"dim": 0})
    call("index_copy/float32/source_rank", "index_copy", [cube, long([0, 1]), torch.zeros(2, 3)], {"dim": 0})
    call("index_copy/float32/matrix_index", "index_copy", [zeros, long([[3, 0, 1, 2]]), x], {"dim": 1})
    call("index_copy_/float32/sliced_view", "index_copy_", [View(torch.zeros(3, 8), ["slice", 1, 2]), long([1, 3]), torch.ones(3, 2)], {"dim": 1})
    call("index_fill/int64/float_value", "index_fill", [sample(torch.int64), long([3, 0]), -2.5], {"dim": 1})
    call("index_fill/float32/tensor_value", "index_fill", [x, long([3, 0]), torch.tensor(7.0)], {"dim": 1})
    call("index_fill/float32/int_tensor_value", "index_fill", [x, long([1]), torch.tensor(3)], {"dim": 0})
    call("index_fill/float32/vector_value", "index_fill", [x, long([3, 0]), torch.tensor([7.0])], {"dim": 1})
    call("index_fill/float32/zero_dim", "index_fill", [torch.tensor(3.0), long(0), 1.0], {"dim": 0})
    call("index_fill/float32/out_of_range", "index_fill", [x, long([4]), 1.0], {"dim": 1})
    call("index_fill/float32/negative_out_of_range", "index_fill", [x, long([-5]), 1.0], {"dim": 1})
    call("index_fill/float32/int32_index", "index_fill", [x, torch.tensor([1], dtype=torch.int32), 1.0], {"dim": 1})
    call("index_fill/float32/matrix_index", "index_fill", [x, long([[1]]), 1.0], {"dim": 1})
    call("index_fill/uint8/overflow", "index_fill", [sample(torch.uint8), long([1]), 300], {"dim": 1})
    call("index_fill/float32/dim_out_of_range", "index_fill", [x, long([1]), 1.0], {"dim": 2})
    call("index_fill_/float32/transposed_view", "index_fill_", [View(x.clone(), ["transpose"]), long([0, 2]), 9.0], {"dim": 1})


def index_puts():
    x = sample(torch.float32, (3, 4))
    for accumulate in [False, True]:
        call(f"index_put/float32/pairs/accumulate={accumulate}", "index_put", [x, [long([0, 2, 0]), long([1, 1, 1])], torch.tensor([1.0, 2.0, 4.0])], {"accumulate": accumulate} if accumulate else {})
        call(f"index_put/int64/rows/accumulate={accumulate}", "index_put", [sample(torch.int64), [long([2, 2])], long([1, 2, 3, 4])], {"accumulate": accumulate})
        call(f"index_put/bool/mask/accumulate={accumulate}", "index_put", [sample(torch.bool), [sample(torch.bool).logical_not()], torch.tensor(True)], {"accumulate": accumulate})
    call("index_put_/float32/transposed_view", "index_put_", [View(x.clone(), ["transpose"]), [long([0, 3])], torch.tensor([-1.0, -2.0, -3.0])], {"accumulate": True})
    call("index_put/float32/dtype_mismatch", "index_put", [x, [long([0])], torch.tensor([1.0], dtype=torch.float64)])


def masks():
    mask = torch.tensor([True, False, True, False])
    for dtype in DTYPES:
        x = sample(dtype, (3, 4))
        fill = True if dtype == torch.bool else 7 if not dtype.is_floating_point else -1.5
        call(f"masked_fill/{short(dtype)}", "masked_fill", [x, mask, fill])
        call(f"masked_select/{short(dtype)}", "masked_select", [x, mask])
        call(f"masked_scatter/{short(dtype)}", "masked_scatter", [x, mask, sample(dtype, (3, 4)).flip(0)])
    x = sample(torch.float32, (3, 4))
    call("masked_fill/float32/tensor_value", "masked_fill", [x, mask, torch.tensor(2.0)])
    call("masked_fill/float32/int_tensor_value", "masked_fill", [x, mask, torch.tensor(2)])
    call("masked_fill/int64/float_tensor_value", "masked_fill", [sample(torch.int64), mask, torch.tensor(2.5)])
    call("masked_fill/float32/vector_value", "masked_fill", [x, mask, torch.tensor([2.0])])
    call("masked_fill/float32/broadcast_self", "masked_fill", [torch.arange(4.0), torch.tensor([[True], [False]]), -1.5])
    call("masked_fill/float32/zero_dim_mask", "masked_fill", [x, torch.tensor(True), 2.0])
    call("masked_fill/float32/zero_dim_self", "masked_fill", [torch.tensor(1.0), torch.tensor([True, False]), 5.0])
    call("masked_fill/float32/zero_dim_both", "masked_fill", [torch.tensor(1.0), torch.tensor(True), 5.0])
    call("masked_fill/float32/empty", "masked_fill", [torch.zeros(0, 4), mask, 5.0])
    call("masked_scatter/float32/zero_dim_both", "masked_scatter", [torch.tensor(1.0), torch.tensor(True), torch.tensor([4.0, 5.0])])
    call("masked_select/float32/zero_dim_false", "masked_select", [torch.tensor(2.0), torch.tensor(False)])
    call("masked_fill/float32/uint8_mask", "masked_fill", [x, mask.to(torch.uint8), 0.5])
    call("masked_fill/int64/truncated", "masked_fill", [sample(torch.int64), mask, 2.7])
    call("masked_fill/int8/overflow", "masked_fill", [sample(torch.int8), mask, 200])
    call("masked_fill/int64/nan", "masked_fill", [sample(torch.int64), mask, NAN])
    call("masked_fill/float32/shape", "masked_fill", [x, torch.tensor([True, False]), 1.0])
    call("masked_fill/float32/transposed", "masked_fill", [View(x, ["transpose"]), torch.tensor([True, False, True]), 0.0])
    call("masked_fill_/float32/sliced_view", "masked_fill_", [View(sample(torch.float32, (3, 8)), ["slice", 1, 2]), mask, 9.0])
    call("masked_fill_/float32/broadcast_self", "masked_fill_", [torch.arange(4.0), torch.tensor([[True], [False]]), -1.5])
    call("masked_fill/float32/large", "masked_fill", [Generated(torch.float32, (65, 1031), 12), Generated(torch.bool, (1031,), 13), 0.25])
    call("masked_select/float32/broadcast_self", "masked_select", [torch.arange(4.0), torch.tensor([[True], [False], [True]])])
    call("masked_select/float32/uint8_mask", "masked_select", [x, mask.to(torch.uint8)])
    call("masked_select/float32/int_mask", "masked_select", [x, mask.long()])
    call("masked_select/float32/shape", "masked_select", [x, torch.tensor([True, False])])
    call("masked_select/float32/zero_dim", "masked_select", [torch.tensor(2.0), torch.tensor(True)])
    call("masked_select/float32/transposed_mask", "masked_select", [x, View(sample(torch.bool, (4, 3)), ["transpose"])])
    call("masked_scatter/float32/few_source", "masked_scatter", [x, mask, torch.arange(100.0, 103.0)])
    call("masked_scatter/float32/source_dtype", "masked_scatter", [x, mask, torch.arange(100, 112)])
    call("masked_scatter/float32/broadcast_self", "masked_scatter", [torch.arange(4.0), torch.tensor([[True], [False]]), torch.arange(100.0, 112.0)])
    call("masked_scatter/float32/uint8_mask", "masked_scatter", [x, mask.to(torch.uint8), torch.arange(100.0, 112.0)])
    call("masked_scatter/float32/empty_source", "masked_scatter", [x, torch.zeros(4, dtype=torch.bool), torch.zeros(0)])
    call("masked_scatter/float32/matrix_source", "masked_scatter", [x, sample(torch.bool), View(sample(torch.float32, (4, 3)), ["transpose"])])
    rec.case("masked_scatter_/float32/transposed_view", "masked_scatter_",
             [View(x.clone(), ["transpose"]), torch.tensor([True, False, True]), torch.arange(100.0, 112.0)],
             lambda v, m, s: v.copy_(v.contiguous().masked_scatter_(m, s)), inplace=True,
             note="source taken in row-major order of the view, as NumPy's place; PyTorch 1.13 takes it in memory order")


def nonzeros_and_takes():
    cube = sample(torch.int64, (2, 3, 4)) % 3
    for x, name in [(cube, "cube"), (sample(torch.float32, (3, 4)), "float32"), (torch.tensor(3.0), "zero_dim"),
                    (torch.tensor(0.0), "zero_dim_zero"), (torch.zeros(0, 3), "empty"), (sample(torch.bool, (5,)), "bool")]:
        call(f"nonzero_as_tuple/{name}", "nonzero_as_tuple", [x])
        call(f"argwhere/{name}", "argwhere", [x])
    call("argwhere/transposed", "argwhere", [View(sample(torch.int64, (3, 4)) % 2, ["transpose"])])
    for dtype in DTYPES:
        x = sample(dtype, (3, 4))
        call(f"take/{short(dtype)}", "take", [x, long([[0, -1], [5, 2]])])
        call(f"put/{short(dtype)}", "put", [x, long([0, -1, 5]), sample(dtype, (3,)).flip(0)])
    x = sample(torch.float32, (3, 4))
    call("take/float32/transposed", "take", [View(x, ["transpose"]), long([1, 4, 11])])
    call("take/float32/zero_dim", "take", [torch.tensor(4.0), long(0)])
    call("take/float32/empty", "take", [torch.zeros(0), torch.zeros(0, dtype=torch.int64)])
    call("take/float32/empty_source", "take", [torch.zeros(0), long([0])])
    call("take/float32/out_of_range", "take", [x, long([12])])
    call("take/float32/negative_out_of_range", "take", [x, long([-13])])
    call("take/float32/int32_index", "take", [x, torch.tensor([1], dtype=torch.int32)])
    call("take/float32/large", "take", [Generated(torch.float32, (65, 1031), 14), torch.randint(-65 * 1031, 65 * 1031, (400, 100))])
    call("put/float32/accumulate", "put", [x, long([0, -1, 0]), torch.tensor([9.0, 8.0, 7.0])], {"accumulate": True})
    call("put/bool/accumulate", "put", [sample(torch.bool), long([1, 1]), torch.tensor([True, True])], {"accumulate": True})
    call("put/float16/accumulate", "put", [sample(torch.float16), long([5, 5]), torch.ones(2).half()], {"accumulate": True})
    call("put/float32/matrix_source", "put", [x, long([[1, 2]]), torch.tensor([9.0, 8.0])])
    call("put/float32/zero_dim", "put", [torch.tensor(1.0), long([-1]), torch.tensor([3.0])])
    call("put/float32/empty_self", "put", [torch.zeros(0), long([0]), torch.tensor([1.0])])
    call("put/float32/out_of_range", "put", [x, long([12]), torch.tensor([9.0])])
    call("put/float32/count", "put", [x, long([1, 2]), torch.tensor([9.0])])
    call("put/float32/source_dtype", "put", [x, long([1]), long([9])])
    call("put/float32/int32_index", "put", [x, torch.tensor([1], dtype=torch.int32), torch.tensor([9.0])])
    call("put_/float32/transposed_view", "put_", [View(x.clone(), ["transpose"]), long([1, 4]), torch.tensor([-9.0, -8.0])])
    call("put_/float32/accumulate_view", "put_", [View(sample(torch.float32, (3, 8)), ["slice", 1, 2]), long([0, 0, 11]), torch.ones(3)], {"accumulate": True})
    for classes, name in [(-1, "inferred"), (5, "given")]:
        call(f"one_hot/{name}", "nn.functional.one_hot", [long([[0, 2], [1, 0]])], {"num_classes": classes})
    call("one_hot/zero_dim", "nn.functional.one_hot", [long(2)], {"num_classes": 3})
    call("one_hot/empty_given", "nn.functional.one_hot", [torch.zeros(0, dtype=torch.int64)], {"num_classes": 3})
    call("one_hot/empty_inferred", "nn.functional.one_hot", [torch.zeros(0, dtype=torch.int64)])
    call("one_hot/too_small", "nn.functional.one_hot", [long([0, 2, 1])], {"num_classes": 2})
    call("one_hot/negative", "nn.functional.one_hot", [long([0, -2, 1])])
    call("one_hot/int32", "nn.functional.one_hot", [torch.tensor([0, 2], dtype=torch.int32)])
    call("one_hot/transposed", "nn.functional.one_hot", [View(long([[0, 1, 2], [2, 1, 0]]), ["transpose"])])


gathers()
scatters()
scatter_reductions()
index_selects()
index_updates()
index_puts()
masks()
nonzeros_and_takes()
rec.write()
