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

/// <summary>Running (inclusive) scans along one dimension a backend implements.</summary>
public enum ScanOp
{
    Sum,
    Prod,
    /// <summary>Running maximum with the index where it was taken (a later equal value or NaN takes over).</summary>
    Max,
    /// <summary>Running minimum with the index where it was taken (a later equal value or NaN takes over).</summary>
    Min,
    /// <summary><c>log(Σ exp(x))</c> so far, without overflowing.</summary>
    LogSumExp,
}

/// <summary>One value of each row along a dimension, and the index it came from.</summary>
public enum RowStatistic
{
    /// <summary>The largest value (NaN counts as largest) at its first index.</summary>
    Max,
    /// <summary>The smallest value (NaN counts as smallest) at its first index.</summary>
    Min,
    /// <summary>The k-th smallest value (k counts from 1; NaN is largest).</summary>
    Kth,
    /// <summary>The lower median; NaN when the row has one (at its first index).</summary>
    Median,
    /// <summary>The lower median of the values that are not NaN; NaN when every value is.</summary>
    NanMedian,
    /// <summary>The most frequent value (the smallest of equally frequent ones).</summary>
    Mode,
}

internal static class OpFacts
{
    public static bool ProducesBool(this BinaryOp op) => op >= BinaryOp.Eq;
}
