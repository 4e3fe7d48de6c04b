using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Flint.Serialization;

namespace Flint.Tests.Golden;

/// <summary>Reference data written by PyTorch (tools/golden/*.py) and committed under tests/Flint.Tests/Golden.</summary>
public static class GoldenData
{
    static readonly ConcurrentDictionary<string, JsonDocument> documents = new();

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Golden", file);

    /// <summary>A golden JSON file, parsed once per test run.</summary>
    public static JsonElement Json(string file) =>
        documents.GetOrAdd(file, f => JsonDocument.Parse(File.ReadAllBytes(PathOf(f)))).RootElement;

    /// <summary>A golden safetensors file.</summary>
    public static OrderedDictionary<string, Tensor> Tensors(string file) => SafeTensors.Load(PathOf(file));

    /// <summary>A JSON number, or one of the strings "nan", "inf", "-inf", "-0.0" that JSON cannot hold.</summary>
    public static double Double(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? value.GetString() switch
        {
            "nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            var text => double.Parse(text!, CultureInfo.InvariantCulture),
        }
        : value.GetDouble();

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(Double).ToArray();

    public static long[] Longs(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt64()).ToArray();

    /// <summary>The "id" of every case in a golden JSON file that is an array of cases, for a [Theory] over them.</summary>
    public static TheoryData<string> CaseIds(string file)
    {
        var ids = new TheoryData<string>();
        foreach (var item in Json(file).EnumerateArray()) ids.Add(item.GetProperty("id").GetString()!);
        return ids;
    }

    /// <summary>The case with this "id" in a golden JSON file that is an array of cases.</summary>
    public static JsonElement Case(string file, string id) =>
        Json(file).EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
}
