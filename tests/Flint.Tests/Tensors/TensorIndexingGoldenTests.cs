using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// Indexing against PyTorch 1.13 (tools/golden/indexing.py): getters, setters, index_put_ with accumulate and
/// errors, each case on a source built the same way here and there (arange values, then view ops).
/// </summary>
public class TensorIndexingGoldenTests
{
    static readonly Dictionary<string, JsonElement> cases = GoldenData.Json("indexing.json").GetProperty("cases")
        .EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

    public static TheoryData<string> CaseIds => new(cases.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var testCase = cases[id];
        var (@base, source) = BuildSource(testCase.GetProperty("source"));
        var indices = testCase.GetProperty("index").EnumerateArray().Select(ToIndex).ToArray();
        string op = testCase.GetProperty("op").GetString()!;
        Tensor? value = testCase.TryGetProperty("value", out var valueSpec) ? ToValue(valueSpec) : null;
        Func<Tensor?> run = op switch
        {
            "get" => () => source[indices],
            "set" => () => { source[indices] = value!; return null; },
            _ => () => source.IndexPut_(indices, value!, testCase.GetProperty("accumulate").GetBoolean()),
        };

        if (testCase.TryGetProperty("error", out var error))
        {
            var expectedType = error.GetProperty("flint").GetString() switch
            {
                "IndexOutOfRangeException" => typeof(IndexOutOfRangeException),
                "ArgumentException" => typeof(ArgumentException),
                var other => throw new InvalidDataException($"unknown exception {other}"),
            };
            var thrown = Assert.Throws(expectedType, () => run());
            Assert.Contains(error.GetProperty("message").GetString()!, thrown.Message);
            return;
        }

        var expected = testCase.GetProperty("expected");
        if (op == "get")
        {
            var result = run()!;
            AssertValues(expected, result);
            Assert.Equal(source.DType, result.DType);
            bool view = expected.GetProperty("view").GetBoolean();
            Assert.Equal(view, ReferenceEquals(result.Storage, @base.Storage));
            if (view)
            {
                Assert.True(result.IsView);
                Assert.Equal(GoldenData.Longs(expected.GetProperty("strides")), result.Strides);
                Assert.Equal(expected.GetProperty("offset").GetInt64(), result.StorageOffset);
            }
        }
        else
        {
            run();
            AssertValues(expected, @base);
        }
    }

    static void AssertValues(JsonElement expected, Tensor actual)
    {
        Assert.Equal(GoldenData.Longs(expected.GetProperty("shape")), actual.Shape.ToArray());
        Assert.Equal(Numbers(expected.GetProperty("values")), actual.ToArray<double>());
    }

    static double[] Numbers(JsonElement values) => values.EnumerateArray()
        .Select(v => v.ValueKind switch
        {
            JsonValueKind.True => 1.0,
            JsonValueKind.False => 0.0,
            _ => GoldenData.Double(v),
        }).ToArray();

    /// <summary>The script's base: arange values (bool: every third) in the base shape, then the view ops.</summary>
    static (Tensor Base, Tensor Source) BuildSource(JsonElement spec)
    {
        long[] shape = GoldenData.Longs(spec.GetProperty("base"));
        var dtype = DTypeExtensions.ParseTorchName(spec.GetProperty("dtype").GetString()!);
        var values = Torch.Arange(Shape.NumelOf(shape));
        var @base = (dtype == DType.Bool ? values.Remainder(3).Eq(0) : values.To(dtype, copy: true)).Reshape(shape);
        return (@base, ApplyOps(@base, spec.GetProperty("pre")));
    }

    static Tensor ApplyOps(Tensor tensor, JsonElement ops)
    {
        foreach (var op in ops.EnumerateArray())
        {
            var args = op.EnumerateArray().ToArray();
            tensor = args[0].GetString() switch
            {
                "transpose" => tensor.Transpose(args[1].GetInt32(), args[2].GetInt32()),
                "permute" => tensor.Permute(args[1].EnumerateArray().Select(d => d.GetInt32()).ToArray()),
                "slice" => tensor.Slice(args[1].GetInt32(), OptionalLong(args[2]), OptionalLong(args[3]), OptionalLong(args[4]) ?? 1),
                "select" => tensor.Select(args[1].GetInt32(), args[2].GetInt64()),
                "expand" => tensor.Expand(GoldenData.Longs(args[1])),
                var name => throw new InvalidDataException($"unknown op {name}"),
            };
        }
        return tensor;
    }

    static long? OptionalLong(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetInt64();

    static Tensor ToTensor(JsonElement spec)
    {
        var dtype = DTypeExtensions.ParseTorchName(spec.GetProperty("dtype").GetString()!);
        long[] shape = GoldenData.Longs(spec.GetProperty("shape"));
        var values = spec.GetProperty("values");
        var flat = dtype == DType.Bool
            ? Torch.Tensor(values.EnumerateArray().Select(v => v.GetBoolean()).ToArray())
            : Torch.Tensor(Numbers(values), dtype);
        var tensor = flat.Reshape(shape);
        return spec.TryGetProperty("pre", out var ops) ? ApplyOps(tensor, ops) : tensor;
    }

    static TensorIndex ToIndex(JsonElement item)
    {
        var property = item.EnumerateObject().Single();
        var value = property.Value;
        return property.Name switch
        {
            "int" => value.GetInt64(),
            "slice" => TensorIndex.Slice(OptionalLong(value[0]), OptionalLong(value[1]), OptionalLong(value[2]) ?? 1),
            "ellipsis" => TensorIndex.Ellipsis,
            "none" => TensorIndex.None,
            "bool" => value.GetBoolean(),
            "tensor" => ToTensor(value),
            "list" => GoldenData.Longs(value),
            var name => throw new InvalidDataException($"unknown index item {name}"),
        };
    }

    /// <summary>A scalar becomes a C# number assigned directly (an implicitly wrapped number), as in <c>t[i] = 7</c>.</summary>
    static Tensor ToValue(JsonElement spec)
    {
        if (spec.TryGetProperty("is_tensor", out _)) return ToTensor(spec);
        var scalar = spec.GetProperty("scalar");
        return spec.GetProperty("kind").GetString() switch
        {
            "bool" => scalar.GetBoolean(),
            "int" => scalar.GetInt64(),
            _ => scalar.GetDouble(),
        };
    }
}
