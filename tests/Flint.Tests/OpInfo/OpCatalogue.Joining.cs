namespace Flint.Tests.OpInfo;

public static partial class OpCatalogue
{
    /// <summary>Joining and reshaping with copies: tools/golden/joining.py, run by TensorJoiningTests.</summary>
    internal static readonly string[] Joining =
    [
        "cat", "concat", "concatenate", "stack", "hstack", "vstack", "row_stack", "dstack", "column_stack",
        "repeat", "tile", "repeat_interleave", "flip", "fliplr", "flipud", "roll", "rot90",
        "meshgrid", "cartesian_prod", "combinations", "nn.functional.pad", "take_along_dim",
    ];
}
