namespace Flint;

/// <summary>Copies that repeat a tensor: <c>repeat</c> and <c>tile</c> (whole tensor), <c>repeat_interleave</c> (each slice).</summary>
public sealed partial class Tensor
{
    /// <summary>
    /// Repeats the whole tensor <c>repeats[i]</c> times along dimension i; more repeats than dimensions add leading
    /// dimensions. One strided copy: the result, seen as [r0, s0, r1, s1, ...], reads this tensor with stride 0 on the r's.
    /// </summary>
    public Tensor Repeat(params long[] repeats)
    {
        ArgumentNullException.ThrowIfNull(repeats);
        if (repeats.Length < Dim)
            throw new ArgumentException("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor");
        int lead = repeats.Length - Dim;
        long[] sizes = [.. Enumerable.Repeat(1L, lead), .. Layout.Shape];
        long[] strides = [.. new long[lead], .. Layout.Strides];
        var result = Allocate(repeats.Select((r, i) => r * sizes[i]).ToArray(), DType, Device);
        if (result.Numel == 0) return result;
        long[] pairShape = repeats.SelectMany((r, i) => new[] { r, sizes[i] }).ToArray();
        long[] pairStrides = strides.SelectMany(s => new[] { 0L, s }).ToArray();
        Storage.CopyTo(new Layout(pairShape, pairStrides, Layout.Offset), result.Storage, Layout.Contiguous(pairShape));
        return result;
    }

    /// <summary>PyTorch's <c>tile</c>: <see cref="Repeat"/>, where fewer repeats than dimensions repeat the last ones.</summary>
    public Tensor Tile(params long[] reps)
    {
        ArgumentNullException.ThrowIfNull(reps);
        return reps.Length >= Dim ? Repeat(reps) : Repeat([.. Enumerable.Repeat(1L, Dim - reps.Length), .. reps]);
    }

    /// <summary>Repeats each element (without a dim, of the flattened tensor) or each slice along <paramref name="dim"/> <paramref name="repeats"/> times.</summary>
    public Tensor RepeatInterleave(long repeats, int? dim = null)
    {
        if (repeats < 0) throw new ArgumentException("repeats can not be negative");
        return RepeatInterleave(Torch.Full([], repeats, DType.Int64, Device), dim);
    }

    /// <summary>
    /// Repeats slice i along <paramref name="dim"/> <c>repeats[i]</c> times (a 0-d or one-element <paramref name="repeats"/>
    /// applies to every slice); without a dim, elements of the flattened tensor.
    /// </summary>
    public Tensor RepeatInterleave(Tensor repeats, int? dim = null)
    {
        ArgumentNullException.ThrowIfNull(repeats);
        var input = dim is null ? Flatten() : this;
        int d = dim is { } given ? WrapDimOfNonScalar(given) : 0;
        long size = input.Layout.Shape[d];
        if (repeats.Dim == 0 || (repeats.Dim == 1 && repeats.Layout.Shape[0] == 1))
            repeats = repeats.Reshape(1).Expand(size);
        else if (repeats.Dim == 1)
        {
            if (repeats.Layout.Shape[0] != size) throw new ArgumentException("repeats must have the same size as input along dim");
        }
        else throw new ArgumentException("repeats must be 0-dim or 1-dim tensor");
        return input.IndexSelect(d, Torch.RepeatInterleave(repeats));
    }
}
