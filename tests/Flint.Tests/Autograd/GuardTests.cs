using Flint.Tests.Golden;

namespace Flint.Tests.Autograd;

/// <summary>The misuses PyTorch refuses, refused with its messages.</summary>
public class GuardTests
{
    static Tensor Leaf(params double[] values) => Torch.Tensor(values, DType.Float64, requiresGrad: true);

    [Fact]
    public void BackwardASecondTimeNeedsRetainGraph()
    {
        var x = Leaf(1, 2, 3);
        var y = x.Exp().Sum();
        y.Backward();
        GoldenAssert.Throws("Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). " +
            "Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True",
            () => y.Backward());

        var z = x.Exp().Sum();
        z.Backward(retainGraph: true);
        z.Backward();
        Assert.Equal(3 * Math.E, x.Grad!.ToArray<double>()[0], 12);
    }

    [Fact]
    public void NodesThatSavedNothingCanRunAgain()
    {
        var x = Leaf(1, 2);
        var y = (x + 1).Sum();
        y.Backward();
        y.Backward();
        Assert.Equal([2.0, 2.0], x.Grad!.ToArray<double>());
    }

    [Fact]
    public void NonScalarOutputsNeedAGradient()
    {
        var y = Leaf(1, 2) * 2;
        GoldenAssert.Throws("grad can be implicitly created only for scalar outputs", () => y.Backward());
        GoldenAssert.Throws("Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of torch.Size([2]).",
            () => y.Backward(Torch.Ones([3], DType.Float64)));
        y.Backward(Torch.Tensor(new[] { 1.0, 10.0 }));
    }

    [Fact]
    public void BackwardOfATensorThatDoesNotRequireGradFails()
    {
        GoldenAssert.Throws("element 0 of tensors does not require grad and does not have a grad_fn", () => Torch.Ones([2]).Sum().Backward());
        var x = Leaf(1);
        GoldenAssert.Throws("element 1 of tensors does not require grad and does not have a grad_fn",
            () => Torch.Autograd.Backward([x * 2, Torch.Ones([1])]));
    }

    [Fact]
    public void ASavedTensorModifiedInPlaceIsDetected()
    {
        var x = Leaf(1, 2, 3);
        var b = x * 1;
        var c = b * b;
        b.Add_(1);
        GoldenAssert.Throws(
            "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.DoubleTensor [3]], " +
            "which is output 0 of MulBackward0, is at version 1; expected version 0 instead. Hint: enable anomaly detection",
            () => c.Sum().Backward());

        var plain = Torch.Ones([3], DType.Float64);
        var product = x * plain;
        plain.Add_(1);
        GoldenAssert.Throws(
            "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.DoubleTensor [3]] is at version 1; expected version 0 instead.",
            () => product.Sum().Backward());
    }

    [Fact]
    public void ModifyingAnInputThatWasNotSavedIsFine()
    {
        var x = Leaf(1, 2);
        var e = x * 2;
        var s = e.Exp();
        e.Add_(1);
        s.Sum().Backward();
        Assert.Equal(2 * Math.Exp(2), x.Grad!.ToArray<double>()[0], 12);
    }

    [Fact]
    public void InPlaceOpsOnLeavesThatRequireGradAreRefused()
    {
        var x = Leaf(1, 2, 3);
        GoldenAssert.Throws("a leaf Variable that requires grad is being used in an in-place operation.", () => x.Add_(1));
        GoldenAssert.Throws("a leaf Variable that requires grad is being used in an in-place operation.", () => x.Copy_(Torch.Zeros([3], DType.Float64)));
        GoldenAssert.Throws("a leaf Variable that requires grad is being used in an in-place operation.", () => x.Uniform_());
        GoldenAssert.Throws("a view of a leaf Variable that requires grad is being used in an in-place operation.", () => x[0].Mul_(2));
        GoldenAssert.Throws("a view of a leaf Variable that requires grad is being used in an in-place operation.", () => x[..2] = 0);
        Assert.Equal(0, x.Version);
        using (Torch.NoGrad()) x.Add_(1);
        Assert.Equal([2.0, 3.0, 4.0], x.ToArray<double>());
    }

