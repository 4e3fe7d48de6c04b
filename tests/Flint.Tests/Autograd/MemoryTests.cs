namespace Flint.Tests.Autograd;

/// <summary>
/// A training loop's memory stays flat: each step's graph and saved tensors become garbage. The whole process heap
/// is measured, so the test runs alone (no other test allocating meanwhile).
/// </summary>
[Collection("GlobalState")]
public class MemoryTests
{
    [Fact]
    public void TenThousandStepsKeepMemoryFlat()
    {
        var w = Torch.Randn([64], DType.Float64, generator: new Generator(3)).RequiresGrad_();
        void Step()
        {
            var loss = ((w * 2).Exp() * w).LogSoftmax(0).Mean();
            loss.Backward();
            using (Torch.NoGrad()) w.Sub_(w.Grad!, alpha: 1e-3);
            w.Grad = null;
        }
        for (int i = 0; i < 1000; i++) Step();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        for (int i = 0; i < 10_000; i++) Step();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < 256 * 1024, $"memory grew by {after - before} bytes over 10k steps");
    }
}
