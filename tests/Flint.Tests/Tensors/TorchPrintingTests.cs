namespace Flint.Tests.Tensors;

/// <summary>Torch.SetPrintOptions keeps PyTorch's set_printoptions semantics (values from torch/_tensor_str.py).</summary>
[Collection("GlobalState")]
public class TorchPrintingTests
{
    [Fact]
    public void DefaultsAreTorchs()
    {
        Assert.Equal(new PrintOptions { Precision = 4, Threshold = 1000, EdgeItems = 3, LineWidth = 80, SciMode = null }, PrintOptions.Default);
        Assert.Equal(PrintOptions.Default, Torch.GetPrintOptions());
    }

    [Fact]
    public void ProfileSetsFourFieldsAndArgumentsOverrideIt()
    {
        try
        {
            Torch.SetPrintOptions(profile: "short", linewidth: 120);
            Assert.Equal(new PrintOptions { Precision = 2, Threshold = 1000, EdgeItems = 2, LineWidth = 120 }, Torch.GetPrintOptions());
            Torch.SetPrintOptions(profile: "full");
            Assert.Equal(double.PositiveInfinity, Torch.GetPrintOptions().Threshold);
            Assert.Equal(4, Torch.GetPrintOptions().Precision);
        }
        finally
        {
            Torch.ResetPrintOptions();
        }
    }

    [Fact]
    public void EveryCallSetsSciModeAndKeepsOtherFields()
    {
        try
        {
            Torch.SetPrintOptions(precision: 6, sciMode: true);
            Assert.Equal(true, Torch.GetPrintOptions().SciMode);
            Torch.SetPrintOptions(threshold: 10);
            Assert.Equal(new PrintOptions { Precision = 6, Threshold = 10 }, Torch.GetPrintOptions());
        }
        finally
        {
            Torch.ResetPrintOptions();
        }
        Assert.Equal(PrintOptions.Default, Torch.GetPrintOptions());
    }

    [Fact]
    public void SnapshotRestores()
    {
        var saved = Torch.GetPrintOptions();
        Torch.SetPrintOptions(precision: 1, edgeitems: 1);
        Torch.SetPrintOptions(saved);
        Assert.Equal(saved, Torch.GetPrintOptions());
    }

    [Fact]
    public void RejectsWhatPythonCannotFormat()
    {
        Assert.Throws<ArgumentException>(() => Torch.SetPrintOptions(profile: "long"));
        Assert.Throws<ArgumentException>(() => Torch.SetPrintOptions(precision: -1));
        Assert.Throws<ArgumentException>(() => Torch.SetPrintOptions(edgeitems: -2));
        Assert.Equal(PrintOptions.Default, Torch.GetPrintOptions());
    }
}
