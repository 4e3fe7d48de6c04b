using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace Flint.Tests.Golden;

/// <summary>Comparisons against PyTorch's outputs: dtype, shape, then values exactly or within a per-dtype tolerance.</summary>
public static class GoldenAssert
{
    /// <summary>
    /// Relative tolerances for results PyTorch computes with its own vectorised math (exp, log, pow, reductions):
    /// a few units in the last place of each dtype.
    /// </summary>
    public static double RelativeTolerance(DType dtype, double float32 = 1e-6) => dtype switch
    {
        DType.Float16 => 1e-3,
        DType.BFloat16 => 8e-3,
        DType.Float32 => float32,
        DType.Float64 => 1e-12,
        _ => 0,
    };

    /// <summary>Equal dtype and shape; integers and bools exactly; floats bitwise (signed zeros too, any NaN matches any NaN) or within <paramref name="relative"/>.</summary>
    public static void Equal(Tensor expected, Tensor actual, double relative = 0, string label = "")
    {
        Assert.True(expected.DType == actual.DType, $"{label}: expected dtype {expected.DType}, got {actual.DType}");
        Assert.True(expected.Shape == actual.Shape, $"{label}: expected shape {expected.Shape}, got {actual.Shape}");
        if (!expected.DType.IsFloatingPoint())
        {
            long[] want = expected.ToArray<long>(), got = actual.ToArray<long>();
            for (int i = 0; i < want.Length; i++)
                Assert.True(want[i] == got[i], $"{label}: element {i}: expected {want[i]}, got {got[i]}");
            return;
        }
        double[] e = expected.ToArray<double>(), a = actual.ToArray<double>();
        for (int i = 0; i < e.Length; i++)
            Assert.True(Close(e[i], a[i], relative), $"{label}: element {i}: expected {e[i]:R}, got {a[i]:R}");
    }

    static bool Close(double expected, double actual, double relative)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual)) return double.IsNaN(expected) && double.IsNaN(actual);
        if (BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual)) return true;
        if (relative == 0 || double.IsInfinity(expected) || double.IsInfinity(actual)) return false;
        return Math.Abs(expected - actual) <= relative * Math.Abs(expected);
    }

    /// <summary>
    /// A large output summarised by the script: dtype, shape, every 997th element (for a readable failure)
    /// and the SHA-256 of all its bytes in row-major order (for a complete, exact check).
    /// </summary>
    public static void MatchesSummary(JsonElement summary, Tensor sample, Tensor actual, string label)
    {
        Assert.Equal(DTypeExtensions.ParseTorchName(summary.GetProperty("dtype").GetString()!), actual.DType);
        Assert.Equal(GoldenData.Longs(summary.GetProperty("shape")), actual.Shape.ToArray());
        Equal(sample, actual.Flatten().Slice(0, null, null, 997).Contiguous(), label: label);
        Assert.Equal(summary.GetProperty("sha256").GetString(), Sha256(actual));
    }

    static string Sha256(Tensor tensor)
    {
        byte[] bytes = tensor.DType switch
        {
            DType.Bool => MemoryMarshal.AsBytes(tensor.ToArray<bool>().AsSpan()).ToArray(),
            DType.UInt8 => tensor.ToArray<byte>(),
            DType.Int8 => MemoryMarshal.AsBytes(tensor.ToArray<sbyte>().AsSpan()).ToArray(),
            DType.Int16 => MemoryMarshal.AsBytes(tensor.ToArray<short>().AsSpan()).ToArray(),
            DType.Int32 => MemoryMarshal.AsBytes(tensor.ToArray<int>().AsSpan()).ToArray(),
            DType.Int64 => MemoryMarshal.AsBytes(tensor.ToArray<long>().AsSpan()).ToArray(),
            DType.Float16 => MemoryMarshal.AsBytes(tensor.ToArray<Half>().AsSpan()).ToArray(),
            DType.BFloat16 => MemoryMarshal.AsBytes(tensor.ToArray<BFloat16>().AsSpan()).ToArray(),
            DType.Float32 => MemoryMarshal.AsBytes(tensor.ToArray<float>().AsSpan()).ToArray(),
            _ => MemoryMarshal.AsBytes(tensor.ToArray<double>().AsSpan()).ToArray(),
        };
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// Runs every C# spelling (<paramref name="forms"/>) of a golden case (format: tools/golden/op_cases.py) and checks
    /// each against PyTorch's error, its summarised output, or its output: exactly, or for "approx" cases within
    /// <see cref="RelativeTolerance"/> (with <paramref name="float32Tolerance"/> for float32).
    /// </summary>
    public static void MatchesCase(JsonElement item, string tensorsFile, IEnumerable<Func<Tensor>> forms, double float32Tolerance)
    {
        string id = item.GetProperty("id").GetString()!;
        foreach (var (form, index) in forms.Select((f, i) => (f, i)))
        {
            string label = $"{id} (form {index})";
            if (item.TryGetProperty("error", out var error))
            {
                Throws(error.GetString()!, () => form(), label);
                continue;
            }
            var actual = form();
            if (item.TryGetProperty("out_summary", out var summary))
            {
                MatchesSummary(summary, GoldenOperands.Stored(tensorsFile, summary.GetProperty("sample").GetString()!), actual, label);
                continue;
            }
            var expected = GoldenOperands.Stored(tensorsFile, item.GetProperty("out").GetString()!);
            Equal(expected, actual, item.TryGetProperty("approx", out _) ? RelativeTolerance(expected.DType, float32Tolerance) : 0, label);
        }
    }

    /// <summary>
    /// The action fails as PyTorch did: with one of the exceptions Flint maps PyTorch's RuntimeError to, whose
    /// message contains PyTorch's first line.
    /// </summary>
    public static void Throws(string torchMessage, Action action, string label = "")
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or DivideByZeroException)
        {
            Assert.True(e.Message.Contains(torchMessage, StringComparison.Ordinal),
                $"{label}: expected a message containing \"{torchMessage}\", got {e.GetType().Name}: \"{e.Message}\"");
            return;
        }
        Assert.Fail($"{label}: expected an error \"{torchMessage}\", but the op succeeded");
    }
}
