"""Golden for Flint.Serialization.SafeTensors: one tensor of every dtype, written by PyTorch-side code."""
import torch

from common import json_number, write_json, write_safetensors

torch.manual_seed(0)
tensors = {
    "bool": torch.tensor([[True, False, True], [False, False, True]]),
    "uint8": torch.arange(250, 256, dtype=torch.uint8),
    "int8": torch.tensor([-128, -1, 0, 127], dtype=torch.int8),
    "int16": torch.tensor([-32768, 12345, 32767], dtype=torch.int16),
    "int32": torch.arange(-6, 6, dtype=torch.int32).reshape(3, 4),
    "int64": torch.tensor([-(2 ** 62), 0, 2 ** 62 + 5]),
    "float16": torch.randn(2, 3).half(),
    "bfloat16": torch.randn(4).bfloat16(),
    "float32": torch.randn(2, 2, 3),
    "float64": torch.randn(5, dtype=torch.float64),
    "scalar": torch.tensor(3.5),
    "empty": torch.zeros(0, 4),
}
write_safetensors("safetensors_roundtrip.safetensors", tensors, metadata={"format": "pt", "source": "PyTorch " + torch.__version__})
write_json("safetensors_roundtrip.json", {
    name: {"dtype": str(t.dtype), "shape": list(t.shape), "values": [json_number(v) for v in t.double().flatten().tolist()]}
    for name, t in tensors.items()
})
