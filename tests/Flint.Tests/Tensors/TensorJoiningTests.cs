using System.Text.Json;
using Flint.Tests.Golden;
using Flint.Tests.OpInfo;

namespace Flint.Tests.Tensors;

/// <summary>
/// Every case of tools/golden/joining.py (cat, stacks, repeat, tile, repeat_interleave, flips, roll, rot90, meshgrid,
/// cartesian_prod, combinations, pad, take_along_dim) through each C# spelling, against PyTorch's result and its
/// strides, or its error.
/// </summary>
public class TensorJoiningTests
{
    const string Cases = "joining.json", Tensors = "joining.safetensors";

    public static TheoryData<string> CaseIds() => GoldenData.CaseIds(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case(Cases, id);
        var forms = JoiningForms.Of(item.GetProperty("op").GetString()!, GoldenCalls.Arguments(Tensors, item), item.GetProperty("kwargs"));
        GoldenCalls.Matches(item, Tensors, forms);
    }

    [Fact]
    public void TheCatalogueListsExactlyTheOpsTheGoldensCover()
    {
        var covered = GoldenData.Cases(Cases).Select(c => c.GetProperty("op").GetString()!).Distinct().Order();
        Assert.Equal(OpCatalogue.Joining.Order(), covered);
    }

    [Fact]
    public void CartesianProductOfOneVectorIsThatVector()
    {
        var vector = Torch.Arange(3);
        Assert.Same(vector, Torch.CartesianProd([vector]));
    }

    [Fact]
    public void MeshgridReturnsViewsOfItsInputs()
    {
        var a = Torch.Arange(3.0);
        var grids = Torch.Meshgrid([a, Torch.Arange(2.0)]);
        a[0] = 7.0;
        Assert.Equal(7.0, grids[0][0, 1].Item<double>());
    }
}
