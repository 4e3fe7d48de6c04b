namespace Flint.Tests.Tensors;

/// <summary>Layout algebra on its own; expected strides and offsets were read from PyTorch 1.13.</summary>
public class LayoutTests
{
    static Layout Strided(long[] shape, long[] strides, long offset = 0) => new(shape, strides, offset);

    [Fact]
    public void ContiguousStridesTreatEmptyDimsAsOne()
    {
        Assert.Equal(new long[] { 12, 4, 1 }, Layout.ContiguousStrides([2, 3, 4]));
        Assert.Equal(new long[] { 3, 3, 1 }, Layout.ContiguousStrides([2, 0, 3]));
        Assert.Empty(Layout.ContiguousStrides([]));
    }

    [Fact]
    public void IsContiguousIgnoresSizeOneDimsAndEmptyTensors()
    {
        Assert.True(Strided([3, 1, 4], [4, 100, 1]).IsContiguous);
        Assert.False(Strided([6, 4], [1, 6]).IsContiguous);
        Assert.True(Strided([0, 5], [7, 3]).IsContiguous);
        Assert.True(Strided([], []).IsContiguous);
    }

    [Fact]
    public void IsNonOverlappingAndDenseAcceptsPermutationsOnly()
    {
        Assert.True(Strided([6, 4], [1, 6]).IsNonOverlappingAndDense);
        Assert.True(Strided([3, 1, 4], [4, 100, 1]).IsNonOverlappingAndDense);
        Assert.True(Strided([0, 5], [7, 3]).IsNonOverlappingAndDense);
        Assert.True(Strided([], []).IsNonOverlappingAndDense);
        Assert.False(Strided([2, 3], [3, 2]).IsNonOverlappingAndDense);
        Assert.False(Strided([3, 4], [8, 1]).IsNonOverlappingAndDense);
        Assert.False(Strided([3, 3], [0, 1]).IsNonOverlappingAndDense);
    }

    [Fact]
    public void DenseLikeKeepsDenseStridesFromOffsetZero()
    {
        var transposed = Strided([6, 4], [1, 6], offset: 5).DenseLike();
        Assert.Equal(new long[] { 1, 6 }, transposed.Strides.ToArray());
        Assert.Equal(0, transposed.Offset);
        Assert.Equal(new long[] { 4, 1 }, Strided([3, 4], [8, 1], offset: 2).DenseLike().Strides.ToArray());
    }

    [Fact]
    public void DenseLikeOfANonDenseLayoutKeepsItsOrderOfDimensions()
    {
        // A column-sliced transpose stays transposed (PyTorch's infer_dense_strides); size-1 dims keep their place.
        Assert.Equal(new long[] { 1, 4 }, Strided([4, 3], [2, 8]).DenseLike().Strides.ToArray());
        Assert.Equal(new long[] { 8, 4, 1, 4 }, Strided([1, 2, 4, 1], [24, 12, 1, 4], offset: 4).DenseLike().Strides.ToArray());
        // Expanded dimensions (stride 0) leave the row-major order alone.
        Assert.Equal(new long[] { 4, 1 }, Strided([3, 4], [0, 1]).DenseLike().Strides.ToArray());
    }

    [Fact]
    public void TryViewFollowsComputeStride()
    {
        var transposed = Strided([6, 4], [1, 6]);
        Assert.Equal(new long[] { 2, 1, 6 }, transposed.TryView([3, 2, 4])!.Strides.ToArray());
        Assert.Equal(new long[] { 1, 12, 6 }, transposed.TryView([6, 2, 2])!.Strides.ToArray());
        Assert.Null(transposed.TryView([24]));

        var sizeOneInside = Strided([2, 1, 3], [4, 9, 1], offset: 1);
        Assert.Equal(new long[] { 4, 1 }, sizeOneInside.TryView([2, 3])!.Strides.ToArray());
        Assert.Equal(new long[] { 4, 1, 1 }, sizeOneInside.TryView([2, 3, 1])!.Strides.ToArray());
        Assert.Equal(new long[] { 8, 4, 3, 1 }, sizeOneInside.TryView([1, 2, 1, 3])!.Strides.ToArray());
        Assert.Equal(1, sizeOneInside.TryView([2, 3])!.Offset);
        Assert.Null(sizeOneInside.TryView([6]));
    }

    [Fact]
    public void TryViewOfEmptyAndScalarLayouts()
    {
        var empty = Strided([3, 0, 2], [5, 9, 1]);
        Assert.Equal(new long[] { 5, 9, 1 }, empty.TryView([3, 0, 2])!.Strides.ToArray());
        Assert.Equal(new long[] { 1, 1 }, empty.TryView([6, 0])!.Strides.ToArray());
        Assert.Equal(new long[] { 1, 1 }, Strided([], []).TryView([1, 1])!.Strides.ToArray());
    }

    [Fact]
    public void ExpandContinuesStridesIntoNewLeadingDims()
    {
        Assert.Equal(new long[] { 3, 3, 1 }, Strided([3], [1]).Expand([1, 1, 3]).Strides.ToArray());
        Assert.Equal(new long[] { 0, 6, 3, 1 }, Strided([2, 3], [3, 1]).Expand([4, 1, 2, 3]).Strides.ToArray());
        Assert.Equal(new long[] { 3, 1, 3 }, Strided([3, 2], [1, 3]).Expand([1, 3, 2]).Strides.ToArray());
        Assert.Equal(new long[] { 0, 0 }, Strided([], []).Expand([1, 2]).Strides.ToArray());
        Assert.Equal(new long[] { 0, 1 }, Strided([3], [1]).Expand([2, -1]).Strides.ToArray());
        var error = Assert.Throws<ArgumentException>(() => Strided([2, 3], [3, 1]).Expand([3, 3]));
        Assert.Equal("The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [3, 3].  Tensor sizes: [2, 3]", error.Message);
    }

    [Fact]
    public void SliceMovesTheOffsetEvenWhenEmpty()
    {
        var matrix = Layout.Contiguous([3, 4]);
        var columns = matrix.Slice(1, 1, 4, 2);
        Assert.Equal(new long[] { 3, 2 }, columns.Shape.ToArray());
        Assert.Equal(new long[] { 4, 2 }, columns.Strides.ToArray());
        Assert.Equal(1, columns.Offset);
        Assert.Equal(4, matrix.Slice(1, 4, 4, 1).Offset);
    }

    [Fact]
    public void DiagonalOfAnExpandedLayout()
    {
        var expanded = Strided([2, 2, 3], [0, 3, 1]);
        var diagonal = expanded.Diagonal(1, 0, 2);
        Assert.Equal(new long[] { 2, 2 }, diagonal.Shape.ToArray());
        Assert.Equal(new long[] { 3, 1 }, diagonal.Strides.ToArray());
        Assert.Equal(1, diagonal.Offset);
    }

    [Fact]
    public void StorageExtentAndIndex()
    {
        var layout = Strided([2, 3], [1, 2], offset: 4);
        Assert.Equal(10, layout.StorageExtent());
        Assert.Equal(4 + 1 + 2 * 2, layout.StorageIndex([1, 2]));
        Assert.Equal(7, Strided([0, 3], [3, 1], offset: 7).StorageExtent());
    }
}
