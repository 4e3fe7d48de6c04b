"""Joining and reshaping-with-copies golden data: writes tests/Flint.Tests/Golden/joining.{json,safetensors}
(format: op_calls.py). cat and its aliases, the stacks, repeat, tile, repeat_interleave, flip, fliplr, flipud, roll,
rot90, meshgrid, cartesian_prod, combinations, nn.functional.pad and take_along_dim: every dtype, promotion across
inputs, non-contiguous and expanded operands, 0-d and empty inputs, inputs above the threaded grain (65 x 1031),
and PyTorch's errors. Outputs record their strides (flip keeps a transposed input's layout, meshgrid returns views).
"""
import warnings

import torch
import torch.nn.functional as F

from op_calls import DTYPES, Generated, Recorder, View, sample
from op_cases import short

warnings.simplefilter("ignore")  # meshgrid's indexing warning
NAN, INF = float("nan"), float("inf")
rec = Recorder("joining")
case = rec.case

OPS = {
    "cat": lambda ts, **k: torch.cat(ts, **k),
    "concat": lambda ts, **k: torch.concat(ts, **k),
    "concatenate": lambda ts, **k: torch.concatenate(ts, **k),
    "stack": lambda ts, **k: torch.stack(ts, **k),
    "hstack": lambda ts: torch.hstack(ts), "vstack": lambda ts: torch.vstack(ts),
    "row_stack": lambda ts: torch.row_stack(ts), "dstack": lambda ts: torch.dstack(ts),
    "column_stack": lambda ts: torch.column_stack(ts),
    "repeat": lambda x, **k: x.repeat(*k["repeats"]),
    "tile": lambda x, **k: x.tile(k["reps"]),
    "repeat_interleave": lambda x, r=None, **k: torch.repeat_interleave(x) if r is None else x.repeat_interleave(r, **k),
    "flip": lambda x, **k: x.flip(k["dims"]), "fliplr": lambda x: x.fliplr(), "flipud": lambda x: x.flipud(),
    "roll": lambda x, **k: x.roll(**k),
    "rot90": lambda x, **k: x.rot90(**k),
    "meshgrid": lambda ts, **k: torch.meshgrid(ts, **k),
    "cartesian_prod": lambda ts: torch.cartesian_prod(*ts),
    "combinations": lambda x, **k: torch.combinations(x, **k),
    "nn.functional.pad": lambda x, **k: F.pad(x, **k),
    "take_along_dim": lambda x, i, **k: torch.take_along_dim(x, i, **k),
}


def call(case_id, op, inputs, kwargs=None, **options):
    case(case_id, op, inputs, OPS[op], kwargs, **options)


