using Xunit.Abstractions;
using Flint.Autograd;

namespace Flint.Tests.Autograd;

/// <summary>Every differentiable op of <see cref="AutogradOpInfo.All"/> against float64 finite differences, first and second order.</summary>
public class GradCheckTests(ITestOutputHelper output)
{
    public static TheoryData<string> Ops => new(AutogradOpInfo.All.Select(op => op.Name));

    static AutogradOpInfo Find(string name) => AutogradOpInfo.All.Single(op => op.Name == name);

    [Theory]
    [MemberData(nameof(Ops))]
    public void GradientsMatchFiniteDifferences(string name)
    {
        var op = Find(name);
        Assert.True(GradCheck.Check(op.Function, op.Samples()));
    }

    [Theory]
    [MemberData(nameof(Ops))]
    public void SecondDerivativesMatchFiniteDifferences(string name)
    {
        var op = Find(name);
        if (!op.GradGrad) return;
        Assert.True(GradCheck.GradGradCheck(op.Function, op.Samples()));
    }

    [Fact]
    public void TableCountsItsOps()
    {
        int gradGrad = AutogradOpInfo.All.Count(op => op.GradGrad);
        output.WriteLine($"gradcheck: {AutogradOpInfo.All.Count} op samples; gradgradcheck: {gradGrad}");
        Assert.Equal(AutogradOpInfo.All.Count, AutogradOpInfo.All.Select(op => op.Name).Distinct().Count());
        Assert.True(AutogradOpInfo.All.Count >= 90, $"{AutogradOpInfo.All.Count} op samples");
    }

    [Fact]
    public void AWrongGradientIsReported()
    {
        var x = Torch.Tensor(new[] { 1.0, 2.0 }, requiresGrad: true);
        var error = Assert.Throws<InvalidOperationException>(() => GradCheck.Check(t => WrongSquare.Apply(t[0]), [x]));
        Assert.StartsWith("Jacobian mismatch for output 0 with respect to input 0,\nnumerical:", error.Message);
        Assert.False(GradCheck.Check(t => WrongSquare.Apply(t[0]), [x], raiseException: false));
    }

    /// <summary>x² with the derivative x (half the right one).</summary>
    sealed class WrongSquare : Function<WrongSquare>
    {
        public override Tensor Forward(FunctionContext ctx, params Tensor[] inputs)
        {
            ctx.SaveForBackward(inputs[0]);
            return inputs[0] * inputs[0];
        }

        public override Tensor?[] Backward(FunctionContext ctx, Tensor gradOutput) => [gradOutput * ctx.SavedTensors[0]!];
    }
}
