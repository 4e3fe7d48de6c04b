namespace Flint.Tests.Tensors;

public class DeviceTests
{
    [Theory]
    [InlineData("cpu", DeviceType.Cpu, -1, "cpu")]
    [InlineData("cuda", DeviceType.Cuda, -1, "cuda")]
    [InlineData("cuda:1", DeviceType.Cuda, 1, "cuda:1")]
    [InlineData("cpu:0", DeviceType.Cpu, 0, "cpu:0")]
    public void ParsesPyTorchDeviceStrings(string text, DeviceType type, int index, string printed)
    {
        var device = new Device(text);
        Assert.Equal(type, device.Type);
        Assert.Equal(index, device.Index);
        Assert.Equal(printed, device.ToString());
    }

    [Theory]
    [InlineData("gpu")]
    [InlineData("cuda:x")]
    [InlineData("cuda:0:1")]
    [InlineData("cpu:1")]
    public void RejectsInvalidStrings(string text) => Assert.Throws<ArgumentException>(() => new Device(text));

    [Fact]
    public void FactoriesAndEquality()
    {
        Assert.Equal(new Device("cuda:0"), Device.Cuda(0));
        Assert.True(Device.Cpu.IsCpu);
        Assert.NotEqual(Device.Cuda(0), Device.Cuda(1));
    }
}
