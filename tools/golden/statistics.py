"""Statistics golden data: writes tests/Flint.Tests/Golden/statistics.{json,safetensors} (format: multi_output_cases.py).

nansum, nanmean, std, var, std_mean, var_mean (dims, correction and the unbiased spelling, keepdim), norm and
torch.linalg.vector_norm (p = 2, 1, inf, -inf, 0, "fro", fractional and negative p, dims, dtype), count_nonzero,
aminmax, quantile and nanquantile (scalar and tensor q, every interpolation): every dtype (with PyTorch's errors for
the refused ones), 0-d, empty, non-contiguous and large inputs, NaN and infinities. Floating results are compared
within a tolerance (PyTorch sums in other orders), except aminmax and count_nonzero.
"""
import torch

from multi_output_cases import G, INF, NAN, Recorder, T

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]

OPS = {
    "nansum": lambda x, **k: torch.nansum(x, **k),
    "nanmean": lambda x, **k: torch.nanmean(x, **k),
    "std": lambda x, **k: torch.std(x, **k),
    "var": lambda x, **k: torch.var(x, **k),
    "std_mean": lambda x, **k: torch.std_mean(x, **k),
    "var_mean": lambda x, **k: torch.var_mean(x, **k),
    "norm": lambda x, **k: x.norm(**k),
    "vector_norm": lambda x, **k: torch.linalg.vector_norm(x, **k),
    "count_nonzero": lambda x, **k: torch.count_nonzero(x, **k),
    "aminmax": lambda x, **k: torch.aminmax(x, **k),
    "quantile": lambda x, *q, **k: torch.quantile(x, *q, **k),
    "nanquantile": lambda x, *q, **k: torch.nanquantile(x, *q, **k),
}

rec = Recorder("statistics", OPS, approx_ops={"nansum", "nanmean", "std", "var", "std_mean", "var_mean", "norm",
                                              "vector_norm", "quantile", "nanquantile"})


def values_for(dtype, seed=0, shape=(3, 4, 5)):
    g = torch.Generator().manual_seed(seed)
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=g).bool()
    if not dtype.is_floating_point:
        low = 0 if dtype == torch.uint8 else -20
        return torch.randint(low, 20, shape, generator=g).to(dtype)
    x = (torch.randn(shape, generator=g, dtype=torch.float64) * 3).to(dtype)
    x.view(-1)[::17] = 0
    return x


def with_nan(x):
    x = x.clone()
    x.view(-1)[3::7] = NAN
    return x


def per_dtype():
    for dtype in DTYPES:
        name = str(dtype).replace("torch.", "")
        x = values_for(dtype)
        for dim in [None, 1, -1, [0, 2]]:
            for keepdim in ([False] if dim is None else [False, True]):
                tag = f"dim={dim}/keepdim={keepdim}".replace(" ", "")
                dims = {} if dim is None else {"dim": dim, "keepdim": keepdim}
                for op in ["nansum", "nanmean", "std", "var", "std_mean", "var_mean", "count_nonzero", "vector_norm"]:
                    kwargs = dict(dims)
                    if op == "count_nonzero":
                        kwargs.pop("keepdim", None)
                        if keepdim:
                            continue
                    rec.case(f"{op}/{name}/{tag}", op, [T(x)], **kwargs)
                rec.case(f"norm/{name}/{tag}", "norm", [T(x)], p=2, **dims)
        rec.case(f"aminmax/{name}/all", "aminmax", [T(x)])
        rec.case(f"aminmax/{name}/dim=1", "aminmax", [T(x)], dim=1)
        rec.case(f"aminmax/{name}/dim=-1/keepdim", "aminmax", [T(x)], dim=-1, keepdim=True)
        rec.case(f"quantile/{name}/q=0.3", "quantile", [T(x), 0.3], dim=1)
        rec.case(f"nansum/{name}/dtype=float64", "nansum", [T(x)], dtype=torch.float64)
        rec.case(f"nanmean/{name}/dtype=float64", "nanmean", [T(x)], dim=0, dtype=torch.float64)


