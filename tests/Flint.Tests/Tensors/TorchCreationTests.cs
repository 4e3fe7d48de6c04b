using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// Factories against PyTorch (tools/golden/creation.py): dtype, shape, strides and bit-exact values, or the error.
/// In the GlobalState collection because range values above 32768 elements depend on the thread count, and one
/// test changes the default dtype.
/// </summary>
[Collection("GlobalState")]
public class TorchCreationTests
{
    public static TheoryData<string> CaseIds() => GoldenData.CaseIds("creation.json");

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void MatchesPyTorch(string id)
    {
        var item = GoldenData.Case("creation.json", id);
        int threads = Torch.GetNumThreads();
        Torch.SetNumThreads(item.TryGetProperty("threads", out var wanted) ? wanted.GetInt32() : 1);
        try
        {
            if (item.TryGetProperty("error", out var error))
            {
                var exception = Record.Exception(() => Call(item));
                Assert.NotNull(exception);
                Assert.True(exception is ArgumentException or InvalidOperationException, $"RuntimeError expected, got {exception.GetType().Name}");
                Assert.Equal(error.GetProperty("message").GetString(), exception.Message);
                return;
            }
            AssertMatches(id, item.GetProperty("result"), Call(item), compareValues: !item.GetProperty("fn").GetString()!.StartsWith("empty", StringComparison.Ordinal));
        }
        finally { Torch.SetNumThreads(threads); }
    }

    static void AssertMatches(string id, JsonElement expected, Tensor actual, bool compareValues)
    {
        var dtype = DTypeExtensions.ParseTorchName(expected.GetProperty("dtype").GetString()!);
        Assert.Equal(dtype, actual.DType);
        Assert.Equal(GoldenData.Longs(expected.GetProperty("shape")), actual.Shape.ToArray());
        Assert.Equal(GoldenData.Longs(expected.GetProperty("strides")), actual.Strides);
        Assert.Equal(expected.GetProperty("requiresGrad").GetBoolean(), actual.RequiresGrad);
        if (!compareValues) return;
        var reference = expected.TryGetProperty("values", out var values) ? null : GoldenData.Tensors("creation.safetensors")[id];
        if (dtype.IsFloatingPoint())
        {
            double[] want = reference?.ToArray<double>() ?? GoldenData.Doubles(values);
            double[] got = actual.ToArray<double>();
            Assert.Equal(want.Length, got.Length);
            for (int i = 0; i < want.Length; i++)
                Assert.True(BitConverter.DoubleToInt64Bits(want[i]) == BitConverter.DoubleToInt64Bits(got[i]) || (double.IsNaN(want[i]) && double.IsNaN(got[i])),
                    $"element {i}: expected {want[i]:R}, got {got[i]:R}");
        }
        else Assert.Equal(reference?.ToArray<long>() ?? GoldenData.Longs(values), actual.ToArray<long>());
    }

    static Tensor Call(JsonElement item)
    {
        var args = item.GetProperty("args");
        DType? dtype = args.TryGetProperty("dtype", out var name) && name.ValueKind == JsonValueKind.String ? DTypeExtensions.ParseTorchName(name.GetString()!) : null;
        bool requiresGrad = args.TryGetProperty("requiresGrad", out var grad) && grad.GetBoolean();
        long[] Size() => GoldenData.Longs(args.GetProperty("size"));
        string[] kinds = args.TryGetProperty("kinds", out var k) ? k.GetString()!.Split(',') : ["int"];
        Scalar Argument(string key, int position) => AsScalar(args.GetProperty(key), kinds[Math.Min(position, kinds.Length - 1)]);
        return item.GetProperty("fn").GetString() switch
        {
            "tensor" => FromNested(args.GetProperty("data"), args.GetProperty("kind").GetString()!, dtype),
            "full" => Torch.Full(Size(), AsScalar(args.GetProperty("value"), args.GetProperty("kind").GetString()!), dtype),
            "zeros" => Torch.Zeros(Size(), dtype, requiresGrad: requiresGrad),
            "ones" => Torch.Ones(Size(), dtype, requiresGrad: requiresGrad),
            "empty" => Torch.Empty(Size(), dtype),
            "zeros_like" => Torch.ZerosLike(LikeSource(args), dtype),
            "ones_like" => Torch.OnesLike(LikeSource(args), dtype),
            "full_like" => Torch.FullLike(LikeSource(args), 2.5, dtype),
            "empty_like" => Torch.EmptyLike(LikeSource(args), dtype),
            "arange" => Torch.Arange(Argument("start", 0), Argument("end", 1), Argument("step", 2), dtype),
            "linspace" => Torch.Linspace(Argument("start", 0), Argument("end", 1), args.GetProperty("steps").GetInt64(), dtype),
            "logspace" => Torch.Logspace(Argument("start", 0), Argument("end", 1), args.GetProperty("steps").GetInt64(), args.GetProperty("base").GetDouble(), dtype),
            "eye" => args.GetProperty("m").ValueKind == JsonValueKind.Null
                ? Torch.Eye(args.GetProperty("n").GetInt64(), dtype: dtype, requiresGrad: requiresGrad)
                : Torch.Eye(args.GetProperty("n").GetInt64(), args.GetProperty("m").GetInt64(), dtype, requiresGrad: requiresGrad),
            var fn => throw new InvalidDataException($"creation.json: unknown function '{fn}'"),
        };
    }