def joins():
    for dtype in DTYPES:
        name = short(dtype)
        a, b = sample(dtype, (3, 4)), sample(dtype, (2, 4))
        call(f"cat/{name}/dim0", "cat", [[a, b]], {"dim": 0})
        call(f"cat/{name}/dim-1", "cat", [[a, sample(dtype, (3, 2))]], {"dim": -1})
        call(f"stack/{name}/dim1", "stack", [[a, a.flip(0)]], {"dim": 1})
    x = sample(torch.float32, (3, 4))
    for index, (left, right) in enumerate([(torch.int32, torch.float16), (torch.bool, torch.uint8), (torch.uint8, torch.int8),
                                           (torch.float16, torch.bfloat16), (torch.int64, torch.float64), (torch.bool, torch.int8)]):
        call(f"cat/{short(left)}_{short(right)}/promotion{index}", "cat", [[sample(left), sample(right, (2, 4))]])
        call(f"stack/{short(left)}_{short(right)}/promotion{index}", "stack", [[sample(left), sample(right)]], {"dim": 2})
    call("cat/float32/three", "cat", [[sample(torch.float32, (2, 3, 1)), sample(torch.float32, (2, 3, 4)), sample(torch.float32, (2, 3, 2))]], {"dim": 2})
    call("cat/float32/single", "cat", [[x]])
    call("cat/float32/transposed", "cat", [[View(x, ["transpose"]), View(x.clone(), ["transpose"])]], {"dim": 1})
    call("cat/float32/sliced_expanded", "cat", [[View(sample(torch.float32, (4, 4)), ["slice", 0, 2]), View(x[:1].clone(), ["expand", [3, 4]])]])
    call("cat/int64/legacy_empty_first", "cat", [[torch.zeros(0), sample(torch.int64)]], {"dim": 1})
    call("cat/float32/legacy_empty_between", "cat", [[x, torch.zeros(0, dtype=torch.int64), x]], {"dim": -1})
    call("cat/float32/all_legacy_empty", "cat", [[torch.zeros(0), torch.zeros(0, dtype=torch.int32)]], {"dim": 3})
    call("cat/float32/empty_2d", "cat", [[torch.zeros(0, 4), x]])
    call("cat/float32/empty_2d_mismatch", "cat", [[torch.zeros(0, 3), x]])
    call("cat/float32/size_mismatch", "cat", [[x, x, torch.zeros(2, 5)]], {"dim": 0})
    call("cat/float32/size_mismatch_dim1", "cat", [[x, torch.zeros(4, 4)]], {"dim": 1})
    call("cat/float32/rank_mismatch", "cat", [[x, torch.zeros(4)]])
    call("cat/float32/zero_dim", "cat", [[x, torch.tensor(1.0)]])
    call("cat/float32/no_tensors", "cat", [[]])
    call("cat/float32/dim_out_of_range", "cat", [[x, x]], {"dim": 2})
    call("concat/float32/alias", "concat", [[x, x]], {"dim": 1})
    call("concatenate/float32/alias", "concatenate", [[x, x]])
    call("stack/float32/zero_dim", "stack", [[torch.tensor(1.5), torch.tensor(-2.0)]])
    call("stack/float32/last", "stack", [[x, x]], {"dim": -1})
    call("stack/float32/empty_inputs", "stack", [[torch.zeros(0), torch.zeros(0)]])
    call("stack/float32/size_mismatch", "stack", [[x, x[:2]]], {"dim": 1})
    call("stack/float32/no_tensors", "stack", [[]])
    call("stack/float32/dim_out_of_range", "stack", [[x, x]], {"dim": 3})
    vector, scalar = torch.arange(3.0), torch.tensor(7.0)
    for op in ["hstack", "vstack", "row_stack", "dstack", "column_stack"]:
        call(f"{op}/float32/vectors", op, [[vector, vector * 2]])
        call(f"{op}/float32/scalars", op, [[scalar, scalar + 1]])
        call(f"{op}/float32/matrices", op, [[x, x * 2]])
        call(f"{op}/float32/cubes", op, [[x[None], x[None] * 2]])
        call(f"{op}/float32/no_tensors", op, [[]])
    call("hstack/float32/vector_and_scalar", "hstack", [[vector, scalar]])
    call("vstack/float32/matrix_and_vector", "vstack", [[x, torch.arange(4.0)]])
    call("column_stack/int64/vector_and_matrix", "column_stack", [[torch.arange(3), sample(torch.int64, (3, 2))]])
    call("dstack/int32/mixed", "dstack", [[sample(torch.int32, (1, 4)), sample(torch.int32, (4,))]])
    call("cat/float32/large_dim0", "cat", [[Generated(torch.float32, (65, 1031), 1), Generated(torch.float32, (30, 1031), 2)]])
    call("cat/float64/large_dim1", "cat", [[Generated(torch.float64, (65, 1031), 3, view=["slice", 1, 2]), Generated(torch.int32, (65, 1031), 4)]], {"dim": 1})
    call("stack/int16/large", "stack", [[Generated(torch.int16, (65, 1031), 5), Generated(torch.int16, (65, 1031), 6)]], {"dim": 1})


