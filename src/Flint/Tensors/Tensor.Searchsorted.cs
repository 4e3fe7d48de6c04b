namespace Flint;

/// <summary>
/// Binary search of values among sorted boundaries (PyTorch's <c>searchsorted</c> and <c>bucketize</c>): for each value,
/// the index of the first boundary not below it (above it with <c>right</c>), in the boundaries' last dimension (a 1-D
/// sequence serves every value; an N-D one, the values of the same leading index). Operands of two dtypes are compared
/// in their promoted dtype.
/// </summary>
public sealed partial class Tensor
{
    internal static Tensor SearchSorted(Tensor boundaries, Tensor values, bool outInt32, bool right, string? side, Tensor? sorter)
    {
        if (side is not null)
        {
            if (side is not ("left" or "right"))
                throw new ArgumentException($"torch.searchsorted(): side can only be 'left' or 'right' but got {side}");
            if (right && side == "left")
                throw new ArgumentException("torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True");
            right = side == "right";
        }
        if (boundaries.Dim == 0)
            throw new ArgumentException("torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 dimension");
        var boundaryShape = boundaries.Layout.Shape;
        if (boundaries.Dim != 1 && (values.Dim != boundaries.Dim || !values.Layout.Shape[..^1].SequenceEqual(boundaryShape[..^1])))
            throw new ArgumentException(
                "torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value " +
                $"tensor must match, but we got boundaries tensor {Flint.Shape.Format(boundaryShape)} and input value tensor {Flint.Shape.Format(values.Layout.Shape)}");
        if (sorter is not null) CheckSorter(boundaries, sorter);
        DType common = TypePromotion.PromoteTypes(boundaries.DType, values.DType);
        if (common == DType.Bool) throw NotImplemented("searchsorted_out_cpu", common);

        var rows = (values.Dim == 0 ? values.Reshape(1) : values).To(common);
        var result = Allocate(rows.Layout.ShapeArray, outInt32 ? DType.Int32 : DType.Int64, values.Device);
        if (rows.Numel > 0)
        {
            long[] searchedShape = [.. rows.Layout.ShapeArray[..^1], boundaryShape[^1]];
            var sequence = boundaries.To(common).Expand(searchedShape);
            var order = sorter?.Expand(searchedShape);
            sequence.Storage.SearchSorted(sequence.Layout, order?.Storage, order?.Layout, rows.Storage, rows.Layout, right, result.Storage, result.Layout);
        }
        return values.Dim == 0 ? result.Reshaped([]) : result;
    }

    static void CheckSorter(Tensor boundaries, Tensor sorter)
    {
        if (sorter.DType != DType.Int64)
            throw new ArgumentException($"torch.searchsorted(): sorter must be a tensor of long dtype but got dtype {sorter.DType.ScalarTypeName()}");
        if (!sorter.Layout.Shape.SequenceEqual(boundaries.Layout.Shape))
            throw new ArgumentException(
                $"torch.searchsorted(): boundary and sorter must have the same size, but got boundary tensor {Flint.Shape.Format(boundaries.Layout.Shape)}" +
                $"and got sorter tensor {Flint.Shape.Format(sorter.Layout.Shape)}");
        // PyTorch reads out of bounds here; Flint refuses.
        long size = boundaries.Layout.Shape[^1];
        if (sorter.Numel > 0 && (sorter.Min().Item<long>() < 0 || sorter.Max().Item<long>() >= size))
            throw new IndexOutOfRangeException($"torch.searchsorted(): sorter index out of range for a boundary dimension of size {size}");
    }

    internal static Tensor Bucketize(Tensor input, Tensor boundaries, bool outInt32, bool right)
    {
        if (boundaries.Dim != 1) throw new ArgumentException($"boundaries tensor must be 1 dimension, but got dim({boundaries.Dim})");
        return SearchSorted(boundaries, input, outInt32, right, null, null);
    }
}