    [Fact]
    public void ViewsOfMultiOutputOpsAndNoGradViewsCannotBeModifiedInPlace()
    {
        var w = Leaf(1, 2, 3);
        GoldenAssert.Throws("Output 0 of UnbindBackward0 is a view and is being modified inplace. This view is the output of a function that returns " +
            "multiple views. Such functions do not allow the output views to be modified inplace.", () => (w * 1).Unbind(0)[0].Mul_(2));
        GoldenAssert.Throws("Output 1 of SplitBackward0 is a view and is being modified inplace.", () => (w * 1).Split(2)[1].Mul_(2));

        var b = w * 1;
        Tensor v;
        using (Torch.NoGrad()) v = b[0];
        Assert.True(v.RequiresGrad);
        Assert.True(v.IsLeaf);
        GoldenAssert.Throws("A view was created in no_grad mode and is being modified inplace with grad mode enabled.", () => v.Mul_(2));
    }

    [Fact]
    public void OnlyLeavesChangeRequiresGradAndOnlyFloatingTensorsRequireIt()
    {
        var y = Leaf(1) * 2;
        y.RequiresGrad_(true);
        GoldenAssert.Throws("you can only change requires_grad flags of leaf variables.", () => y.RequiresGrad_(false));
        GoldenAssert.Throws("Only Tensors of floating point dtype can require gradients", () => Torch.Zeros([2], DType.Int64).RequiresGrad_());
    }

    [Fact]
    public void IntegerAndBoolResultsAreNeverDifferentiable()
    {
        var x = Leaf(1.5, -2);
        Assert.False((x > 0).RequiresGrad);
        Assert.False(x.Long().RequiresGrad);
        Assert.False(x.Eq(x).RequiresGrad);
        Assert.True(x.Float().RequiresGrad);
        Assert.Equal("ToCopyBackward0", x.Float().GradFn!.Name);
    }

    [Fact]
    public void FloorDivideHasNoDerivativeAsInPyTorch()
    {
        var x = Leaf(1, 2);
        var y = x.FloorDivide(2);
        Assert.True(y.RequiresGrad);
        Assert.Equal("torch::autograd::NotImplemented", y.GradFn!.Name);
        GoldenAssert.Throws("derivative for aten::floor_divide is not implemented", () => y.Sum().Backward());
        GoldenAssert.Throws("derivative for aten::remainder is not implemented", () => (2.0 % x).Sum().Backward());
    }

    [Fact]
    public void GradChecksItsInputs()
    {
        var x = Leaf(1, 2);
        GoldenAssert.Throws("One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.",
            () => Torch.Autograd.Grad((x * 2).Sum(), Leaf(3)));
        Assert.Null(Torch.Autograd.Grad((x * 2).Sum(), Leaf(3), allowUnused: true)[0]);
        GoldenAssert.Throws("One of the differentiated Tensors does not require grad", () => Torch.Autograd.Grad((x * 2).Sum(), Torch.Ones([2])));
        GoldenAssert.Throws("'inputs' argument to backward() cannot be empty.", () => (x * 2).Sum().Backward(inputs: []));
    }

    [Fact]
    public void HooksNeedATensorThatRequiresGrad() =>
        GoldenAssert.Throws("cannot register a hook on a tensor that doesn't require gradient", () => Torch.Ones([2]).RegisterHook(g => g));

    [Fact]
    public void ViewsCannotBeDetachedInPlace()
    {
        var x = Leaf(1, 2);
        GoldenAssert.Throws("Can't detach views in-place. Use detach() instead.", () => (x * 1)[0].Detach_());
        var y = x * 1;
        y.Detach_();
        Assert.True(y.IsLeaf);
        Assert.False(y.RequiresGrad);
    }

    [Fact]
    public void AssignedGradsMustMatch()
    {
        var x = Leaf(1, 2);
        GoldenAssert.Throws("assigned grad has data of a different size", () => x.Grad = Torch.Zeros([3], DType.Float64));
        GoldenAssert.Throws("assigned grad has data of a different type", () => x.Grad = Torch.Zeros([2]));
        x.Grad = Torch.Ones([2], DType.Float64);
        (x * 3).Sum().Backward();
        Assert.Equal([4.0, 4.0], x.Grad.ToArray<double>());
    }
}