def repeats():
    x = sample(torch.float32, (3, 4))
    for dtype in DTYPES:
        call(f"repeat/{short(dtype)}", "repeat", [sample(dtype, (2, 3))], {"repeats": [2, 1, 2]})
        call(f"tile/{short(dtype)}", "tile", [sample(dtype, (2, 3))], {"reps": [2]})
        call(f"repeat_interleave/{short(dtype)}/dim0", "repeat_interleave", [sample(dtype, (3, 4)), torch.tensor([1, 0, 2])], {"dim": 0})
    call("repeat/float32/same_rank", "repeat", [x], {"repeats": [2, 3]})
    call("repeat/float32/transposed", "repeat", [View(x, ["transpose"])], {"repeats": [1, 2]})
    call("repeat/float32/expanded", "repeat", [View(x[:, :1].clone(), ["expand", [3, 4]])], {"repeats": [2, 1]})
    call("repeat/float32/zero_dim", "repeat", [torch.tensor(2.5)], {"repeats": [2, 3]})
    call("repeat/float32/zero_times", "repeat", [x], {"repeats": [0, 2]})
    call("repeat/float32/empty", "repeat", [torch.zeros(0, 2)], {"repeats": [3, 2]})
    call("repeat/float32/too_few", "repeat", [x], {"repeats": [2]})
    call("repeat/float32/negative", "repeat", [x], {"repeats": [-1, 2]})
    call("repeat/float32/large", "repeat", [Generated(torch.float32, (65, 103), 7)], {"repeats": [2, 10]})
    call("tile/float32/more", "tile", [x], {"reps": [2, 1, 3]})
    call("tile/float32/zero_dim_empty", "tile", [torch.tensor(2.5)], {"reps": []})
    call("tile/float32/zero_dim", "tile", [torch.tensor(2.5)], {"reps": [3]})
    call("tile/float32/negative", "tile", [x], {"reps": [-2]})
    call("repeat_interleave/int64/counts", "repeat_interleave", [torch.tensor([1, 2, 0, 3])])
    call("repeat_interleave/int32/counts", "repeat_interleave", [torch.tensor([2, 1], dtype=torch.int32)])
    call("repeat_interleave/int64/counts_2d", "repeat_interleave", [torch.tensor([[1, 2]])])
    call("repeat_interleave/int64/counts_0d", "repeat_interleave", [torch.tensor(2)])
    call("repeat_interleave/float32/counts", "repeat_interleave", [torch.tensor([1.0, 2.0])])
    call("repeat_interleave/int64/counts_negative", "repeat_interleave", [torch.tensor([1, -2])])
    call("repeat_interleave/float32/int_flat", "repeat_interleave", [x, 2])
    call("repeat_interleave/float32/int_dim", "repeat_interleave", [x, 3], {"dim": -1})
    call("repeat_interleave/float32/int_negative", "repeat_interleave", [x, -1])
    call("repeat_interleave/float32/tensor_0d", "repeat_interleave", [x, torch.tensor(2)], {"dim": 1})
    call("repeat_interleave/float32/tensor_one", "repeat_interleave", [x, torch.tensor([2])], {"dim": 1})
    call("repeat_interleave/float32/int32_repeats", "repeat_interleave", [View(x, ["transpose"]), torch.tensor([1, 0, 2, 1], dtype=torch.int32)], {"dim": 0})
    call("repeat_interleave/float32/size_mismatch", "repeat_interleave", [x, torch.tensor([1, 0])], {"dim": 0})
    call("repeat_interleave/float32/negative", "repeat_interleave", [x, torch.tensor([1, -1, 2])], {"dim": 0})
    call("repeat_interleave/float32/repeats_2d", "repeat_interleave", [x, torch.tensor([[1, 0, 2]])], {"dim": 0})
    call("repeat_interleave/float32/float_repeats", "repeat_interleave", [x, torch.tensor([1.0, 0, 2])], {"dim": 0})
    call("repeat_interleave/float32/zero_dim_input", "repeat_interleave", [torch.tensor(5.0), 3])
    call("repeat_interleave/float32/zero_dim_input_dim", "repeat_interleave", [torch.tensor(5.0), 3], {"dim": 0})
    call("repeat_interleave/float32/empty", "repeat_interleave", [torch.zeros(0, 3), 2], {"dim": 0})


