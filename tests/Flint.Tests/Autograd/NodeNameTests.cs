namespace Flint.Tests.Autograd;

/// <summary>The op catalogue's nodes carry PyTorch 1.13's names (as printed by <c>grad_fn.name()</c>).</summary>
public class NodeNameTests
{
    static readonly Tensor X = Torch.Randn([3, 4], DType.Float64, generator: new Generator(5)).RequiresGrad_();
    static readonly Tensor Row = Torch.Tensor(new long[,] { { 0, 1, 2, 0 } });

    public static TheoryData<string, Func<Tensor>> Cases => new()
    {
        { "CatBackward0", () => Torch.Cat([X, X]) },
        { "FlipBackward0", () => X.Flip(0) },
        { "RepeatBackward0", () => X.Repeat(2, 1) },
        { "GatherBackward0", () => X.Gather(0, Row) },
        { "IndexSelectBackward0", () => X.IndexSelect(0, Torch.Tensor(new long[] { 0, 2 })) },
        { "TakeBackward0", () => X.Take(Torch.Tensor(new long[] { 0, 5 })) },
        { "ScatterBackward0", () => (X * 1).Scatter_(0, Row, X[..1]) },
        { "ScatterBackward1", () => (X * 1).Scatter_(0, Row, 1.0) },
        { "ScatterAddBackward0", () => (X * 1).ScatterAdd_(0, Row, X[..1]) },
        { "IndexAddBackward0", () => (X * 1).IndexAdd_(0, Torch.Tensor(new long[] { 0 }), X[..1]) },
        { "IndexCopyBackward0", () => (X * 1).IndexCopy_(0, Torch.Tensor(new long[] { 0 }), X[..1]) },
        { "IndexFillBackward0", () => (X * 1).IndexFill_(0, Torch.Tensor(new long[] { 0 }), 1.0) },
        { "IndexFillBackward1", () => (X * 1).IndexFill_(0, Torch.Tensor(new long[] { 0 }), Torch.Tensor(1.0, DType.Float64, requiresGrad: true)) },
        { "MaxBackward0", () => X.Max(0).Values },
        { "MinBackward0", () => X.Min(1).Values },
        { "MedianBackward0", () => X.Median() },
        { "MedianBackward1", () => X.Median(0).Values },
        { "NanmedianBackward0", () => X.Nanmedian() },
        { "NanmedianBackward1", () => X.Nanmedian(0).Values },
        { "ModeBackward0", () => X.Mode(0).Values },
        { "KthvalueBackward0", () => X.Kthvalue(2, 0).Values },
        { "SortBackward0", () => X.Sort(0).Values },
        { "TopkBackward0", () => X.Topk(2).Values },
        { "CummaxBackward0", () => X.Cummax(0).Values },
        { "CumminBackward0", () => X.Cummin(0).Values },
        { "CumsumBackward0", () => X.Cumsum(0) },
        { "CumprodBackward0", () => X.Cumprod(0) },
        { "LogcumsumexpBackward0", () => X.Logcumsumexp(0) },
        { "VarBackward0", () => X.Var() },
        { "StdBackward0", () => X.Std(0) },
        { "VarMeanBackward0", () => X.VarMean().Var },
        { "StdMeanBackward0", () => X.StdMean(0).Mean },
        { "NormBackward1", () => X.Norm() },
        { "LinalgVectorNormBackward0", () => Torch.Linalg.VectorNorm(X) },
        { "torch::autograd::NotImplemented", () => (X * 1).Scatter_(0, Row, X[..1], reduce: "add") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void NamedAsInPyTorch(string name, Func<Tensor> op) => Assert.Equal(name, op().GradFn!.Name);

    [Fact]
    public void ArgmaxAndArgsortAreNotDifferentiable()
    {
        Assert.False(X.Argmax(1).RequiresGrad);
        Assert.False(X.Sort(0).Indices.RequiresGrad);
        Assert.False(X.Max(0).Indices.RequiresGrad);
    }
}