def variance_forms():
    x = with_nan(values_for(torch.float32, seed=2))
    clean = values_for(torch.float64, seed=3)
    for op in ["std", "var", "std_mean", "var_mean"]:
        for correction in [0, 1, 2, 30]:
            rec.case(f"{op}/float64/correction={correction}", op, [T(clean)], dim=[0, 1], correction=correction)
        rec.case(f"{op}/float64/correction=all", op, [T(clean)], dim=None, correction=0)
        rec.case(f"{op}/float64/unbiased=False", op, [T(clean)], dim=1, unbiased=False)
        rec.case(f"{op}/float64/unbiased=False/all", op, [T(clean)], unbiased=False)
        rec.case(f"{op}/float32/nan", op, [T(x)], dim=2)
        rec.case(f"{op}/float32/zerodim", op, [T(torch.tensor(1.5))])
        rec.case(f"{op}/float32/zerodim_dim", op, [T(torch.tensor(1.5))], dim=0, unbiased=False)
        rec.case(f"{op}/float32/empty", op, [T(torch.zeros(0, 3))])
        rec.case(f"{op}/float32/empty_dim0", op, [T(torch.zeros(0, 3))], dim=0)
        rec.case(f"{op}/float32/empty_dim1", op, [T(torch.zeros(0, 3))], dim=1, keepdim=True)
        rec.case(f"{op}/float32/one_element", op, [T(torch.tensor([[2.0], [3.0]]))], dim=1)
        rec.case(f"{op}/float32/transposed", op, [T(clean.float()[0], ["transpose"])], dim=0)
        rec.case(f"{op}/float32/duplicate_dims", op, [T(clean)], dim=[1, 1])
    rec.case("var/float32/large_offset", "var", [T(torch.tensor([1e8 + 1, 1e8 + 2, 1e8 + 3, 1e8 + 4]))])


def norms():
    x = values_for(torch.float32, seed=4)
    specials = torch.tensor([[0.0, -0.0, 3.0, -4.0], [INF, 1.0, -2.0, 0.0], [NAN, 1.0, INF, 0.0], [-INF, 0.0, 0.0, 0.0]])
    for p in [2, 1, INF, -INF, 0, 3, 0.5, -1, -2.5, "fro"]:
        rec.case(f"norm/float32/p={p}", "norm", [T(x)], p=p)
        rec.case(f"norm/float32/p={p}/dim=1", "norm", [T(x)], p=p, dim=1)
        rec.case(f"norm/float32/p={p}/specials", "norm", [T(specials)], p=p, dim=1, keepdim=True)
        if p != "fro":
            rec.case(f"vector_norm/float32/ord={p}/dims", "vector_norm", [T(x)], ord=p, dim=[0, 2])
            rec.case(f"vector_norm/float64/ord={p}/specials", "vector_norm", [T(specials.double())], ord=p, dim=0)
            rec.case(f"vector_norm/float32/ord={p}/empty", "vector_norm", [T(torch.zeros(0, 3))], ord=p)
            rec.case(f"vector_norm/float32/ord={p}/empty_dim1", "vector_norm", [T(torch.zeros(0, 3))], ord=p, dim=1)
            rec.case(f"vector_norm/float32/ord={p}/empty_dim0", "vector_norm", [T(torch.zeros(0, 3))], ord=p, dim=0)
            rec.case(f"vector_norm/float32/ord={p}/zerodim", "vector_norm", [T(torch.tensor(-2.5))], ord=p)
    rec.case("norm/float32/fro/dims", "norm", [T(x)], p="fro", dim=[0, 1])
    rec.case("norm/float32/dtype=float64", "norm", [T(x)], p=3, dtype=torch.float64)
    rec.case("vector_norm/float32/dtype=float64", "vector_norm", [T(x)], dim=1, dtype=torch.float64)
    rec.case("vector_norm/float32/dtype=int64", "vector_norm", [T(x)], dtype=torch.int64)
    rec.case("vector_norm/float64/dtype=float32", "vector_norm", [T(x.double())], dtype=torch.float32)
    rec.case("vector_norm/float16/dtype=float32", "vector_norm", [T(x.half())], dim=0, dtype=torch.float32)
    rec.case("vector_norm/float32/transposed", "vector_norm", [T(x[0], ["transpose"])], ord=1, dim=0)
    rec.case("vector_norm/float32/sliced", "vector_norm", [T(x, ["slice", 2, 2])], dim=2)
    rec.case("vector_norm/float32/expanded", "vector_norm", [T(x[:1], ["expand", [3, 4, 5]])], ord=3)
    rec.case("vector_norm/float32/tiny", "vector_norm", [T(torch.tensor([1e-30, 2e-30, 3e-30]))])
    rec.case("vector_norm/float32/huge", "vector_norm", [T(torch.tensor([1e30, 2e30, 3e30]))])