def flips():
    x = sample(torch.float32, (3, 4))
    cube = sample(torch.int64, (2, 3, 4))
    for dtype in DTYPES:
        call(f"flip/{short(dtype)}", "flip", [sample(dtype, (3, 4))], {"dims": [0, 1]})
        call(f"roll/{short(dtype)}", "roll", [sample(dtype, (3, 4))], {"shifts": 1, "dims": 1})
    for dims in [[0], [1], [-1], [0, 2], [2, 0, 1], []]:
        call(f"flip/int64/dims={dims}", "flip", [cube], {"dims": dims})
    call("flip/float32/transposed", "flip", [View(x, ["transpose"])], {"dims": [0]})
    call("flip/float32/sliced", "flip", [View(sample(torch.float32, (3, 8)), ["slice", 1, 3])], {"dims": [1]})
    call("flip/float32/expanded", "flip", [View(x[:1].clone(), ["expand", [3, 4]])], {"dims": [1]})
    call("flip/float32/zero_dim", "flip", [torch.tensor(1.5)], {"dims": [0]})
    call("flip/float32/empty", "flip", [torch.zeros(0, 3)], {"dims": [0, 1]})
    call("flip/float32/duplicate", "flip", [x], {"dims": [0, -2]})
    call("flip/float32/out_of_range", "flip", [x], {"dims": [2]})
    call("flip/float32/large", "flip", [Generated(torch.float32, (65, 1031), 8)], {"dims": [1]})
    call("flip/float16/large_transposed", "flip", [Generated(torch.float16, (1031, 65), 9, view=["transpose"])], {"dims": [0, 1]})
    call("fliplr/float32", "fliplr", [cube.float()])
    call("fliplr/float32/vector", "fliplr", [torch.arange(3.0)])
    call("flipud/int64", "flipud", [cube])
    call("flipud/float32/zero_dim", "flipud", [torch.tensor(3.0)])
    for shifts, dims in [(1, None), (-5, None), (13, None), (2, 0), (-7, 1), ((1, -1), (0, 1)), ((2, 1, 5), (2, 0, 2))]:
        kwargs = {"shifts": shifts} if dims is None else {"shifts": shifts, "dims": dims}
        call(f"roll/int64/shifts={shifts}/dims={dims}", "roll", [cube], kwargs)
    call("roll/float32/transposed", "roll", [View(x, ["transpose"])], {"shifts": 1, "dims": 0})
    call("roll/float32/transposed_flat", "roll", [View(x, ["transpose"])], {"shifts": 3})
    call("roll/float32/empty", "roll", [torch.zeros(0, 3)], {"shifts": 1, "dims": 0})
    call("roll/float32/zero_dim", "roll", [torch.tensor(3.0)], {"shifts": 1})
    call("roll/float32/zero_dim_dim", "roll", [torch.tensor(3.0)], {"shifts": 1, "dims": 0})
    call("roll/float32/misaligned", "roll", [x], {"shifts": (1, -1), "dims": (0,)})
    call("roll/float32/shifts_without_dims", "roll", [x], {"shifts": (1, 2)})
    call("roll/float32/large", "roll", [Generated(torch.float32, (65, 1031), 10)], {"shifts": 100, "dims": 1})
    for k in [0, 1, 2, 3, -1, 5, -6]:
        call(f"rot90/float32/k={k}", "rot90", [x], {"k": k})
        call(f"rot90/int64/k={k}/dims", "rot90", [cube], {"k": k, "dims": [2, 0]})
    call("rot90/float32/transposed_k0", "rot90", [View(x, ["transpose"])], {"k": 0})
    call("rot90/float32/negative_dims", "rot90", [cube.float()], {"k": 1, "dims": [-1, 0]})
    call("rot90/float32/vector", "rot90", [torch.arange(3.0)])
    call("rot90/float32/same_dims", "rot90", [x], {"k": 1, "dims": [0, 0]})
    call("rot90/float32/same_dims_mod", "rot90", [x], {"k": 1, "dims": [0, -2]})
    call("rot90/float32/three_dims", "rot90", [cube], {"k": 1, "dims": [0, 1, 2]})
    call("rot90/float32/dim_out_of_range", "rot90", [cube], {"k": 1, "dims": [0, 3]})


