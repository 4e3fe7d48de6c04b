using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>Every case of tools/golden/bucketing.py through each C# spelling, against PyTorch's outputs or error.</summary>
public class TensorBucketingTests
{
    const string Cases = "bucketing.json", Tensors = "bucketing.safetensors";

    static readonly Dictionary<string, JsonElement> byId = MultiOutputAssert.CasesById(Cases);

    public static TheoryData<string> CaseIds() => new(byId.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = byId[id];
        var forms = BucketingForms.Of(item.GetProperty("op").GetString()!, MultiOutputAssert.Operands(item, Tensors), new Kwargs(item.GetProperty("kwargs")));
        MultiOutputAssert.MatchesCase(item, Tensors, forms, float32Tolerance: 0);
    }

    [Fact]
    public void UnsortedUniqueIsTheSortedUnique()
    {
        var x = Torch.Tensor(new long[] { 5, 3, 9, 3, 1, 5, 7, 100, 2 });
        var (sorted, sortedInverse, sortedCounts) = x.Unique(returnInverse: true, returnCounts: true);
        var (unsorted, inverse, counts) = x.Unique(sorted: false, returnInverse: true, returnCounts: true);
        Assert.Equal(new long[] { 1, 2, 3, 5, 7, 9, 100 }, unsorted.ToArray<long>());
        Assert.Equal(sorted.ToArray<long>(), unsorted.ToArray<long>());
        Assert.Equal(sortedInverse!.ToArray<long>(), inverse!.ToArray<long>());
        Assert.Equal(sortedCounts!.ToArray<long>(), counts!.ToArray<long>());
    }

    [Fact]
    public void SorterIndicesOutOfRangeAreRefused() =>
        Assert.Throws<IndexOutOfRangeException>(() =>
            Torch.Searchsorted(Torch.Tensor(new[] { 1f, 3f }), Torch.Tensor(new[] { 2f }), sorter: Torch.Tensor(new long[] { 0, 2 })));
}
