namespace Flint.Tests.Tensors.Printing;

/// <summary><c>Tensor.ToString()</c> against PyTorch's <c>repr</c> (Golden/repr.json), under default settings.</summary>
public class TensorFormatterTests
{
    public static TheoryData<string> DefaultStateCases => ReprGoldenCase.Ids(changesGlobalState: false);

    [Theory]
    [MemberData(nameof(DefaultStateCases))]
    public void MatchesPyTorchRepr(string id)
    {
        var c = ReprGoldenCase.Get(id);
        Assert.Equal(c.GetProperty("repr").GetString(), ReprGoldenCase.Build(c).ToString());
    }

    [Fact]
    public void PrintingDoesNotChangeTheTensor()
    {
        var tensor = Torch.Arange(3000.0).View(30, 100).T;
        int version = tensor.Version;
        _ = tensor.ToString();
        Assert.Equal(version, tensor.Version);
        Assert.True(tensor.IsLeaf);
        Assert.Equal(2999.0, tensor.Select(0, 99).Select(0, 29).Item<double>());
    }
}
