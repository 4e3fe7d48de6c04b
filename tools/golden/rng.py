"""Writes tests/Flint.Tests/Golden/rng.json: PyTorch 1.13 CPU random numbers for Flint's Generator tests.

Run with /usr/bin/python3 (Debian's python3-torch). Each case seeds a fresh torch.Generator, runs its steps
in order on that generator and records every step's output flattened, so that the tests also check the
generator state carried from one call to the next (the cached Box-Muller sample included).
"""
import os
import random
import warnings

import torch

from common import golden_path, write_json

assert torch.__version__.startswith("1.13"), torch.__version__
warnings.filterwarnings("ignore", message=".*out of bounds")  # the float random_ bounds cases warn on purpose


DTYPES = {
    "float32": torch.float32, "float64": torch.float64, "float16": torch.float16, "bfloat16": torch.bfloat16,
    "int64": torch.int64, "int32": torch.int32, "int16": torch.int16, "int8": torch.int8, "uint8": torch.uint8,
    "bool": torch.bool,
}
FLOATS = ["float32", "float64", "float16", "bfloat16"]
INTEGERS = ["int64", "int32", "int16", "int8", "uint8"]
SEEDS = [0, 1, 42, 12345, 2**40 + 77, 2**64 - 1]

# Probabilities for the tensor forms come from Python's own generator, never from torch's.
side = random.Random(2024)


def flat(t):
    t = t.reshape(-1)
    if t.dtype == torch.bool:
        return [int(v) for v in t.tolist()]
    if t.dtype in (torch.float16, torch.bfloat16):
        t = t.float()
    return t.tolist()


def run(step, gen):
    op, dtype = step["op"], DTYPES.get(step.get("dtype", "float32"))
    size = step.get("size")
    if op == "uniform":
        return torch.empty(size, dtype=dtype).uniform_(step["from"], step["to"], generator=gen)
    if op == "normal":
        return torch.empty(size, dtype=dtype).normal_(step["mean"], step["std"], generator=gen)
    if op == "random":
        return torch.empty(size, dtype=dtype).random_(generator=gen)
    if op == "random_from":
        return torch.empty(size, dtype=dtype).random_(step["from"], step["to"], generator=gen)
    if op == "bernoulli_scalar":
        return torch.empty(size, dtype=dtype).bernoulli_(step["p"], generator=gen)
    if op == "bernoulli_tensor":
        p = torch.tensor(step["probs"], dtype=DTYPES[step["p_dtype"]])
        return torch.empty(size, dtype=dtype).bernoulli_(p, generator=gen)
    if op == "randperm":
        return torch.randperm(step["n"], dtype=dtype, generator=gen)
    if op == "multinomial":
        probs = torch.tensor(step["probs"], dtype=dtype).reshape(step["rows"], -1)
        if step["rows"] == 1 and step.get("one_d", True):
            probs = probs[0]
        return torch.multinomial(probs, step["samples"], step["replacement"], generator=gen)
    if op == "exponential":
        return torch.empty(size, dtype=dtype).exponential_(step["lambda"], generator=gen)
    if op == "geometric":
        return torch.empty(size, dtype=dtype).geometric_(step["p"], generator=gen)
    if op == "log_normal":
        return torch.empty(size, dtype=dtype).log_normal_(step["mean"], step["std"], generator=gen)
    if op == "cauchy":
        return torch.empty(size, dtype=dtype).cauchy_(step["median"], step["sigma"], generator=gen)
    if op == "state":
        return None
    raise ValueError(op)


def record(name, seed, steps, runner, default_generator=False):
    """Runs the steps on one generator (a fresh one, or the reseeded default) and records what each gives."""
    if default_generator:
        torch.manual_seed(seed)
        gen = None
    else:
        gen = torch.Generator().manual_seed(seed)
    out = []
    for step in steps:
        step = dict(step)
        result = runner(step, gen)
        if step["op"] == "state":
            step["state"] = (torch.get_rng_state() if gen is None else gen.get_state()).numpy().tobytes().hex()
        else:
            step["values"] = flat(result.contiguous())
            step["result_shape"] = list(result.shape)
        out.append(step)
    return {"name": name, "seed": seed if seed < 2**63 else seed - 2**64, "default_generator": default_generator, "steps": out}


