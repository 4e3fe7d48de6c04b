using System.Globalization;

namespace Flint;

/// <summary>Integers print as Python's <c>str(int)</c>, bools as <c>True</c>/<c>False</c>; the widest sets the width.</summary>
internal sealed class IntegerElementFormatter : ElementFormatter
{
    readonly long[] values;
    readonly bool isBool;

    public IntegerElementFormatter(long[] values, bool isBool)
    {
        this.values = values;
        this.isBool = isBool;
        for (long i = 0; i < values.LongLength; i++) Width = Math.Max(Width, Text(i).Length);
    }

    protected override string Text(long index) =>
        isBool ? (values[index] != 0 ? "True" : "False") : values[index].ToString(CultureInfo.InvariantCulture);
}
