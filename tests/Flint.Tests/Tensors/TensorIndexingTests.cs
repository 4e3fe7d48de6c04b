namespace Flint.Tests.Tensors;

/// <summary>
/// The C# forms of indexing (values checked against PyTorch 1.13 by hand), views, in-place bookkeeping and the
/// deliberate choices documented in Tensor.Indexing.cs. The PyTorch golden cases are in <see cref="TensorIndexingGoldenTests"/>.
/// </summary>
[Collection("GlobalState")]
public class TensorIndexingTests
{
    static Tensor Matrix() => Torch.Arange(12).View(3, 4);

    [Fact]
    public void MixedItems()
    {
        var t = Torch.Arange(120).View(2, 4, 3, 5);
        var result = t[0, 1..3, .., 4];
        Assert.Equal(new long[] { 2, 3 }, result.Shape.ToArray());
        Assert.Equal(new long[] { 19, 24, 29, 34, 39, 44 }, result.ToArray<long>());
    }

    [Fact]
    public void MaskFromComparisonCopies()
    {
        var x = Matrix();
        var selected = x[x > 5];
        Assert.Equal(new long[] { 6, 7, 8, 9, 10, 11 }, selected.ToArray<long>());
        Assert.False(ReferenceEquals(selected.Storage, x.Storage));
    }

    [Fact]
    public void EllipsisAndNoneAddAnAxisAtTheEnd()
    {
        var x = Matrix();
        var result = x[TensorIndex.Ellipsis, TensorIndex.None];
        Assert.Equal(new long[] { 3, 4, 1 }, result.Shape.ToArray());
        Assert.Same(x.Storage, result.Storage);
    }

    [Fact]
    public void BasicIndexingReturnsViewsThatWriteThrough()
    {
        var x = Matrix();
        var row = x[1];
        Assert.True(row.IsView);
        row.Fill_(-1);
        x[2.., ..2][0, 1] = 99;
        Assert.Equal(new long[] { 0, 1, 2, 3, -1, -1, -1, -1, 8, 99, 10, 11 }, x.ToArray<long>());
        Assert.True(x[TensorIndex.Ellipsis].IsView);
        Assert.NotSame(x, x[TensorIndex.Ellipsis]);
    }

    [Fact]
    public void AssignNumberThroughMask()
    {
        var x = Matrix();
        x[x.Remainder(3).Eq(0)] = 0;
        Assert.Equal(new long[] { 0, 1, 2, 0, 4, 5, 0, 7, 8, 0, 10, 11 }, x.ToArray<long>());
    }

    [Fact]
    public void AssignTensorToColumn()
    {
        var x = Matrix();
        x[.., 1] = Torch.Tensor(new long[] { -1, -2, -3 });
        Assert.Equal(new long[] { 0, -1, 2, 3, 4, -2, 6, 7, 8, -3, 10, 11 }, x.ToArray<long>());
    }

    [Fact]
    public void AssignedTensorBroadcastsToTheSlice()
    {
        var x = Matrix();
        x[1..3, TensorIndex.Slice(null, null, 2)] = Torch.Tensor(new long[,] { { 100 }, { 200 } });
        Assert.Equal(new long[] { 0, 1, 2, 3, 100, 5, 100, 7, 200, 9, 200, 11 }, x.ToArray<long>());
    }

    [Fact]
    public void AssignmentBumpsTheVersionSharedWithViews()
    {
        var x = Matrix();
        var view = x[0];
        int before = x.Version;
        x[1] = 5;
        x[new long[] { 2 }] = 6;
        x.IndexPut_([new long[] { 0 }], Torch.Tensor(new long[] { 1 }), accumulate: true);
        Assert.Equal(before + 3, x.Version);
        Assert.Equal(x.Version, view.Version);
    }

    [Fact]
    public void WritingIntoOverlappingElementsThrows()
    {
        // PyTorch 1.13 refuses copy_ into such views and only warns for index_put_; Flint refuses both.
        var expanded = Torch.Arange(3).Expand(4, 3);
        Assert.Throws<InvalidOperationException>(() => expanded[0..2] = Torch.Tensor(new long[] { 7, 8, 9 }));
        Assert.Throws<InvalidOperationException>(() => expanded[new long[] { 0, 1 }] = 5);
        var error = Assert.Throws<InvalidOperationException>(() => expanded[expanded > 0] = 5);
        Assert.Contains("more than one element of the written-to tensor refers to a single memory location", error.Message);
        Assert.Equal(new long[] { 0, 1, 2 }, expanded[0].ToArray<long>());
        expanded[0] = 7; // one row of an expanded tensor has distinct elements
        Assert.Equal(new long[] { 7, 7, 7 }, expanded[3].ToArray<long>());
    }

