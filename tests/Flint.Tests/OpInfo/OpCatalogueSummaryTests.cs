using System.Text.Json;
using Flint.Tests.Golden;
using Xunit.Abstractions;

namespace Flint.Tests.OpInfo;

/// <summary>
/// Counts the OpInfo table: the ops the catalogue registers and the PyTorch golden cases that exercise them.
/// See the counts with <c>dotnet test Flint.sln --filter OpCatalogueSummary --logger "console;verbosity=detailed"</c>.
/// </summary>
public class OpCatalogueSummaryTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryRegisteredOpHasGoldenCases()
    {
        var casesPerOp = new Dictionary<string, int>();
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json"))
            foreach (var item in Cases(GoldenData.Json(Path.GetFileName(file))))
                if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("op", out var op) && op.ValueKind == JsonValueKind.String)
                    casesPerOp[op.GetString()!] = casesPerOp.GetValueOrDefault(op.GetString()!) + 1;

        var missing = OpCatalogue.Ops.Where(op => !casesPerOp.ContainsKey(op)).Order().ToList();
        int cases = OpCatalogue.Ops.Sum(op => casesPerOp.GetValueOrDefault(op));
        output.WriteLine($"OpInfo: {OpCatalogue.Ops.Count} ops, {cases} PyTorch golden cases");
        Assert.True(missing.Count == 0, $"ops without golden cases: {string.Join(", ", missing)}");
        Assert.True(OpCatalogue.Ops.Count > 100, $"the catalogue lists only {OpCatalogue.Ops.Count} ops");
    }

    static IEnumerable<JsonElement> Cases(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root.EnumerateArray(),
        JsonValueKind.Object when root.TryGetProperty("cases", out var cases) && cases.ValueKind == JsonValueKind.Array => cases.EnumerateArray(),
        _ => [],
    };
}
