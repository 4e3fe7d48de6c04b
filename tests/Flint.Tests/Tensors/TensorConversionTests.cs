using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

public class TensorConversionTests
{
    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var item in GoldenData.Json("conversion.json").EnumerateArray())
            data.Add(item.GetProperty("source").GetString()!, item.GetProperty("target").GetString()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ToMatchesPyTorch(string source, string target)
    {
        var item = GoldenData.Json("conversion.json").EnumerateArray()
            .Single(c => c.GetProperty("source").GetString() == source && c.GetProperty("target").GetString() == target);
        DType from = DTypeExtensions.ParseTorchName(source), to = DTypeExtensions.ParseTorchName(target);
        var input = item.GetProperty("input");
        var x = from.IsFloatingPoint()
            ? Torch.Tensor(GoldenData.Doubles(input), dtype: DType.Float64).To(from)
            : Torch.Tensor(GoldenData.Longs(input)).To(from);

        var y = x.To(to);

        Assert.Equal(to, y.DType);
        var expected = item.GetProperty("expected");
        if (to.IsFloatingPoint())
            AssertBitwiseEqual(GoldenData.Doubles(expected), y.ToArray<double>());
        else
            Assert.Equal(GoldenData.Longs(expected), y.ToArray<long>());
    }

    static void AssertBitwiseEqual(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(
                BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i]) || (double.IsNaN(expected[i]) && double.IsNaN(actual[i])),
                $"element {i}: expected {expected[i]:R}, got {actual[i]:R}");
    }

    [Fact]
    public void ToReturnsItselfWhenNothingChanges()
    {
        var x = Torch.Ones(3);
        Assert.Same(x, x.To(DType.Float32));
        Assert.Same(x, x.To(Device.Cpu));
        Assert.NotSame(x, x.To(DType.Float32, copy: true));
    }

    [Fact]
    public void MovingToAnAbsentDeviceThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Torch.Ones(2).To(new Device("cuda:0")));
        Assert.Contains("cuda:0", error.Message);
    }

    [Fact]
    public void ItemAndToArrayConvert()
    {
        var x = Torch.Tensor(new[,] { { 1.5f, -2.5f } });
        Assert.Equal(new long[] { 1, -2 }, x.ToArray<long>());
        Assert.Equal(-2.5, x.Select(1, 1).Item<double>());
        Assert.Throws<InvalidOperationException>(() => x.Item<float>());
    }

    [Fact]
    public void AsSpanSharesStorageOfContiguousTensors()
    {
        var data = new float[] { 1, 2, 3, 4 };
        var x = Torch.FromArray(data, 2, 2);
        x.AsSpan<float>()[3] = 40;
        Assert.Equal(40, data[3]);
        Assert.Throws<InvalidOperationException>(() => x.T.AsSpan<float>());
        Assert.Throws<ArgumentException>(() => x.AsSpan<double>());
    }
}
