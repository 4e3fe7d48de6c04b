namespace Flint.Backends;

/// <summary>Elementwise one-input operations a backend implements.</summary>
public enum UnaryOp
{
    Neg,
    Abs,
    Exp,
    Log,
    Sqrt,
    LogicalNot,
    BitwiseNot,
}

/// <summary>Elementwise two-input operations a backend implements. Comparisons and logical ops produce Bool.</summary>
public enum BinaryOp
{
    Add,
    Sub,
    Mul,
    Div,
    /// <summary>Python's modulo: the result takes the divisor's sign.</summary>
    Remainder,
    FloorDivide,
    Maximum,
    Minimum,
    Pow,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LogicalAnd,
    LogicalOr,
    LogicalXor,
}

/// <summary>Reductions a backend implements.</summary>
public enum ReduceOp
{
    Sum,
    Prod,
    Max,
    Min,
    /// <summary>True when any element is non-zero (destination Bool).</summary>
    Any,
    /// <summary>True when every element is non-zero (destination Bool).</summary>
    All,
}

/// <summary>How a scatter combines a source element with the element already at its destination.</summary>
public enum ScatterOp
{
    /// <summary>Overwrites; along one column of the scatter dimension, the last write wins.</summary>
    Assign,
    /// <summary>Adds (bool: or).</summary>
    Add,
    /// <summary>Multiplies (bool: and).</summary>
    Multiply,
    /// <summary>Keeps the larger; NaN, once seen, stays.</summary>
    Amax,
    /// <summary>Keeps the smaller; NaN, once seen, stays.</summary>
    Amin,
}

internal static class OpFacts
{
    public static bool ProducesBool(this BinaryOp op) => op >= BinaryOp.Eq;
}
