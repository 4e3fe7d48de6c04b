using System.Text.Json;

namespace Flint.Tests.Golden;

/// <summary>
/// Checks of the cases of tools/golden/multi_output_cases.py: each C# spelling of an op returns its outputs (values and
/// indices, std and mean...) and each is compared with PyTorch's, exactly or, where the case marks it "approx", within
/// <see cref="GoldenAssert.RelativeTolerance"/>; or the spelling fails with PyTorch's error.
/// </summary>
public static class MultiOutputAssert
{
    /// <summary>The cases of a golden JSON file (an array of cases) by id.</summary>
    public static Dictionary<string, JsonElement> CasesById(string file) =>
        GoldenData.Json(file).EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

    /// <summary>The case's operands: tensors (fresh copies, viewed as the case says) or scalars.</summary>
    public static object[] Operands(JsonElement item, string tensorsFile) =>
        item.GetProperty("args").EnumerateArray().Select(arg => GoldenOperands.Build(tensorsFile, arg)).ToArray();

    public static void MatchesCase(JsonElement item, string tensorsFile, IEnumerable<Func<Tensor[]>> forms, double float32Tolerance)
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
            var actual = form();
            var outputs = item.GetProperty("outs").EnumerateArray().ToArray();
            Assert.True(outputs.Length == actual.Length, $"{label}: expected {outputs.Length} outputs, got {actual.Length}");
            bool[] approx = item.TryGetProperty("approx", out var flags) ? flags.EnumerateArray().Select(f => f.GetBoolean()).ToArray() : new bool[outputs.Length];
            for (int i = 0; i < outputs.Length; i++)
            {
                string outputLabel = $"{label} output {i}";
                if (outputs[i].ValueKind == JsonValueKind.Object)
                {
                    var sample = GoldenOperands.Stored(tensorsFile, outputs[i].GetProperty("sample").GetString()!);
                    GoldenAssert.MatchesSummary(outputs[i], sample, actual[i], outputLabel);
                    continue;
                }
                var expected = GoldenOperands.Stored(tensorsFile, outputs[i].GetString()!);
                GoldenAssert.Equal(expected, actual[i], approx[i] ? GoldenAssert.RelativeTolerance(expected.DType, float32Tolerance) : 0, outputLabel);
            }
        }
    }
}
