using Flint.Autograd;

namespace Flint.Tests.Autograd;

/// <summary>The graph as PyTorch shows it, the engine's walk, higher derivatives, threads and memory.</summary>
public class EngineTests
{
    static Tensor Leaf(params double[] values) => Torch.Tensor(values, DType.Float64, requiresGrad: true);

    [Fact]
    public void NodesAreNamedAndLinkedAsInPyTorch()
    {
        var x = Leaf(1, 2);
        var y = x * 2;
        Assert.False(y.IsLeaf);
        Assert.True(x.IsLeaf);
        Assert.Null(x.GradFn);
        Assert.Equal("MulBackward0", y.GradFn!.Name);
        Assert.Equal("<MulBackward0>", y.GradFn.ToString());
        var (accumulator, input) = y.GradFn.NextFunctions[0];
        Assert.Equal("torch::autograd::AccumulateGrad", accumulator!.Name);
        Assert.Same(x, ((AccumulateGrad)accumulator).Variable);
        Assert.Equal(0, input);
        // A C# number is an operand that needs no gradient, as PyTorch's wrapped numbers.
        Assert.Null(y.GradFn.NextFunctions[1].Function);
        Assert.Single((x % 2).GradFn!.NextFunctions);

        var rows = (x * 1).Unbind(0);
        Assert.Same(rows[0].GradFn, rows[1].GradFn);
        Assert.Equal("UnbindBackward0", rows[1].GradFn!.Name);
        Assert.Equal("tensor([2., 4.], dtype=torch.float64, grad_fn=<MulBackward0>)", y.ToString());
    }

    [Fact]
    public void InPlaceOnAViewRebasesTheBase()
    {
        var a = Leaf(1, 2, 3);
        var x = a * 2;
        var other = x[1..];
        x[0] = 0;
        Assert.Equal("torch::autograd::CopySlices", x.GradFn!.Name);
        Assert.Equal("MulBackward0", x.GradFn.NextFunctions[0].Function!.Name);
        Assert.Equal("AsStridedBackward0", other.GradFn!.Name);
        (x * a).Sum().Backward();
        Assert.Equal([0.0, 8.0, 12.0], a.Grad!.ToArray<double>());
    }

    [Fact]
    public void AssigningIntoZerosMakesThemRequireGrad()
    {
        var x = Leaf(5);
        var z = Torch.Zeros([3], DType.Float64);
        var late = z[2];
        z[1] = x[0];
        Assert.True(z.RequiresGrad);
        Assert.False(z.IsLeaf);
        Assert.Equal("AsStridedBackward0", late.GradFn!.Name);
        (z * z).Sum().Backward();
        Assert.Equal([10.0], x.Grad!.ToArray<double>());
    }

    [Fact]
    public void CreateGraphGivesHigherDerivatives()
    {
        var x = Leaf(2);
        var y = x.Pow(4);
        var first = Torch.Autograd.Grad(y, x, createGraph: true)[0]!;
        var second = Torch.Autograd.Grad(first, x, createGraph: true)[0]!;
        var third = Torch.Autograd.Grad(second, x)[0]!;
        Assert.Equal(32.0, first.Item<double>());
        Assert.Equal(48.0, second.Item<double>());
        Assert.Equal(48.0, third.Item<double>());
        Assert.True(first.RequiresGrad);
        Assert.False(third.RequiresGrad);

        var z = Leaf(3);
        (z * z * z).Backward(createGraph: true);
        Assert.True(z.Grad!.RequiresGrad);
        Assert.Equal(27.0, z.Grad.Item<double>());
    }

    [Fact]
    public void DeepGraphsNeedNoRecursion()
    {
        var x = Leaf(1);
        var y = x;
        for (int i = 0; i < 100_000; i++) y = y * 1.0;
        y.Sum().Backward();
        Assert.Equal(1.0, x.Grad!.Item<double>());
    }

    [Fact]
    public void ANodeRunsOnceAllItsGradientsArrived()
    {
        var x = Leaf(3);
        var shared = x * x;
        var y = shared + shared * shared + shared.Exp();
        y.Backward();
        double s = 9;
        Assert.Equal((1 + 2 * s + Math.Exp(s)) * 6, x.Grad!.Item<double>(), 9);
    }

    [Fact]
    public void IndependentGraphsRunBackwardOnSeveralThreadsAtOnce()
    {
        const int steps = 500;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(1, 4).Select(k => new Thread(() =>
        {
            var x = Torch.Full([8], k, DType.Float64, requiresGrad: true);
            for (int step = 0; step < steps; step++)
            {
                var loss = (x * x * k).Sum() + x.Exp().Mean();
                var grad = Torch.Autograd.Grad(loss, x)[0]!;
                double expected = 2 * k * k + Math.Exp(k) / 8;
                if (Math.Abs(grad.ToArray<double>()[3] - expected) > 1e-9 * expected) failures.Add($"thread {k} step {step}");
            }
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        Assert.Empty(failures);
    }

    [Fact]
    public void SavedTensorsAreFreedAfterBackward()
    {
        var (savedResult, output) = GraphSavingItsResult();
        Collect();
        Assert.True(IsAlive(savedResult), "ExpBackward0 keeps its result until it runs");
        output.Sum().Backward();
        Collect();
        Assert.False(IsAlive(savedResult), "the result was freed once the node ran");
        GC.KeepAlive(output);
    }

    /// <summary>exp(x) * 1: only ExpBackward0 refers to exp's result (a multiplication by a number saves nothing).</summary>
    static (WeakReference<Tensor>, Tensor) GraphSavingItsResult()
    {
        var exp = Leaf(1, 2).Exp();
        return (new WeakReference<Tensor>(exp), exp * 1.0);
    }

    // Not inlined: a debug build keeps TryGetTarget's out variable alive until the end of the calling method.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsAlive(WeakReference<Tensor> weak) => weak.TryGetTarget(out _);

    static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
