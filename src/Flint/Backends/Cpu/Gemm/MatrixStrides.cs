namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Where the elements of one GEMM operand lie, in elements: element (i, j) of matrix number b is at
/// <c>b * Batch + i * Row + j * Column</c> from the operand's start. A transposed operand is the same
/// memory with <see cref="Row"/> and <see cref="Column"/> swapped; <see cref="Batch"/> = 0 repeats one
/// matrix for every batch entry (broadcasting).
/// </summary>
public readonly record struct MatrixStrides(long Row, long Column, long Batch = 0)
{
    /// <summary>A dense row-major <paramref name="rows"/> x <paramref name="columns"/> matrix (batch entries follow each other).</summary>
    public static MatrixStrides RowMajor(long rows, long columns) => new(columns, 1, rows * columns);

    /// <summary>The same memory read as the transposed matrix.</summary>
    public MatrixStrides Transpose() => new(Column, Row, Batch);
}
