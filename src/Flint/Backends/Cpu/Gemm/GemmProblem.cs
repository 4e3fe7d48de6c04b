using System.Numerics;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// One (batched) product <c>C = alpha * A * B + beta * C</c> with A m x k, B k x n, C m x n, every
/// operand addressed by its own strides. Plain data handed from the API to the drivers.
/// </summary>
internal readonly unsafe struct GemmProblem<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public readonly long M, N, K, BatchCount;
    public readonly T Alpha, Beta;
    public readonly T* A, B, C;
    public readonly MatrixStrides AStrides, BStrides, CStrides;

    public GemmProblem(long m, long n, long k, long batchCount, T alpha, T* a, MatrixStrides aStrides,
        T* b, MatrixStrides bStrides, T beta, T* c, MatrixStrides cStrides)
    {
        (M, N, K, BatchCount, Alpha, Beta) = (m, n, k, batchCount, alpha, beta);
        A = a;
        B = b;
        C = c;
        (AStrides, BStrides, CStrides) = (aStrides, bStrides, cStrides);
    }

    /// <summary>
    /// The same product written as <c>C^T = B^T * A^T</c>: the same memory, with A and B swapped and every
    /// operand's row and column strides exchanged.
    /// </summary>
    public GemmProblem<T> Transposed() =>
        new(N, M, K, BatchCount, Alpha, B, BStrides.Transpose(), A, AStrides.Transpose(), Beta, C, CStrides.Transpose());

    public T* AOf(long batch) => A + batch * AStrides.Batch;
    public T* BOf(long batch) => B + batch * BStrides.Batch;
    public T* COf(long batch) => C + batch * CStrides.Batch;
}

/// <summary>
/// How a computed tile <c>acc</c> is merged into C: <c>C = Alpha * acc + Beta * C</c>, and
/// <c>C = Alpha * acc</c> without reading C when Beta is zero (so NaNs already in C do not leak),
/// as BLAS defines beta = 0. Vector and scalar code evaluate the same expression (two products, one
/// sum, no fusion), so a value does not depend on whether it fell in a full or an edge tile.
/// </summary>
internal readonly struct TileUpdate<T>(T alpha, T beta, nint rowStride, nint columnStride)
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public readonly T Alpha = alpha;
    public readonly T Beta = beta;
    public readonly nint RowStride = rowStride;
    public readonly nint ColumnStride = columnStride;

    public bool ReadsC => Beta != T.Zero;
}
