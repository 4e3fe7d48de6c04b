namespace Flint.Backends;

/// <summary>
/// A device buffer of elements of one dtype, and the operations a backend implements over it.
/// This is the one virtual boundary between <see cref="Tensor"/> and a device: every op reaches
/// a backend through exactly one call here, with explicit layouts (shape, strides, offset) for
/// every operand. Operands passed together always share one shape (the tensor layer broadcasts
/// with stride-0 layouts first) and, except for copies and comparisons, one dtype.
/// </summary>
public interface IStorage
{
    IBackend Backend { get; }

    DType DType { get; }

    /// <summary>Number of elements the buffer holds.</summary>
    long Count { get; }

    Device Device => Backend.Device;

    /// <summary>Copies the elements of this storage under <paramref name="layout"/> into <paramref name="destination"/>, converting dtype.</summary>
    void CopyTo(Layout layout, IStorage destination, Layout destinationLayout);

    void Fill(Layout layout, Scalar value);

    /// <summary>Applies <paramref name="op"/> elementwise; the destination has this storage's dtype, or Bool for predicates.</summary>
    void Unary(UnaryOp op, Layout layout, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// Applies <paramref name="op"/> elementwise to this storage and <paramref name="other"/> (same dtype);
    /// the destination has that dtype, or Bool for comparisons and logical ops.
    /// </summary>
    void Binary(BinaryOp op, Layout layout, IStorage other, Layout otherLayout, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// <c>destination = this + alpha * other</c> (same dtype, which the destination has too): PyTorch's add with
    /// alpha. Float and double round once (a fused multiply-add, as PyTorch's vectorised CPU kernel); half types
    /// round <c>alpha * other</c> first, as PyTorch does; bool computes <c>this || (alpha &amp;&amp; other)</c>.
    /// </summary>
    void AddScaled(Layout layout, IStorage other, Layout otherLayout, Scalar alpha, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// Reduces into <paramref name="destination"/>, whose layout has this layout's shape with stride 0
    /// along every reduced dimension (so each destination element collects the source elements mapped onto it).
    /// The destination may have a wider dtype than the source (e.g. Int64 sums of Int32).
    /// </summary>
    void Reduce(ReduceOp op, Layout layout, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// One value of each row of <paramref name="layout"/> along <paramref name="dim"/> and the index it came from:
    /// PyTorch's max/min with a dim, kthvalue (<paramref name="k"/> counts from 1), median and mode. The outputs have
    /// the layout's shape with size 1 along <paramref name="dim"/>; values have this storage's dtype, indices Int64.
    /// </summary>
    void Statistic(RowStatistic statistic, long k, Layout layout, int dim, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout);

    /// <summary>
    /// Inclusive scan of each row along <paramref name="dim"/> into <paramref name="destination"/> (same shape and dtype);
    /// <see cref="ScanOp.Max"/> and <see cref="ScanOp.Min"/> also write the Int64 index of each running extreme.
    /// </summary>
    void Scan(ScanOp op, Layout layout, int dim, IStorage destination, Layout destinationLayout, IStorage? indices, Layout? indicesLayout);

    /// <summary>
    /// Sorts each row along <paramref name="dim"/> (NaN above every number), writing the values and the Int64 indices
    /// they came from. Stable sorts keep equal values in index order; otherwise equal values end as PyTorch's CPU sort
    /// leaves them.
    /// </summary>
    void Sort(Layout layout, int dim, bool descending, bool stable, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout);

    /// <summary>
    /// The <paramref name="k"/> largest (or smallest) values of each row along <paramref name="dim"/> and their Int64
    /// indices, in order when <paramref name="sorted"/>; the outputs have size k along that dimension.
    /// </summary>
    void Topk(Layout layout, int dim, long k, bool largest, bool sorted, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout);

    /// <summary>
    /// For each element of <paramref name="values"/> (same dtype), the position of the first boundary in its row of this
    /// storage (rows along the last dimension, ascending, read through <paramref name="sorter"/> when given) that is
    /// not below it (above it when <paramref name="right"/>). The boundary layout has the values' shape except in the
    /// last dimension; the destination (Int64 or Int32) has the values' shape.
    /// </summary>
    void SearchSorted(Layout layout, IStorage? sorter, Layout? sorterLayout, IStorage values, Layout valuesLayout, bool right, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// Advanced-indexing read: <c>destination[i] = this[layout(i) + Σ_k wrap(indices_k[i]) * indexed.Strides[k]]</c>.
    /// <paramref name="layout"/> has the destination's shape and covers the dimensions that are not indexed;
    /// each Int64 index storage is read through its layout, also of the destination's shape. Indices are
    /// checked against <c>indexed.Sizes</c> (negative ones count from the end).
    /// </summary>
    void IndexGather(Layout layout, IndexedDims indexed, IStorage[] indices, Layout[] indexLayouts, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// Advanced-indexing write, the inverse of <see cref="IndexGather"/>: stores (or, with
    /// <paramref name="accumulate"/>, adds) <paramref name="values"/> into this storage at the indexed positions.
    /// </summary>
    void IndexScatter(Layout layout, IndexedDims indexed, IStorage[] indices, Layout[] indexLayouts, IStorage values, Layout valuesLayout, bool accumulate);

    /// <summary>
    /// Gathers along dimension <paramref name="dim"/> (PyTorch's <c>gather</c>): for every position p of the index's
    /// shape, <c>destination[p] = this[layout(p with p[dim] = 0) + index[p] * layout.Strides[dim]]</c>. Every layout has
    /// the index's shape; <paramref name="layout"/>'s stride along <paramref name="dim"/> is this storage's stride there.
    /// Index values (Int64) must lie in <c>[0, dimSize)</c>.
    /// </summary>
    void Gather(int dim, long dimSize, Layout layout, IStorage index, Layout indexLayout, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// The inverse of <see cref="Gather"/> (PyTorch's <c>scatter</c> family): combines <c>source[p]</c> into
    /// <c>this[layout(p with p[dim] = 0) + index[p] * layout.Strides[dim]]</c> with <paramref name="op"/>. The source has
    /// this storage's dtype. Writes that may meet (one column along <paramref name="dim"/>) happen in index order.
    /// </summary>
    void Scatter(ScatterOp op, int dim, long dimSize, Layout layout, IStorage index, Layout indexLayout, IStorage source, Layout sourceLayout);

    /// <summary>A copy of the whole buffer in CPU memory.</summary>
    Cpu.CpuStorage ToCpu();
}

/// <summary>The source dimensions an advanced index addresses: their numbers (for messages), sizes and strides.</summary>
public sealed record IndexedDims(int[] Dims, long[] Sizes, long[] Strides);
