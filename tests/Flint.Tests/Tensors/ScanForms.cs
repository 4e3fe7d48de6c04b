using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// A scan of tools/golden/scans.py in its C# spellings; in-place forms return the tensor they wrote. Each form takes
/// fresh operands from <paramref name="input"/>, since in-place forms write them.
/// </summary>
internal static class ScanForms
{
    public static Func<Tensor[]>[] Of(string op, Func<Tensor> input, Kwargs kw)
    {
        int dim = kw.Int("dim");
        DType? dtype = kw.DType();
        return op switch
        {
            "cumsum" => [() => [input().Cumsum(dim, dtype)], () => [Torch.Cumsum(input(), dim, dtype)]],
            "cumprod" => [() => [input().Cumprod(dim, dtype)], () => [Torch.Cumprod(input(), dim, dtype)]],
            "cummax" => [() => Pair(input().Cummax(dim)), () => Pair(Torch.Cummax(input(), dim))],
            "cummin" => [() => Pair(input().Cummin(dim)), () => Pair(Torch.Cummin(input(), dim))],
            "logcumsumexp" => [() => [input().Logcumsumexp(dim)], () => [Torch.Logcumsumexp(input(), dim)]],
            "cumsum_" => [() => InPlace(input(), x => x.Cumsum_(dim, dtype))],
            "cumprod_" => [() => InPlace(input(), x => x.Cumprod_(dim, dtype))],
            _ => throw new ArgumentException($"no C# form of {op} with {kw}"),
        };
    }

    static Tensor[] InPlace(Tensor self, Func<Tensor, Tensor> op)
    {
        Assert.Same(self, op(self));
        return [self];
    }

    static Tensor[] Pair(ValuesAndIndices result) => [result.Values, result.Indices];
}
