using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// Every case of the reduction-catalogue goldens (tools/golden/selection.py, scans.py, statistics.py, bucketing.py)
/// through each C# spelling of its op, against PyTorch's outputs or error.
/// </summary>
public class ReductionCatalogueTests
{
    /// <summary>The C# spellings of a case's op; operands come fresh from the factory, as in-place forms write them.</summary>
    delegate Func<Tensor[]>[] FormsOf(string op, Func<object[]> operands, Kwargs kwargs);

    static readonly Dictionary<string, (FormsOf Forms, double Float32Tolerance)> families = new()
    {
        ["selection"] = ((op, operands, kw) => SelectionForms.Of(op, operands(), kw), 0),
        ["scans"] = ((op, operands, kw) => ScanForms.Of(op, () => (Tensor)operands()[0], kw), 1e-6),
        ["statistics"] = ((op, operands, kw) => StatisticsForms.Of(op, operands(), kw), 1e-5),
        ["bucketing"] = ((op, operands, kw) => BucketingForms.Of(op, operands(), kw), 0),
    };

    static readonly Dictionary<string, Dictionary<string, JsonElement>> cases =
        families.Keys.ToDictionary(family => family, family => MultiOutputAssert.CasesById(family + ".json"));

    public static TheoryData<string, string> CaseIds()
    {
        var ids = new TheoryData<string, string>();
        foreach (var (family, byId) in cases)
            foreach (string id in byId.Keys) ids.Add(family, id);
        return ids;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string family, string id)
    {
        var item = cases[family][id];
        string tensors = family + ".safetensors";
        var (formsOf, tolerance) = families[family];
        var forms = formsOf(item.GetProperty("op").GetString()!, () => MultiOutputAssert.Operands(item, tensors), new Kwargs(item.GetProperty("kwargs")));
        MultiOutputAssert.MatchesCase(item, tensors, forms, tolerance);
    }
}
