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

    static readonly ConcurrentDictionary<string, Dictionary<string, JsonElement>> casesById = new();

    /// <summary>The ids of a case file's cases (a list of cases, or an object whose "cases" is that list), for a Theory.</summary>
    public static TheoryData<string> CaseIds(string file) => new(CasesById(file).Keys);

    /// <summary>One case of a case file, by id (indexed once per file).</summary>
    public static JsonElement Case(string file, string id) => CasesById(file)[id];

    /// <summary>Every case of a case file.</summary>
    public static IEnumerable<JsonElement> Cases(string file) => CasesById(file).Values;

    static Dictionary<string, JsonElement> CasesById(string file) => casesById.GetOrAdd(file, f =>
    {
        var root = Json(f);
        var cases = root.ValueKind == JsonValueKind.Object ? root.GetProperty("cases") : root;
        return cases.EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
    });
}
