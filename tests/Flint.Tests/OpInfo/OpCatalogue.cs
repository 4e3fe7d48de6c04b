using System.Reflection;

namespace Flint.Tests.OpInfo;

/// <summary>
/// The OpInfo table of issue 3: every op whose PyTorch goldens the tests run, by PyTorch's name. Each family
/// registers its ops in a partial file of its own (<c>OpCatalogue.&lt;Family&gt;.cs</c>) as a <c>static readonly
/// string[]</c> field; <see cref="Ops"/> gathers every such field, so adding a family touches no shared file.
/// </summary>
public static partial class OpCatalogue
{
    // Lazy: the families' fields live in other files, whose static initialisers may run after this one's.
    static readonly Lazy<IReadOnlySet<string>> all = new(() => typeof(OpCatalogue)
        .GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
        .Where(field => field.FieldType == typeof(string[]))
        .SelectMany(field => (string[])field.GetValue(null)!)
        .ToHashSet());

    public static IReadOnlySet<string> Ops => all.Value;
}
