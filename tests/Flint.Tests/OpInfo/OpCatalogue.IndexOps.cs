namespace Flint.Tests.OpInfo;

public static partial class OpCatalogue
{
    /// <summary>Indexing ops and their in-place forms: tools/golden/index_ops.py, run by TensorIndexOpsTests.</summary>
    internal static readonly string[] IndexOps =
    [
        "gather", "scatter", "scatter_", "scatter_add", "scatter_add_", "scatter_reduce", "scatter_reduce_",
        "index_select", "index_add", "index_add_", "index_copy", "index_copy_", "index_fill", "index_fill_",
        "index_put", "index_put_", "masked_fill", "masked_fill_", "masked_select", "masked_scatter", "masked_scatter_",
        "nonzero_as_tuple", "argwhere", "take", "put", "put_", "nn.functional.one_hot",
    ];
}