def counts_and_extremes():
    x = values_for(torch.float32, seed=5)
    rec.case("count_nonzero/float32/specials", "count_nonzero", [T(torch.tensor([0.0, -0.0, NAN, INF, 1e-45]))])
    rec.case("count_nonzero/float32/duplicate_dims", "count_nonzero", [T(x)], dim=[0, 0])
    rec.case("count_nonzero/float32/empty", "count_nonzero", [T(torch.zeros(0, 3))], dim=0)
    rec.case("count_nonzero/float32/zerodim", "count_nonzero", [T(torch.tensor(0.0))])
    rec.case("aminmax/float32/nan", "aminmax", [T(with_nan(x))], dim=1)
    rec.case("aminmax/float32/zerodim", "aminmax", [T(torch.tensor(2.0))], dim=0)
    rec.case("aminmax/float32/empty", "aminmax", [T(torch.zeros(0, 3))])
    rec.case("aminmax/float32/empty_dim1", "aminmax", [T(torch.zeros(0, 3))], dim=1)
    rec.case("aminmax/float32/empty_dim0", "aminmax", [T(torch.zeros(0, 3))], dim=0)
    rec.case("nansum/float32/specials", "nansum", [T(torch.tensor([[NAN, 1.0, INF], [NAN, NAN, NAN]]))], dim=1)
    rec.case("nanmean/float32/specials", "nanmean", [T(torch.tensor([[NAN, 1.0, 4.0], [NAN, NAN, NAN]]))], dim=1)
    rec.case("nanmean/float32/empty", "nanmean", [T(torch.zeros(0, 3))], dim=0)
    rec.case("nansum/float32/zerodim", "nansum", [T(torch.tensor(NAN))])


def quantiles():
    x = values_for(torch.float32, seed=6, shape=(3, 7))
    nan_rows = with_nan(values_for(torch.float64, seed=7, shape=(4, 6)))
    nan_rows[3] = NAN
    for op in ["quantile", "nanquantile"]:
        for interpolation in ["linear", "lower", "higher", "midpoint", "nearest"]:
            for q in [0.0, 0.25, 0.5, 0.7, 1.0]:
                rec.case(f"{op}/float32/{interpolation}/q={q}", op, [T(x), q], dim=1, interpolation=interpolation)
            rec.case(f"{op}/float64/{interpolation}/nan_rows", op, [T(nan_rows), torch.tensor([0.1, 0.5, 0.9], dtype=torch.float64)],
                     dim=1, keepdim=True, interpolation=interpolation)
        rec.case(f"{op}/float32/all", op, [T(x), 0.4])
        rec.case(f"{op}/float32/all_keepdim", op, [T(x), 0.4], keepdim=True)
        rec.case(f"{op}/float32/tensor_q", op, [T(x), torch.tensor([0.75, 0.1, 0.5])], dim=0)
        rec.case(f"{op}/float32/tensor_q_keepdim", op, [T(x), torch.tensor([0.75, 0.1])], dim=-1, keepdim=True)
        rec.case(f"{op}/float32/zerodim_q", op, [T(x), torch.tensor(0.5)], dim=0)
        rec.case(f"{op}/float32/zerodim_input", op, [T(torch.tensor(3.0)), 0.5])
        rec.case(f"{op}/float32/transposed", op, [T(x, ["transpose"]), 0.5], dim=1)
        rec.case(f"{op}/float32/q_out_of_range", op, [T(x), 1.5])
        rec.case(f"{op}/float32/q_tensor_out_of_range", op, [T(x), torch.tensor([0.5, -0.1])])
        rec.case(f"{op}/float32/q_dtype", op, [T(x), torch.tensor([0.5], dtype=torch.float64)])
        rec.case(f"{op}/float32/q_2d", op, [T(x), torch.tensor([[0.5]])])
        rec.case(f"{op}/float32/empty", op, [T(torch.zeros(0, 3)), 0.5])
        rec.case(f"{op}/float32/bad_interpolation", op, [T(x), 0.5], interpolation="cubic")
        rec.case(f"{op}/float64/all_nan", op, [T(nan_rows), 0.5])


def large():
    for index, (op, dtype, kwargs) in enumerate([
            ("std", torch.float32, {"dim": 1}), ("var", torch.float64, {}), ("var_mean", torch.float32, {"dim": 0}),
            ("vector_norm", torch.float32, {"dim": 1}), ("vector_norm", torch.float32, {"ord": 1}),
            ("nansum", torch.float32, {"dim": 1}), ("count_nonzero", torch.int32, {"dim": 0}),
            ("aminmax", torch.float32, {"dim": 1}), ("norm", torch.float64, {"p": 3, "dim": 0})]):
        reference = None
        if op == "vector_norm" and "dim" not in kwargs:
            reference = ("the 1-norm summed in double and rounded to float32: PyTorch 1.13 adds the 67015 values one by one in "
                         "float32 (5e-5 relative off the exact 524375.5)",
                         lambda x, **k: torch.linalg.vector_norm(x.double(), **k).float())
        rec.case(f"{op}/{str(dtype)[6:]}/large{index}", op, [G(dtype, (65, 1031), seed=index)], reference=reference, **kwargs)
    rec.case("quantile/float32/large", "quantile", [G(torch.float32, (65, 1031), seed=20), torch.tensor([0.1, 0.5, 0.99])], dim=1)


per_dtype()
variance_forms()
norms()
counts_and_extremes()
quantiles()
large()
rec.write()
