namespace Flint;

/// <summary>
/// PyTorch's <c>_Formatter</c>: looks at every element a repr shows, picks one notation and one width for them
/// all, then formats each element right-aligned to that width.
/// </summary>
internal abstract class ElementFormatter
{
    /// <summary>The width every element is padded to (PyTorch's <c>max_width</c>, at least 1).</summary>
    public int Width { get; protected set; } = 1;

    /// <summary>The displayed element at row-major <paramref name="index"/>, padded on the left to <see cref="Width"/>.</summary>
    public string Format(long index) => Text(index).PadLeft(Width);

    protected abstract string Text(long index);

    public static ElementFormatter For(DisplayedElements elements, DType dtype, PrintOptions options) =>
        elements.Floating is { } floating
            ? new FloatingElementFormatter(floating, options)
            : new IntegerElementFormatter(elements.Integers!, dtype == DType.Bool);
}
