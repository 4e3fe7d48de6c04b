namespace Flint.Tests.Autograd;

/// <summary>The results seed 001 asked of autograd.</summary>
public class SeedTests
{
    [Fact]
    public void GradOfNegativeSquareAtOneIsMinusTwo()
    {
        var x = Torch.Tensor(1.0f, requiresGrad: true);
        var grad = Torch.Autograd.Grad(-(x * x), x)[0]!;
        Assert.Equal(-2f, grad.Item<float>());
    }

    [Fact]
    public void StableSoftmaxCrossEntropyOfALargeLogit()
    {
        var logits = Torch.Tensor(new float[] { 1000, 0 }, requiresGrad: true);
        var labels = Torch.Tensor(new float[] { 0.5f, 0.5f });
        var loss = -(labels * logits.LogSoftmax(0)).Sum();
        loss.Backward();
        Assert.Equal(500f, loss.Item<float>());
        Assert.Equal([0.5f, -0.5f], logits.Grad!.ToArray<float>());
    }
}