def grids():
    a, b, c = torch.arange(3), torch.arange(2) * 10, torch.arange(4) - 2
    for indexing in ["ij", "xy"]:
        call(f"meshgrid/int64/two/{indexing}", "meshgrid", [[a, b]], {"indexing": indexing})
        call(f"meshgrid/int64/three/{indexing}", "meshgrid", [[a, b, c]], {"indexing": indexing})
        call(f"meshgrid/int64/one/{indexing}", "meshgrid", [[a]], {"indexing": indexing})
        call(f"meshgrid/float32/zero_dim/{indexing}", "meshgrid", [[torch.tensor(1.5), torch.arange(2.0)]], {"indexing": indexing})
    call("meshgrid/float32/sliced", "meshgrid", [[View(torch.arange(6.0), ["slice", 0, 2]), torch.arange(2.0)]], {"indexing": "ij"})
    call("meshgrid/float32/bad_indexing", "meshgrid", [[a, a]], {"indexing": "ab"})
    call("meshgrid/int64/dtypes", "meshgrid", [[a, b.int()]], {"indexing": "ij"})
    call("meshgrid/int64/no_tensors", "meshgrid", [[]], {"indexing": "ij"})
    call("meshgrid/int64/matrix", "meshgrid", [[sample(torch.int64), a]], {"indexing": "ij"}, cut="but got:")
    call("cartesian_prod/int64/two", "cartesian_prod", [[a, b]])
    call("cartesian_prod/float32/three", "cartesian_prod", [[a.float(), b.float(), c.float()]])
    call("cartesian_prod/int64/one", "cartesian_prod", [[a]])
    call("cartesian_prod/int64/matrix", "cartesian_prod", [[sample(torch.int64), a]])
    call("cartesian_prod/int64/dtypes", "cartesian_prod", [[a, b.int()]])
    v = torch.tensor([5.0, -1.0, NAN, 2.5])
    for r in [0, 1, 2, 3, 4, 5]:
        for replacement in [False, True]:
            call(f"combinations/float32/r={r}/replacement={replacement}", "combinations", [v], {"r": r, "with_replacement": replacement})
    call("combinations/int64/default", "combinations", [torch.arange(4)])
    call("combinations/bool/default", "combinations", [torch.tensor([True, False, True])])
    call("combinations/float32/empty", "combinations", [torch.zeros(0)])
    call("combinations/float32/sliced", "combinations", [View(torch.arange(8.0), ["slice", 0, 3])], {"r": 2})
    call("combinations/float32/matrix", "combinations", [sample(torch.float32)])
    call("combinations/float32/negative", "combinations", [v], {"r": -1})


