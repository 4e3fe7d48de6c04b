namespace Flint;

/// <summary>Copies that reorder elements along dimensions: <c>flip</c> (and <c>fliplr</c>, <c>flipud</c>), <c>roll</c>, <c>rot90</c>.</summary>
public sealed partial class Tensor
{
    /// <summary>
    /// Reverses the order of elements along <paramref name="dims"/>. One strided copy from a layout with negated strides;
    /// the result keeps this tensor's memory format (a transposed input gives a transposed result), as in PyTorch.
    /// </summary>
    public Tensor Flip(params int[] dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        var flipped = new bool[Math.Max(Dim, 1)];
        foreach (int dim in dims)
        {
            int d = WrapDim(dim);
            if (flipped[d]) throw new ArgumentException($"dim {d} appears multiple times in the list of dims");
            flipped[d] = true;
        }
        var result = AllocateLike(DType, Device);
        if (Numel == 0) return result;
        long[] strides = Layout.StridesArray.ToArray();
        long offset = Layout.Offset;
        for (int d = 0; d < Dim; d++)
        {
            if (!flipped[d]) continue;
            offset += (Layout.Shape[d] - 1) * strides[d];
            strides[d] = -strides[d];
        }
        Storage.CopyTo(new Layout(Layout.ShapeArray, strides, offset), result.Storage, result.Layout);
        return result;
    }

    /// <summary>Flips left to right: dimension 1 of a tensor of at least two dimensions.</summary>
    public Tensor Fliplr()
    {
        if (Dim < 2) throw new ArgumentException("Input must be >= 2-d.");
        return Flip(1);
    }

    /// <summary>Flips up to down: dimension 0 of a tensor of at least one dimension.</summary>
    public Tensor Flipud()
    {
        if (Dim < 1) throw new ArgumentException("Input must be >= 1-d.");
        return Flip(0);
    }

    /// <summary>
    /// Shifts elements by <paramref name="shifts"/> along <paramref name="dims"/>, wrapping around; without dims, the
    /// flattened tensor is rolled and reshaped back.
    /// </summary>
    public Tensor Roll(long shifts, params int[] dims) => Roll([shifts], dims);

    public Tensor Roll(long[] shifts, int[] dims)
    {
        ArgumentNullException.ThrowIfNull(shifts);
        ArgumentNullException.ThrowIfNull(dims);
        if (shifts.Length == 0) throw new ArgumentException("`shifts` required");
        if (dims.Length == 0 && shifts.Length == 1) return Contiguous().View(Numel).Roll(shifts, [0]).View(Layout.ShapeArray);
        if (shifts.Length != dims.Length)
            throw new ArgumentException($"shifts and dimensions must align. shifts: {shifts.Length}, dims:{dims.Length}");
        var rolled = this;
        for (int i = 0; i < dims.Length; i++) rolled = rolled.RollAlong(shifts[i], dims[i]);
        return rolled;
    }

    /// <summary>PyTorch's one-dimension roll: the two parts, [size - shift, size) then [0, size - shift), joined by cat.</summary>
    Tensor RollAlong(long shift, int dim)
    {
        int d = WrapDimOfNonScalar(dim);
        if (Numel == 0) return Clone();
        long size = Layout.Shape[d];
        long start = (size - shift) % size;
        if (start < 0) start += size;
        return Torch.Cat([Narrow(d, start, size - start), Narrow(d, 0, start)], d);
    }

    /// <summary>
    /// Rotates by 90 degrees <paramref name="k"/> times in the plane of <paramref name="dims"/> (default [0, 1]), from
    /// the first towards the second; as in PyTorch, odd k gives a transposed view of a flipped copy.
    /// </summary>
    public Tensor Rot90(long k = 1, int[]? dims = null)
    {
        dims ??= [0, 1];
        if (dims.Length != 2) throw new ArgumentException($"expected total rotation dims == 2, but got dims = {dims.Length}");
        if (Dim < 2) throw new ArgumentException($"expected total dims >= 2, but got total dims = {Dim}");
        if (dims[0] == dims[1] || Math.Abs(dims[0] - dims[1]) == Dim)
            throw new ArgumentException($"expected rotation dims to be different, but got dim0 = {dims[0]} and dim1 = {dims[1]}");
        if (dims[0] >= Dim || dims[0] < -Dim) throw new ArgumentException($"Rotation dim0 out of range, dim0 = {dims[0]}");
        if (dims[1] >= Dim || dims[1] < -Dim) throw new ArgumentException($"Rotation dim1 out of range, dim1 = {dims[1]}");
        return (((k % 4) + 4) % 4) switch
        {
            1 => Flip(dims[1]).Transpose(dims[0], dims[1]),
            2 => Flip(dims),
            3 => Flip(dims[0]).Transpose(dims[0], dims[1]),
            _ => ContiguousClone(),
        };
    }
}
