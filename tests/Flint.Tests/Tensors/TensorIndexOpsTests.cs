using System.Text.Json;
using Flint.Tests.Golden;
using Flint.Tests.OpInfo;

namespace Flint.Tests.Tensors;

/// <summary>
/// Every case of tools/golden/index_ops.py (gather, the scatter family, index_*, masked_*, nonzero, take, put, one_hot)
/// through each C# spelling, against PyTorch's result and its strides, or its error.
/// </summary>
public class TensorIndexOpsTests
{
    const string Cases = "index_ops.json", Tensors = "index_ops.safetensors";

    /// <summary>PyTorch's nonzero writes its [n, dim] result column by column (strides [1, n]); Flint's is row-major.</summary>
    static readonly HashSet<string> ownStrides = ["argwhere", "nonzero_as_tuple"];

    public static TheoryData<string> CaseIds() => GoldenData.CaseIds(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case(Cases, id);
        string op = item.GetProperty("op").GetString()!;
        var forms = IndexOpsForms.Of(op, GoldenCalls.Arguments(Tensors, item), item.GetProperty("kwargs"));
        GoldenCalls.Matches(item, Tensors, forms, checkStrides: !ownStrides.Contains(op));
    }

    [Fact]
    public void TheCatalogueListsExactlyTheOpsTheGoldensCover()
    {
        var covered = GoldenData.Cases(Cases).Select(c => c.GetProperty("op").GetString()!).Distinct().Order();
        Assert.Equal(OpCatalogue.IndexOps.Order(), covered);
    }
}
