using Flint;

// A tour of Flint's tensor core, in the order PyTorch's own quick start shows it.
Torch.ManualSeed(0);
var x = Torch.Tensor(new float[,] { { 1, 2 }, { 3, 4 } });
var y = Torch.Tensor(new float[,] { { 1 }, { 2 } });
Console.WriteLine($"x + y (broadcast) =\n{x + y}");
Console.WriteLine($"x.T =\n{x.T}");
Console.WriteLine($"x[1, ..] = {x[1, ..]}");
Console.WriteLine($"x[x > 2] = {x[x > 2]}");

var t = Torch.Arange(24).View(2, 3, 4);
Console.WriteLine($"t.Shape = {t.Shape}, strides [{string.Join(", ", t.Strides)}]");
var p = t.Permute(2, 0, 1);
Console.WriteLine($"t.Permute(2, 0, 1): shape {p.Shape}, contiguous {p.IsContiguous()}, shares storage {ReferenceEquals(p.Storage, t.Storage)}");
Console.WriteLine($"t[0, 1..3, ^1] = {t[0, 1..3, ^1]}");

t[(t % 5).Eq(0)] = -1;
Console.WriteLine($"after t[(t % 5).Eq(0)] = -1:\n{t}");

Console.WriteLine($"Torch.Randn(2, 3) after ManualSeed(0) =\n{Torch.Randn(2, 3)}");
Console.WriteLine($"int32 + 2.5 -> {Torch.ResultType(Torch.Ones([2], dtype: DType.Int32), 2.5).TorchName()}");
Console.WriteLine($"uint8 + int8 -> {Torch.PromoteTypes(DType.UInt8, DType.Int8).TorchName()}");
