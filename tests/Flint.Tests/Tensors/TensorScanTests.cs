using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>Every case of tools/golden/scans.py through each C# spelling, against PyTorch's outputs or error.</summary>
public class TensorScanTests
{
    const string Cases = "scans.json", Tensors = "scans.safetensors";

    static readonly Dictionary<string, JsonElement> byId = MultiOutputAssert.CasesById(Cases);

    public static TheoryData<string> CaseIds() => new(byId.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = byId[id];
        var forms = ScanForms.Of(item.GetProperty("op").GetString()!, () => (Tensor)MultiOutputAssert.Operands(item, Tensors)[0], new Kwargs(item.GetProperty("kwargs")));
        MultiOutputAssert.MatchesCase(item, Tensors, forms, float32Tolerance: 1e-6);
    }
}
