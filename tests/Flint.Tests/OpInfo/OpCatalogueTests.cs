using Flint.Tests.Golden;

namespace Flint.Tests.OpInfo;

/// <summary>Every op a golden case file exercises is registered in the catalogue.</summary>
public class OpCatalogueTests
{
    [Theory]
    [InlineData("elementwise.json")]
    [InlineData("unary_math.json")]
    [InlineData("binary_math.json")]
    public void GoldenOpsAreCatalogued(string caseFile)
    {
        var root = GoldenData.Json(caseFile);
        var cases = root.ValueKind == System.Text.Json.JsonValueKind.Array ? root : root.GetProperty("cases");
        var missing = cases.EnumerateArray().Select(c => c.GetProperty("op").GetString()!).Distinct()
            .Where(op => !OpCatalogue.Ops.Contains(op)).ToArray();
        Assert.True(missing.Length == 0, $"{caseFile}: not in OpCatalogue: {string.Join(", ", missing)}");
    }
}
