namespace Flint.Tests.Tensors;

/// <summary>
/// The C# spellings of a PyTorch elementwise op for the operands' kinds (tensor or scalar on either side):
/// the Tensor method, the <c>Torch</c> static mirror, and the operator where C# has one. Each must give
/// PyTorch's result.
/// </summary>
internal static class ElementwiseForms
{
    public static Func<Tensor>[] Of(string op, object[] args, Scalar? alpha) => args switch
    {
        [Tensor x] => Unary(op, x),
        [Tensor a, Tensor b] => TensorTensor(op, a, b, alpha),
        [Tensor a, Scalar b] => TensorScalar(op, a, b, alpha),
        [Scalar a, Tensor b] => ScalarTensor(op, a, b),
        _ => throw new ArgumentException($"no operand kinds for {op}"),
    };

    static Func<Tensor>[] Unary(string op, Tensor x) => op switch
    {
        "neg" => [() => x.Neg(), () => Torch.Neg(x), () => -x],
        "abs" => [() => x.Abs(), () => Torch.Abs(x)],
        "exp" => [() => x.Exp(), () => Torch.Exp(x)],
        "log" => [() => x.Log(), () => Torch.Log(x)],
        "sqrt" => [() => x.Sqrt(), () => Torch.Sqrt(x)],
        "logical_not" => [() => x.LogicalNot(), () => Torch.LogicalNot(x)],
        "bitwise_not" => [() => x.BitwiseNot(), () => Torch.BitwiseNot(x), () => ~x],
        _ => throw new ArgumentException($"unknown unary op {op}"),
    };

    static Func<Tensor>[] TensorTensor(string op, Tensor a, Tensor b, Scalar? alpha) => op switch
    {
        "add" when alpha is not null => [() => a.Add(b, alpha), () => Torch.Add(a, b, alpha)],
        "sub" when alpha is not null => [() => a.Sub(b, alpha), () => Torch.Sub(a, b, alpha)],
        "add" => [() => a.Add(b), () => Torch.Add(a, b), () => a + b],
        "sub" => [() => a.Sub(b), () => Torch.Sub(a, b), () => a - b],
        "mul" => [() => a.Mul(b), () => Torch.Mul(a, b), () => a * b],
        "div" => [() => a.Div(b), () => Torch.Div(a, b), () => a / b],
        "remainder" => [() => a.Remainder(b), () => Torch.Remainder(a, b), () => a % b],
        "floor_divide" => [() => a.FloorDivide(b), () => Torch.FloorDivide(a, b)],
        "pow" => [() => a.Pow(b), () => Torch.Pow(a, b)],
        "maximum" => [() => a.Maximum(b), () => Torch.Maximum(a, b)],
        "minimum" => [() => a.Minimum(b), () => Torch.Minimum(a, b)],
        "eq" => [() => a.Eq(b), () => Torch.Eq(a, b)],
        "ne" => [() => a.Ne(b), () => Torch.Ne(a, b)],
        "lt" => [() => a.Lt(b), () => Torch.Lt(a, b), () => a < b],
        "le" => [() => a.Le(b), () => Torch.Le(a, b), () => a <= b],
        "gt" => [() => a.Gt(b), () => Torch.Gt(a, b), () => a > b],
        "ge" => [() => a.Ge(b), () => Torch.Ge(a, b), () => a >= b],
        "logical_and" => [() => a.LogicalAnd(b), () => Torch.LogicalAnd(a, b)],
        "logical_or" => [() => a.LogicalOr(b), () => Torch.LogicalOr(a, b)],
        "logical_xor" => [() => a.LogicalXor(b), () => Torch.LogicalXor(a, b)],
        "bitwise_and" => [() => a.BitwiseAnd(b), () => Torch.BitwiseAnd(a, b), () => a & b],
        "bitwise_or" => [() => a.BitwiseOr(b), () => Torch.BitwiseOr(a, b), () => a | b],
        "bitwise_xor" => [() => a.BitwiseXor(b), () => Torch.BitwiseXor(a, b), () => a ^ b],
        _ => throw new ArgumentException($"unknown binary op {op}"),
    };

    static Func<Tensor>[] TensorScalar(string op, Tensor a, Scalar b, Scalar? alpha) => op switch
    {
        "add" when alpha is not null => [() => a.Add(b, alpha), () => Torch.Add(a, b, alpha)],
        "add" => [() => a.Add(b), () => Torch.Add(a, b), () => a + b],
        "sub" => [() => a.Sub(b), () => Torch.Sub(a, b), () => a - b],
        "mul" => [() => a.Mul(b), () => Torch.Mul(a, b), () => a * b],
        "div" => [() => a.Div(b), () => Torch.Div(a, b), () => a / b],
        "remainder" => [() => a.Remainder(b), () => Torch.Remainder(a, b), () => a % b],
        "floor_divide" => [() => a.FloorDivide(b), () => Torch.FloorDivide(a, b)],
        "pow" => [() => a.Pow(b), () => Torch.Pow(a, b)],
        "eq" => [() => a.Eq(b), () => Torch.Eq(a, b)],
        "ne" => [() => a.Ne(b), () => Torch.Ne(a, b)],
        "lt" => [() => a.Lt(b), () => Torch.Lt(a, b), () => a < b],
        "le" => [() => a.Le(b), () => Torch.Le(a, b), () => a <= b],
        "gt" => [() => a.Gt(b), () => Torch.Gt(a, b), () => a > b],
        "ge" => [() => a.Ge(b), () => Torch.Ge(a, b), () => a >= b],
        _ => throw new ArgumentException($"unknown tensor-scalar op {op}"),
    };

    /// <summary>A scalar on the left is Python's reflected operator (<c>2 - t</c>, <c>2 ** t</c>, <c>2 &lt; t</c>).</summary>
    static Func<Tensor>[] ScalarTensor(string op, Scalar a, Tensor b) => op switch
    {
        "add" => [() => a + b],
        "sub" => [() => a - b],
        "mul" => [() => a * b],
        "div" => [() => a / b],
        "remainder" => [() => a % b, () => Torch.Remainder(a, b)],
        "pow" => [() => Torch.Pow(a, b)],
        "lt" => [() => a < b],
        "le" => [() => a <= b],
        "gt" => [() => a > b],
        "ge" => [() => a >= b],
        _ => throw new ArgumentException($"unknown scalar-tensor op {op}"),
    };
}