def case(name, seed, *steps):
    return record(name, seed, steps, run)


def probs_for(n, p_dtype):
    values = torch.tensor([side.random() for _ in range(n)], dtype=DTYPES[p_dtype])
    return flat(values)


cases = []

for seed in SEEDS:
    for dtype in FLOATS:
        for size in [1, 5, 17, 100]:
            cases.append(case(f"rand {dtype} {size}", seed, {"op": "uniform", "dtype": dtype, "size": size, "from": 0.0, "to": 1.0}))
        cases.append(case(f"uniform {dtype}", seed, {"op": "uniform", "dtype": dtype, "size": 50, "from": -3.7, "to": 11.3}))

normal_sizes = [1, 2, 5, 15, 16, 17, 31, 32, 33, 100, 1000]
for seed in SEEDS:
    for dtype in FLOATS:
        for size in normal_sizes:
            if size == 1000 and seed not in (0, 42):
                continue
            cases.append(case(f"randn {dtype} {size}", seed, {"op": "normal", "dtype": dtype, "size": size, "mean": 0.0, "std": 1.0}))
        cases.append(case(f"normal {dtype} small", seed, {"op": "normal", "dtype": dtype, "size": 7, "mean": 1.5, "std": 0.3}))
        cases.append(case(f"normal {dtype} large", seed, {"op": "normal", "dtype": dtype, "size": 40, "mean": -2.25, "std": 3.5}))
cases.append(case("randn float32 10000", 3, {"op": "normal", "dtype": "float32", "size": 10000, "mean": 0.0, "std": 1.0}))

for seed in SEEDS[:4]:
    for dtype in FLOATS + INTEGERS + ["bool"]:
        cases.append(case(f"random {dtype}", seed, {"op": "random", "dtype": dtype, "size": 40}))
    for dtype in FLOATS + INTEGERS:
        cases.append(case(f"randint {dtype} small", seed, {"op": "random_from", "dtype": dtype, "size": 30, "from": -5 if dtype != "uint8" else 3, "to": 17}))
    cases.append(case("randint bool", seed, {"op": "random_from", "dtype": "bool", "size": 30, "from": 0, "to": 2}))
    cases.append(case("randint int64 wide", seed, {"op": "random_from", "dtype": "int64", "size": 30, "from": -(2**40), "to": 2**50}))
    cases.append(case("randint int64 2^32", seed, {"op": "random_from", "dtype": "int64", "size": 30, "from": 0, "to": 2**32}))
    cases.append(case("randint int64 below 2^32", seed, {"op": "random_from", "dtype": "int64", "size": 30, "from": 1, "to": 2**32}))
    cases.append(case("randint float64 wide", seed, {"op": "random_from", "dtype": "float64", "size": 30, "from": 0, "to": 2**40}))
    cases.append(case("randint float32 wide", seed, {"op": "random_from", "dtype": "float32", "size": 30, "from": -(2**33), "to": 2**33}))
    cases.append(case("randint float16 rounded bounds", seed, {"op": "random_from", "dtype": "float16", "size": 30, "from": 0, "to": 65504}))
    for dtype in ["int64", "int32", "uint8", "float32", "float64", "bfloat16"]:
        cases.append(case(f"random from {dtype}", seed, {"op": "random_from", "dtype": dtype, "size": 30, "from": 7, "to": None}))
    for dtype in ["int64", "float64", "float32", "bfloat16"]:
        cases.append(case(f"random full range {dtype}", seed, {"op": "random_from", "dtype": dtype, "size": 20, "from": -(2**63), "to": None}))

