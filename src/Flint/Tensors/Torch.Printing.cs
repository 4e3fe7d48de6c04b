namespace Flint;

public static partial class Torch
{
    static volatile PrintOptions printOptions = PrintOptions.Default;

    /// <summary>
    /// PyTorch's <c>torch.set_printoptions</c>: a <paramref name="profile"/> (<c>"default"</c>, <c>"short"</c>,
    /// <c>"full"</c>) sets precision, threshold, edgeitems and linewidth, then each given argument overrides its
    /// field. As in PyTorch, <paramref name="sciMode"/> is always set: a call without it goes back to automatic
    /// notation. <c>SetPrintOptions(profile: "default")</c> restores every default.
    /// </summary>
    public static void SetPrintOptions(
        int? precision = null,
        double? threshold = null,
        int? edgeitems = null,
        int? linewidth = null,
        string? profile = null,
        bool? sciMode = null)
    {
        var current = profile is null ? printOptions : PrintOptions.Profile(profile);
        SetPrintOptions(current with
        {
            Precision = precision ?? current.Precision,
            Threshold = threshold ?? current.Threshold,
            EdgeItems = edgeitems ?? current.EdgeItems,
            LineWidth = linewidth ?? current.LineWidth,
            SciMode = sciMode,
        });
    }

    /// <summary>Sets every print option at once, e.g. to restore what <see cref="GetPrintOptions"/> returned.</summary>
    public static void SetPrintOptions(PrintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        printOptions = options;
    }

    /// <summary>The print options in force.</summary>
    public static PrintOptions GetPrintOptions() => printOptions;

    /// <summary>Restores PyTorch's default print options (<c>set_printoptions(profile="default")</c>).</summary>
    public static void ResetPrintOptions() => printOptions = PrintOptions.Default;
}