    [Fact]
    public void ValueViewingTheDestinationIsReadBeforeWriting()
    {
        // PyTorch raises "some elements of the input tensor and the written-to tensor refer to a single memory
        // location" here; Flint copies the value first, which gives what x[i] = x[0].clone() gives in PyTorch.
        var x = Matrix();
        x[new long[] { 2, 0 }] = x[0];
        Assert.Equal(new long[] { 0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3 }, x.ToArray<long>());
    }

    [Fact]
    public void Int32IndicesAreAccepted()
    {
        var x = Matrix();
        var rows = Torch.Tensor(new[] { 2, 0 }, DType.Int32);
        Assert.Equal(new long[] { 8, 9, 10, 11, 0, 1, 2, 3 }, x[rows].ToArray<long>());
        x[rows, 0] = -1;
        Assert.Equal(new long[] { -1, 1, 2, 3, 4, 5, 6, 7, -1, 9, 10, 11 }, x.ToArray<long>());
    }

    [Fact]
    public void IndexPutOnBasicIndicesAccumulates()
    {
        var x = Matrix();
        x.IndexPut_([1, 1..3], Torch.Tensor(new long[] { 10, 20 }), accumulate: true);
        Assert.Equal(new long[] { 0, 1, 2, 3, 4, 15, 26, 7, 8, 9, 10, 11 }, x.ToArray<long>());
        var dtypeError = Assert.Throws<ArgumentException>(() => x.IndexPut_([0], Torch.Tensor(new[] { 1.5f })));
        Assert.Contains("Index put requires the source and destination dtypes match, got Long for the destination and Float for the source.", dtypeError.Message);
    }

    [Fact]
    public void IndexPutOutOfPlaceLeavesTheSource()
    {
        var x = Matrix();
        var updated = x.IndexPut([new long[] { 0, 0 }], Torch.Tensor(new long[] { 100 }), accumulate: true);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (long)i).ToArray(), x.ToArray<long>());
        Assert.Equal(new long[] { 200, 201, 202, 203 }, updated[0].ToArray<long>());
    }

    [Fact]
    public void OutOfRangeIndexInAThreadedGatherIsAnIndexError()
    {
        int threads = Torch.GetNumThreads();
        Torch.SetNumThreads(4);
        try
        {
            var source = Torch.Zeros(10);
            var indices = new long[200_000];
            indices[^1] = 10;
            var error = Assert.Throws<IndexOutOfRangeException>(() => source[indices]);
            Assert.Equal("index 10 is out of bounds for dimension 0 with size 10", error.Message);
        }
        finally
        {
            Torch.SetNumThreads(threads);
        }
    }

    [Fact]
    public void NonzeroListsCoordinatesInRowMajorOrder()
    {
        var x = Torch.Tensor(new[,] { { 0f, 1.5f }, { float.NaN, -0f } });
        var nonzero = x.Nonzero();
        Assert.Equal(DType.Int64, nonzero.DType);
        Assert.Equal(new long[] { 2, 2 }, nonzero.Shape.ToArray());
        Assert.Equal(new long[] { 0, 1, 1, 0 }, nonzero.ToArray<long>());
        Assert.Equal(new long[] { 1, 0 }, Torch.Nonzero(Torch.Tensor(5)).Shape.ToArray());
        Assert.Equal(new long[] { 0, 0 }, Torch.Tensor(0).Nonzero().Shape.ToArray());
        Assert.Equal(new long[] { 0, 2 }, Torch.Zeros(2, 0).Nonzero().Shape.ToArray());
        var transposed = Torch.Arange(12).View(3, 4).T;
        Assert.Equal(new long[] { 0, 1, 1, 2 }, (transposed.Eq(4) | transposed.Eq(9)).Nonzero().ToArray<long>());
    }
}
