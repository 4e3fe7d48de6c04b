using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// View ops against PyTorch (tools/golden/views.py): each case replays a chain of ops on a fresh source and
/// compares shape, strides, storage offset, values, contiguity and view-versus-copy, or the error.
/// </summary>
public class TensorMovementTests
{
    public static TheoryData<string> CaseIds() => GoldenData.CaseIds("views.json");

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case("views.json", id);
        var source = MakeSource(item.GetProperty("source"));
        var chain = item.GetProperty("source").GetProperty("pre").EnumerateArray().Concat(item.GetProperty("ops").EnumerateArray()).ToArray();

        if (item.TryGetProperty("error", out var error))
        {
            var exception = Record.Exception(() => Replay(source, chain));
            Assert.NotNull(exception);
            string expectedType = error.GetProperty("type").GetString()!;
            if (expectedType == "IndexError") Assert.IsType<IndexOutOfRangeException>(exception);
            else Assert.True(exception is ArgumentException or InvalidOperationException, $"{expectedType} expected, got {exception.GetType().Name}");
            Assert.Equal(error.GetProperty("message").GetString(), exception.Message);
            return;
        }

        var result = Replay(source, chain);
        if (item.TryGetProperty("parts", out var parts))
        {
            var tensors = Assert.IsType<Tensor[]>(result);
            Assert.Equal(parts.GetArrayLength(), tensors.Length);
            for (int i = 0; i < tensors.Length; i++) AssertMatches(parts[i], tensors[i], source, $"part {i}");
        }
        else AssertMatches(item.GetProperty("result"), Assert.IsType<Tensor>(result), source, "result");
        Assert.Equal(GoldenData.Doubles(item.GetProperty("sourceAfter")), source.ToArray<double>());
    }

    static void AssertMatches(JsonElement expected, Tensor actual, Tensor source, string what)
    {
        Assert.True(GoldenData.Longs(expected.GetProperty("shape")).SequenceEqual(actual.Shape.ToArray()),
            $"{what} shape: expected {string.Join(",", GoldenData.Longs(expected.GetProperty("shape")))}, got {actual.Shape}");
        Assert.True(GoldenData.Longs(expected.GetProperty("strides")).SequenceEqual(actual.Strides),
            $"{what} strides: expected [{string.Join(", ", GoldenData.Longs(expected.GetProperty("strides")))}], got [{string.Join(", ", actual.Strides)}]");
        Assert.Equal(expected.GetProperty("offset").GetInt64(), actual.StorageOffset);
        Assert.Equal(GoldenData.Doubles(expected.GetProperty("values")), actual.ToArray<double>());
        Assert.Equal(expected.GetProperty("isContiguous").GetBoolean(), actual.IsContiguous());
        bool isView = expected.GetProperty("isView").GetBoolean();
        Assert.Equal(isView, ReferenceEquals(actual.Storage, source.Storage));
        if (isView && !ReferenceEquals(actual, source)) Assert.Same(source, actual.Base);
        if (!isView) Assert.Null(actual.Base);
        Assert.Equal(DTypeExtensions.ParseTorchName(expected.GetProperty("dtype").GetString()!), actual.DType);
    }

    /// <summary>The source's values as views.py makes them: 0, 1, 2, ... (bool: i % 3 == 1), a fresh tensor that is nobody's view.</summary>
    static Tensor MakeSource(JsonElement spec)
    {
        long[] shape = GoldenData.Longs(spec.GetProperty("shape"));
        var dtype = DTypeExtensions.ParseTorchName(spec.TryGetProperty("dtype", out var name) ? name.GetString()! : "float32");
        long count = Shape.NumelOf(shape);
        var values = new double[count];
        for (long i = 0; i < count; i++) values[i] = dtype == DType.Bool ? (i % 3 == 1 ? 1 : 0) : i;
        return Torch.Tensor(values, dtype: DType.Float64).To(dtype).Reshape(shape).Clone();
    }

    static object Replay(Tensor source, JsonElement[] chain)
    {
        object current = source;
        foreach (var op in chain) current = Apply(current, op, source);
        return current;
    }

    static object Apply(object current, JsonElement op, Tensor source)
    {
        string name = op.GetProperty("op").GetString()!;
        if (name == "pick") return ((Tensor[])current)[op.GetProperty("index").GetInt32()];
        var x = (Tensor)current;
        long[] Longs(string key) => GoldenData.Longs(op.GetProperty(key));
        int[] Ints(string key) => Longs(key).Select(v => (int)v).ToArray();
        int Int(string key, int fallback = 0) => op.TryGetProperty(key, out var v) ? v.GetInt32() : fallback;
        long? OptionalLong(string key) => op.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetInt64() : null;
        return name switch
        {
            "view" => x.View(Longs("shape")),
            "reshape" => x.Reshape(Longs("shape")),
            "view_as" => x.ViewAs(Torch.Empty(Longs("shape"))),
            "reshape_as" => x.ReshapeAs(Torch.Empty(Longs("shape"))),
            "permute" => x.Permute(Ints("dims")),
            "transpose" => x.Transpose(Int("dim0"), Int("dim1")),
            "T" => x.T,
            "mT" => x.mT,
            "narrow" => x.Narrow(Int("dim"), op.GetProperty("start").GetInt64(), op.GetProperty("length").GetInt64()),
            "slice" => x.Slice(Int("dim"), OptionalLong("start"), OptionalLong("stop"), OptionalLong("step") ?? 1),
            "select" => x.Select(Int("dim"), op.GetProperty("index").GetInt64()),
            "unsqueeze" => x.Unsqueeze(Int("dim")),
            "squeeze" => op.TryGetProperty("dims", out _) ? x.Squeeze(Ints("dims")) : x.Squeeze(),
            "expand" => x.Expand(Longs("sizes")),
            "expand_as" => x.ExpandAs(Torch.Empty(Longs("shape"))),
            "broadcast_to" => x.BroadcastTo(Longs("shape")),
            "flatten" => x.Flatten(Int("start", 0), Int("end", -1)),
            "unflatten" => x.Unflatten(Int("dim"), Longs("sizes")),
            "unbind" => x.Unbind(Int("dim")),
            "chunk" => x.Chunk(Int("chunks"), Int("dim")),
            "split" => op.TryGetProperty("sizes", out _) ? x.Split(Longs("sizes"), Int("dim")) : x.Split(op.GetProperty("size").GetInt64(), Int("dim")),
            "movedim" => op.GetProperty("source").ValueKind == JsonValueKind.Array
                ? x.Movedim(Ints("source"), Ints("destination"))
                : x.Movedim(Int("source"), Int("destination")),
            "moveaxis" => x.Moveaxis(Int("source"), Int("destination")),
            "diagonal" => x.Diagonal(OptionalLong("offset") ?? 0, Int("dim1", 0), Int("dim2", 1)),
            "as_strided" => x.AsStrided(Longs("size"), Longs("stride"), OptionalLong("offset")),
            "contiguous" => x.Contiguous(),
            "clone" => x.Clone(),
            "to" => x.To(DTypeExtensions.ParseTorchName(op.GetProperty("dtype").GetString()!)),
            "copy_" => x.Copy_(CopySource(op.GetProperty("src"), source)),
            _ => throw new InvalidDataException($"views.json: unknown op '{name}'"),
        };
    }

    static Tensor CopySource(JsonElement spec, Tensor source)
    {
        var tensor = spec.TryGetProperty("fromSource", out _) ? source : MakeSource(spec);
        object current = tensor;
        if (spec.TryGetProperty("ops", out var ops))
            foreach (var op in ops.EnumerateArray()) current = Apply(current, op, source);
        return (Tensor)current;
    }
}
