using System.Numerics;
using Flint.Backends.Cpu.Gemm;

namespace Flint.Tests.Backends.Cpu.Gemm;

/// <summary>
/// How a test operand is stored: row-major or transposed (column-major), with a column step and a padded
/// leading dimension for non-contiguous views, and either one matrix per batch entry or one shared by all.
/// </summary>
public sealed record OperandLayout(bool Transposed = false, int Step = 1, int Pad = 0, bool Broadcast = false)
{
    public static readonly OperandLayout Dense = new();
    public static readonly OperandLayout TransposedDense = new(Transposed: true);
    public static readonly OperandLayout Strided = new(Step: 2, Pad: 3);
    public static readonly OperandLayout TransposedStrided = new(Transposed: true, Step: 3, Pad: 1);
    public static readonly OperandLayout[] All = [Dense, TransposedDense, Strided, TransposedStrided];

    public override string ToString() =>
        $"{(Transposed ? "T" : "N")}{(Step != 1 || Pad != 0 ? $"(step {Step}, pad {Pad})" : "")}{(Broadcast ? " broadcast" : "")}";
}

/// <summary>
/// One GEMM test: operands filled with seeded random values (and NaN in every storage slot that is not a
/// matrix element, so a stray read poisons the result), a double-precision reference, and the check.
/// </summary>
internal sealed class GemmCase<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    readonly long batch, m, n, k;
    readonly double alpha, beta;
    readonly T[] a, b, c, initialC;
    readonly MatrixStrides aStrides, bStrides, cStrides;
    readonly string label;

    public GemmCase(long batch, long m, long n, long k, OperandLayout? aLayout = null, OperandLayout? bLayout = null,
        OperandLayout? cLayout = null, double alpha = 1, double beta = 0, bool nanInC = false, int seed = 1)
    {
        (this.batch, this.m, this.n, this.k, this.alpha, this.beta) = (batch, m, n, k, alpha, beta);
        aLayout ??= OperandLayout.Dense;
        bLayout ??= OperandLayout.Dense;
        cLayout ??= OperandLayout.Dense;
        var random = new Random(seed);
        (a, aStrides) = Allocate(aLayout, m, k, random, nanValues: false);
        (b, bStrides) = Allocate(bLayout, k, n, random, nanValues: false);
        (c, cStrides) = Allocate(cLayout, m, n, random, nanValues: nanInC);
        initialC = (T[])c.Clone();
        label = $"{typeof(T).Name} batch {batch} m {m} n {n} k {k} A {aLayout} B {bLayout} C {cLayout} alpha {alpha} beta {beta}";
    }

    public T[] Result => c;

    /// <summary>Runs the product on the given vector width, or on the one the public entry would choose (null).</summary>
    public GemmCase<T> Run(GemmIsa? isa)
    {
        GemmKernel.Multiply(isa, m, n, k, T.CreateChecked(alpha), a, aStrides, b, bStrides, T.CreateChecked(beta), c, cStrides, batch);
        return this;
    }

    /// <summary>Every C element within ~1e-5 sqrt(k) (float) or 1e-12 (double) of the sum of |terms|; nothing else written.</summary>
    public void AssertCorrect(string context)
    {
        double relative = typeof(T) == typeof(float) ? 1e-5 * Math.Sqrt(Math.Max(k, 1)) : 1e-12;
        var written = new bool[c.Length];
        var rowOfA = new double[k];
        for (long l = 0; l < batch; l++)
        {
            double[] columnsOfB = Transposed(l);
            for (long i = 0; i < m; i++)
            {
                for (long p = 0; p < k; p++) rowOfA[p] = double.CreateChecked(a[Index(aStrides, l, i, p)]);
                for (long j = 0; j < n; j++)
                {
                    double sum = 0, magnitude = 0;
                    for (long p = 0; p < k; p++)
                    {
                        double term = rowOfA[p] * columnsOfB[j * k + p];
                        sum += term;
                        magnitude += Math.Abs(term);
                    }
                    long index = Index(cStrides, l, i, j);
                    written[index] = true;
                    double expected = alpha * sum, scale = Math.Abs(alpha) * magnitude;
                    if (beta != 0)
                    {
                        double old = double.CreateChecked(initialC[index]);
                        expected += beta * old;
                        scale += Math.Abs(beta * old);
                    }
                    double actual = double.CreateChecked(c[index]);
                    if (!(Math.Abs(actual - expected) <= relative * scale + 1e-300))
                        Assert.Fail($"{label} on {context}: C[{l}, {i}, {j}] = {actual:R}, expected {expected:R}");
                }
            }
        }
        for (int index = 0; index < c.Length; index++)
            if (!written[index] && !T.IsNaN(c[index]))
                Assert.Fail($"{label} on {context}: storage slot {index} outside C was written");
    }

    // B of one batch entry as doubles, column after column.
    double[] Transposed(long batchEntry)
    {
        var columns = new double[n * k];
        for (long j = 0; j < n; j++)
            for (long p = 0; p < k; p++)
                columns[j * k + p] = double.CreateChecked(b[Index(bStrides, batchEntry, p, j)]);
        return columns;
    }

    static long Index(MatrixStrides strides, long batch, long row, long column) =>
        batch * strides.Batch + row * strides.Row + column * strides.Column;

    (T[] Data, MatrixStrides Strides) Allocate(OperandLayout layout, long rows, long columns, Random random, bool nanValues)
    {
        long storedRows = layout.Transposed ? columns : rows, storedColumns = layout.Transposed ? rows : columns;
        long rowStride = Math.Max(storedColumns * layout.Step + layout.Pad, 1);
        long matrixSize = storedRows * rowStride;
        long batchStride = layout.Broadcast ? 0 : matrixSize + 5;
        var strides = layout.Transposed ? new MatrixStrides(layout.Step, rowStride, batchStride) : new MatrixStrides(rowStride, layout.Step, batchStride);
        long length = rows == 0 || columns == 0 || batch == 0 ? 0 : Index(strides, batch - 1, rows - 1, columns - 1) + 1;
        var data = new T[length];
        Array.Fill(data, T.NaN);
        for (long l = 0; l < (layout.Broadcast ? Math.Min(batch, 1) : batch); l++)
            for (long i = 0; i < rows; i++)
                for (long j = 0; j < columns; j++)
                    data[Index(strides, l, i, j)] = nanValues ? T.NaN : T.CreateChecked(random.NextDouble() * 2 - 1);
        return (data, strides);
    }
}
