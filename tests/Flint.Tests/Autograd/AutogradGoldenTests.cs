using System.Text.Json;
using Flint.Autograd;
using Flint.Tests.Golden;

namespace Flint.Tests.Autograd;

/// <summary>
/// Composite expressions against PyTorch 1.13 (Golden/autograd.json, tools/golden/autograd.py): the value, the graph's
/// node names, the first derivatives of sum(w · f(x)) and the Hessian-vector products of those derivatives.
/// </summary>
public class AutogradGoldenTests
{
    // Float64 everywhere; reductions and chained formulas may round in a different order than PyTorch's kernels.
    const double AbsoluteTolerance = 1e-12;

    static JsonElement Case(string id) =>
        GoldenData.Json("autograd.json").GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    public static TheoryData<string> Cases => new(
        GoldenData.Json("autograd.json").GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));

    [Fact]
    public void EveryGoldenCaseHasAnExpression()
    {
        var ids = GoldenData.Json("autograd.json").GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
        Assert.True(ids.Length >= 40, $"{ids.Length} cases");
        Assert.Equal(ids.OrderBy(i => i), AutogradGoldenExpressions.All.Keys.OrderBy(i => i));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesPyTorch(string id)
    {
        var c = Case(id);
        double rtol = c.GetProperty("rtol").GetDouble();
        var inputs = c.GetProperty("inputs").EnumerateArray().Select(t => Load(t).RequiresGrad_()).ToArray();
        var output = AutogradGoldenExpressions.All[id](inputs);
        AssertClose(c.GetProperty("out"), output, rtol, $"{id} value");
        Assert.Equal(c.GetProperty("graph").EnumerateArray().Select(n => n.GetString()), GraphNames(output.GradFn!));

        var weighted = (output * Load(c.GetProperty("weights"))).Sum();
        var grads = Torch.Autograd.Grad([weighted], inputs, createGraph: true, allowUnused: true)
            .Select((g, i) => g ?? Torch.ZerosLike(inputs[i])).ToArray();
        var expectedGrads = c.GetProperty("grads").EnumerateArray().ToArray();
        for (int i = 0; i < inputs.Length; i++) AssertClose(expectedGrads[i], grads[i], rtol, $"{id} grad {i}");

        // Null where PyTorch 1.13's second derivative is known to be wrong (see the script).
        if (c.GetProperty("second").ValueKind == JsonValueKind.Null) return;
        var directions = c.GetProperty("directions").EnumerateArray().Select(Load).ToArray();
        var second = SecondDerivatives(inputs, grads, directions);
        var expectedSecond = c.GetProperty("second").EnumerateArray().ToArray();
        for (int i = 0; i < inputs.Length; i++) AssertClose(expectedSecond[i], second[i], rtol, $"{id} second derivative {i}");
    }

    static Tensor[] SecondDerivatives(Tensor[] inputs, Tensor[] grads, Tensor[] directions)
    {
        var weighted = grads.Zip(directions, (g, u) => (g * u).Sum()).Aggregate((a, b) => a + b);
        if (!weighted.RequiresGrad) return inputs.Select(x => Torch.ZerosLike(x)).ToArray();
        return Torch.Autograd.Grad([weighted], inputs, allowUnused: true).Select((s, i) => s ?? Torch.ZerosLike(inputs[i])).ToArray();
    }

    /// <summary>Node names breadth first along <see cref="GradFn.NextFunctions"/>, each node once (as the script lists them).</summary>
    static List<string> GraphNames(GradFn root)
    {
        var names = new List<string>();
        var seen = new HashSet<GradFn>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<GradFn>([root]);
        while (queue.TryDequeue(out var node))
        {
            if (!seen.Add(node)) continue;
            names.Add(node.Name);
            foreach (var (next, _) in node.NextFunctions)
                if (next is not null) queue.Enqueue(next);
        }
        return names;
    }

    static Tensor Load(JsonElement tensor) =>
        Torch.FromArray(GoldenData.Doubles(tensor.GetProperty("values"))).View(GoldenData.Longs(tensor.GetProperty("shape")));

    static void AssertClose(JsonElement expected, Tensor actual, double rtol, string label)
    {
        Assert.Equal(GoldenData.Longs(expected.GetProperty("shape")), actual.Shape.ToArray());
        double[] want = GoldenData.Doubles(expected.GetProperty("values")), got = actual.Detach().ToArray<double>();
        for (int i = 0; i < want.Length; i++)
        {
            bool close = double.IsNaN(want[i]) ? double.IsNaN(got[i])
                : want[i] == got[i] || Math.Abs(want[i] - got[i]) <= AbsoluteTolerance + rtol * Math.Abs(want[i]);
            Assert.True(close, $"{label}: element {i}: expected {want[i]:R}, got {got[i]:R}");
        }
    }
}
