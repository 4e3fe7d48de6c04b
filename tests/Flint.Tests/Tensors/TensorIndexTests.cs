namespace Flint.Tests.Tensors;

/// <summary>What each C# form converts to, shown in Python's index notation, and how it behaves on a tensor.</summary>
public class TensorIndexTests
{
    static readonly Tensor x = Torch.Arange(12).View(3, 4);

    public static TheoryData<TensorIndex, string> Forms => new()
    {
        { 2, "2" },
        { -1L, "-1" },
        { ^1, "-1" },
        { ^0, "^0" },
        { 1..3, "1:3" },
        { .., "0:" },
        { ^2.., "-2:" },
        { ..^1, "0:-1" },
        { ^0.., "^0:" },
        { TensorIndex.Slice(null, null, 2), "::2" },
        { TensorIndex.Slice(1, 5), "1:5" },
        { TensorIndex.Slice(), ":" },
        { default(TensorIndex), ":" },
        { TensorIndex.Ellipsis, "..." },
        { TensorIndex.None, "None" },
        { true, "True" },
        { false, "False" },
        { Torch.Tensor(new long[] { 0, 2 }), "tensor(shape=[2], dtype=torch.int64)" },
        { new long[] { 0, 2 }, "tensor(shape=[2], dtype=torch.int64)" },
        { new[] { 0, 2, 1 }, "tensor(shape=[3], dtype=torch.int64)" },
        { new[] { true, false, true }, "tensor(shape=[3], dtype=torch.bool)" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void ConvertsToPythonsIndexItem(TensorIndex index, string python) => Assert.Equal(python, index.ToString());

    [Fact]
    public void FromEndIndexCountsFromTheEnd()
    {
        Assert.Equal(new long[] { 8, 9, 10, 11 }, x[^1].ToArray<long>());
        Assert.Equal(new long[] { 2, 6, 10 }, x[.., ^2].ToArray<long>());
    }

    [Fact]
    public void FromEndZeroIsOutOfRange()
    {
        var error = Assert.Throws<IndexOutOfRangeException>(() => x[^0]);
        Assert.Equal("index 3 is out of bounds for dimension 0 with size 3", error.Message);
    }

    [Fact]
    public void RangesAreSlices()
    {
        Assert.Equal(new long[] { 1, 2, 5, 6, 9, 10 }, x[.., 1..3].ToArray<long>());
        Assert.Equal(new long[] { 0, 4 }, x[^0..].Shape.ToArray());
        Assert.Equal(new long[] { 3, 4 }, x[..^0].Shape.ToArray());
        Assert.Equal(new long[] { 4, 5, 6, 7 }, x[^2..^1].ToArray<long>());
        Assert.Equal(new long[] { 0, 2, 8, 10 }, x[TensorIndex.Slice(null, null, 2), TensorIndex.Slice(0, 4, 2)].ToArray<long>());
    }

    [Fact]
    public void ListsAreIndexTensors()
    {
        Assert.Equal(new long[] { 8, 9, 10, 11, 0, 1, 2, 3 }, x[new long[] { 2, 0 }].ToArray<long>());
        Assert.Equal(new long[] { 1, 3, 5, 7, 9, 11 }, x[.., new[] { 1, 3 }].ToArray<long>());
        Assert.Equal(new long[] { 0, 1, 2, 3, 8, 9, 10, 11 }, x[new[] { true, false, true }].ToArray<long>());
    }

    [Fact]
    public void NullTensorIsRejected() =>
        Assert.Throws<ArgumentNullException>(() => (TensorIndex)(Tensor)null!);
}
