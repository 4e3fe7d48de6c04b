namespace Flint;

/// <summary>Grids and products of vectors: <c>meshgrid</c> (views), <c>cartesian_prod</c> and <c>combinations</c> (copies).</summary>
public static partial class Torch
{
    /// <summary>
    /// One grid per input (0-d or 1-d, one dtype), each the input broadcast over the others' sizes: a stride-0 view, no
    /// copy. <paramref name="indexing"/> "ij" gives the inputs' order to the grid dimensions; "xy" swaps the first two
    /// (NumPy's Cartesian indexing). PyTorch 1.13 defaults to "ij" (with a warning, which Flint does not repeat).
    /// </summary>
    public static Tensor[] Meshgrid(IReadOnlyList<Tensor> tensors, string indexing = "ij")
    {
        ArgumentNullException.ThrowIfNull(tensors);
        int count = tensors.Count;
        if (count == 0) throw new ArgumentException("meshgrid expects a non-empty TensorList");
        for (int i = 0; i < count - 1; i++)
        {
            if (tensors[i].DType != tensors[i + 1].DType) throw new ArgumentException("meshgrid expects all tensors to have the same dtype");
            if (tensors[i].Device != tensors[i + 1].Device) throw new ArgumentException("meshgrid expects all tensors to have the same device");
        }
        if (indexing is not ("xy" or "ij"))
            throw new ArgumentException($"torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: {indexing}");
        bool swap = indexing == "xy" && count >= 2;
        var inputs = tensors.ToArray();
        if (swap) (inputs[0], inputs[1]) = (inputs[1], inputs[0]);
        foreach (var input in inputs)
            if (input.Dim > 1) throw new ArgumentException($"torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: {input}");
        long[] shape = inputs.Select(t => t.Numel).ToArray();
        var grids = new Tensor[count];
        for (int i = 0; i < count; i++)
        {
            var viewShape = Enumerable.Repeat(1L, count).ToArray();
            viewShape[i] = -1;
            grids[i] = inputs[i].View(viewShape).Expand(shape);
        }
        if (swap) (grids[0], grids[1]) = (grids[1], grids[0]);
        return grids;
    }

    /// <summary>Every tuple of one element from each vector, in row-major order: [n0 * n1 * ..., count] (one vector is returned as is).</summary>
    public static Tensor CartesianProd(IReadOnlyList<Tensor> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        foreach (var tensor in tensors)
            if (tensor.Dim != 1) throw new ArgumentException($"Expect a 1D vector, but got shape {Shape.Format(tensor.Layout.Shape)}");
        if (tensors.Count == 1) return tensors[0];
        return Stack(Meshgrid(tensors).Select(grid => grid.Flatten()).ToArray(), 1);
    }

    /// <summary>
    /// The length-<paramref name="r"/> combinations of the elements of a vector, in lexicographic order of positions
    /// (Python's <c>itertools.combinations</c>, or <c>combinations_with_replacement</c>): [count, r].
    /// </summary>
    public static Tensor Combinations(Tensor input, long r = 2, bool withReplacement = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Dim != 1) throw new ArgumentException($"Expect a 1D vector, but got shape {Shape.Format(input.Layout.Shape)}");
        if (r < 0) throw new ArgumentException($"Expect a non-negative number, but got {r}");
        if (r == 0) return Flint.Tensor.Allocate([0], input.DType, input.Device);
        var columns = new List<long>[r];
        for (int k = 0; k < r; k++) columns[k] = [];
        long n = input.Numel;
        var positions = new long[r];
        // Positions never decrease (strictly increase without replacement); advance the last one that can move.
        bool valid = FirstCombination(positions, n, withReplacement);
        while (valid)
        {
            for (int k = 0; k < r; k++) columns[k].Add(positions[k]);
            valid = NextCombination(positions, n, withReplacement);
        }
        return Stack(columns.Select(c => input.IndexSelect(0, FromDense(c.ToArray(), [c.Count], DType.Int64, input.Device, requiresGrad: false))).ToArray(), 1);
    }

    static bool FirstCombination(long[] positions, long n, bool withReplacement)
    {
        for (int k = 0; k < positions.Length; k++) positions[k] = withReplacement ? 0 : k;
        return withReplacement ? n > 0 : positions.Length <= n;
    }

    static bool NextCombination(long[] positions, long n, bool withReplacement)
    {
        int r = positions.Length;
        for (int k = r - 1; k >= 0; k--)
        {
            // The largest value position k may hold so that the positions after it still fit.
            long limit = withReplacement ? n - 1 : n - r + k;
            if (positions[k] >= limit) continue;
            positions[k]++;
            for (int j = k + 1; j < r; j++) positions[j] = withReplacement ? positions[k] : positions[j - 1] + 1;
            return true;
        }
        return false;
    }
}
