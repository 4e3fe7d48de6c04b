using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// Every case of tools/golden/reductions.py through the Tensor method and the <c>Torch</c> static, against
/// PyTorch's output or error; and the small programs.
/// </summary>
public class TensorReductionTests
{
    const string Cases = "reductions.json", Tensors = "reductions.safetensors";

    public static TheoryData<string> CaseIds() => GoldenData.CaseIds(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case(Cases, id);
        var input = (Tensor)GoldenOperands.Build(Tensors, item.GetProperty("args")[0]);
        var forms = ReductionForms.Of(item.GetProperty("op").GetString()!, input, item.GetProperty("kwargs"));
        GoldenAssert.MatchesCase(item, Tensors, forms, float32Tolerance: 1e-5);
    }

    static JsonElement Program(string name) => GoldenData.Json(Cases).GetProperty("programs").GetProperty(name);

    [Fact]
    public void SumOfABroadcastSum()
    {
        var a = Torch.Tensor(new long[,] { { 1 }, { 2 } });
        var b = Torch.Tensor(new long[] { 1, 2 });
        Assert.Equal(Program("sum(a + b)").GetInt64(), (a + b).Sum().Item<long>());
        Assert.Equal(GoldenData.Longs(Program("sum(a + b, 0)")), (a + b).Sum(0).ToArray<long>());
    }

    [Fact]
    public void NaiveSoftmaxOverflowsWhereSoftmaxIsStable()
    {
        var x = Torch.Tensor(new[] { 1000f, 0f });
        var naive = x.Exp() / x.Exp().Sum();
        Assert.Equal(GoldenData.Doubles(Program("exp(x) / sum(exp(x)), x = [1000, 0]")), naive.ToArray<double>());
        Assert.Equal(GoldenData.Doubles(Program("softmax([1000, 0], 0)")), x.Softmax(0).ToArray<double>());
    }

    [Fact]
    public void LogsumexpStaysFiniteWhereTheNaiveFormOverflows()
    {
        var x = Torch.Tensor(new[] { 1000f, 0f });
        Assert.Equal(GoldenData.Double(Program("log(sum(exp(x))), x = [1000, 0]")), x.Exp().Sum().Log().Item<double>());
        Assert.Equal(GoldenData.Double(Program("logsumexp([1000, 0], 0) - 0")), (x.Logsumexp(0) - 0).Item<double>());
        Assert.Equal(GoldenData.Double(Program("logsumexp([-1000, -1000], 0)")), Torch.Tensor(new[] { -1000f, -1000f }).Logsumexp(0).Item<double>(), 1e-5);
    }
}
