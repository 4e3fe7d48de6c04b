using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors.Random;

/// <summary>
/// The tensor API (<c>Torch.Rand</c>..., <c>Tensor.Normal_</c>...) against the tensor-level cases of
/// <c>Golden/rng.json</c>: factories, the default generator, and in-place fills of transposed, sliced and
/// permuted views, which PyTorch fills in memory order.
/// </summary>
[Collection(DefaultGeneratorCollection.Name)]
public class TensorRandomTests
{
    static JsonElement[] TensorCases => GoldenData.Json("rng.json").GetProperty("tensor_cases").EnumerateArray().ToArray();

    public static IEnumerable<object[]> Cases =>
        TensorCases.Select((c, i) => new object[] { i, $"{c.GetProperty("name").GetString()} seed {c.GetProperty("seed").GetInt64()}" });

    [Theory, MemberData(nameof(Cases))]
    public void MatchesPyTorch(int index, string name)
    {
        var c = TensorCases[index];
        long seed = c.GetProperty("seed").GetInt64();
        Generator? generator = null;
        if (c.GetProperty("default_generator").GetBoolean()) Torch.ManualSeed(seed);
        else generator = new Generator(seed);

        int stepNumber = 0;
        foreach (var step in c.GetProperty("steps").EnumerateArray())
        {
            string context = $"{name}, step {stepNumber++} ({step.GetProperty("op").GetString()})";
            if (step.GetProperty("op").GetString() == "state")
            {
                byte[] state = generator?.GetState() ?? Torch.GetRngState().ToArray<byte>();
                Assert.True(step.GetProperty("state").GetString() == Convert.ToHexStringLower(state), $"{context}: state differs");
                continue;
            }
            var result = Run(step, generator);
            Assert.Equal(GoldenData.Longs(step.GetProperty("result_shape")), result.Shape.ToArray());
            RngGolden.AssertValues(step.GetProperty("values"), Elements(result), context);
        }
    }

    static Tensor Run(JsonElement step, Generator? generator)
    {
        var dtype = RngGolden.DType(step);
        switch (step.GetProperty("op").GetString())
        {
            case "uniform_": return Target(step).Uniform_(Number(step, "from"), Number(step, "to"), generator);
            case "normal_": return Target(step).Normal_(Number(step, "mean"), Number(step, "std"), generator);
            case "random_": return Target(step).Random_(generator);
            case "random_from_": return Target(step).Random_(Int(step, "from"), Int(step, "to"), generator);
            case "bernoulli_": return Target(step).Bernoulli_(Number(step, "p"), generator);
            case "bernoulli_tensor_":
                var p = Values(step, "probs", "p_shape", DTypeExtensions.ParseTorchName(step.GetProperty("p_dtype").GetString()!));
                return Target(step).Bernoulli_(p, generator);
            case "exponential_": return Target(step).Exponential_(Number(step, "lambda"), generator);
            case "rand": return Torch.Rand(Shape(step, "shape"), dtype, generator: generator);
            case "randn": return Torch.Randn(Shape(step, "shape"), dtype, generator: generator);
            case "randint": return Torch.Randint(Int(step, "low"), Int(step, "high"), Shape(step, "shape"), generator: generator);
            case "randperm": return Torch.Randperm(Int(step, "n"), generator: generator);
            case "normal":
                bool meanIsTensor = step.TryGetProperty("mean_shape", out _), stdIsTensor = step.TryGetProperty("std_shape", out _);
                if (meanIsTensor && stdIsTensor) return Torch.Normal(Values(step, "mean", "mean_shape", dtype), Values(step, "std", "std_shape", dtype), generator);
                if (meanIsTensor) return Torch.Normal(Values(step, "mean", "mean_shape", dtype), Number(step, "std"), generator);
                return Torch.Normal(Number(step, "mean"), Values(step, "std", "std_shape", dtype), generator);
            case "bernoulli": return Torch.Bernoulli(Values(step, "probs", "shape", dtype), generator);
            case "multinomial":
                var probs = Values(step, "probs", "shape", dtype);
                if (step.TryGetProperty("transposed", out var transposed) && transposed.GetBoolean()) probs = probs.T.Contiguous().T;
                return Torch.Multinomial(probs, Int(step, "samples"), step.GetProperty("replacement").GetBoolean(), generator);
            case "randn_like": return Torch.RandnLike(Target(step));
            case "rand_like": return Torch.RandLike(Target(step));
            case var op: throw new NotSupportedException(op);
        }
    }

