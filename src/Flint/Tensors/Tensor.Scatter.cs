using Flint.Backends;

namespace Flint;

/// <summary>
/// Writing elements at positions named by an index along one dimension: <c>scatter</c> (optionally adding or
/// multiplying), <c>scatter_add</c> and <c>scatter_reduce</c>, the inverse of <see cref="Gather"/>. In-place forms write
/// this tensor; the others write a contiguous copy. Repeated indices meet in index order, so results are deterministic.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>
    /// <c>this[index[i][j]][j] = src[i][j]</c> for <paramref name="dim"/> 0 (likewise for the others). With
    /// <paramref name="reduce"/> "add" or "multiply", the source is added or multiplied in instead.
    /// </summary>
    public Tensor Scatter_(int dim, Tensor index, Tensor src, string? reduce = null) =>
        ScatterInPlace(dim, index, src ?? throw new ArgumentNullException(nameof(src)), null, reduce is null ? ScatterOp.Assign : LegacyReduction(reduce));

    /// <summary>Writes <paramref name="value"/> (converted to this dtype) at the indexed positions.</summary>
    public Tensor Scatter_(int dim, Tensor index, Scalar value, string? reduce = null) =>
        ScatterInPlace(dim, index, null, value, reduce is null ? ScatterOp.Assign : LegacyReduction(reduce));

    public Tensor Scatter(int dim, Tensor index, Tensor src, string? reduce = null) => ContiguousClone().Scatter_(dim, index, src, reduce);

    public Tensor Scatter(int dim, Tensor index, Scalar value, string? reduce = null) => ContiguousClone().Scatter_(dim, index, value, reduce);

    /// <summary>Adds <paramref name="src"/> at the indexed positions; repeated indices add up.</summary>
    public Tensor ScatterAdd_(int dim, Tensor index, Tensor src) =>
        ScatterInPlace(dim, index, src ?? throw new ArgumentNullException(nameof(src)), null, ScatterOp.Add);

    public Tensor ScatterAdd(int dim, Tensor index, Tensor src) => ContiguousClone().ScatterAdd_(dim, index, src);

    /// <summary>
    /// Reduces every source element into the position its index names with <paramref name="reduce"/> ("sum", "prod",
    /// "mean", "amax", "amin"); with <paramref name="includeSelf"/> false, the values already at the scattered
    /// positions take no part. Integer means round toward negative infinity, as PyTorch's floor division.
    /// </summary>
    public Tensor ScatterReduce_(int dim, Tensor index, Tensor src, string reduce, bool includeSelf = true)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(src);
        ArgumentNullException.ThrowIfNull(reduce);
        int d = ScatterChecks(dim, index, src);
        ScatterOp op = ScatterReduction(reduce);
        if (reduce == "mean" && DType == DType.Bool)
            throw new ArgumentException("\"scatter_gather_tensor_cpu_reduce_mean\" not implemented for 'Bool'");
        if (!includeSelf) ScatterInPlace(d, index, null, ReductionIdentity(op), ScatterOp.Assign);
        ScatterInPlace(d, index, src, null, op);
        if (reduce != "mean") return this;
        // The mean divides each sum by how many values met there (itself included when asked), at least one.
        var count = Torch.FullLike(this, includeSelf ? 1 : 0);
        count.ScatterInPlace(d, index, Torch.OnesLike(src), null, ScatterOp.Add);
        count.MaskedFill_(count.Eq(0), 1);
        var mean = DType.IsFloatingPoint() ? Div(count) : FloorDivide(count);
        return Copy_(mean);
    }

    public Tensor ScatterReduce(int dim, Tensor index, Tensor src, string reduce, bool includeSelf = true) =>
        ContiguousClone().ScatterReduce_(dim, index, src, reduce, includeSelf);

    /// <summary>The checks of PyTorch's scatter family, then one backend scatter of <paramref name="src"/> or <paramref name="value"/>.</summary>
    Tensor ScatterInPlace(int dim, Tensor index, Tensor? src, Scalar? value, ScatterOp op)
    {
        ArgumentNullException.ThrowIfNull(index);
        int d = ScatterChecks(dim, index, src);
        CheckWritable("scatter");
        if (index.Numel == 0) return this;
        long[] indexShape = NonScalar(index.Layout).ShapeArray;
        var values = src is not null
            ? src.ViewWith(OverShape(NonScalar(src.Layout), indexShape))
            : Torch.Full([], value!.Value, DType, Device).Expand(indexShape);
        ScatterAlong(d, index, values, op);
        MarkModified();
        return this;
    }

    /// <summary>
    /// One backend scatter into this tensor along <paramref name="dim"/>: <paramref name="index"/> (Int64, values
    /// already checked or left to the kernel's check) and <paramref name="values"/> have one shape.
    /// </summary>
    void ScatterAlong(int dim, Tensor index, Tensor values, ScatterOp op)
    {
        // Reading from the memory being written would depend on the write order: use copies.
        if (ReferenceEquals(values.Storage, Storage)) values = values.Clone();
        if (ReferenceEquals(index.Storage, Storage)) index = index.Clone();
        var indexLayout = NonScalar(index.Layout);
        Storage.Scatter(op, dim, NonScalarSize(this, dim), OverShape(NonScalar(Layout), indexLayout.ShapeArray), index.Storage, indexLayout,
            values.Storage, NonScalar(values.Layout));
    }

    /// <summary>
    /// PyTorch 1.13's scatter checks (ScatterGatherChecks.h): an Int64 index (when it has elements), one dtype for this
    /// tensor and the source, and an index no larger than this tensor outside <paramref name="dim"/> nor than the source.
    /// </summary>
    int ScatterChecks(int dim, Tensor index, Tensor? src)
    {
        int d = WrapDim(dim);
        if (index.Numel != 0 && index.DType != DType.Int64) throw new ArgumentException("scatter(): Expected dtype int64 for index");
        if (src is not null && src.DType != DType) throw new ArgumentException("scatter(): Expected self.dtype to be equal to src.dtype");
        if (index.Numel == 0) return d;
        int rank = Math.Max(Dim, 1);
        if (rank != Math.Max(index.Dim, 1)) throw new ArgumentException("Index tensor must have the same number of dimensions as self tensor");
        bool wrongShape = false;
        for (int i = 0; i < rank && !wrongShape; i++)
        {
            long indexSize = NonScalarSize(index, i);
            wrongShape = (i != d && indexSize > NonScalarSize(this, i))
                // PyTorch reads the source's size without checking its rank: a smaller source fails on the dim.
                || (src is not null && indexSize > (src.Dim == 0 ? 1 : src.Size(i)));
        }
        if (wrongShape)
            throw new ArgumentException(
                $"Expected index {Flint.Shape.Format(index.Layout.Shape)} to be smaller than self {Flint.Shape.Format(Layout.Shape)} apart from dimension {d}" +
                (src is null ? "" : $" and to be smaller size than src {Flint.Shape.Format(src.Layout.Shape)}"));
        return d;
    }

    static ScatterOp LegacyReduction(string reduce) => reduce switch
    {
        "add" => ScatterOp.Add,
        "multiply" => ScatterOp.Multiply,
        _ => throw new ArgumentException("reduce argument must be either add or multiply."),
    };

    static ScatterOp ScatterReduction(string reduce) => reduce switch
    {
        "sum" or "mean" => ScatterOp.Add,
        "prod" => ScatterOp.Multiply,
        "amax" => ScatterOp.Amax,
        "amin" => ScatterOp.Amin,
        _ => throw new ArgumentException("reduce argument must be either sum, prod, mean, amax or amin."),
    };

    /// <summary>What <c>include_self=False</c> first writes at the scattered positions: the reduction's identity in this dtype.</summary>
    Scalar ReductionIdentity(ScatterOp op) => (op, DType) switch
    {
        (ScatterOp.Add, _) => 0,
        (ScatterOp.Multiply, _) => 1,
        (ScatterOp.Amax, DType.Bool) => false,
        (ScatterOp.Amin, DType.Bool) => true,
        (ScatterOp.Amax, _) when DType.IsFloatingPoint() => double.NegativeInfinity,
        (ScatterOp.Amin, _) when DType.IsFloatingPoint() => double.PositiveInfinity,
        (ScatterOp.Amax, _) => IntegerRange(DType).Min,
        _ => IntegerRange(DType).Max,
    };

    static (long Min, long Max) IntegerRange(DType dtype) => dtype switch
    {
        DType.UInt8 => (byte.MinValue, byte.MaxValue),
        DType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        DType.Int16 => (short.MinValue, short.MaxValue),
        DType.Int32 => (int.MinValue, int.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };
}
