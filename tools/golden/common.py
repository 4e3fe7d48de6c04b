"""Helpers shared by the golden-data scripts (run them with /usr/bin/python3, PyTorch 1.13)."""
import json
import math
import os
import struct

import torch

GOLDEN_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "Flint.Tests", "Golden")

_SAFETENSORS_DTYPES = {
    torch.bool: "BOOL", torch.uint8: "U8", torch.int8: "I8", torch.int16: "I16", torch.int32: "I32",
    torch.int64: "I64", torch.float16: "F16", torch.bfloat16: "BF16", torch.float32: "F32", torch.float64: "F64",
}


def golden_path(name):
    os.makedirs(GOLDEN_DIR, exist_ok=True)
    return os.path.join(GOLDEN_DIR, name)


def json_number(x):
    """A float as JSON can hold it: nan/inf/-0.0 become strings the C# reader understands."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0 and math.copysign(1, x) < 0:
        return "-0.0"
    return x


def write_json(name, data):
    with open(golden_path(name), "w") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")


def write_safetensors(name, tensors, metadata=None):
    """A minimal safetensors writer (the safetensors package is not in Debian): header JSON + raw little-endian data."""
    header, blobs, offset = {}, [], 0
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    for key, tensor in tensors.items():
        tensor = tensor.detach().contiguous().cpu()
        flat = tensor.reshape(-1)
        # numpy has no bfloat16: reinterpret its bits as int16 first.
        raw = (flat.view(torch.int16) if tensor.dtype == torch.bfloat16 else flat).numpy().tobytes()
        header[key] = {"dtype": _SAFETENSORS_DTYPES[tensor.dtype], "shape": list(tensor.shape),
                       "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(golden_path(name), "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for raw in blobs:
            f.write(raw)