def pads():
    x = sample(torch.float32, (3, 4), specials=False)
    x3, x4 = x[None].clone(), torch.arange(24.0).reshape(1, 2, 3, 4)
    x5 = torch.arange(24.0).reshape(1, 1, 2, 3, 4)
    for dtype in DTYPES:
        call(f"pad/{short(dtype)}/constant", "nn.functional.pad", [sample(dtype, (3, 4))], {"pad": [1, 2, 0, 1]})
        call(f"pad/{short(dtype)}/circular", "nn.functional.pad", [sample(dtype, (1, 3, 4))], {"pad": [2, 1], "mode": "circular"})
        call(f"pad/{short(dtype)}/reflect", "nn.functional.pad", [sample(dtype, (1, 3, 4))], {"pad": [2, 1], "mode": "reflect"})
        call(f"pad/{short(dtype)}/replicate", "nn.functional.pad", [sample(dtype, (1, 3, 4))], {"pad": [2, 1], "mode": "replicate"})
        call(f"pad/{short(dtype)}/reflect3d", "nn.functional.pad", [sample(dtype, (1, 2, 3, 4))], {"pad": [1, 1, 1, 1, 1, 0], "mode": "reflect"})
    for pad, value in [((1, 2), 0.0), ((1, 2, -1, 1), 7.5), ((0, 0, 2, 0, 1, 1), -1.0), ((-1, -1), 0.0), ((-2, -2), 0.0),
                       ((-2, -2, 1, 0), 0.0), ((-2, -3, 1, 0), 0.0), ((-5, 0), 0.0), ((1,), 0.0), ((1,) * 10, 0.0), ((), 0.0)]:
        call(f"pad/float32/constant/pad={pad}/value={value}", "nn.functional.pad", [x4], {"pad": pad, "value": value})
    call("pad/int64/constant/truncated_value", "nn.functional.pad", [sample(torch.int64)], {"pad": [1, 1], "value": 2.7})
    call("pad/uint8/constant/negative_value", "nn.functional.pad", [sample(torch.uint8)], {"pad": [1, 1], "value": -1.0})
    call("pad/float16/constant/overflow", "nn.functional.pad", [sample(torch.float16)], {"pad": [1, 1], "value": 1e6})
    call("pad/int32/constant/nan", "nn.functional.pad", [sample(torch.int32)], {"pad": [1, 1], "value": NAN})
    call("pad/float32/constant/transposed", "nn.functional.pad", [View(x4, ["transpose"])], {"pad": [1, 1]})
    call("pad/float32/constant/crop_transposed", "nn.functional.pad", [View(x4, ["transpose"])], {"pad": [-1, -1]})
    call("pad/float32/constant/zero_dim", "nn.functional.pad", [torch.tensor(1.0)], {"pad": [1, 1]})
    call("pad/float32/constant/zero_dim_no_pad", "nn.functional.pad", [torch.tensor(1.0)], {"pad": []})
    call("pad/float32/constant/empty", "nn.functional.pad", [torch.zeros(0, 3)], {"pad": [1, 1, 1, 1]})
    call("pad/float32/constant/large", "nn.functional.pad", [Generated(torch.float32, (65, 1031), 11)], {"pad": [3, 2, 1, 1], "value": 0.5})
    for mode in ["reflect", "replicate", "circular"]:
        for pad in [(2, 1), (-1, -1), (-2, -2), (3, 0), (0, 3), (4, 0), (-1, 2), (-5, 1)]:
            call(f"pad/float32/{mode}/1d/pad={pad}", "nn.functional.pad", [x3], {"pad": pad, "mode": mode})
        for pad in [(1, 1, 2, 0), (0, 0, 3, 0), (1, 1, -3, 0), (-1, 2, 1, -1), (-2, -2, -2, -1), (4, 0, 0, 0)]:
            call(f"pad/float32/{mode}/2d/pad={pad}", "nn.functional.pad", [x4], {"pad": pad, "mode": mode})
            call(f"pad/float32/{mode}/2d_unbatched/pad={pad}", "nn.functional.pad", [x3], {"pad": pad, "mode": mode})
        for pad in [(1, 1, 1, 1, 1, 1), (1, 1, 1, 1, 1, 0), (-1, 2, 1, -1, 1, 0), (4, 0, 0, 0, 0, 0), (0, 0, 3, 0, 0, 0),
                    (0, 0, 0, 0, 2, 0), (-2, -2, -2, -1, -1, -1)]:
            call(f"pad/float32/{mode}/3d/pad={pad}", "nn.functional.pad", [x5], {"pad": pad, "mode": mode})
            call(f"pad/float32/{mode}/3d_unbatched/pad={pad}", "nn.functional.pad", [x4], {"pad": pad, "mode": mode})
        call(f"pad/float32/{mode}/matrix", "nn.functional.pad", [x], {"pad": [2, 1], "mode": mode})
        call(f"pad/float32/{mode}/vector", "nn.functional.pad", [torch.arange(4.0)], {"pad": [2, 1], "mode": mode})
        call(f"pad/float32/{mode}/5d_with_2d_pad", "nn.functional.pad", [x5], {"pad": [1, 1, 1, 1], "mode": mode})
        call(f"pad/float32/{mode}/transposed", "nn.functional.pad", [View(x3, ["transpose"])], {"pad": [1, 2], "mode": mode})
        call(f"pad/float32/{mode}/value", "nn.functional.pad", [x3], {"pad": [1, 1], "mode": mode, "value": 2.0})
        call(f"pad/float32/{mode}/zero_value", "nn.functional.pad", [x3], {"pad": [1, 1], "mode": mode, "value": 0.0})
        call(f"pad/float32/{mode}/empty_batch", "nn.functional.pad", [torch.zeros(0, 3, 4)], {"pad": [1, 1], "mode": mode})
        call(f"pad/float32/{mode}/empty_channels", "nn.functional.pad", [torch.zeros(2, 0, 4)], {"pad": [1, 1], "mode": mode})
        call(f"pad/float32/{mode}/empty_width", "nn.functional.pad", [torch.zeros(2, 3, 0)], {"pad": [1, 1], "mode": mode})
        call(f"pad/float32/{mode}/empty_first_unbatched", "nn.functional.pad", [torch.zeros(0, 3)], {"pad": [1, 1], "mode": mode})
        call(f"pad/float32/{mode}/2d_empty_channels", "nn.functional.pad", [torch.zeros(2, 0, 4, 4)], {"pad": [1, 1, 1, 1], "mode": mode})
        call(f"pad/float32/{mode}/2d_empty_first_unbatched", "nn.functional.pad", [torch.zeros(0, 3, 3)], {"pad": [1, 1, 1, 1], "mode": mode})
        call(f"pad/float32/{mode}/3d_empty_batch", "nn.functional.pad", [torch.zeros(0, 2, 3, 4)], {"pad": [1, 1, 1, 1, 1, 1], "mode": mode})
        call(f"pad/float32/{mode}/large", "nn.functional.pad", [Generated(torch.float32, (2, 65, 515), 12)], {"pad": [2, 3], "mode": mode})
    call("pad/float32/unknown_mode", "nn.functional.pad", [x3], {"pad": [1, 1], "mode": "foo"})
    call("pad/float32/reflect/empty_pad", "nn.functional.pad", [x3], {"pad": [], "mode": "reflect"})