    static Scalar AsScalar(JsonElement value, string kind) => kind switch
    {
        "int" => value.GetInt64(),
        "bool" => value.GetBoolean(),
        _ => GoldenData.Double(value),
    };

    static Tensor LikeSource(JsonElement args) => args.GetProperty("source").GetString() switch
    {
        "transposed" => Torch.Arange(12.0).View(3, 4).T,
        "stepped" => Torch.Arange(24.0).View(4, 6).Slice(1, step: 2),
        _ => Torch.Zeros([2], DType.Int64),
    };

    /// <summary>torch.tensor(data): C# arrays of the rank of the JSON nesting, of long, double or bool as Python's int, float and bool.</summary>
    static Tensor FromNested(JsonElement data, string kind, DType? dtype) => kind switch
    {
        "int" => FromNested<long>(data, e => e.GetInt64(), dtype),
        "bool" => FromNested<bool>(data, e => e.GetBoolean(), dtype),
        _ => FromNested<double>(data, GoldenData.Double, dtype),
    };

    static Tensor FromNested<T>(JsonElement data, Func<JsonElement, T> read, DType? dtype) where T : unmanaged
    {
        if (data.ValueKind != JsonValueKind.Array) return Torch.Tensor(read(data), dtype);
        var shape = new List<int>();
        for (var level = data; level.ValueKind == JsonValueKind.Array; level = level.GetArrayLength() > 0 ? level[0] : default)
        {
            shape.Add(level.GetArrayLength());
            if (level.GetArrayLength() == 0) break;
        }
        var flat = new List<T>();
        void Collect(JsonElement e) { if (e.ValueKind == JsonValueKind.Array) foreach (var x in e.EnumerateArray()) Collect(x); else flat.Add(read(e)); }
        Collect(data);
        var array = Array.CreateInstance(typeof(T), shape.ToArray());
        for (int i = 0; i < flat.Count; i++) array.SetValue(flat[i], Unravel(i, shape));
        return shape.Count switch
        {
            1 => Torch.Tensor((T[])array, dtype),
            2 => Torch.Tensor((T[,])array, dtype),
            3 => Torch.Tensor((T[,,])array, dtype),
            _ => Torch.Tensor((T[,,,])array, dtype),
        };
    }

    static int[] Unravel(int flat, List<int> shape)
    {
        var index = new int[shape.Count];
        for (int d = shape.Count - 1; d >= 0; d--) { index[d] = flat % shape[d]; flat /= shape[d]; }
        return index;
    }

    [Fact]
    public void EveryElementTypeKeepsItsDtypeExceptIntAndDouble()
    {
        AssertCreated(Torch.Tensor(new[] { true, false }), DType.Bool, [1, 0]);
        AssertCreated(Torch.Tensor(new byte[] { 255, 1 }), DType.UInt8, [255, 1]);
        AssertCreated(Torch.Tensor(new sbyte[] { -128, 1 }), DType.Int8, [-128, 1]);
        AssertCreated(Torch.Tensor(new short[] { -300, 2 }), DType.Int16, [-300, 2]);
        AssertCreated(Torch.Tensor(new[] { -7, 3 }), DType.Int64, [-7, 3]);
        AssertCreated(Torch.Tensor(new[] { long.MinValue, 3L }), DType.Int64, [long.MinValue, 3]);
        AssertCreated(Torch.Tensor(new[] { (Half)1.5, (Half)(-2) }), DType.Float16, [1.5, -2]);
        AssertCreated(Torch.Tensor(new[] { (BFloat16)1.5f, (BFloat16)(-2f) }), DType.BFloat16, [1.5, -2]);
        AssertCreated(Torch.Tensor(new[] { 0.1f, 2f }), DType.Float32, [0.1f, 2]);
        AssertCreated(Torch.Tensor(new[] { 0.1, 2.0 }), DType.Float32, [0.1f, 2]);
        AssertCreated(Torch.Tensor(new[] { 0.1, 2.0 }, DType.Float64), DType.Float64, [0.1, 2]);
    }

