namespace Flint.Tests.Autograd;

/// <summary>Tensor hooks, retain_grad, gradient accumulation and backward with inputs, with PyTorch 1.13's results.</summary>
public class HookTests
{
    static Tensor Leaf(params double[] values) => Torch.Tensor(values, DType.Float64, requiresGrad: true);

    [Fact]
    public void HooksSeeAndReplaceGradientsInOrderAndRetainedGradsComeLast()
    {
        var w = Leaf(1, 2, 3);
        var y = w * 2;
        var seen = new List<double[]>();
        y.RegisterHook(g => { seen.Add(g.ToArray<double>()); return g * 10; });
        y.RetainGrad();
        y.RegisterHook(g => { seen.Add(g.ToArray<double>()); return g + 1; });
        y.Sum().Backward();
        Assert.Equal([[1.0, 1, 1], [10.0, 10, 10]], seen);
        Assert.Equal([11.0, 11, 11], y.Grad!.ToArray<double>());
        Assert.Equal([22.0, 22, 22], w.Grad!.ToArray<double>());
        Assert.True(y.RetainsGrad);
        Assert.False(w.RetainsGrad);
    }

    [Fact]
    public void LeafHooksRunBeforeAccumulationAndCanBeRemoved()
    {
        var w = Leaf(1, 2);
        var handle = w.RegisterHook(g => g * 3);
        (w * 1).Sum().Backward();
        Assert.Equal([3.0, 3.0], w.Grad!.ToArray<double>());
        handle.Remove();
        w.Grad = null;
        (w * 1).Sum().Backward();
        Assert.Equal([1.0, 1.0], w.Grad!.ToArray<double>());
        using (w.RegisterHook(g => null)) (w * 2).Sum().Backward();
        Assert.Equal([3.0, 3.0], w.Grad!.ToArray<double>());
    }

    [Fact]
    public void RetainedGradFollowsAnInPlaceOp()
    {
        var w = Leaf(1, 2, 3);
        var y = w * 2;
        y.RetainGrad();
        y.Mul_(3);
        y.Sum().Backward();
        Assert.Equal([1.0, 1, 1], y.Grad!.ToArray<double>());
        Assert.Equal([6.0, 6, 6], w.Grad!.ToArray<double>());
    }

    [Fact]
    public void GradientsAccumulateIntoLeavesAndRetainedNonLeaves()
    {
        var x = Leaf(1, 2);
        var y = x * x;
        y.RetainGrad();
        y.Sum().Backward(retainGraph: true);
        y.Sum().Backward();
        Assert.Equal([4.0, 8.0], x.Grad!.ToArray<double>());
        Assert.Equal([2.0, 2.0], y.Grad!.ToArray<double>());
    }

    [Fact]
    public void TheFirstGradientIsACopy()
    {
        // Both leaves receive the same gradient tensor from AddBackward0; accumulating into one must not change the other.
        var a = Leaf(1, 2);
        var b = Leaf(3, 4);
        (a + b).Sum().Backward();
        (a * 5).Sum().Backward();
        Assert.Equal([6.0, 6.0], a.Grad!.ToArray<double>());
        Assert.Equal([1.0, 1.0], b.Grad!.ToArray<double>());
    }

    [Fact]
    public void BackwardWithInputsAccumulatesOnlyIntoThem()
    {
        var a = Leaf(1, 2);
        var b = Leaf(3, 4);
        var middle = a * b;
        (middle * a).Sum().Backward(inputs: [b, middle]);
        Assert.Null(a.Grad);
        Assert.Equal([1.0, 4.0], b.Grad!.ToArray<double>());
        Assert.Equal([1.0, 2.0], middle.Grad!.ToArray<double>());
    }

    [Fact]
    public void GradLeavesGradUntouched()
    {
        var x = Leaf(2);
        var grads = Torch.Autograd.Grad((x * x * x).Sum(), x);
        Assert.Equal(12.0, grads[0]!.Item<double>());
        Assert.Null(x.Grad);
    }
}