def takes():
    x = sample(torch.float32, (3, 4))
    for dtype in DTYPES:
        call(f"take_along_dim/{short(dtype)}", "take_along_dim", [sample(dtype, (3, 4)), torch.tensor([[0], [2], [1]])], {"dim": 1})
    call("take_along_dim/float32/broadcast", "take_along_dim", [x, torch.tensor([[2, 0, 1, 1]])], {"dim": 0})
    call("take_along_dim/float32/broadcast_index", "take_along_dim", [View(x[:, :1].clone(), ["expand", [3, 4]]), torch.tensor([[0], [0], [0]])], {"dim": 1})
    call("take_along_dim/float32/no_dim", "take_along_dim", [x, torch.tensor([[0, 11], [5, 3]])])
    call("take_along_dim/float32/no_dim_transposed", "take_along_dim", [View(x, ["transpose"]), torch.tensor([0, 1])])
    call("take_along_dim/float32/transposed", "take_along_dim", [View(x, ["transpose"]), torch.tensor([[2], [0], [1], [1]])], {"dim": 1})
    call("take_along_dim/float32/int32_index", "take_along_dim", [x, torch.tensor([[0]], dtype=torch.int32)], {"dim": 0})
    call("take_along_dim/float32/rank_mismatch", "take_along_dim", [x, torch.tensor([0, 2])], {"dim": 0})
    call("take_along_dim/float32/shape_mismatch", "take_along_dim", [x, torch.tensor([[0, 2]])], {"dim": 0})
    call("take_along_dim/float32/out_of_range", "take_along_dim", [x, torch.tensor([[3, 0, 0, 0]])], {"dim": 0})
    call("take_along_dim/float32/negative", "take_along_dim", [x, torch.tensor([[-1, 0, 0, 0]])], {"dim": 0})


joins()
repeats()
flips()
grids()
pads()
takes()
rec.write()