for seed in SEEDS[:4]:
    for dtype in ["float32", "float64", "bfloat16", "int64", "int32", "uint8", "bool"]:
        cases.append(case(f"bernoulli {dtype}", seed, {"op": "bernoulli_scalar", "dtype": dtype, "size": 64, "p": 0.3}))
    for p_dtype in ["float32", "float64", "bfloat16"]:  # 1.13 has no half p on CPU
        for dtype in ["float32", "bool", "int64"]:
            cases.append(case(f"bernoulli tensor {dtype} p {p_dtype}", seed,
                              {"op": "bernoulli_tensor", "dtype": dtype, "size": 40, "p_dtype": p_dtype, "probs": probs_for(40, p_dtype)}))

for seed in SEEDS[:4]:
    for n in [1, 2, 5, 10, 100, 1000]:
        cases.append(case(f"randperm {n}", seed, {"op": "randperm", "dtype": "int64", "n": n}))
    cases.append(case("randperm int32", seed, {"op": "randperm", "dtype": "int32", "n": 50}))
    cases.append(case("randperm float32", seed, {"op": "randperm", "dtype": "float32", "n": 50}))

for seed in SEEDS[:4]:
    for dtype in ["float32", "float64", "bfloat16"]:
        for rows, categories in [(1, 6), (3, 10)]:
            probs = probs_for(rows * categories, dtype)
            for samples, replacement in [(1, False), (1, True), (4, False), (6, False), (20, True)]:
                if not replacement and samples > categories:
                    continue
                cases.append(case(f"multinomial {dtype} {rows}x{categories} {samples} {replacement}", seed,
                                  {"op": "multinomial", "dtype": dtype, "probs": probs, "rows": rows, "samples": samples, "replacement": replacement}))

for seed in SEEDS[:3]:
    for dtype in FLOATS:
        cases.append(case(f"exponential {dtype}", seed, {"op": "exponential", "dtype": dtype, "size": 30, "lambda": 1.7}))
        cases.append(case(f"log_normal {dtype}", seed, {"op": "log_normal", "dtype": dtype, "size": 21, "mean": 0.5, "std": 0.75}))
        cases.append(case(f"cauchy {dtype}", seed, {"op": "cauchy", "dtype": dtype, "size": 30, "median": 0.4, "sigma": 2.5}))
    for dtype in FLOATS + INTEGERS:
        cases.append(case(f"geometric {dtype}", seed, {"op": "geometric", "dtype": dtype, "size": 30, "p": 0.3}))

# Sequences on one generator: the engine state and the cached normal sample carry over between calls.
for seed in SEEDS:
    cases.append(case("sequence", seed,
                      {"op": "uniform", "dtype": "float32", "size": 3, "from": 0.0, "to": 1.0},
                      {"op": "normal", "dtype": "float32", "size": 3, "mean": 0.0, "std": 1.0},
                      {"op": "state"},
                      {"op": "normal", "dtype": "float64", "size": 20, "mean": 0.0, "std": 1.0},
                      {"op": "normal", "dtype": "float32", "size": 1, "mean": 0.0, "std": 1.0},
                      {"op": "random_from", "dtype": "int64", "size": 5, "from": 0, "to": 10},
                      {"op": "normal", "dtype": "float64", "size": 5, "mean": 2.0, "std": 0.5},
                      {"op": "state"},
                      {"op": "log_normal", "dtype": "float32", "size": 2, "mean": 0.0, "std": 1.0},
                      {"op": "randperm", "dtype": "int64", "n": 7},
                      {"op": "bernoulli_scalar", "dtype": "float32", "size": 9, "p": 0.5},
                      {"op": "normal", "dtype": "float32", "size": 700, "mean": 0.0, "std": 1.0},
                      {"op": "uniform", "dtype": "float64", "size": 4, "from": 0.0, "to": 1.0},
                      {"op": "state"}))
# Past the first 624 words: the engine regenerates its state.
cases.append(case("long sequence", 5,
                  {"op": "uniform", "dtype": "float32", "size": 623, "from": 0.0, "to": 1.0},
                  {"op": "state"},
                  {"op": "uniform", "dtype": "float32", "size": 2, "from": 0.0, "to": 1.0},
                  {"op": "state"},
                  {"op": "normal", "dtype": "float64", "size": 1500, "mean": 0.0, "std": 1.0},
                  {"op": "state"}))
