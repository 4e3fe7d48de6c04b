using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// Every case of tools/golden/elementwise.py: each op through each of its C# spellings (method, <c>Torch</c>
/// static, operator) against PyTorch's output or error.
/// </summary>
public class TensorElementwiseTests
{
    const string Cases = "elementwise.json", Tensors = "elementwise.safetensors";

    public static TheoryData<string> CaseIds() => GoldenData.CaseIds(Cases);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case(Cases, id);
        string op = item.GetProperty("op").GetString()!;
        Scalar? alpha = item.TryGetProperty("alpha", out var a) ? GoldenOperands.ScalarOf(a) : null;
        Func<object[]> operands = () => item.GetProperty("args").EnumerateArray().Select(arg => GoldenOperands.Build(Tensors, arg)).ToArray();

        var forms = op.EndsWith('_') ? [() => InPlace(op, operands(), alpha)] : ElementwiseForms.Of(op, operands(), alpha);
        GoldenAssert.MatchesCase(item, Tensors, forms, float32Tolerance: 1e-6);
    }

    /// <summary>Runs the in-place op on the first operand and returns the base tensor it wrote through to.</summary>
    static Tensor InPlace(string op, object[] args, Scalar? alpha)
    {
        var self = (Tensor)args[0];
        object? other = args.Length > 1 ? args[1] : null;
        var returned = (op, other) switch
        {
            ("add_", Tensor b) => self.Add_(b, alpha),
            ("add_", Scalar b) => self.Add_(b, alpha),
            ("sub_", Tensor b) => self.Sub_(b, alpha),
            ("sub_", Scalar b) => self.Sub_(b, alpha),
            ("mul_", Tensor b) => self.Mul_(b),
            ("mul_", Scalar b) => self.Mul_(b),
            ("div_", Tensor b) => self.Div_(b),
            ("div_", Scalar b) => self.Div_(b),
            ("pow_", Tensor b) => self.Pow_(b),
            ("pow_", Scalar b) => self.Pow_(b),
            ("fill_", Scalar b) => self.Fill_(b),
            ("zero_", null) => self.Zero_(),
            _ => throw new ArgumentException($"no in-place form {op} for {other?.GetType().Name}"),
        };
        Assert.Same(self, returned);
        return GoldenOperands.BaseOf(self);
    }

    [Fact]
    public void SeedProgramBroadcastSum()
    {
        var a = Torch.Tensor(new long[,] { { 1 }, { 2 } });
        var b = Torch.Tensor(new long[] { 1, 2 });
        Assert.Equal(new long[] { 2, 3, 3, 4 }, (a + b).ToArray<long>());
        Assert.Equal(new long[] { 2, 2 }, (a + b).Shape.ToArray());
    }

    [Fact]
    public void InPlaceOpsBumpTheVersionSharedWithViews()
    {
        var x = Torch.Zeros(2, 3);
        var row = x.Select(0, 1);
        int before = x.Version;
        row.Add_(1).Mul_(2);
        Assert.Equal(before + 2, x.Version);
        Assert.Equal(new float[] { 0, 0, 0, 2, 2, 2 }, x.ToArray<float>());
    }

    [Fact]
    public void OperatorsWithScalarsOnEitherSide()
    {
        var x = Torch.Tensor(new long[] { -3, 4 });
        Assert.Equal(new long[] { -1, 6 }, (x + 2).ToArray<long>());
        Assert.Equal(new long[] { 5, -2 }, (2 - x).ToArray<long>());
        Assert.Equal(new double[] { -1.5, 2 }, (x / 2).ToArray<double>());
        Assert.Equal(new long[] { 0, 1 }, (x % 3).ToArray<long>());
        Assert.Equal(new long[] { -1, 2 }, (2 % x).ToArray<long>());
        Assert.Equal(new[] { true, false }, (x < 0).ToArray<bool>());
        Assert.Equal(new[] { false, true }, (0 < x).ToArray<bool>());
        Assert.Equal(new long[] { 3, -4 }, (-x).ToArray<long>());
        Assert.Equal(new long[] { 2, -5 }, (~x).ToArray<long>());
    }
}
