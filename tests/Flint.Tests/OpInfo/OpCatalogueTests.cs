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
        var missing = OpCatalogue.OpsIn(caseFile).Where(op => !OpCatalogue.Ops.Contains(op)).ToArray();
        Assert.True(missing.Length == 0, $"{caseFile}: not in OpCatalogue: {string.Join(", ", missing)}");
    }
}
