using Flint.Autograd;
using Flint.Backends;

namespace Flint;

/// <summary>
/// A multi-dimensional array with PyTorch's semantics: a handle of a shared <see cref="IStorage"/>
/// and a <see cref="Layout"/> (sizes, strides, offset) over it, plus autograd metadata. Views make a
/// new handle over the same storage; nothing here copies unless its name says so.
/// </summary>
public sealed partial class Tensor
{
    internal Tensor(IStorage storage, Layout layout, Tensor? viewBase = null)
    {
        Storage = storage;
        Layout = layout;
        Base = viewBase?.Base ?? viewBase;
        VersionCounter = viewBase?.VersionCounter ?? new VersionCounter();
        inference = viewBase?.inference ?? GradMode.IsInference;
        if (viewBase is not null) InitializeViewHistory();
    }

    /// <summary>A handle over the same elements that shares their version counter but is not a view (PyTorch's <c>detach</c>).</summary>
    internal Tensor(IStorage storage, Layout layout, VersionCounter versionCounter, bool inference)
    {
        Storage = storage;
        Layout = layout;
        VersionCounter = versionCounter;
        this.inference = inference;
    }

    /// <summary>A fresh dense tensor of <paramref name="shape"/> on <paramref name="device"/>; contents unspecified unless zeroed.</summary>
    internal static Tensor Allocate(long[] shape, DType dtype, Device device, bool zeroed = false)
    {
        foreach (long size in shape)
            if (size < 0) throw new ArgumentException($"Trying to create tensor with negative dimension {size}: {Flint.Shape.Format(shape)}");
        var storage = BackendRegistry.Get(device).Allocate(dtype, Flint.Shape.NumelOf(shape), zeroed);
        return new Tensor(storage, Layout.Contiguous(shape));
    }

    public IStorage Storage { get; }

    public Layout Layout { get; }

    /// <summary>The tensor this one is a view of (PyTorch's <c>_base</c>), or null.</summary>
    public Tensor? Base { get; }

    public bool IsView => Base is not null;

    public DType DType => Storage.DType;

    public Device Device => Storage.Device;

    public Shape Shape => Shape.Wrap(Layout.ShapeArray);

    public long[] Strides => Layout.Strides.ToArray();

    /// <summary>The stride of <paramref name="dim"/>, in elements (PyTorch's <c>stride(dim)</c>).</summary>
    public long Stride(int dim) => Layout.Strides[WrapDim(dim)];

    public long StorageOffset => Layout.Offset;

    public int Dim => Layout.Rank;

    public long Numel => Layout.Numel;

    public long Size(int dim) => Layout.Shape[WrapDim(dim)];

    public bool IsContiguous() => Layout.IsContiguous;

    public bool IsFloatingPoint => DType.IsFloatingPoint();

    /// <summary>Counts in-place modifications; shared with every view of the same data.</summary>
    public VersionCounter VersionCounter { get; }

    public int Version => VersionCounter.Version;

    /// <summary>Wraps <paramref name="dim"/> (negative counts from the end) and checks it, with PyTorch's message.</summary>
    internal int WrapDim(int dim) => WrapDim(dim, Dim);

    internal static int WrapDim(int dim, int rank)
    {
        int effectiveRank = Math.Max(rank, 1);
        if (dim < -effectiveRank || dim >= effectiveRank)
            throw new IndexOutOfRangeException(
                $"Dimension out of range (expected to be in range of [{-effectiveRank}, {effectiveRank - 1}], but got {dim})");
        return dim < 0 ? dim + effectiveRank : dim;
    }

    /// <summary>Marks an in-place modification: bumps the version counter shared with views.</summary>
    internal void MarkModified() => VersionCounter.Bump();

    /// <summary>A new handle over this tensor's storage with <paramref name="layout"/>, sharing its version counter.</summary>
    internal Tensor ViewWith(Layout layout) => new(Storage, layout, this);

    public override string ToString() => TensorFormatter.Format(this);
}