cases.append(case("fresh state", 0, {"op": "state"}))
cases.append(case("fresh state large seed", 2**40 + 77, {"op": "state"}))


# ---- Tensor level: factories, the default generator, and in-place fills of non-contiguous views ----

def target(step):
    """The tensor an in-place step fills: a view of the named layout with the step's final shape."""
    shape, dtype, layout = step["shape"], DTYPES[step.get("dtype", "float32")], step.get("layout", "contiguous")
    if layout == "contiguous":
        return torch.empty(shape, dtype=dtype)
    if layout == "transposed":
        return torch.empty(shape[::-1], dtype=dtype).t()
    if layout == "sliced":
        return torch.empty(shape[0], shape[1] * 2, dtype=dtype)[:, ::2]
    if layout == "permuted":
        a, b, c = shape
        return torch.empty(b, c, a, dtype=dtype).permute(2, 0, 1)
    raise ValueError(layout)


def run_tensor(step, gen):
    op, dtype = step["op"], DTYPES.get(step.get("dtype", "float32"))
    kw = {} if gen is None else {"generator": gen}
    if op == "uniform_":
        return target(step).uniform_(step["from"], step["to"], **kw)
    if op == "normal_":
        return target(step).normal_(step["mean"], step["std"], **kw)
    if op == "random_":
        return target(step).random_(**kw)
    if op == "random_from_":
        return target(step).random_(step["from"], step["to"], **kw)
    if op == "bernoulli_":
        return target(step).bernoulli_(step["p"], **kw)
    if op == "bernoulli_tensor_":
        p = torch.tensor(step["probs"], dtype=DTYPES[step["p_dtype"]]).reshape(step["p_shape"])
        return target(step).bernoulli_(p, **kw)
    if op == "exponential_":
        return target(step).exponential_(step["lambda"], **kw)
    if op == "rand":
        return torch.rand(step["shape"], dtype=dtype, **kw)
    if op == "randn":
        return torch.randn(step["shape"], dtype=dtype, **kw)
    if op == "randint":
        return torch.randint(step["low"], step["high"], step["shape"], **kw)
    if op == "randperm":
        return torch.randperm(step["n"], **kw)
    if op == "normal":
        mean = torch.tensor(step["mean"], dtype=dtype).reshape(step["mean_shape"]) if "mean_shape" in step else step["mean"]
        std = torch.tensor(step["std"], dtype=dtype).reshape(step["std_shape"]) if "std_shape" in step else step["std"]
        return torch.normal(mean, std, **kw)
    if op == "bernoulli":
        return torch.bernoulli(torch.tensor(step["probs"], dtype=dtype).reshape(step["shape"]), **kw)
    if op == "multinomial":
        probs = torch.tensor(step["probs"], dtype=dtype).reshape(step["shape"])
        if step.get("transposed"):
            probs = probs.t().contiguous().t()
        return torch.multinomial(probs, step["samples"], step["replacement"], **kw)
    if op == "randn_like":
        return torch.randn_like(target(step))
    if op == "rand_like":
        return torch.rand_like(target(step))
    if op == "state":
        return None
    raise ValueError(op)


def tensor_case(name, seed, *steps, default_generator=False):
    return record(name, seed, steps, run_tensor, default_generator)


