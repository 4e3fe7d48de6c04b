namespace Flint.Tests.Tensors;

/// <summary>
/// C# numbers converted to tensors: operators and methods with Scalar overloads still pick them (no ambiguity),
/// and a wrapped number promotes as a Python number does, not as a 0-dim tensor of its dtype.
/// </summary>
public class TensorWrappedNumberTests
{
    [Fact]
    public void OperatorsKeepTheirScalarOverloads()
    {
        var x = Torch.Tensor(new[] { 1, -2, 3 }, DType.Int32);
        Assert.Equal(new long[] { 2, -1, 4 }, (x + 1).ToArray<long>());
        Assert.Equal(new long[] { 0, 3, -2 }, (1 - x).ToArray<long>());
        Assert.Equal(new[] { 2.5, -5, 7.5 }, (x * 2.5).ToArray<double>());
        Assert.Equal(new[] { true, false, true }, (x > 0).ToArray<bool>());
        Assert.Equal(new[] { false, true, false }, (0 >= x).ToArray<bool>());
        Assert.Equal(DType.Int32, (x + 1).DType);
        Assert.Equal(DType.Float32, (x * 2.5).DType);
        Assert.Equal(new long[] { 3, 0, 5 }, x.Add(1, alpha: 2).ToArray<long>());
        Assert.Equal(DType.Int32, Torch.ResultType(x, 1));
    }

    [Fact]
    public void NumbersKeepTheirValueExactly()
    {
        Tensor tenth = 0.1, big = long.MaxValue, flag = true;
        Assert.Equal(0.1, tenth.Item<double>());
        Assert.Equal(long.MaxValue, big.Item<long>());
        Assert.Equal(DType.Bool, flag.DType);
        Assert.Equal(0, tenth.Dim);
    }

    [Fact]
    public void WrappedNumbersPromoteLikePythonNumbers()
    {
        // torch.tensor(1, dtype=torch.int32) + 5 is int32: a Python int does not widen a 0-dim int32 tensor,
        // where a 0-dim int64 tensor would.
        var zeroDim = Torch.Tensor(1, DType.Int32);
        Assert.Equal(DType.Int32, zeroDim.Maximum(5).DType);
        Assert.Equal(DType.Int64, zeroDim.Maximum(Torch.Tensor(5)).DType);
        var half = Torch.Tensor(new[] { (Half)1, (Half)7 });
        Assert.Equal(DType.Float16, half.Maximum(2.5).DType);
        Assert.Equal(new[] { 2.5f, 7f }, Torch.Tensor(new[] { 1, 7 }, DType.Int32).Maximum(2.5).ToArray<float>());
    }
}
