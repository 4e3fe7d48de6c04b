using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// PyTorch's promotion table (tools/golden/promotion.py): promote_types, can_cast, result_type and the
/// result dtype (or error) of + - * / % // for every dtype pair in every operand form, under both default dtypes.
/// </summary>
[Collection("GlobalState")]
public class TypePromotionTests
{
    static JsonElement Golden => GoldenData.Json("promotion.json");

    static DType[] DTypes => Golden.GetProperty("dtypes").EnumerateArray().Select(e => DTypeExtensions.ParseTorchName(e.GetString()!)).ToArray();

    [Fact]
    public void PromoteTypesMatchesPyTorchForEveryPair() =>
        Assert.Empty(PairMismatches("promote_types", (a, b, expected) =>
            Torch.PromoteTypes(a, b) == DTypeExtensions.ParseTorchName(expected.GetString()!) ? null : $"got {Torch.PromoteTypes(a, b)}"));

    [Fact]
    public void CanCastMatchesPyTorchForEveryPair() =>
        Assert.Empty(PairMismatches("can_cast", (a, b, expected) =>
            Torch.CanCast(a, b) == expected.GetBoolean() ? null : $"got {Torch.CanCast(a, b)}"));

    /// <summary>Checks a 10 x 10 table of the golden (rows and columns in "dtypes" order); lists every disagreement.</summary>
    static List<string> PairMismatches(string table, Func<DType, DType, JsonElement, string?> check)
    {
        var rows = Golden.GetProperty(table).EnumerateArray().ToArray();
        var mismatches = new List<string>();
        for (int i = 0; i < DTypes.Length; i++)
            for (int j = 0; j < DTypes.Length; j++)
                if (check(DTypes[i], DTypes[j], rows[i][j]) is { } problem)
                    mismatches.Add($"{table}({DTypes[i]}, {DTypes[j]}): expected {rows[i][j]}, {problem}");
        return mismatches;
    }

    [Theory]
    [InlineData("float32")]
    [InlineData("float64")]
    public void ResultTypeOfTwoScalarsMatchesPyTorch(string defaultDType)
    {
        WithDefaultDType(defaultDType, () =>
        {
            foreach (var entry in Golden.GetProperty("scalar_result_type").GetProperty(defaultDType).EnumerateObject())
            {
                string[] kinds = entry.Name.Split('|');
                var expected = DTypeExtensions.ParseTorchName(entry.Value.GetString()!);
                Assert.Equal(expected, Torch.ResultType(ScalarOf(kinds[0]), ScalarOf(kinds[1])));
            }
        });
    }

    [Theory]
    [InlineData("float32")]
    [InlineData("float64")]
    public void ResultTypeAndOperatorDTypesMatchPyTorch(string defaultDType)
    {
        string[] ops = Golden.GetProperty("ops").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var mismatches = new List<string>();
        WithDefaultDType(defaultDType, () =>
        {
            foreach (var row in Golden.GetProperty("cases").GetProperty(defaultDType).EnumerateArray())
            {
                var cells = row.EnumerateArray().Select(e => e.GetString()!).ToArray();
                var left = Operand(cells[0], cells[1]);
                var right = Operand(cells[2], cells[3]);
                string label = $"{cells[0]} {cells[1]} with {cells[2]} {cells[3]}";
                Check(mismatches, $"result_type({label})", cells[4], () => ResultType(left, right));
                for (int k = 0; k < ops.Length; k++)
                    Check(mismatches, $"{ops[k]}({label})", cells[5 + k], () => Apply(ops[k], left, right).DType);
            }
        });
        Assert.Empty(mismatches);
    }

