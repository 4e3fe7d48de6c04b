using System.Text.Json;

namespace Flint.Tests.Golden;

/// <summary>
/// The cases of tools/golden/op_calls.py (joining.py, index_ops.py): operands that may be lists of tensors, keyword
/// arguments of any JSON kind, results that may be several tensors, and the strides PyTorch gave each result.
/// </summary>
public static class GoldenCalls
{
    /// <summary>The positional arguments: tensors (fresh copies), <see cref="Scalar"/>s, or <c>Tensor[]</c> for lists.</summary>
    public static object[] Arguments(string tensorsFile, JsonElement item) =>
        item.GetProperty("args").EnumerateArray().Select(arg => Argument(tensorsFile, arg)).ToArray();

    static object Argument(string tensorsFile, JsonElement arg) => arg.TryGetProperty("list", out var list)
        ? list.EnumerateArray().Select(part => (Tensor)GoldenOperands.Build(tensorsFile, part)).ToArray()
        : GoldenOperands.Build(tensorsFile, arg);

    /// <summary>
    /// Runs every C# spelling of the case and checks it against PyTorch's error, or its result(s): dtype, shape, values
    /// (exactly; these ops move or combine values as PyTorch does) and, when <paramref name="checkStrides"/>, strides.
    /// </summary>
    public static void Matches(JsonElement item, string tensorsFile, IEnumerable<Func<object>> forms, bool checkStrides = true)
    {
        string id = item.GetProperty("id").GetString()!;
        foreach (var (form, index) in forms.Select((f, i) => (f, i)))
        {
            string label = $"{id} (form {index})";
            if (item.TryGetProperty("error", out var error))
            {
                GoldenAssert.Throws(error.GetString()!, () => form(), label);
                continue;
            }
            var result = form();
            if (item.TryGetProperty("outs", out var outs))
            {
                var tensors = (Tensor[])result;
                Assert.True(outs.GetArrayLength() == tensors.Length, $"{label}: expected {outs.GetArrayLength()} results, got {tensors.Length}");
                for (int i = 0; i < tensors.Length; i++)
                {
                    GoldenAssert.Equal(GoldenOperands.Stored(tensorsFile, outs[i].GetString()!), tensors[i], label: $"{label} result {i}");
                    if (checkStrides) AssertStrides(item.GetProperty("strides")[i], tensors[i], $"{label} result {i}");
                }
                continue;
            }
            var actual = (Tensor)result;
            if (item.TryGetProperty("out_summary", out var summary))
                GoldenAssert.MatchesSummary(summary, GoldenOperands.Stored(tensorsFile, summary.GetProperty("sample").GetString()!), actual, label);
            else
                GoldenAssert.Equal(GoldenOperands.Stored(tensorsFile, item.GetProperty("out").GetString()!), actual, label: label);
            if (checkStrides) AssertStrides(item.GetProperty("strides"), actual, label);
        }
    }

    static void AssertStrides(JsonElement expected, Tensor actual, string label)
    {
        long[] want = GoldenData.Longs(expected);
        Assert.True(want.AsSpan().SequenceEqual(actual.Strides),
            $"{label}: expected strides {Shape.Format(want)}, got {Shape.Format(actual.Strides)}");
    }

    public static int Int(JsonElement kwargs, string name, int fallback) =>
        kwargs.TryGetProperty(name, out var value) ? value.GetInt32() : fallback;

    public static int? OptionalInt(JsonElement kwargs, string name) =>
        kwargs.TryGetProperty(name, out var value) ? value.GetInt32() : null;

    public static long[] Longs(JsonElement kwargs, string name) => GoldenData.Longs(kwargs.GetProperty(name));

    public static int[] Ints(JsonElement kwargs, string name) => Longs(kwargs, name).Select(v => (int)v).ToArray();

    public static string? String(JsonElement kwargs, string name) =>
        kwargs.TryGetProperty(name, out var value) ? value.GetString() : null;

    public static bool Bool(JsonElement kwargs, string name, bool fallback) =>
        kwargs.TryGetProperty(name, out var value) ? value.GetBoolean() : fallback;
}