tensor_cases = []
for seed in [0, 42]:
    for layout, shape in [("contiguous", [4, 5]), ("transposed", [5, 7]), ("sliced", [6, 5]), ("permuted", [3, 4, 5])]:
        for dtype in ["float32", "float64", "bfloat16"]:
            tensor_cases.append(tensor_case(f"normal_ {layout} {dtype}", seed, {"op": "normal_", "dtype": dtype, "shape": shape, "layout": layout, "mean": 0.5, "std": 2.0}))
            tensor_cases.append(tensor_case(f"uniform_ {layout} {dtype}", seed, {"op": "uniform_", "dtype": dtype, "shape": shape, "layout": layout, "from": -1.0, "to": 3.0}))
        tensor_cases.append(tensor_case(f"random_ {layout}", seed, {"op": "random_", "dtype": "int32", "shape": shape, "layout": layout}))
        tensor_cases.append(tensor_case(f"random_ from to {layout}", seed, {"op": "random_from_", "dtype": "int64", "shape": shape, "layout": layout, "from": -3, "to": 100}))
        tensor_cases.append(tensor_case(f"bernoulli_ {layout}", seed, {"op": "bernoulli_", "dtype": "float32", "shape": shape, "layout": layout, "p": 0.25}))
        tensor_cases.append(tensor_case(f"exponential_ {layout}", seed, {"op": "exponential_", "dtype": "float32", "shape": shape, "layout": layout, "lambda": 0.5}))
        tensor_cases.append(tensor_case(f"randn_like {layout}", seed, {"op": "randn_like", "dtype": "float32", "shape": shape, "layout": layout}, default_generator=True))
        tensor_cases.append(tensor_case(f"rand_like {layout}", seed, {"op": "rand_like", "dtype": "float64", "shape": shape, "layout": layout}, default_generator=True))
    tensor_cases.append(tensor_case("bernoulli_ tensor p broadcast transposed", seed,
                                    {"op": "bernoulli_tensor_", "dtype": "float32", "shape": [5, 7], "layout": "transposed",
                                     "p_dtype": "float64", "p_shape": [7], "probs": probs_for(7, "float64")}))
    tensor_cases.append(tensor_case("bernoulli_ tensor p float32", seed,
                                    {"op": "bernoulli_tensor_", "dtype": "int64", "shape": [3, 4], "p_dtype": "float32", "p_shape": [3, 4], "probs": probs_for(12, "float32")}))
    tensor_cases.append(tensor_case("bernoulli", seed, {"op": "bernoulli", "dtype": "float64", "shape": [2, 9], "probs": probs_for(18, "float64")}))
    tensor_cases.append(tensor_case("normal tensor mean and std", seed,
                                    {"op": "normal", "dtype": "float32", "mean": probs_for(12, "float32"), "mean_shape": [3, 4], "std": probs_for(4, "float32"), "std_shape": [4]}))
    tensor_cases.append(tensor_case("normal tensor mean", seed, {"op": "normal", "dtype": "float64", "mean": probs_for(20, "float64"), "mean_shape": [20], "std": 3.0}))
    tensor_cases.append(tensor_case("normal tensor std", seed, {"op": "normal", "dtype": "float32", "mean": -1.0, "std": probs_for(6, "float32"), "std_shape": [2, 3]}))
    tensor_cases.append(tensor_case("multinomial transposed probs", seed,
                                    {"op": "multinomial", "dtype": "float32", "shape": [4, 6], "probs": probs_for(24, "float32"), "samples": 3, "replacement": False, "transposed": True}))
    tensor_cases.append(tensor_case("multinomial 2d with replacement", seed,
                                    {"op": "multinomial", "dtype": "float64", "shape": [3, 5], "probs": probs_for(15, "float64"), "samples": 8, "replacement": True}))
    tensor_cases.append(tensor_case("factories on the default generator", seed,
                                    {"op": "rand", "dtype": "float32", "shape": [2, 3]},
                                    {"op": "randn", "dtype": "float32", "shape": [3]},
                                    {"op": "randn", "dtype": "float64", "shape": [4, 5]},
                                    {"op": "state"},
                                    {"op": "randint", "low": 3, "high": 10, "shape": [2, 2]},
                                    {"op": "randperm", "n": 12},
                                    {"op": "randn", "dtype": "float32", "shape": [1]},
                                    {"op": "state"}, default_generator=True))
    tensor_cases.append(tensor_case("factories on a generator", seed,
                                    {"op": "randn", "dtype": "float32", "shape": [2, 3, 4]},
                                    {"op": "rand", "dtype": "float16", "shape": [5]},
                                    {"op": "randint", "low": -(2**40), "high": 2**40, "shape": [3]},
                                    {"op": "randperm", "n": 30}))

write_json("rng.json", {"torch": torch.__version__, "cases": cases, "tensor_cases": tensor_cases})
print(f"{len(cases)} + {len(tensor_cases)} cases, {os.path.getsize(golden_path('rng.json'))} bytes")
