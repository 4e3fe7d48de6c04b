namespace Flint.Tests.Tensors;

/// <summary>What the bucketing goldens cannot show: unique's unsorted form, and sorter indices PyTorch does not check.</summary>
public class TensorBucketingTests
{
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
