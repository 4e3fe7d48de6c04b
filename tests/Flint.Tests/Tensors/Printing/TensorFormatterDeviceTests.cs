using Flint.Backends;
using Flint.Backends.Cpu;

namespace Flint.Tests.Tensors.Printing;

/// <summary>
/// The device suffix, on tensors whose storage claims a CUDA device (no CUDA backend exists yet). The expected strings
/// are what PyTorch 1.13's <c>_add_suffixes</c> makes of the same body and suffixes (checked with torch._tensor_str).
/// </summary>
public class TensorFormatterDeviceTests
{
    [Fact]
    public void DeviceComesFirstAndWrapsLikeOtherSuffixes()
    {
        var rows = OnDevice(Torch.Arange(10.0, dtype: DType.Float64).Mul(1.5), Device.Cuda(0));
        Assert.Equal(
            "tensor([ 0.0000,  1.5000,  3.0000,  4.5000,  6.0000,  7.5000,  9.0000, 10.5000,\n" +
            "        12.0000, 13.5000], device='cuda:0', dtype=torch.float64)",
            rows.ToString());
    }

    [Fact]
    public void DeviceWithRequiresGrad() =>
        Assert.Equal("tensor([1., 2.], device='cuda:0', requires_grad=True)",
            OnDevice(Torch.Tensor(new float[] { 1, 2 }), Device.Cuda(0)).RequiresGrad_().ToString());

    [Fact]
    public void SummarisedOnOtherOrdinal() =>
        Assert.Equal(
            "tensor([0.0000e+00, 1.0000e+00, 2.0000e+00,  ..., 1.9970e+03, 1.9980e+03,\n" +
            "        1.9990e+03], device='cuda:1')",
            OnDevice(Torch.Arange(2000.0), Device.Cuda(1)).ToString());

    [Fact]
    public void EmptyShowsDeviceSizeAndDType() =>
        Assert.Equal("tensor([], device='cuda:0', size=(0, 3), dtype=torch.int32)",
            OnDevice(Torch.Zeros([0, 3], dtype: DType.Int32), Device.Cuda(0)).ToString());

    static Tensor OnDevice(Tensor cpuTensor, Device device) =>
        new(new DeviceStorage(cpuTensor.Contiguous().Storage.ToCpu(), new DeviceBackend(device)), cpuTensor.Contiguous().Layout);

    sealed class DeviceBackend(Device device) : IBackend
    {
        public Device Device => device;

        public IStorage Allocate(DType dtype, long count, bool zeroed = false) => new DeviceStorage(CpuStorage.Allocate(dtype, count, zeroed), this);

        public IStorage FromCpu(CpuStorage storage) => new DeviceStorage(storage.ToCpu(), this);
    }

    /// <summary>CPU memory reporting another device: every operation runs on the wrapped CPU storage.</summary>
    sealed class DeviceStorage(CpuStorage memory, IBackend backend) : IStorage
    {
        public IBackend Backend => backend;

        public DType DType => memory.DType;

        public long Count => memory.Count;

        public void CopyTo(Layout layout, IStorage destination, Layout destinationLayout) =>
            memory.CopyTo(layout, destination is DeviceStorage other ? other.Memory : destination, destinationLayout);

        public void Fill(Layout layout, Scalar value) => memory.Fill(layout, value);

        public void Unary(UnaryOp op, Layout layout, IStorage destination, Layout destinationLayout) =>
            memory.Unary(op, layout, ((DeviceStorage)destination).Memory, destinationLayout);

        public void Binary(BinaryOp op, Layout layout, IStorage other, Layout otherLayout, IStorage destination, Layout destinationLayout) =>
            memory.Binary(op, layout, ((DeviceStorage)other).Memory, otherLayout, ((DeviceStorage)destination).Memory, destinationLayout);

        public void AddScaled(Layout layout, IStorage other, Layout otherLayout, Scalar alpha, IStorage destination, Layout destinationLayout) =>
            memory.AddScaled(layout, ((DeviceStorage)other).Memory, otherLayout, alpha, ((DeviceStorage)destination).Memory, destinationLayout);

        public void Reduce(ReduceOp op, Layout layout, IStorage destination, Layout destinationLayout) =>
            memory.Reduce(op, layout, ((DeviceStorage)destination).Memory, destinationLayout);

        public void Statistic(RowStatistic statistic, long k, Layout layout, int dim, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout) =>
            throw new InvalidOperationException("Printing does not reduce along a dimension.");

        public void Scan(ScanOp op, Layout layout, int dim, IStorage destination, Layout destinationLayout, IStorage? indices, Layout? indicesLayout) =>
            throw new InvalidOperationException("Printing does not scan.");

        public void Sort(Layout layout, int dim, bool descending, bool stable, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout) =>
            throw new InvalidOperationException("Printing does not sort.");

        public void Topk(Layout layout, int dim, long k, bool largest, bool sorted, IStorage values, Layout valuesLayout, IStorage indices, Layout indicesLayout) =>
            throw new InvalidOperationException("Printing does not sort.");

        public void SearchSorted(Layout layout, IStorage? sorter, Layout? sorterLayout, IStorage values, Layout valuesLayout, bool right, IStorage destination, Layout destinationLayout) =>
            throw new InvalidOperationException("Printing does not search.");

        public void IndexGather(Layout layout, IndexedDims indexed, IStorage[] indices, Layout[] indexLayouts, IStorage destination, Layout destinationLayout) =>
            throw new InvalidOperationException("Printing does not index.");

        public void IndexScatter(Layout layout, IndexedDims indexed, IStorage[] indices, Layout[] indexLayouts, IStorage values, Layout valuesLayout, bool accumulate) =>
            throw new InvalidOperationException("Printing does not index.");

        public void Gather(int dim, long dimSize, Layout layout, IStorage index, Layout indexLayout, IStorage destination, Layout destinationLayout) =>
            throw new InvalidOperationException("Printing does not gather.");

        public void Scatter(ScatterOp op, int dim, long dimSize, Layout layout, IStorage index, Layout indexLayout, IStorage source, Layout sourceLayout) =>
            throw new InvalidOperationException("Printing does not scatter.");

        public CpuStorage ToCpu() => memory.ToCpu();

        CpuStorage Memory => memory;
    }
}
