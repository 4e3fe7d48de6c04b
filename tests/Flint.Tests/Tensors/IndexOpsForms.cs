using System.Text.Json;
using Flint.Tests.Golden;
using F = Flint.NN.Functional;

namespace Flint.Tests.Tensors;

/// <summary>
/// A PyTorch indexing-op call (tools/golden/index_ops.py) in its C# spellings: the Tensor method and the <c>Torch</c>
/// static. In-place forms ("_" suffix) must return the tensor they wrote; the form returns the base it wrote through to.
/// </summary>
internal static class IndexOpsForms
{
    public static Func<object>[] Of(string op, object[] args, JsonElement kwargs)
    {
        int dim = GoldenCalls.Int(kwargs, "dim", 0);
        string? reduce = GoldenCalls.String(kwargs, "reduce");
        bool includeSelf = GoldenCalls.Bool(kwargs, "include_self", true);
        bool accumulate = GoldenCalls.Bool(kwargs, "accumulate", false);
        Scalar? alpha = kwargs.TryGetProperty("alpha", out var a) ? GoldenOperands.ScalarOf(a) : null;
        return (op, args) switch
        {
            ("gather", [Tensor x, Tensor i]) => [() => x.Gather(dim, i), () => Torch.Gather(x, dim, i)],
            ("scatter", [Tensor x, Tensor i, Tensor s]) => [() => x.Scatter(dim, i, s, reduce), () => Torch.Scatter(x, dim, i, s, reduce)],
            ("scatter", [Tensor x, Tensor i, Scalar v]) => [() => x.Scatter(dim, i, v, reduce), () => Torch.Scatter(x, dim, i, v, reduce)],
            ("scatter_", [Tensor x, Tensor i, Tensor s]) => [InPlace(x, () => x.Scatter_(dim, i, s, reduce))],
            ("scatter_", [Tensor x, Tensor i, Scalar v]) => [InPlace(x, () => x.Scatter_(dim, i, v, reduce))],
            ("scatter_add", [Tensor x, Tensor i, Tensor s]) => [() => x.ScatterAdd(dim, i, s), () => Torch.ScatterAdd(x, dim, i, s)],
            ("scatter_add_", [Tensor x, Tensor i, Tensor s]) => [InPlace(x, () => x.ScatterAdd_(dim, i, s))],
            ("scatter_reduce", [Tensor x, Tensor i, Tensor s]) =>
                [() => x.ScatterReduce(dim, i, s, reduce!, includeSelf), () => Torch.ScatterReduce(x, dim, i, s, reduce!, includeSelf)],
            ("scatter_reduce_", [Tensor x, Tensor i, Tensor s]) => [InPlace(x, () => x.ScatterReduce_(dim, i, s, reduce!, includeSelf))],
            ("index_select", [Tensor x, Tensor i]) => [() => x.IndexSelect(dim, i), () => Torch.IndexSelect(x, dim, i)],
            ("index_add", [Tensor x, Tensor i, Tensor s]) => [() => x.IndexAdd(dim, i, s, alpha), () => Torch.IndexAdd(x, dim, i, s, alpha)],
            ("index_add_", [Tensor x, Tensor i, Tensor s]) => [InPlace(x, () => x.IndexAdd_(dim, i, s, alpha))],
            ("index_copy", [Tensor x, Tensor i, Tensor s]) => [() => x.IndexCopy(dim, i, s), () => Torch.IndexCopy(x, dim, i, s)],
            ("index_copy_", [Tensor x, Tensor i, Tensor s]) => [InPlace(x, () => x.IndexCopy_(dim, i, s))],
            ("index_fill", [Tensor x, Tensor i, Scalar v]) => [() => x.IndexFill(dim, i, v), () => Torch.IndexFill(x, dim, i, v)],
            ("index_fill", [Tensor x, Tensor i, Tensor v]) => [() => x.IndexFill(dim, i, v), () => Torch.IndexFill(x, dim, i, v)],
            ("index_fill_", [Tensor x, Tensor i, Scalar v]) => [InPlace(x, () => x.IndexFill_(dim, i, v))],
            ("index_put", [Tensor x, Tensor[] ids, Tensor v]) =>
                [() => x.IndexPut(Indices(ids), v, accumulate), () => Torch.IndexPut(x, Indices(ids), v, accumulate)],
            ("index_put_", [Tensor x, Tensor[] ids, Tensor v]) => [InPlace(x, () => x.IndexPut_(Indices(ids), v, accumulate))],
            ("masked_fill", [Tensor x, Tensor m, Scalar v]) => [() => x.MaskedFill(m, v), () => Torch.MaskedFill(x, m, v)],
            ("masked_fill", [Tensor x, Tensor m, Tensor v]) => [() => x.MaskedFill(m, v), () => Torch.MaskedFill(x, m, v)],
            ("masked_fill_", [Tensor x, Tensor m, Scalar v]) => [InPlace(x, () => x.MaskedFill_(m, v))],
            ("masked_select", [Tensor x, Tensor m]) => [() => x.MaskedSelect(m), () => Torch.MaskedSelect(x, m)],
            ("masked_scatter", [Tensor x, Tensor m, Tensor s]) => [() => x.MaskedScatter(m, s), () => Torch.MaskedScatter(x, m, s)],
            ("masked_scatter_", [Tensor x, Tensor m, Tensor s]) => [InPlace(x, () => x.MaskedScatter_(m, s))],
            ("nonzero_as_tuple", [Tensor x]) => [() => x.NonzeroAsTuple(), () => Torch.NonzeroAsTuple(x)],
            ("argwhere", [Tensor x]) => [() => x.Argwhere(), () => Torch.Argwhere(x)],
            ("take", [Tensor x, Tensor i]) => [() => x.Take(i), () => Torch.Take(x, i)],
            ("put", [Tensor x, Tensor i, Tensor s]) => [() => x.Put(i, s, accumulate), () => Torch.Put(x, i, s, accumulate)],
            ("put_", [Tensor x, Tensor i, Tensor s]) => [InPlace(x, () => x.Put_(i, s, accumulate))],
            ("nn.functional.one_hot", [Tensor x]) => [() => F.OneHot(x, GoldenCalls.Int(kwargs, "num_classes", -1))],
            _ => throw new ArgumentException($"no C# form of {op} with {args.Length} arguments"),
        };
    }

    static TensorIndex[] Indices(Tensor[] tensors) => tensors.Select(t => (TensorIndex)t).ToArray();

    /// <summary>Runs an in-place op, checks that it returned its receiver, and gives the base it wrote through to.</summary>
    static Func<object> InPlace(Tensor self, Func<Tensor> op) => () =>
    {
        Assert.Same(self, op());
        return GoldenOperands.BaseOf(self);
    };
}
