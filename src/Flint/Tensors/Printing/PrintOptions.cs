namespace Flint;

/// <summary>
/// How tensors print (PyTorch's <c>torch._tensor_str.PRINT_OPTS</c>); set with <see cref="Torch.SetPrintOptions(int?, double?, int?, int?, string?, bool?)"/>.
/// </summary>
public sealed record PrintOptions
{
    /// <summary>Digits after the decimal point of floating elements.</summary>
    public int Precision { get; init; } = 4;

    /// <summary>Tensors with more elements than this are summarised with <c>...</c>; infinity never summarises.</summary>
    public double Threshold { get; init; } = 1000;

    /// <summary>Items shown at each end of a summarised dimension.</summary>
    public int EdgeItems { get; init; } = 3;

    /// <summary>Characters per line before rows wrap (summarised tensors ignore it between rows).</summary>
    public int LineWidth { get; init; } = 80;

    /// <summary>True or false forces scientific notation on or off; null lets the formatter choose.</summary>
    public bool? SciMode { get; init; }

    /// <summary>PyTorch's <c>profile="default"</c>.</summary>
    public static PrintOptions Default { get; } = new();

    /// <summary>PyTorch's <c>profile="short"</c>: two digits, two edge items.</summary>
    public static PrintOptions Short { get; } = new() { Precision = 2, EdgeItems = 2 };

    /// <summary>PyTorch's <c>profile="full"</c>: never summarises.</summary>
    public static PrintOptions Full { get; } = new() { Threshold = double.PositiveInfinity };

    /// <summary>The profile named as in PyTorch: <c>"default"</c>, <c>"short"</c> or <c>"full"</c>.</summary>
    public static PrintOptions Profile(string name) => name switch
    {
        "default" => Default,
        "short" => Short,
        "full" => Full,
        _ => throw new ArgumentException($"Unknown print profile '{name}': expected one of default, short, full.", nameof(name)),
    };

    internal void Validate()
    {
        if (Precision < 0) throw new ArgumentException($"Print precision must be non-negative, got {Precision}.");
        if (EdgeItems < 0) throw new ArgumentException($"Print edgeitems must be non-negative, got {EdgeItems}.");
        if (double.IsNaN(Threshold)) throw new ArgumentException("Print threshold must be a number, got NaN.");
    }
}
