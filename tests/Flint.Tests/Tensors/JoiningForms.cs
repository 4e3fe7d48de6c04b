using System.Text.Json;
using Flint.Tests.Golden;
using F = Flint.NN.Functional;

namespace Flint.Tests.Tensors;

/// <summary>
/// A PyTorch joining or reshaping-with-copies call (tools/golden/joining.py) in its C# spellings: the Tensor method and
/// the <c>Torch</c> static where PyTorch has both, the <c>Torch</c> static alone for functions of lists of tensors.
/// </summary>
internal static class JoiningForms
{
    public static Func<object>[] Of(string op, object[] args, JsonElement kwargs)
    {
        int dim = GoldenCalls.Int(kwargs, "dim", 0);
        int? optionalDim = GoldenCalls.OptionalInt(kwargs, "dim");
        return (op, args) switch
        {
            ("cat", [Tensor[] ts]) => [() => Torch.Cat(ts, dim)],
            ("concat", [Tensor[] ts]) => [() => Torch.Concat(ts, dim)],
            ("concatenate", [Tensor[] ts]) => [() => Torch.Concatenate(ts, dim)],
            ("stack", [Tensor[] ts]) => [() => Torch.Stack(ts, dim)],
            ("hstack", [Tensor[] ts]) => [() => Torch.Hstack(ts)],
            ("vstack", [Tensor[] ts]) => [() => Torch.Vstack(ts)],
            ("row_stack", [Tensor[] ts]) => [() => Torch.RowStack(ts)],
            ("dstack", [Tensor[] ts]) => [() => Torch.Dstack(ts)],
            ("column_stack", [Tensor[] ts]) => [() => Torch.ColumnStack(ts)],
            ("repeat", [Tensor x]) => [() => x.Repeat(GoldenCalls.Longs(kwargs, "repeats"))],
            ("tile", [Tensor x]) => [() => x.Tile(GoldenCalls.Longs(kwargs, "reps")), () => Torch.Tile(x, GoldenCalls.Longs(kwargs, "reps"))],
            ("repeat_interleave", [Tensor repeats]) => [() => Torch.RepeatInterleave(repeats)],
            ("repeat_interleave", [Tensor x, Tensor repeats]) =>
                [() => x.RepeatInterleave(repeats, optionalDim), () => Torch.RepeatInterleave(x, repeats, optionalDim)],
            ("repeat_interleave", [Tensor x, Scalar repeats]) =>
                [() => x.RepeatInterleave(repeats.ToInt64(), optionalDim), () => Torch.RepeatInterleave(x, repeats.ToInt64(), optionalDim)],
            ("flip", [Tensor x]) => [() => x.Flip(GoldenCalls.Ints(kwargs, "dims")), () => Torch.Flip(x, GoldenCalls.Ints(kwargs, "dims"))],
            ("fliplr", [Tensor x]) => [() => x.Fliplr(), () => Torch.Fliplr(x)],
            ("flipud", [Tensor x]) => [() => x.Flipud(), () => Torch.Flipud(x)],
            ("roll", [Tensor x]) => Roll(x, kwargs),
            ("rot90", [Tensor x]) => Rot90(x, kwargs),
            ("meshgrid", [Tensor[] ts]) => [() => Torch.Meshgrid(ts, GoldenCalls.String(kwargs, "indexing")!)],
            ("cartesian_prod", [Tensor[] ts]) => [() => Torch.CartesianProd(ts)],
            ("combinations", [Tensor x]) =>
                [() => Torch.Combinations(x, GoldenCalls.Int(kwargs, "r", 2), GoldenCalls.Bool(kwargs, "with_replacement", false))],
            ("nn.functional.pad", [Tensor x]) => [() => F.Pad(x, GoldenCalls.Longs(kwargs, "pad"), GoldenCalls.String(kwargs, "mode") ?? "constant",
                kwargs.TryGetProperty("value", out var value) ? GoldenData.Double(value) : 0)],
            ("take_along_dim", [Tensor x, Tensor indices]) =>
                [() => x.TakeAlongDim(indices, optionalDim), () => Torch.TakeAlongDim(x, indices, optionalDim)],
            _ => throw new ArgumentException($"no C# form of {op} with {args.Length} arguments"),
        };
    }

    /// <summary>Shifts and dims are an int or a list in PyTorch; dims may be absent (roll the flattened tensor).</summary>
    static Func<object>[] Roll(Tensor x, JsonElement kwargs)
    {
        var shifts = kwargs.GetProperty("shifts");
        bool hasDims = kwargs.TryGetProperty("dims", out var dims);
        if (shifts.ValueKind == JsonValueKind.Number && (!hasDims || dims.ValueKind == JsonValueKind.Number))
        {
            long shift = shifts.GetInt64();
            int[] along = hasDims ? [dims.GetInt32()] : [];
            return [() => x.Roll(shift, along), () => Torch.Roll(x, shift, along)];
        }
        long[] shiftList = shifts.ValueKind == JsonValueKind.Number ? [shifts.GetInt64()] : GoldenData.Longs(shifts);
        int[] dimList = !hasDims ? [] : dims.ValueKind == JsonValueKind.Number ? [dims.GetInt32()] : GoldenCalls.Ints(kwargs, "dims");
        return [() => x.Roll(shiftList, dimList), () => Torch.Roll(x, shiftList, dimList)];
    }

    static Func<object>[] Rot90(Tensor x, JsonElement kwargs)
    {
        long k = GoldenCalls.Int(kwargs, "k", 1);
        int[]? dims = kwargs.TryGetProperty("dims", out _) ? GoldenCalls.Ints(kwargs, "dims") : null;
        return [() => x.Rot90(k, dims), () => Torch.Rot90(x, k, dims)];
    }
}
