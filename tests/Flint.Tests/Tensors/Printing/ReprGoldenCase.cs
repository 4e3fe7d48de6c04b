using System.Text.Json;
using Flint.Autograd;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors.Printing;

/// <summary>
/// A case of Golden/repr.json (tools/golden/repr.py): rebuilds the tensor PyTorch printed, under the same default
/// dtype and print options, so its <c>ToString()</c> can be compared with PyTorch's <c>repr</c>.
/// </summary>
public static class ReprGoldenCase
{
    static JsonElement Root => GoldenData.Json("repr.json");

    public static JsonElement Get(string id) =>
        Root.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>The ids of the cases that need no process-wide setting, or of those that do.</summary>
    public static TheoryData<string> Ids(bool changesGlobalState)
    {
        var ids = new TheoryData<string>();
        foreach (var c in Root.GetProperty("cases").EnumerateArray())
            if (ChangesGlobalState(c) == changesGlobalState) ids.Add(c.GetProperty("id").GetString()!);
        return ids;
    }

    static bool ChangesGlobalState(JsonElement c) => c.TryGetProperty("print_options", out _) || c.TryGetProperty("default_dtype", out _);

    /// <summary>Sets the case's default dtype and print options; disposing restores what was there.</summary>
    public static IDisposable ApplyGlobalState(JsonElement c)
    {
        var restore = new GlobalStateRestorer(Torch.GetDefaultDType(), Torch.GetPrintOptions());
        if (c.TryGetProperty("default_dtype", out var dtype)) Torch.SetDefaultDType(DTypeExtensions.ParseTorchName(dtype.GetString()!));
        if (c.TryGetProperty("print_options", out var calls))
            foreach (var call in calls.EnumerateArray())
                Torch.SetPrintOptions(
                    precision: Optional(call, "precision")?.GetInt32(),
                    threshold: Optional(call, "threshold")?.GetDouble(),
                    edgeitems: Optional(call, "edgeitems")?.GetInt32(),
                    linewidth: Optional(call, "linewidth")?.GetInt32(),
                    profile: Optional(call, "profile")?.GetString(),
                    sciMode: Optional(call, "sci_mode")?.GetBoolean());
        return restore;
    }

    static JsonElement? Optional(JsonElement obj, string name) => obj.TryGetProperty(name, out var value) ? value : null;

    /// <summary>The case's tensor: base values of its dtype and shape, its views, then its autograd state.</summary>
    public static Tensor Build(JsonElement c)
    {
        var dtype = DTypeExtensions.ParseTorchName(c.GetProperty("dtype").GetString()!);
        long[] shape = GoldenData.Longs(c.GetProperty("shape"));
        var tensor = BaseValues(c, dtype, Shape.NumelOf(shape)).To(dtype).Reshape(shape);
        if (c.TryGetProperty("view", out var views))
            foreach (var view in views.EnumerateArray()) tensor = ApplyView(tensor, view);
        if (c.TryGetProperty("requires_grad", out var requiresGrad) && requiresGrad.GetBoolean()) tensor.RequiresGrad_();
        if (c.TryGetProperty("grad_fn", out var gradFn))
        {
            tensor.SetHistory(new NamedGradFn(gradFn.GetString()!), 0);
        }
        return tensor;
    }

    /// <summary>The row-major values as a flat 1-d tensor (bool, int64 or float64; the caller casts).</summary>
    static Tensor BaseValues(JsonElement c, DType dtype, long numel)
    {
        if (c.TryGetProperty("pattern", out var pattern))
        {
            // value i = ((i * mul) % mod) * scale + offset, in int64 or float64 as repr.py computes it.
            long mul = pattern.GetProperty("mul").GetInt64(), mod = pattern.GetProperty("mod").GetInt64();
            if (dtype.IsFloatingPoint())
            {
                double scale = pattern.GetProperty("scale").GetDouble(), offset = pattern.GetProperty("offset").GetDouble();
                var doubles = new double[numel];
                for (long i = 0; i < numel; i++) doubles[i] = (double)(i * mul % mod) * scale + offset;
                return Torch.FromArray(doubles, numel);
            }
            long integerScale = pattern.GetProperty("scale").GetInt64(), integerOffset = pattern.GetProperty("offset").GetInt64();
            var longs = new long[numel];
            for (long i = 0; i < numel; i++) longs[i] = i * mul % mod * integerScale + integerOffset;
            return Torch.FromArray(longs, numel);
        }
        var values = c.GetProperty("values");
        if (dtype == DType.Bool) return Torch.FromArray(values.EnumerateArray().Select(v => v.GetBoolean()).ToArray(), numel);
        if (!dtype.IsFloatingPoint()) return Torch.FromArray(GoldenData.Longs(values), numel);
        return Torch.FromArray(GoldenData.Doubles(values), numel);
    }

    static Tensor ApplyView(Tensor tensor, JsonElement view)
    {
        var args = view.GetProperty("args").EnumerateArray().ToArray();
        return view.GetProperty("op").GetString() switch
        {
            "transpose" => tensor.Transpose(args[0].GetInt32(), args[1].GetInt32()),
            "permute" => tensor.Permute(args.Select(a => a.GetInt32()).ToArray()),
            "slice" => tensor.Slice(args[0].GetInt32(), NullableLong(args[1]), NullableLong(args[2]), NullableLong(args[3]) ?? 1),
            "select" => tensor.Select(args[0].GetInt32(), args[1].GetInt64()),
            "expand" => tensor.Expand(args.Select(a => a.GetInt64()).ToArray()),
            "unsqueeze" => tensor.Unsqueeze(args[0].GetInt32()),
            var op => throw new InvalidDataException($"repr.json: unknown view op '{op}'"),
        };
    }

    static long? NullableLong(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt64();

    /// <summary>A graph node that only carries PyTorch's name, standing in for the op that made the printed tensor.</summary>
    sealed class NamedGradFn(string name) : GradFn([])
    {
        public override string Name => name;

        internal override Tensor?[] Apply(Tensor?[] gradOutputs) => [];
    }

    sealed class GlobalStateRestorer(DType defaultDType, PrintOptions printOptions) : IDisposable
    {
        public void Dispose()
        {
            Torch.SetDefaultDType(defaultDType);
            Torch.SetPrintOptions(printOptions);
        }
    }
}
