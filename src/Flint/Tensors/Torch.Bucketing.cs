namespace Flint;

/// <summary>The <c>torch.*</c> spellings of unique, bincount, histc, searchsorted and bucketize.</summary>
public static partial class Torch
{
    public static (Flint.Tensor Output, Flint.Tensor? InverseIndices, Flint.Tensor? Counts) Unique(
        Flint.Tensor input, bool sorted = true, bool returnInverse = false, bool returnCounts = false) => input.Unique(sorted, returnInverse, returnCounts);

    public static (Flint.Tensor Output, Flint.Tensor? InverseIndices, Flint.Tensor? Counts) UniqueConsecutive(
        Flint.Tensor input, bool returnInverse = false, bool returnCounts = false) => input.UniqueConsecutive(returnInverse, returnCounts);

    public static Flint.Tensor Bincount(Flint.Tensor input, Flint.Tensor? weights = null, long minlength = 0) => input.Bincount(weights, minlength);

    public static Flint.Tensor Histc(Flint.Tensor input, long bins = 100, double min = 0, double max = 0) => input.Histc(bins, min, max);

    /// <summary>For each value, the index in <paramref name="sortedSequence"/> where it would be inserted to keep it sorted.</summary>
    public static Flint.Tensor Searchsorted(Flint.Tensor sortedSequence, Flint.Tensor values, bool outInt32 = false, bool right = false,
        string? side = null, Flint.Tensor? sorter = null) => Flint.Tensor.SearchSorted(sortedSequence, values, outInt32, right, side, sorter);

    public static Flint.Tensor Searchsorted(Flint.Tensor sortedSequence, Scalar value, bool outInt32 = false, bool right = false,
        string? side = null, Flint.Tensor? sorter = null) =>
        Flint.Tensor.SearchSorted(sortedSequence, ScalarTensor(value, sortedSequence.Device), outInt32, right, side, sorter);

    /// <summary>The index of the bucket of <paramref name="boundaries"/> (1-D, ascending) each element of <paramref name="input"/> falls in.</summary>
    public static Flint.Tensor Bucketize(Flint.Tensor input, Flint.Tensor boundaries, bool outInt32 = false, bool right = false) =>
        Flint.Tensor.Bucketize(input, boundaries, outInt32, right);

    public static Flint.Tensor Bucketize(Scalar input, Flint.Tensor boundaries, bool outInt32 = false, bool right = false) =>
        Flint.Tensor.Bucketize(ScalarTensor(input, boundaries.Device), boundaries, outInt32, right);

    /// <summary>A number as PyTorch's scalar_to_tensor makes it: 0-d of the number's own dtype (double, long or bool).</summary>
    static Flint.Tensor ScalarTensor(Scalar value, Device device) =>
        Full([], value, value.IsFloatingPoint ? DType.Float64 : value.IsBool ? DType.Bool : DType.Int64, device);
}
