using Flint.Backends.Cpu.Special;

namespace Flint.Tests.Backends.Cpu.Special;

/// <summary>
/// The vectorised float32 exponential against the correctly rounded one: e^x in double (about 2^-53 off) rounded to
/// float. They may differ only where e^x lies within about 2^-45 of a rounding boundary, by one ulp.
/// </summary>
public class VectorExponentialTests
{
    static float CorrectlyRounded(float x) => (float)Math.Exp(x);

    static int UlpDistance(float a, float b) => Math.Abs(BitConverter.SingleToInt32Bits(a) - BitConverter.SingleToInt32Bits(b));

    [Fact]
    public void MatchesTheCorrectlyRoundedExponential()
    {
        // Every 251st bit pattern of [-104, 89] (about 9 million floats), including subnormal and overflowing results.
        var inputs = new List<float>();
        for (long bits = 0; bits < 0x1_0000_0000L; bits += 251)
        {
            float x = BitConverter.Int32BitsToSingle(unchecked((int)(uint)bits));
            if (x is >= -104f and <= 89f) inputs.Add(x);
        }
        var results = new float[inputs.Count];
        Assert.True(VectorExponential.TryExp(inputs.ToArray(), results));
        int differing = 0;
        for (int i = 0; i < results.Length; i++)
        {
            float expected = CorrectlyRounded(inputs[i]);
            if (BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(results[i])) continue;
            Assert.True(UlpDistance(expected, results[i]) == 1, $"exp({inputs[i]:R}): expected {expected:R}, got {results[i]:R}");
            differing++;
        }
        Assert.True(differing < results.Length / 100_000, $"{differing} of {results.Length} results are off by one ulp");
    }

    [Theory]
    [InlineData(0f, 1f)]
    [InlineData(float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity, 0f)]
    [InlineData(88.72284f, float.PositiveInfinity)]
    [InlineData(-103.97208f, 1e-45f)]
    [InlineData(-110f, 0f)]
    [InlineData(1f, 2.7182817f)]
    public void EdgeValues(float x, float expected)
    {
        // Lane 3 of a partial vector: the tail path and the full-vector path agree.
        var input = new[] { 1f, 2f, 3f, x };
        var output = new float[4];
        Assert.True(VectorExponential.TryExp(input, output));
        Assert.Equal(expected, output[3]);
    }

    [Fact]
    public void NaNStaysNaN()
    {
        var output = new float[9];
        Assert.True(VectorExponential.TryExp([.. Enumerable.Repeat(float.NaN, 9)], output));
        Assert.All(output, value => Assert.True(float.IsNaN(value)));
    }

    [Fact]
    public void SigmoidRoundsEachStepOfOneOverOnePlusExpMinusX()
    {
        var inputs = Enumerable.Range(-2000, 4001).Select(i => i / 97f).ToArray();
        var output = new float[inputs.Length];
        Assert.True(VectorExponential.TrySigmoid(inputs, output));
        for (int i = 0; i < inputs.Length; i++)
        {
            float expected = 1f / (1f + CorrectlyRounded(-inputs[i]));
            Assert.True(UlpDistance(expected, output[i]) <= 1, $"sigmoid({inputs[i]:R}): expected {expected:R}, got {output[i]:R}");
        }
    }
}
