using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors.Printing;

/// <summary>Exact '{:.Nf}' / '{:.Ne}' digits against Python's (Golden/repr.json, "float_format").</summary>
public class PythonFloatFormatTests
{
    [Fact]
    public void MatchesPythonFormatting()
    {
        var mismatches = new List<string>();
        foreach (JsonElement entry in GoldenData.Json("repr.json").GetProperty("float_format").EnumerateArray())
        {
            double value = GoldenData.Double(entry.GetProperty("value"));
            int precision = entry.GetProperty("precision").GetInt32();
            string kind = entry.GetProperty("kind").GetString()!;
            string expected = entry.GetProperty("text").GetString()!;
            string actual = kind == "f" ? PythonFloatFormat.Fixed(value, precision) : PythonFloatFormat.Scientific(value, precision);
            if (actual != expected) mismatches.Add($"'{{:.{precision}{kind}}}'.format({value:R}): expected {expected}, got {actual}");
        }
        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(0.125, 2, "0.12")] // an exact tie rounds to even, where .NET's "F2" gives 0.13
    [InlineData(0.375, 2, "0.38")]
    [InlineData(2.5, 0, "2")]
    [InlineData(-0.001, 2, "-0.00")]
    public void FixedRoundsTiesToEven(double value, int precision, string expected) =>
        Assert.Equal(expected, PythonFloatFormat.Fixed(value, precision));

    [Fact]
    public void Float32ValuesAreFormattedAsTheirExactDouble()
    {
        // Python sees float32 0.1 as the double 0.100000001490116..., so ten digits show the float32 error.
        Assert.Equal("0.1000000015", PythonFloatFormat.Fixed(0.1f, 10));
        Assert.Equal("1.0000000149e-01", PythonFloatFormat.Scientific(0.1f, 10));
    }
}
