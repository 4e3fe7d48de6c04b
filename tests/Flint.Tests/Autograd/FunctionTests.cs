using Flint.Autograd;
using Flint.Tests.Golden;

namespace Flint.Tests.Autograd;

/// <summary>Custom functions, used like PyTorch's <c>torch.autograd.Function.apply</c>.</summary>
public class FunctionTests
{
    static Tensor Leaf(params double[] values) => Torch.Tensor(values, DType.Float64, requiresGrad: true);

    sealed class Exp : Function<Exp>
    {
        public override Tensor Forward(FunctionContext ctx, params Tensor[] inputs)
        {
            var result = inputs[0].Exp();
            ctx.SaveForBackward(result);
            return result;
        }

        public override Tensor?[] Backward(FunctionContext ctx, Tensor gradOutput) => [gradOutput * ctx.SavedTensors[0]!];
    }

    /// <summary>A non-tensor argument in a field, and needs_input_grad.</summary>
    sealed class ScaledProduct : Function<ScaledProduct>
    {
        public double Scale { get; init; } = 1;

        public bool[] NeedsSeen { get; private set; } = [];

        public override Tensor Forward(FunctionContext ctx, params Tensor[] inputs)
        {
            ctx.SaveForBackward(inputs[0], inputs[1]);
            return inputs[0] * inputs[1] * Scale;
        }

        public override Tensor?[] Backward(FunctionContext ctx, Tensor gradOutput)
        {
            NeedsSeen = [.. ctx.NeedsInputGrad];
            var saved = ctx.SavedTensors;
            return [ctx.NeedsInputGrad[0] ? gradOutput * saved[1]! * Scale : null, ctx.NeedsInputGrad[1] ? gradOutput * saved[0]! * Scale : null];
        }
    }

    /// <summary>Two outputs, one marked non-differentiable.</summary>
    sealed class SortedWithRanks : MultiOutputFunction<SortedWithRanks>
    {
        public override Tensor[] Forward(FunctionContext ctx, params Tensor[] inputs)
        {
            var doubled = inputs[0] * 2;
            var ranks = (inputs[0] > 0).Long();
            ctx.MarkNonDifferentiable(ranks);
            return [doubled, ranks];
        }

        public override Tensor?[] Backward(FunctionContext ctx, Tensor?[] gradOutputs) => [gradOutputs[0]! * 2];
    }

    sealed class WrongCount : Function<WrongCount>
    {
        public override Tensor Forward(FunctionContext ctx, params Tensor[] inputs) => inputs[0] + inputs[1];

        public override Tensor?[] Backward(FunctionContext ctx, Tensor gradOutput) => [gradOutput];
    }

    [Fact]
    public void ApplyRecordsANodeNamedAfterTheFunction()
    {
        var x = Leaf(0, 1);
        var y = Exp.Apply(x);
        Assert.Equal("ExpBackward", y.GradFn!.Name);
        Assert.Equal("torch::autograd::AccumulateGrad", y.GradFn.NextFunctions[0].Function!.Name);
        y.Sum().Backward();
        Assert.Equal([1.0, Math.E], x.Grad!.ToArray<double>());
        Assert.False(Exp.Apply(Torch.Ones([2])).RequiresGrad);
    }

    [Fact]
    public void ABackwardOfDifferentiableOpsCanBeDifferentiatedAgain()
    {
        var x = Leaf(0.5);
        var first = Torch.Autograd.Grad(Exp.Apply(x), x, createGraph: true)[0]!;
        var second = Torch.Autograd.Grad(first, x)[0]!;
        Assert.Equal(Math.Exp(0.5), second.Item<double>(), 14);
        Assert.True(GradCheck.GradGradCheck(t => Exp.Apply(t[0]), [Leaf(0.1, -0.3)]));
    }

    [Fact]
    public void FieldsCarryArgumentsAndNeedsInputGradTellsWhatIsNeeded()
    {
        var a = Leaf(2, 3);
        var b = Torch.Tensor(new[] { 5.0, 7.0 }, DType.Float64);
        var function = new ScaledProduct { Scale = 10 };
        function.Invoke(a, b).Sum().Backward();
        Assert.Equal([true, false], function.NeedsSeen);
        Assert.Equal([50.0, 70.0], a.Grad!.ToArray<double>());
        Assert.True(GradCheck.Check(t => new ScaledProduct { Scale = 3 }.Invoke(t[0], t[1]), [Leaf(1, 2), Leaf(3, 4)]));
    }

    [Fact]
    public void NonDifferentiableOutputsDoNotRequireGrad()
    {
        var x = Leaf(-1, 2);
        var outputs = SortedWithRanks.Apply(x);
        Assert.True(outputs[0].RequiresGrad);
        Assert.False(outputs[1].RequiresGrad);
        outputs[0].Sum().Backward();
        Assert.Equal([2.0, 2.0], x.Grad!.ToArray<double>());
    }

    [Fact]
    public void SavedTensorsAreVersionChecked()
    {
        var x = Leaf(1, 2);
        var input = x * 1;
        var y = new ScaledProduct().Invoke(input, input);
        input.Add_(1);
        GoldenAssert.Throws("one of the variables needed for gradient computation has been modified by an inplace operation", () => y.Sum().Backward());
    }

    [Fact]
    public void TheNumberOfGradientsIsChecked() =>
        GoldenAssert.Throws("function WrongCountBackward returned an incorrect number of gradients (expected 2, got 1)",
            () => WrongCount.Apply(Leaf(1), Leaf(2)).Backward());
}
