namespace Flint.Tests.OpInfo;

public static partial class OpCatalogue
{
    /// <summary>The ops of tools/golden/elementwise.py (in-place forms included).</summary>
    static readonly string[] Elementwise =
    [
        "add", "sub", "mul", "div", "remainder", "floor_divide", "pow", "maximum", "minimum", "eq", "ne", "lt", "le",
        "gt", "ge", "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "neg",
        "abs", "exp", "log", "sqrt", "logical_not", "bitwise_not", "add_", "sub_", "mul_", "div_", "pow_", "fill_",
        "zero_"
    ];
}
