using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// A PyTorch selection or sorting call of tools/golden/selection.py in its C# spellings (the Tensor method and the
/// <c>Torch</c> static), each returning the op's outputs in PyTorch's order.
/// </summary>
internal static class SelectionForms
{
    public static Func<Tensor[]>[] Of(string op, object[] args, Kwargs kw)
    {
        var x = (Tensor)args[0];
        bool keepdim = kw.Bool("keepdim");
        int? dim = kw.OptionalInt("dim");
        return (op, dim, args.Length) switch
        {
            ("max", null, 2) => [() => [x.Max((Tensor)args[1])], () => [Torch.Max(x, (Tensor)args[1])]],
            ("min", null, 2) => [() => [x.Min((Tensor)args[1])], () => [Torch.Min(x, (Tensor)args[1])]],
            ("max", null, _) => [() => [x.Max()], () => [Torch.Max(x)]],
            ("min", null, _) => [() => [x.Min()], () => [Torch.Min(x)]],
            ("max", int d, _) => [() => Pair(x.Max(d, keepdim)), () => Pair(Torch.Max(x, d, keepdim))],
            ("min", int d, _) => [() => Pair(x.Min(d, keepdim)), () => Pair(Torch.Min(x, d, keepdim))],
            ("argmax", _, _) => [() => [x.Argmax(dim, keepdim)], () => [Torch.Argmax(x, dim, keepdim)]],
            ("argmin", _, _) => [() => [x.Argmin(dim, keepdim)], () => [Torch.Argmin(x, dim, keepdim)]],
            ("median", null, _) => [() => [x.Median()], () => [Torch.Median(x)]],
            ("median", int d, _) => [() => Pair(x.Median(d, keepdim)), () => Pair(Torch.Median(x, d, keepdim))],
            ("nanmedian", null, _) => [() => [x.Nanmedian()], () => [Torch.Nanmedian(x)]],
            ("nanmedian", int d, _) => [() => Pair(x.Nanmedian(d, keepdim)), () => Pair(Torch.Nanmedian(x, d, keepdim))],
            ("mode", _, _) => [() => Pair(x.Mode(dim ?? -1, keepdim)), () => Pair(Torch.Mode(x, dim ?? -1, keepdim))],
            ("kthvalue", _, _) => [() => Pair(x.Kthvalue(kw.Long("k"), dim ?? -1, keepdim)), () => Pair(Torch.Kthvalue(x, kw.Long("k"), dim ?? -1, keepdim))],
            ("sort", _, _) => [
                () => Pair(x.Sort(dim ?? -1, kw.Bool("descending"), kw.Bool("stable"))),
                () => Pair(Torch.Sort(x, dim ?? -1, kw.Bool("descending"), kw.Bool("stable")))],
            ("argsort", _, _) => [
                () => [x.Argsort(dim ?? -1, kw.Bool("descending"), kw.Bool("stable"))],
                () => [Torch.Argsort(x, dim ?? -1, kw.Bool("descending"), kw.Bool("stable"))]],
            ("msort", _, _) => [() => [x.Msort()], () => [Torch.Msort(x)]],
            ("topk", _, _) => [
                () => Pair(x.Topk(kw.Long("k"), dim ?? -1, kw.Bool("largest", true), kw.Bool("sorted", true))),
                () => Pair(Torch.Topk(x, kw.Long("k"), dim ?? -1, kw.Bool("largest", true), kw.Bool("sorted", true)))],
            _ => throw new ArgumentException($"no C# form of {op} with {kw}"),
        };
    }

    static Tensor[] Pair(ValuesAndIndices result)
    {
        var (values, indices) = result;
        return [values, indices];
    }
}
