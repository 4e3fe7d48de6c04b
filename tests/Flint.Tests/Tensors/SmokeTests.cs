namespace Flint.Tests.Tensors;

public class SmokeTests
{
    [Fact]
    public void BroadcastAddAndViews()
    {
        var x = Torch.Tensor(new float[,] { { 1, 2 }, { 3, 4 } });
        var y = Torch.Tensor(new float[,] { { 1 }, { 2 } });
        Assert.Equal(new float[] { 2, 3, 5, 6 }, (x + y).ToArray<float>());
        Assert.Equal(new float[] { 1, 3, 2, 4 }, x.T.ToArray<float>());
        var t = Torch.Arange(24).View(2, 3, 4);
        Assert.Equal(new long[] { 0, 4, 8, 12, 16, 20 }, t.Permute(2, 0, 1).Select(0, 0).ToArray<long>());
    }
}