    [Fact]
    public void IssueExamples()
    {
        var int32 = Torch.Ones([2], DType.Int32);
        Assert.Equal(DType.Float32, (Torch.Ones([2], DType.Int64) / Torch.Ones([2], DType.Int64)).DType);
        Assert.Equal(DType.Bool, (Torch.Ones([2], DType.Bool) + Torch.Ones([2], DType.Bool)).DType);
        Assert.Equal(DType.Int16, (Torch.Ones([2], DType.UInt8) + Torch.Ones([2], DType.Int8)).DType);
        Assert.Equal(DType.Float32, (int32 + 2.5).DType);
        Assert.Equal(DType.Float64, (int32 + Torch.Tensor(2.5, DType.Float64)).DType);
        Assert.Equal(DType.Float32, (Torch.Ones([2], DType.Float16) + Torch.Ones([2], DType.BFloat16)).DType);
    }

    /// <summary>An operand: a 1-d tensor of ones, a zero-dimensional one, or a C# scalar (True, 2, 2.5 as in the script).</summary>
    static object Operand(string form, string kind) => form switch
    {
        "tensor" => Torch.Ones([2], DTypeExtensions.ParseTorchName(kind)),
        "zerodim" => Torch.Ones([], DTypeExtensions.ParseTorchName(kind)),
        _ => ScalarOf(kind),
    };

    static Scalar ScalarOf(string kind) => kind switch
    {
        "bool" => true,
        "int" => 2,
        _ => 2.5,
    };

    static DType ResultType(object left, object right) => (left, right) switch
    {
        (Tensor a, Tensor b) => Torch.ResultType(a, b),
        (Tensor a, Scalar b) => Torch.ResultType(a, b),
        (Scalar a, Tensor b) => Torch.ResultType(a, b),
        _ => throw new ArgumentException("two scalars"),
    };

    /// <summary>The op through the C# operator where there is one (<c>//</c> has none: FloorDivide).</summary>
    static Tensor Apply(string op, object left, object right) => (op, left, right) switch
    {
        ("add", Tensor a, Tensor b) => a + b,
        ("add", Tensor a, Scalar b) => a + b,
        ("add", Scalar a, Tensor b) => a + b,
        ("sub", Tensor a, Tensor b) => a - b,
        ("sub", Tensor a, Scalar b) => a - b,
        ("sub", Scalar a, Tensor b) => a - b,
        ("mul", Tensor a, Tensor b) => a * b,
        ("mul", Tensor a, Scalar b) => a * b,
        ("mul", Scalar a, Tensor b) => a * b,
        ("div", Tensor a, Tensor b) => a / b,
        ("div", Tensor a, Scalar b) => a / b,
        ("div", Scalar a, Tensor b) => a / b,
        ("remainder", Tensor a, Tensor b) => a % b,
        ("remainder", Tensor a, Scalar b) => a % b,
        ("remainder", Scalar a, Tensor b) => a % b,
        ("floor_divide", Tensor a, Tensor b) => a.FloorDivide(b),
        ("floor_divide", Tensor a, Scalar b) => a.FloorDivide(b),
        ("floor_divide", Scalar a, Tensor b) => Torch.FloorDivide(a, b),
        _ => throw new ArgumentException($"no form of {op} for {left.GetType().Name} and {right.GetType().Name}"),
    };

    /// <summary>Compares a dtype, or an expected "error: message" with the message of the exception thrown.</summary>
    static void Check(List<string> mismatches, string label, string expected, Func<DType> actual)
    {
        string outcome;
        try
        {
            outcome = actual().TorchName()["torch.".Length..];
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            outcome = "error: " + e.Message;
        }
        bool same = expected.StartsWith("error: ", StringComparison.Ordinal)
            ? outcome.StartsWith("error: ", StringComparison.Ordinal) && outcome.Contains(expected["error: ".Length..], StringComparison.Ordinal)
            : outcome == expected;
        if (!same) mismatches.Add($"{label}: expected {expected}, got {outcome}");
    }

    static void WithDefaultDType(string dtype, Action body)
    {
        var saved = Torch.GetDefaultDType();
        Torch.SetDefaultDType(DTypeExtensions.ParseTorchName(dtype));
        try
        {
            body();
        }
        finally
        {
            Torch.SetDefaultDType(saved);
        }
    }
}
