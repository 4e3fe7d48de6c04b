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
    /// <c>destination = this * factor + addend</c>, all of one dtype (PyTorch's addcmul and lerp). Float and double round
    /// once, a fused multiply-add, as the compiler contracts PyTorch's CPU kernels; half types compute in float32 and
    /// round once; integers wrap.
    /// </summary>
    void MultiplyAdd(Layout layout, IStorage factor, Layout factorLayout, IStorage addend, Layout addendLayout, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// <c>destination = condition ? this : other</c> elementwise (PyTorch's where); this, other and the destination
    /// share one dtype, the condition is a Bool or UInt8 storage (non-zero selects this).
    /// </summary>
    void Where(Layout layout, IStorage condition, Layout conditionLayout, IStorage other, Layout otherLayout, IStorage destination, Layout destinationLayout);

    /// <summary>
    /// Reduces into <paramref name="destination"/>, whose layout has this layout's shape with stride 0
    /// along every reduced dimension (so each destination element collects the source elements mapped onto it).
    /// The destination may have a wider dtype than the source (e.g. Int64 sums of Int32).
    /// </summary>
    void Reduce(ReduceOp op, Layout layout, IStorage destination, Layout destinationLayout);

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

    /// <summary>A copy of the whole buffer in CPU memory.</summary>
    Cpu.CpuStorage ToCpu();
}

/// <summary>The source dimensions an advanced index addresses: their numbers (for messages), sizes and strides.</summary>
public sealed record IndexedDims(int[] Dims, long[] Sizes, long[] Strides);
