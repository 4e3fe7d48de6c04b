namespace Flint.Tests.Tensors.Printing;

/// <summary>
/// <c>Tensor.ToString()</c> against PyTorch's <c>repr</c> for the golden cases that set print options or the default
/// dtype; they run alone, since those settings are process-wide.
/// </summary>
[Collection("GlobalState")]
public class TensorFormatterGlobalStateTests
{
    public static TheoryData<string> GlobalStateCases => ReprGoldenCase.Ids(changesGlobalState: true);

    [Theory]
    [MemberData(nameof(GlobalStateCases))]
    public void MatchesPyTorchRepr(string id)
    {
        var c = ReprGoldenCase.Get(id);
        string printed;
        using (ReprGoldenCase.ApplyGlobalState(c)) printed = ReprGoldenCase.Build(c).ToString();
        Assert.Equal(c.GetProperty("repr").GetString(), printed);
        Assert.Equal(PrintOptions.Default, Torch.GetPrintOptions());
        Assert.Equal(DType.Float32, Torch.GetDefaultDType());
    }

    [Fact]
    public void EdgeItemsZeroOnAMatrixFailsAsPyTorch()
    {
        var matrix = Torch.Arange(20).View(4, 5);
        try
        {
            Torch.SetPrintOptions(threshold: 5, edgeitems: 0);
            var error = Assert.Throws<InvalidOperationException>(() => matrix.ToString());
            Assert.Equal("stack expects a non-empty TensorList", error.Message);
        }
        finally
        {
            Torch.ResetPrintOptions();
        }
    }
}
