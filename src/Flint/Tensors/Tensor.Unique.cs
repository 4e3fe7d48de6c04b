namespace Flint;

/// <summary>
/// The distinct values of a tensor (PyTorch's <c>unique</c> and <c>unique_consecutive</c>, over the flattened input):
/// runs of equal values after a stable sort (or as they come), with, on request, each element's run (the inverse
/// indices, in the input's shape) and each run's length. NaN never equals anything, so each NaN is its own value.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>
    /// The sorted distinct values. PyTorch documents the order for <paramref name="sorted"/> = false as unspecified
    /// (its CPU kernel takes it from a hash set); Flint returns the sorted order either way.
    /// </summary>
    public (Tensor Output, Tensor? InverseIndices, Tensor? Counts) Unique(bool sorted = true, bool returnInverse = false, bool returnCounts = false)
    {
        var (values, order) = Flatten().Sort(stable: true);
        return Runs(values, order, returnInverse, returnCounts);
    }

    /// <summary>The first value of each run of equal consecutive values.</summary>
    public (Tensor Output, Tensor? InverseIndices, Tensor? Counts) UniqueConsecutive(bool returnInverse = false, bool returnCounts = false) =>
        Runs(Flatten(), null, returnInverse, returnCounts);

    /// <summary>Runs of equal values in <paramref name="values"/>; <paramref name="order"/> maps them back to this tensor's elements.</summary>
    (Tensor Output, Tensor? InverseIndices, Tensor? Counts) Runs(Tensor values, Tensor? order, bool returnInverse, bool returnCounts)
    {
        long n = values.Numel;
        var startsRun = Torch.Ones([n], DType.Bool, Device);
        if (n > 1) startsRun.Narrow(0, 1, n - 1).Copy_(values.Narrow(0, 1, n - 1).Ne(values.Narrow(0, 0, n - 1)));
        var output = values[startsRun];
        if (!returnInverse && !returnCounts) return (output, null, null);

        var run = startsRun.Cumsum(0).Sub_(1);
        Tensor? inverse = null, counts = null;
        if (returnInverse)
        {
            var runOfElement = run;
            if (order is not null)
            {
                runOfElement = Torch.Empty([n], DType.Int64, Device);
                runOfElement[order] = run;
            }
            inverse = runOfElement.Reshape(Layout.ShapeArray);
        }
        if (returnCounts)
            counts = Torch.Zeros([output.Numel], DType.Int64, Device).IndexPut_([run], Torch.Ones([n], DType.Int64, Device), accumulate: true);
        return (output, inverse, counts);
    }
}
