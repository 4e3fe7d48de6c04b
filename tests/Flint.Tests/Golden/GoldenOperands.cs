using System.Collections.Concurrent;
using System.Text.Json;

namespace Flint.Tests.Golden;

/// <summary>
/// Operands of the op-level goldens (elementwise.py, reductions.py): a tensor stored in the case file's
/// safetensors, optionally viewed (transposed, step-sliced, expanded); a large input rebuilt from the
/// scripts' formula; or a C# scalar of the kind Python passed.
/// </summary>
public static class GoldenOperands
{
    static readonly ConcurrentDictionary<string, OrderedDictionary<string, Tensor>> tensorFiles = new();

    /// <summary>The stored tensor <paramref name="key"/> of <paramref name="file"/> (loaded once; callers must not modify it).</summary>
    public static Tensor Stored(string file, string key) => tensorFiles.GetOrAdd(file, GoldenData.Tensors)[key];

    /// <summary>A tensor operand (a fresh copy, so in-place ops may write it) or a <see cref="Scalar"/>.</summary>
    public static object Build(string file, JsonElement operand)
    {
        if (operand.TryGetProperty("scalar", out var value)) return ScalarOf(value, operand.GetProperty("kind").GetString()!);
        var tensor = operand.TryGetProperty("generate", out var spec)
            ? Generate(spec)
            : Stored(file, operand.GetProperty("tensor").GetString()!).Clone();
        return operand.TryGetProperty("view", out var view) ? View(tensor, view) : tensor;
    }

    /// <summary>The base tensor an operand views (what an in-place op on the view writes through to).</summary>
    public static Tensor BaseOf(Tensor operand) => operand.Base ?? operand;

    public static Tensor View(Tensor tensor, JsonElement view) => view[0].GetString() switch
    {
        "transpose" => tensor.Transpose(-2, -1),
        "slice" => tensor.Slice(view[1].GetInt32(), null, null, view[2].GetInt64()),
        "expand" => tensor.Expand(GoldenData.Longs(view[1])),
        var other => throw new ArgumentException($"unknown view '{other}'"),
    };

    /// <summary>A scalar of PyTorch's kind: bool, Python int (C# long) or Python float (C# double).</summary>
    public static Scalar ScalarOf(JsonElement value, string kind) => kind switch
    {
        "bool" => value.GetBoolean(),
        "int" => value.GetInt64(),
        _ => GoldenData.Double(value),
    };

    /// <summary>A JSON literal as the C# scalar Python would have passed (true, 2, 2.5).</summary>
    public static Scalar ScalarOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
        JsonValueKind.Number when value.TryGetInt64(out long integer) && !value.GetRawText().Contains('.') => integer,
        _ => GoldenData.Double(value),
    };

    /// <summary>
    /// The scripts' large input: k = (i * 7919 + seed * 104729) mod 2003 - 1001, made odd (2k + 1) when asked,
    /// divided by 64 for floating dtypes; every value is exact in every dtype it is made for.
    /// </summary>
    static Tensor Generate(JsonElement spec)
    {
        var dtype = DTypeExtensions.ParseTorchName(spec.GetProperty("dtype").GetString()!);
        long[] shape = GoldenData.Longs(spec.GetProperty("shape"));
        long seed = spec.GetProperty("seed").GetInt64();
        bool odd = spec.GetProperty("odd").GetBoolean();
        var values = new double[Shape.NumelOf(shape)];
        for (long i = 0; i < values.Length; i++)
        {
            long k = (i * 7919 + seed * 104729) % 2003 - 1001;
            if (odd) k = 2 * k + 1;
            values[i] = dtype.IsFloatingPoint() ? k / 64.0 : k;
        }
        return Torch.Tensor(values, dtype: DType.Float64).To(dtype).View(shape);
    }
}
