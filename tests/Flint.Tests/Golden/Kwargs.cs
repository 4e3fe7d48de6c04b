using System.Text.Json;

namespace Flint.Tests.Golden;

/// <summary>The keyword arguments a golden case passed to PyTorch, read as the C# arguments they become.</summary>
public readonly struct Kwargs(JsonElement kwargs)
{
    public bool Has(string name) => kwargs.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public int Int(string name) => kwargs.GetProperty(name).GetInt32();

    public int? OptionalInt(string name) => Has(name) ? Int(name) : null;

    public long Long(string name) => kwargs.GetProperty(name).GetInt64();

    public double Double(string name) => GoldenData.Double(kwargs.GetProperty(name));

    public bool Bool(string name, bool fallback = false) => Has(name) ? kwargs.GetProperty(name).GetBoolean() : fallback;

    public string? String(string name) => Has(name) ? kwargs.GetProperty(name).GetString() : null;

    public DType? DType(string name = "dtype") => Has(name) ? DTypeExtensions.ParseTorchName(kwargs.GetProperty(name).GetString()!) : null;

    /// <summary>True when the argument is a list (several dims), false when it is one number.</summary>
    public bool IsList(string name) => Has(name) && kwargs.GetProperty(name).ValueKind == JsonValueKind.Array;

    public int[] Ints(string name) => kwargs.GetProperty(name).EnumerateArray().Select(e => e.GetInt32()).ToArray();

    public JsonElement Raw(string name) => kwargs.GetProperty(name);

    public override string ToString() => kwargs.GetRawText();
}
