using Flint.Tests.Golden;

namespace Flint.Tests.Autograd;

/// <summary>Grad-mode scopes: per thread, nestable, and inference mode's tensors.</summary>
public class GradModeTests
{
    [Fact]
    public void NoGradScopesNestAndRestore()
    {
        var x = Torch.Ones([2], requiresGrad: true);
        Assert.True(Torch.IsGradEnabled());
        using (Torch.NoGrad())
        {
            Assert.False(Torch.IsGradEnabled());
            Assert.False((x * 2).RequiresGrad);
            using (Torch.EnableGrad())
            {
                Assert.True(Torch.IsGradEnabled());
                Assert.Equal("MulBackward0", (x * 2).GradFn!.Name);
            }
            Assert.False(Torch.IsGradEnabled());
        }
        Assert.True(Torch.IsGradEnabled());
        using (Torch.SetGradEnabled(false)) Assert.False(Torch.IsGradEnabled());
        Assert.True(Torch.IsGradEnabled());
    }

    [Fact]
    public void SetGradEnabledActsWhenCalled()
    {
        var scope = Torch.SetGradEnabled(false);
        try
        {
            Assert.False(Torch.IsGradEnabled());
        }
        finally
        {
            scope.Dispose();
        }
        Assert.True(Torch.IsGradEnabled());
    }

    [Fact]
    public void GradModeIsPerThreadAndNewThreadsStartEnabled()
    {
        using var noGrad = Torch.NoGrad();
        bool otherThreadEnabled = false, otherThreadRecords = false;
        var thread = new Thread(() =>
        {
            otherThreadEnabled = Torch.IsGradEnabled();
            otherThreadRecords = (Torch.Ones([1], requiresGrad: true) * 2).RequiresGrad;
        });
        thread.Start();
        thread.Join();
        Assert.True(otherThreadEnabled);
        Assert.True(otherThreadRecords);
        Assert.False(Torch.IsGradEnabled());
    }

    [Fact]
    public void ADisabledThreadDoesNotDisableAnother()
    {
        using var ready = new Barrier(2);
        bool workerSawDisabled = false;
        var worker = new Thread(() =>
        {
            using (Torch.NoGrad())
            {
                ready.SignalAndWait();
                ready.SignalAndWait();
                workerSawDisabled = !Torch.IsGradEnabled();
            }
        });
        worker.Start();
        ready.SignalAndWait();
        bool mainEnabled = Torch.IsGradEnabled();
        ready.SignalAndWait();
        worker.Join();
        Assert.True(mainEnabled);
        Assert.True(workerSawDisabled);
    }

    [Fact]
    public void InferenceModeMakesInferenceTensors()
    {
        var w = Torch.Ones([3], requiresGrad: true);
        Tensor made, view;
        var normal = w * 1;
        using (Torch.InferenceMode())
        {
            Assert.False(Torch.IsGradEnabled());
            Assert.True(Torch.IsInferenceModeEnabled());
            made = Torch.Ones([3]) * 2;
            view = normal[..2];
            Assert.False((w * 2).RequiresGrad);
        }
        Assert.True(made.IsInference());
        Assert.False(view.IsInference());
        Assert.True(Torch.IsGradEnabled());
        GoldenAssert.Throws("Inference tensors cannot be saved for backward. To work around you can make a clone to get a normal tensor and use it in autograd.",
            () => _ = w * made);
        GoldenAssert.Throws("Inplace update to inference tensor outside InferenceMode is not allowed.", () => made.Add_(1));
        GoldenAssert.Throws("Setting requires_grad=True on inference tensor outside InferenceMode is not allowed.", () => made.RequiresGrad_());
        GoldenAssert.Throws("A view was created in inference mode and is being modified inplace in normal mode.", () => view.Mul_(2));
        Assert.Equal("AddBackward0", (w + made).GradFn!.Name);
        Assert.False(made.Clone().IsInference());
    }
}