    /// <summary>The in-place target: a view with the step's shape over a storage laid out as the step names.</summary>
    static Tensor Target(JsonElement step)
    {
        long[] shape = Shape(step, "shape");
        var dtype = RngGolden.DType(step);
        string layout = step.TryGetProperty("layout", out var l) ? l.GetString()! : "contiguous";
        return layout switch
        {
            "contiguous" => Torch.Empty(shape, dtype),
            "transposed" => Torch.Empty(shape.Reverse().ToArray(), dtype).T,
            "sliced" => Torch.Empty([shape[0], shape[1] * 2], dtype).Slice(1, step: 2),
            "permuted" => Torch.Empty([shape[1], shape[2], shape[0]], dtype).Permute(2, 0, 1),
            _ => throw new NotSupportedException(layout),
        };
    }

    static Tensor Values(JsonElement step, string values, string shape, DType dtype) =>
        Torch.Tensor(GoldenData.Doubles(step.GetProperty(values)), dtype).View(Shape(step, shape));

    static long[] Shape(JsonElement step, string name) => GoldenData.Longs(step.GetProperty(name));

    static double Number(JsonElement step, string name) => step.GetProperty(name).GetDouble();

    static long Int(JsonElement step, string name) => step.GetProperty(name).GetInt64();

    static Array Elements(Tensor tensor) => tensor.DType switch
    {
        DType.Float32 => tensor.ToArray<float>(),
        DType.Float64 => tensor.ToArray<double>(),
        DType.Float16 => tensor.ToArray<Half>(),
        DType.BFloat16 => tensor.ToArray<BFloat16>(),
        DType.Int64 => tensor.ToArray<long>(),
        DType.Int32 => tensor.ToArray<int>(),
        DType.Int16 => tensor.ToArray<short>(),
        DType.Int8 => tensor.ToArray<sbyte>(),
        DType.UInt8 => tensor.ToArray<byte>(),
        DType.Bool => tensor.ToArray<bool>(),
        _ => throw new NotSupportedException(),
    };

    [Fact]
    public void GetAndSetRngStateRoundTrip()
    {
        Torch.ManualSeed(9);
        Torch.Randn(3);
        var state = Torch.GetRngState();
        Assert.Equal(DType.UInt8, state.DType);
        Assert.Equal([(long)Generator.StateSize], state.Shape.ToArray());
        var expected = Torch.Randn(5).ToArray<float>();
        Torch.SetRngState(state);
        Assert.Equal(expected, Torch.Randn(5).ToArray<float>());
    }

    [Fact]
    public void FactoriesTakeDtypeAndRequiresGrad()
    {
        var generator = new Generator(1);
        var x = Torch.Rand([2, 3], DType.Float64, requiresGrad: true, generator: generator);
        Assert.Equal(DType.Float64, x.DType);
        Assert.True(x.RequiresGrad);
        Assert.Equal(DType.Int64, Torch.Randint(5, [4], generator: generator).DType);
        Assert.Equal(DType.Int32, Torch.Randperm(4, DType.Int32, generator: generator).DType);
        Assert.Equal([3L, 4], Torch.RandintLike(Torch.Zeros(3, 4), 0, 9, generator: generator).Shape.ToArray());
    }

    [Fact]
    public void InvalidArgumentsThrow()
    {
        Assert.Throws<ArgumentException>(() => Torch.Empty(3).Normal_(0, -1));
        Assert.Throws<ArgumentException>(() => Torch.Empty(3).Uniform_(2, 1));
        Assert.Throws<ArgumentException>(() => Torch.Empty(3).Bernoulli_(1.5));
        Assert.Throws<ArgumentException>(() => Torch.Randint(5, 5, [2]));
        Assert.Throws<ArgumentException>(() => Torch.Multinomial(Torch.Ones(2, 2, 2), 1));
        Assert.Throws<InvalidOperationException>(() => Torch.Empty(1).Expand(4).Normal_());
    }
}
