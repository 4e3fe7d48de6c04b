using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// Every case of tools/golden/unary_math.py through each C# spelling against PyTorch's output or error: bit-exact, or
/// for "approx" cases within the case's float32 tolerance (a few ulp; see the script for where PyTorch's own
/// vectorised functions round differently).
/// </summary>
public class TensorUnaryMathTests
{
    const string Cases = "unary_math.json", Tensors = "unary_math.safetensors";

    public static TheoryData<string> CaseIds() => GoldenData.CaseIds(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case(Cases, id);
        string op = item.GetProperty("op").GetString()!;
        JsonElement? kwargs = item.TryGetProperty("kwargs", out var k) ? k : null;
        Func<Tensor> input = () => (Tensor)GoldenOperands.Build(Tensors, item.GetProperty("args")[0]);
        double tolerance = item.TryGetProperty("float32_rtol", out var rtol) ? rtol.GetDouble() : 0;
        var forms = op.EndsWith('_')
            ? [() => InPlace(op, input(), kwargs)]
            : UnaryMathForms.Of(op, input(), kwargs);
        GoldenAssert.MatchesCase(item, Tensors, forms, float32Tolerance: tolerance);
    }

    static Tensor InPlace(string op, Tensor self, JsonElement? kwargs)
    {
        var returned = UnaryMathForms.Of(op, self, kwargs)[0]();
        Assert.Same(self, returned);
        return GoldenOperands.BaseOf(self);
    }
}
