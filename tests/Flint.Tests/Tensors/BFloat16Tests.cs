namespace Flint.Tests.Tensors;

public class BFloat16Tests
{
    [Theory]
    [InlineData(1.0f, (ushort)0x3F80)]
    [InlineData(1.00390625f, (ushort)0x3F80)]  // exactly halfway, rounds to even (down)
    [InlineData(1.01171875f, (ushort)0x3F82)]  // exactly halfway, rounds to even (up)
    [InlineData(1.0078125f, (ushort)0x3F81)]
    [InlineData(-2.5f, (ushort)0xC020)]
    [InlineData(float.PositiveInfinity, (ushort)0x7F80)]
    [InlineData(3.4028235e38f, (ushort)0x7F80)]  // rounds up past the largest finite bfloat16
    public void ConvertsFromFloatRoundingToNearestEven(float value, ushort bits) =>
        Assert.Equal(bits, ((BFloat16)value).Bits);

    [Fact]
    public void NaNStaysQuietNaN()
    {
        Assert.True(BFloat16.IsNaN((BFloat16)float.NaN));
        Assert.Equal((ushort)0x7FC0, ((BFloat16)float.NaN).Bits);
    }

    [Fact]
    public void WidensExactly() => Assert.Equal(1.0078125f, (float)BFloat16.FromBits(0x3F81));
}
