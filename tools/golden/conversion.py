"""Golden for dtype conversion (Tensor.To): every source dtype to every target dtype on values that
exercise rounding, truncation, wrap-around, signed zero, NaN and infinities where PyTorch defines them."""
import torch

from common import json_number, write_json

DTYPES = [torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
          torch.float16, torch.bfloat16, torch.float32, torch.float64]

SOURCES = {
    torch.bool: [True, False, True],
    torch.uint8: [0, 1, 127, 128, 200, 255],
    torch.int8: [-128, -1, 0, 1, 127],
    torch.int16: [-32768, -129, -1, 0, 255, 256, 300, 32767],
    torch.int32: [-2147483648, -65536, -129, -1, 0, 1, 2049, 16777217, 2147483647],
    torch.int64: [-(2 ** 63), -(2 ** 40) - 1, -1, 0, 3, 2 ** 24 + 1, 2 ** 53 + 1, 2 ** 63 - 1],
    # Float values stay in every integer target's range where C++ conversion is defined
    # (truncation toward zero), plus the specials for floating targets.
    "float": [0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.7, 100.99, -100.99, 127.0, 1.0e-8, 3.14159265358979,
              65504.0, 65520.0, 70000.0, 3.0e38, 1.0e300, 1.0e-300, float("nan"), float("inf"), float("-inf"),
              1.00390625, 1.005859375, 0.1],
}

# Conversions that C++ leaves undefined (out-of-range float to integer) are not part of the golden.
INT_RANGE = {torch.uint8: (0, 255), torch.int8: (-128, 127), torch.int16: (-32768, 32767),
             torch.int32: (-2 ** 31, 2 ** 31 - 1), torch.int64: (-2 ** 63, 2 ** 63 - 1)}

cases = []
for source in DTYPES:
    values = SOURCES[source] if source in SOURCES else SOURCES["float"]
    x = torch.tensor(values, dtype=torch.float64 if source.is_floating_point else torch.int64).to(source) \
        if source != torch.bool else torch.tensor(values)
    for target in DTYPES:
        keep = torch.ones(x.numel(), dtype=torch.bool)
        if source.is_floating_point and target in INT_RANGE:
            lo, hi = INT_RANGE[target]
            xd = x.double()
            keep = torch.isfinite(xd) & (xd.trunc() >= lo) & (xd.trunc() <= hi)
        xs = x[keep]
        y = xs.to(target)
        cases.append({
            "source": str(source), "target": str(target),
            "input": [json_number(v) if source.is_floating_point else int(v) for v in xs.double().tolist()]
            if source.is_floating_point else [int(v) for v in xs.long().tolist()],
            "expected": [json_number(v) for v in y.double().tolist()] if target.is_floating_point
            else [int(v) for v in y.long().tolist()],
        })

write_json("conversion.json", cases)
