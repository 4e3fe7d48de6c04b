namespace Flint;

/// <summary>
/// What PyTorch's max/min with a dim, sort, topk, kthvalue, median, mode, cummax and cummin return (its
/// <c>torch.return_types</c> named tuples): the values and the Int64 indices they came from. Deconstructs as
/// <c>var (values, indices) = x.Max(dim: 1);</c>.
/// </summary>
public readonly record struct ValuesAndIndices(Tensor Values, Tensor Indices);