    [Fact]
    public void ScalarsOfEveryElementTypeFollowTheArrayRules()
    {
        AssertCreated(Torch.Tensor(true), DType.Bool, [1]);
        AssertCreated(Torch.Tensor((byte)200), DType.UInt8, [200]);
        AssertCreated(Torch.Tensor((sbyte)-5), DType.Int8, [-5]);
        AssertCreated(Torch.Tensor((short)-5), DType.Int16, [-5]);
        AssertCreated(Torch.Tensor(5), DType.Int64, [5]);
        AssertCreated(Torch.Tensor(5L), DType.Int64, [5]);
        AssertCreated(Torch.Tensor((Half)0.5), DType.Float16, [0.5]);
        AssertCreated(Torch.Tensor((BFloat16)0.5f), DType.BFloat16, [0.5]);
        AssertCreated(Torch.Tensor(0.25f), DType.Float32, [0.25]);
        AssertCreated(Torch.Tensor(0.25), DType.Float32, [0.25]);
        Scalar scalar = 3;
        AssertCreated(Torch.Tensor(scalar), DType.Int64, [3]);
        Assert.Equal(0, Torch.Tensor(1.5f).Dim);
    }

    static void AssertCreated(Tensor tensor, DType dtype, double[] values)
    {
        Assert.Equal(dtype, tensor.DType);
        Assert.Equal(values.Select(v => RangeRound(v, dtype)).ToArray(), tensor.ToArray<double>());
        Assert.Null(tensor.Base);
    }

    static double RangeRound(double value, DType dtype) => dtype == DType.Float32 ? (float)value : value;

    [Fact]
    public void TensorCopiesItsData()
    {
        var data = new[] { 1f, 2f };
        var tensor = Torch.Tensor(data);
        data[0] = 9;
        Assert.Equal(new[] { 1f, 2f }, tensor.ToArray<float>());
    }

    [Fact]
    public void FromArraySharesMemoryBothWays()
    {
        var data = new[] { 1f, 2f, 3f, 4f, 5f, 6f };
        var tensor = Torch.FromArray(data, 2, 3);
        Assert.Equal(DType.Float32, tensor.DType);
        Assert.Equal(new long[] { 3, 1 }, tensor.Strides);
        data[4] = 50;
        Assert.Equal(50f, tensor.Select(0, 1).Select(0, 1).Item<float>());
        tensor.Select(0, 0).Copy_(Torch.Tensor(new[] { -1f, -2f, -3f }));
        Assert.Equal(new[] { -1f, -2f, -3f, 4f, 50f, 6f }, data);
        Assert.Equal(DType.Int32, Torch.FromArray(new[] { 1, 2 }).DType);
        var error = Assert.Throws<ArgumentException>(() => Torch.FromArray(data, 4, 2));
        Assert.Contains("[4, 2]", error.Message);
    }

    [Fact]
    public void SetDefaultDTypeChangesFloatingFactoriesOnly()
    {
        var saved = Torch.GetDefaultDType();
        try
        {
            Torch.SetDefaultDType(DType.Float64);
            Assert.Equal(DType.Float64, Torch.Zeros(2).DType);
            Assert.Equal(DType.Float64, Torch.Ones(2).DType);
            Assert.Equal(DType.Float64, Torch.Empty(2).DType);
            Assert.Equal(DType.Float64, Torch.Full([2], 0.5).DType);
            Assert.Equal(DType.Float64, Torch.Eye(2).DType);
            Assert.Equal(DType.Float64, Torch.Arange(0, 1, 0.25).DType);
            Assert.Equal(DType.Float64, Torch.Linspace(0, 1, 3).DType);
            Assert.Equal(DType.Float64, Torch.Logspace(0, 1, 3).DType);
            Assert.Equal(DType.Float64, Torch.Tensor(new[] { 0.1 }).DType);
            Assert.Equal(0.1, Torch.Tensor(new[] { 0.1 }).Item<double>());
            Assert.Equal(DType.Float64, Torch.Tensor(0.5).DType);
            Assert.Equal(DType.Int64, Torch.Arange(3).DType);
            Assert.Equal(DType.Int64, Torch.Full([1], 3).DType);
            Assert.Equal(DType.Bool, Torch.Full([1], true).DType);
            Assert.Equal(DType.Float32, Torch.Tensor(new[] { 0.5f }).DType);
            Assert.Equal(DType.Float32, Torch.ZerosLike(Torch.Zeros([2], DType.Float32)).DType);
            Assert.Throws<ArgumentException>(() => Torch.SetDefaultDType(DType.Int32));
        }
        finally { Torch.SetDefaultDType(saved); }
        Assert.Equal(DType.Float32, Torch.Zeros(2).DType);
    }
}
