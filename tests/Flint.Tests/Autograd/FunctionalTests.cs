using F = Flint.Torch.Autograd.Functional;

namespace Flint.Tests.Autograd;

/// <summary>Torch.Autograd.Functional against closed forms (the same values torch.autograd.functional gives).</summary>
public class FunctionalTests
{
    static readonly double[] Point = [1, 2, 3];
    static Tensor X => Torch.Tensor(Point, DType.Float64);
    static readonly Tensor V = Torch.Tensor(new[] { 1.0, 0.0, 2.0 }, DType.Float64);

    /// <summary>f(t) = exp(t) · Σt: J_ij = exp(t_i) (Σt · δ_ij + 1).</summary>
    static Tensor ExpTimesSum(Tensor t) => t.Exp() * t.Sum();

    static double[,] ExpTimesSumJacobian()
    {
        var jacobian = new double[3, 3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++) jacobian[i, j] = Math.Exp(Point[i]) * ((i == j ? Point.Sum() : 0) + 1);
        return jacobian;
    }

    /// <summary>g(t) = Σt³ · t_0; its Hessian at (1, 2, 3) is [[12, 12, 27], [12, 12, 0], [27, 0, 18]].</summary>
    static Tensor CubesTimesFirst(Tensor t) => t.Pow(3).Sum() * t[0];

    static readonly double[] Hessian = [12, 12, 27, 12, 12, 0, 27, 0, 18];

    static void Close(double[] expected, Tensor actual)
    {
        double[] got = actual.ToArray<double>();
        Assert.Equal(expected.Length, got.Length);
        for (int i = 0; i < got.Length; i++) Assert.True(Math.Abs(expected[i] - got[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected[i])), $"element {i}: {expected[i]} vs {got[i]}");
    }

    static double[] Flat(double[,] matrix) => matrix.Cast<double>().ToArray();

    [Fact]
    public void Jacobian()
    {
        var jacobian = F.Jacobian(ExpTimesSum, X);
        Assert.Equal([3L, 3], jacobian.Shape.ToArray());
        Close(Flat(ExpTimesSumJacobian()), jacobian);
        Assert.False(jacobian.RequiresGrad);
    }

    [Fact]
    public void JacobianOfSeveralInputsAndOutputs()
    {
        var a = Torch.Tensor(new double[,] { { 1, 2 }, { 3, 4 } }, DType.Float64);
        var b = Torch.Tensor(new[] { 0.5, -1.0 }, DType.Float64);
        var jacobians = F.Jacobian(x => [x[0] * x[1], x[0].Sum() * x[1]], [a, b]);
        Assert.Equal([2L, 2, 2, 2], jacobians[0][0].Shape.ToArray());
        Close([0.5, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0.5, 0, 0, 0, 0, -1], jacobians[0][0]);
        Close([1, 0, 0, 2, 3, 0, 0, 4], jacobians[0][1]);
        Close([0.5, 0.5, 0.5, 0.5, -1, -1, -1, -1], jacobians[1][0]);
        Close([10, 0, 0, 10], jacobians[1][1]);
    }

    [Fact]
    public void HessianAndItsProducts()
    {
        Close(Hessian, F.Hessian(CubesTimesFirst, X));
        double[] hv = [66, 12, 63];
        var (value, hvp) = F.Hvp(CubesTimesFirst, X, V);
        Assert.Equal(36.0, value.Item<double>());
        Close(hv, hvp);
        Close(hv, F.Vhp(CubesTimesFirst, X, V).Vhp);
    }

    [Fact]
    public void VectorJacobianAndJacobianVectorProducts()
    {
        var jacobian = ExpTimesSumJacobian();
        double[] v = V.ToArray<double>();
        var vjp = new double[3];
        var jvp = new double[3];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
            {
                vjp[j] += v[i] * jacobian[i, j];
                jvp[i] += jacobian[i, j] * v[j];
            }
        var (output, vjpResult) = F.Vjp(ExpTimesSum, X, V);
        Close(ExpTimesSum(X).ToArray<double>(), output);
        Close(vjp, vjpResult);
        Close(jvp, F.Jvp(ExpTimesSum, X, V).Jvp);
    }

    [Fact]
    public void CreateGraphKeepsTheResultDifferentiable()
    {
        var x = X.RequiresGrad_();
        var hessian = F.Hessian(CubesTimesFirst, x, createGraph: true);
        Assert.True(hessian.RequiresGrad);
        // H_00 = 12 t_0², so its gradient is (24 t_0, 0, 0).
        var third = Torch.Autograd.Grad(hessian[0, 0], x)[0]!;
        Close([24, 0, 0], third);
    }
}
