using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>Every case of tools/golden/selection.py through the Tensor method and the <c>Torch</c> static, against PyTorch's outputs or error.</summary>
public class TensorSelectionTests
{
    const string Cases = "selection.json", Tensors = "selection.safetensors";

    static readonly Dictionary<string, JsonElement> byId = MultiOutputAssert.CasesById(Cases);

    public static TheoryData<string> CaseIds() => new(byId.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = byId[id];
        var forms = SelectionForms.Of(item.GetProperty("op").GetString()!, MultiOutputAssert.Operands(item, Tensors), new Kwargs(item.GetProperty("kwargs")));
        MultiOutputAssert.MatchesCase(item, Tensors, forms, float32Tolerance: 0);
    }
}
