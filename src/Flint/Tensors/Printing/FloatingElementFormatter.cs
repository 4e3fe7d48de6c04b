namespace Flint;

/// <summary>
/// PyTorch's choice of notation for floating elements, made from the non-zero finite ones only:
/// integer mode (<c>1.</c>, <c>-3.</c>) when all are whole numbers; scientific notation when the largest over the
/// smallest magnitude exceeds 1000, the largest exceeds 1e8, or (outside integer mode) the smallest is below 1e-4;
/// fixed <c>precision</c> digits otherwise. Zeros, NaN and infinities never widen the column.
/// </summary>
internal sealed class FloatingElementFormatter : ElementFormatter
{
    readonly double[] values;
    readonly int precision;
    readonly bool intMode = true;
    readonly bool sciMode;

    public FloatingElementFormatter(double[] values, PrintOptions options)
    {
        this.values = values;
        precision = options.Precision;

        double min = double.PositiveInfinity, max = 0;
        bool anyNonzeroFinite = false;
        foreach (double value in values)
        {
            if (!double.IsFinite(value) || value == 0) continue;
            anyNonzeroFinite = true;
            double magnitude = Math.Abs(value);
            min = Math.Min(min, magnitude);
            max = Math.Max(max, magnitude);
            if (value != Math.Ceiling(value)) intMode = false;
        }
        // With nothing to measure PyTorch returns early: integer mode, width 1, and a forced sci_mode is ignored.
        if (!anyNonzeroFinite) return;

        bool wideRange = max / min > 1000.0 || max > 1.0e8;
        sciMode = intMode ? wideRange : wideRange || min < 1.0e-4;
        foreach (double value in values)
        {
            if (!double.IsFinite(value) || value == 0) continue;
            int length = sciMode ? PythonFloatFormat.Scientific(value, precision).Length
                : intMode ? PythonFloatFormat.Fixed(value, 0).Length + 1 // room for the trailing "."
                : PythonFloatFormat.Fixed(value, precision).Length;
            Width = Math.Max(Width, length);
        }
        sciMode = options.SciMode ?? sciMode;
    }

    protected override string Text(long index)
    {
        double value = values[index];
        if (sciMode) return PythonFloatFormat.Scientific(value, precision);
        if (intMode) return double.IsFinite(value) ? PythonFloatFormat.Fixed(value, 0) + "." : PythonFloatFormat.Fixed(value, 0);
        return PythonFloatFormat.Fixed(value, precision);
    }
}
