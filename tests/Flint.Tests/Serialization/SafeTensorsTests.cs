using Flint.Serialization;
using Flint.Tests.Golden;

namespace Flint.Tests.Serialization;

public class SafeTensorsTests
{
    [Fact]
    public void ReadsEveryDTypeWrittenByPyTorch()
    {
        var (tensors, metadata) = SafeTensors.LoadWithMetadata(GoldenData.PathOf("safetensors_roundtrip.safetensors"));
        var expected = GoldenData.Json("safetensors_roundtrip.json");
        Assert.Equal("pt", metadata["format"]);
        Assert.Equal(expected.EnumerateObject().Select(p => p.Name), tensors.Keys);
        foreach (var entry in expected.EnumerateObject())
        {
            var tensor = tensors[entry.Name];
            Assert.Equal(entry.Value.GetProperty("dtype").GetString(), tensor.DType.TorchName());
            Assert.Equal(GoldenData.Longs(entry.Value.GetProperty("shape")), tensor.Shape.ToArray());
            Assert.Equal(GoldenData.Doubles(entry.Value.GetProperty("values")), tensor.ToArray<double>());
        }
    }

    [Fact]
    public void WriteThenReadKeepsDTypesShapesValuesAndMetadata()
    {
        var source = SafeTensors.Load(GoldenData.PathOf("safetensors_roundtrip.safetensors"));
        // A non-contiguous view is written as its logical elements.
        source["transposed"] = Torch.Arange(12).View(3, 4).T;
        using var stream = new MemoryStream();
        SafeTensors.Write(stream, source, new Dictionary<string, string> { ["step"] = "7" });
        stream.Position = 0;
        var (copy, metadata) = SafeTensors.Read(stream);
        Assert.Equal("7", metadata["step"]);
        Assert.Equal(source.Keys, copy.Keys);
        foreach (var (name, tensor) in source)
        {
            Assert.Equal(tensor.DType, copy[name].DType);
            Assert.Equal(tensor.Shape, copy[name].Shape);
            Assert.Equal(tensor.ToArray<double>(), copy[name].ToArray<double>());
        }
    }

    [Fact]
    public void TruncatedFileIsReportedWithItsName()
    {
        var bytes = File.ReadAllBytes(GoldenData.PathOf("safetensors_roundtrip.safetensors"));
        using var truncated = new MemoryStream(bytes[..(bytes.Length - 10)]);
        var error = Assert.Throws<InvalidDataException>(() => SafeTensors.Read(truncated, "model.safetensors"));
        Assert.Contains("model.safetensors", error.Message);
        Assert.Contains("offsets", error.Message);
    }

    [Fact]
    public void MissingFileThrowsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => SafeTensors.Load("/nonexistent/weights.safetensors"));
}
