using System.Reflection;

namespace Flint.Tests.OpInfo;

/// <summary>
/// The OpInfo table of issue 3: the ops whose PyTorch goldens the tests check, by the name their golden cases use.
/// Each family lists its ops in its own partial file (OpCatalogue.Math.cs...) as a private static string[]
/// property, so that families never edit one shared list; this part gathers them.
/// </summary>
public static partial class OpCatalogue
{
    public static readonly IReadOnlySet<string> Ops = typeof(OpCatalogue)
        .GetProperties(BindingFlags.NonPublic | BindingFlags.Static)
        .Where(property => property.PropertyType == typeof(string[]))
        .SelectMany(property => (string[])property.GetValue(null)!)
        .ToHashSet();

    /// <summary>The distinct "op" names of a golden case file (a list of cases, or an object holding "cases").</summary>
    public static IEnumerable<string> OpsIn(string caseFile)
    {
        var root = Golden.GoldenData.Json(caseFile);
        var cases = root.ValueKind == System.Text.Json.JsonValueKind.Array ? root : root.GetProperty("cases");
        return cases.EnumerateArray().Select(c => c.GetProperty("op").GetString()!).Distinct();
    }
}
