namespace Flint;

/// <summary>
/// The <c>torch.*</c> spellings of the copying shape ops (each is the Tensor method of the same name), and
/// <c>torch.repeat_interleave(repeats)</c>, which has no tensor to be a method of.
/// </summary>
public static partial class Torch
{
    /// <summary>
    /// PyTorch's <c>torch.repeat_interleave(repeats)</c>: <c>[0] * repeats[0] + [1] * repeats[1] + ...</c>, in the
    /// dtype of <paramref name="repeats"/> (an Int64 or Int32 vector of non-negative counts).
    /// </summary>
    public static Tensor RepeatInterleave(Tensor repeats)
    {
        ArgumentNullException.ThrowIfNull(repeats);
        if (repeats.Dim != 1) throw new ArgumentException("repeat_interleave only accept 1D vector as repeat");
        if (repeats.DType is not (DType.Int64 or DType.Int32))
            throw new ArgumentException($"\"repeat_interleave_cpu\" not implemented for '{repeats.DType.ScalarTypeName()}'");
        long[] counts = repeats.ToArray<long>();
        if (counts.Any(c => c < 0)) throw new ArgumentException("repeats can not be negative");
        var positions = new long[counts.Sum()];
        for (int i = 0, at = 0; i < counts.Length; at += (int)counts[i], i++) Array.Fill(positions, i, at, (int)counts[i]);
        return FromDense(positions, [positions.LongLength], repeats.DType, repeats.Device, requiresGrad: false);
    }

    public static Tensor RepeatInterleave(Tensor input, Tensor repeats, int? dim = null) => input.RepeatInterleave(repeats, dim);
    public static Tensor RepeatInterleave(Tensor input, long repeats, int? dim = null) => input.RepeatInterleave(repeats, dim);
    public static Tensor Tile(Tensor input, params long[] reps) => input.Tile(reps);
    public static Tensor Flip(Tensor input, params int[] dims) => input.Flip(dims);
    public static Tensor Fliplr(Tensor input) => input.Fliplr();
    public static Tensor Flipud(Tensor input) => input.Flipud();
    public static Tensor Roll(Tensor input, long shifts, params int[] dims) => input.Roll(shifts, dims);
    public static Tensor Roll(Tensor input, long[] shifts, int[] dims) => input.Roll(shifts, dims);
    public static Tensor Rot90(Tensor input, long k = 1, int[]? dims = null) => input.Rot90(k, dims);
}
