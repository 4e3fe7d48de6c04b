using Flint;

// A tour of Flint's tensor core, in the order PyTorch's own quick start shows it.
var x = Torch.Tensor(new float[,] { { 1, 2 }, { 3, 4 } });
var y = Torch.Tensor(new float[,] { { 1 }, { 2 } });
Console.WriteLine($"x + y (broadcast) =\n{x + y}");
Console.WriteLine($"x.T =\n{x.T}");



var t = Torch.Arange(24).View(2, 3, 4);
Console.WriteLine($"shape {t.Shape}, strides [{string.Join(", ", t.Strides)}]");
Console.WriteLine($"t.Permute(2, 0, 1) shape {t.Permute(2, 0, 1).Shape}, contiguous: {t.Permute(2, 0, 1).IsContiguous()}");
Console.WriteLine($"int32 + 2.5 -> {Torch.ResultType(Torch.Ones([2], dtype: DType.Int32), 2.5).TorchName()}");
