using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>Every case of tools/golden/statistics.py through each C# spelling, against PyTorch's outputs or error.</summary>
public class TensorStatisticsTests
{
    const string Cases = "statistics.json", Tensors = "statistics.safetensors";

    static readonly Dictionary<string, JsonElement> byId = MultiOutputAssert.CasesById(Cases);

    public static TheoryData<string> CaseIds() => new(byId.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = byId[id];
        var forms = StatisticsForms.Of(item.GetProperty("op").GetString()!, MultiOutputAssert.Operands(item, Tensors), new Kwargs(item.GetProperty("kwargs")));
        MultiOutputAssert.MatchesCase(item, Tensors, forms, float32Tolerance: 1e-5);
    }
}
