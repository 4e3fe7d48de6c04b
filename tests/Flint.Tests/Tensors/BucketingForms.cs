using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>A call of tools/golden/bucketing.py in its C# spellings, returning the outputs PyTorch returned.</summary>
internal static class BucketingForms
{
    public static Func<Tensor[]>[] Of(string op, object[] args, Kwargs kw)
    {
        bool inverse = kw.Bool("return_inverse"), counts = kw.Bool("return_counts");
        bool outInt32 = kw.Bool("out_int32"), right = kw.Bool("right");
        return op switch
        {
            "unique" => [
                () => Outputs(((Tensor)args[0]).Unique(returnInverse: inverse, returnCounts: counts)),
                () => Outputs(Torch.Unique((Tensor)args[0], returnInverse: inverse, returnCounts: counts))],
            "unique_consecutive" => [
                () => Outputs(((Tensor)args[0]).UniqueConsecutive(inverse, counts)),
                () => Outputs(Torch.UniqueConsecutive((Tensor)args[0], inverse, counts))],
            "bincount" => [
                () => [((Tensor)args[0]).Bincount(args.Length > 1 ? (Tensor)args[1] : null, kw.Has("minlength") ? kw.Long("minlength") : 0)],
                () => [Torch.Bincount((Tensor)args[0], args.Length > 1 ? (Tensor)args[1] : null, kw.Has("minlength") ? kw.Long("minlength") : 0)]],
            "histc" => [
                () => [((Tensor)args[0]).Histc(kw.Long("bins"), Bound(kw, "min"), Bound(kw, "max"))],
                () => [Torch.Histc((Tensor)args[0], kw.Long("bins"), Bound(kw, "min"), Bound(kw, "max"))]],
            "bucketize" => args[0] switch
            {
                Tensor input => [() => [Torch.Bucketize(input, (Tensor)args[1], outInt32, right)]],
                Scalar input => [() => [Torch.Bucketize(input, (Tensor)args[1], outInt32, right)]],
                _ => throw new ArgumentException("bucketize input"),
            },
            "searchsorted" => args[1] switch
            {
                Tensor values => [() => [Torch.Searchsorted((Tensor)args[0], values, outInt32, right, kw.String("side"), args.Length > 2 ? (Tensor)args[2] : null)]],
                Scalar value => [() => [Torch.Searchsorted((Tensor)args[0], value, outInt32, right, kw.String("side"))]],
                _ => throw new ArgumentException("searchsorted values"),
            },
            _ => throw new ArgumentException($"no C# form of {op} with {kw}"),
        };
    }

    static double Bound(Kwargs kw, string name) => kw.Has(name) ? kw.Double(name) : 0;

    /// <summary>The outputs PyTorch returns: the values, then the inverse and the counts when asked for.</summary>
    static Tensor[] Outputs((Tensor Output, Tensor? InverseIndices, Tensor? Counts) result) =>
        [result.Output, .. result.InverseIndices is { } inverse ? [inverse] : Array.Empty<Tensor>(), .. result.Counts is { } counts ? [counts] : Array.Empty<Tensor>()];
}
