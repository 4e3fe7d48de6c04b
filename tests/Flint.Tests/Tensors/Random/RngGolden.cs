using System.Text.Json;
using Flint.Backends.Cpu;
using Flint.Tensors.Random;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors.Random;

/// <summary>
/// The PyTorch 1.13 cases of <c>Golden/rng.json</c> (written by <c>tools/golden/rng.py</c>) and a runner that
/// replays a case's steps on one Flint <see cref="Generator"/>, comparing every value bit for bit.
/// </summary>
public static class RngGolden
{
    static readonly Lazy<JsonElement[]> LoadedCases = new(() => GoldenData.Json("rng.json").GetProperty("cases").EnumerateArray().ToArray());

    public static JsonElement[] Cases => LoadedCases.Value;

    /// <summary>xUnit rows (index, name) of the cases whose first step satisfies <paramref name="filter"/>.</summary>
    public static IEnumerable<object[]> CaseRows(Func<JsonElement, bool> filter) =>
        Cases.Select((c, i) => (c, i))
            .Where(x => filter(x.c))
            .Select(x => new object[] { x.i, $"{x.c.GetProperty("name").GetString()} seed {x.c.GetProperty("seed").GetInt64()}" });

    public static string FirstOp(JsonElement c) => c.GetProperty("steps")[0].GetProperty("op").GetString()!;

    /// <summary>Runs every step of case <paramref name="index"/> on a generator seeded as the case says.</summary>
    public static void Replay(int index, Func<JsonElement, Generator, Array> span)
    {
        var c = Cases[index];
        var generator = new Generator(c.GetProperty("seed").GetInt64());
        int stepNumber = 0;
        foreach (var step in c.GetProperty("steps").EnumerateArray())
        {
            string context = $"{c.GetProperty("name").GetString()}, step {stepNumber++} ({step.GetProperty("op").GetString()})";
            if (step.GetProperty("op").GetString() == "state")
            {
                Assert.True(step.GetProperty("state").GetString() == Convert.ToHexStringLower(generator.GetState()), $"{context}: state differs");
                continue;
            }
            AssertValues(step.GetProperty("values"), span(step, generator), context);
        }
    }

    /// <summary>Runs one step with the span-level <see cref="Distributions"/> and returns what it drew.</summary>
    public static Array RunOnSpan(JsonElement step, Generator generator) =>
        DType(step) switch
        {
            Flint.DType.Float32 => Run<float>(step, generator),
            Flint.DType.Float64 => Run<double>(step, generator),
            Flint.DType.Float16 => Run<Half>(step, generator),
            Flint.DType.BFloat16 => Run<BFloat16>(step, generator),
            Flint.DType.Int64 => Run<long>(step, generator),
            Flint.DType.Int32 => Run<int>(step, generator),
            Flint.DType.Int16 => Run<short>(step, generator),
            Flint.DType.Int8 => Run<sbyte>(step, generator),
            Flint.DType.UInt8 => Run<byte>(step, generator),
            Flint.DType.Bool => Run<bool>(step, generator),
            var other => throw new NotSupportedException(other.ToString()),
        };

    public static DType DType(JsonElement step) =>
        DTypeExtensions.ParseTorchName(step.TryGetProperty("dtype", out var d) ? d.GetString()! : "float32");

    static Array Run<T>(JsonElement step, Generator generator) where T : unmanaged
    {
        string op = step.GetProperty("op").GetString()!;
        var output = new T[step.TryGetProperty("size", out var size) ? size.GetInt32() : 0];
        switch (op)
        {
            case "uniform": Distributions.Uniform<T>(output, Number(step, "from"), Number(step, "to"), generator); break;
            case "normal": Distributions.Normal<T>(output, Number(step, "mean"), Number(step, "std"), generator); break;
            case "random": Distributions.Random<T>(output, generator); break;
            case "random_from":
                var to = step.GetProperty("to");
                Distributions.RandomFrom<T>(output, step.GetProperty("from").GetInt64(), to.ValueKind == JsonValueKind.Null ? null : to.GetInt64(), generator);
                break;
            case "bernoulli_scalar": Distributions.Bernoulli<T>(output, Number(step, "p"), generator); break;
            case "bernoulli_tensor":
                var probs = step.GetProperty("probs");
                switch (DTypeExtensions.ParseTorchName(step.GetProperty("p_dtype").GetString()!))
                {
                    case Flint.DType.Float32: Distributions.Bernoulli<T, float>(output, Values<float>(probs), generator); break;
                    case Flint.DType.Float64: Distributions.Bernoulli<T, double>(output, Values<double>(probs), generator); break;
                    case Flint.DType.BFloat16: Distributions.Bernoulli<T, BFloat16>(output, Values<BFloat16>(probs), generator); break;
                    default: throw new NotSupportedException();
                }
                break;
            case "randperm":
                output = new T[step.GetProperty("n").GetInt32()];
                Distributions.Randperm<T>(output, generator);
                break;
            case "multinomial":
                return Distributions.Multinomial<T>(Values<T>(step.GetProperty("probs")), step.GetProperty("rows").GetInt32(),
                    step.GetProperty("samples").GetInt32(), step.GetProperty("replacement").GetBoolean(), generator);
            case "exponential": Distributions.Exponential<T>(output, Number(step, "lambda"), generator); break;
            case "geometric": Distributions.Geometric<T>(output, Number(step, "p"), generator); break;
            case "log_normal": Distributions.LogNormal<T>(output, Number(step, "mean"), Number(step, "std"), generator); break;
            case "cauchy": Distributions.Cauchy<T>(output, Number(step, "median"), Number(step, "sigma"), generator); break;
            default: throw new NotSupportedException(op);
        }
        return output;
    }

    static double Number(JsonElement step, string name) => step.GetProperty(name).GetDouble();

    public static T[] Values<T>(JsonElement array) where T : unmanaged =>
        array.EnumerateArray().Select(v => ElementConvert.FromDouble<T>(v.GetDouble())).ToArray();

    /// <summary>Exact comparison: integers as 64-bit integers, floating values by their bits.</summary>
    public static void AssertValues(JsonElement expected, Array actual, string context)
    {
        Assert.True(expected.GetArrayLength() == actual.Length, $"{context}: {actual.Length} values, expected {expected.GetArrayLength()}");
        int i = 0;
        foreach (var value in expected.EnumerateArray())
        {
            object element = actual.GetValue(i)!;
            if (element is float or double or Half or BFloat16)
            {
                double want = value.GetDouble(), got = ToDouble(element);
                Assert.True(BitConverter.DoubleToInt64Bits(want) == BitConverter.DoubleToInt64Bits(got),
                    $"{context}: element {i} is {got:R}, PyTorch gives {want:R}");
            }
            else
            {
                long want = value.GetInt64(), got = element is bool b ? (b ? 1 : 0) : Convert.ToInt64(element);
                Assert.True(want == got, $"{context}: element {i} is {got}, PyTorch gives {want}");
            }
            i++;
        }
    }

    static double ToDouble(object value) => value switch
    {
        float f => f,
        double d => d,
        Half h => (double)h,
        BFloat16 b => b,
        _ => throw new NotSupportedException(),
    };
}
