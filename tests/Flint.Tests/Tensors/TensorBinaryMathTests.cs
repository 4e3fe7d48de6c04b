using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// Every case of tools/golden/binary_math.py through each C# spelling against PyTorch's output or error: bit-exact, or
/// for atan2, hypot, xlogy and float_power within the case's tolerance.
/// </summary>
public class TensorBinaryMathTests
{
    const string Cases = "binary_math.json", Tensors = "binary_math.safetensors";

    public static TheoryData<string> CaseIds() => GoldenData.CaseIds(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case(Cases, id);
        string op = item.GetProperty("op").GetString()!;
        JsonElement? kwargs = item.TryGetProperty("kwargs", out var k) ? k : null;
        object[] operands() => item.GetProperty("args").EnumerateArray().Select(arg => GoldenOperands.Build(Tensors, arg)).ToArray();
        double tolerance = item.TryGetProperty("float32_rtol", out var rtol) ? rtol.GetDouble() : 0;
        var forms = op.EndsWith('_') ? [() => InPlace(op, operands(), kwargs)] : BinaryMathForms.Of(op, operands(), kwargs);
        GoldenAssert.MatchesCase(item, Tensors, forms, float32Tolerance: tolerance);
    }

    static Tensor InPlace(string op, object[] args, JsonElement? kwargs)
    {
        var self = (Tensor)args[0];
        Assert.Same(self, BinaryMathForms.InPlace(op, args, kwargs));
        return GoldenOperands.BaseOf(self);
    }
}
