using System.Reflection;

namespace Flint.Tests.OpInfo;

/// <summary>
/// The OpInfo table of issue 3: the PyTorch op names whose goldens the tests run. Each family adds a partial file
/// (<c>OpCatalogue.&lt;Family&gt;.cs</c>) holding a private static <c>string[]</c> of its ops; this collects them all.
/// </summary>
public static partial class OpCatalogue
{
    static readonly Lazy<HashSet<string>> ops = new(() => typeof(OpCatalogue)
        .GetFields(BindingFlags.NonPublic | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(string[]))
        .SelectMany(field => (string[])field.GetValue(null)!)
        .ToHashSet());

    /// <summary>Every op some family registered.</summary>
    public static HashSet<string> Ops => ops.Value;
}
