using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Flint.Backends.Cpu.Gemm;

// Design notes: a BLIS-style GEMM in C#.
//
// C = alpha * A * B + beta * C, A m x k, B k x n, C m x n, each addressed by (row, column, batch)
// strides, so transposes and non-contiguous views are just other strides. The work is organised
// as in BLIS (Van Zee & van de Geijn, "BLIS: A Framework for Rapidly Instantiating BLAS
// Functionality", 2015):
//
//   for jc in columns by NC          (thread rectangles are cut first; see GemmScheduler)
//     for pc in depth by KC            pack B[pc.., jc..] into KC x NR slivers      (L3-resident panel)
//       for ic in rows by MC           pack A[ic.., pc..] into MR x KC slivers      (L2-resident block)
//         for jr in NC by NR           one B sliver stays in L1/L2 ...
//           for ir in MC by MR         ... while A slivers stream through the
//             microkernel              MR x NR register tile: k rank-1 updates, then C merge
//
// - Microkernel (GemmMicrokernel): MR = 6 rows x NR = 2 vectors, i.e. 6x32 float / 6x16 double with
//   AVX-512, 6x16 / 6x8 with AVX2, 6x8 / 6x4 with 128-bit vectors. 12 accumulators + 2 B vectors + 1
//   broadcast fit AVX2's 16 registers; from L1 the loop measured 100-110 GFLOP/s per core for float at
//   every width on this machine (AMD EPYC Zen 4, ~3.4 GHz: 2 x 256-bit FMA per cycle = 109 peak).
//   The C tile is prefetched when the kernel starts: C rows are far apart and touched once per depth
//   block, and without it single-thread 1024^3 ran at 65-75 instead of ~100 GFLOP/s.
// - Blocking (GemmBlocking; 32 KiB L1d and 1 MiB L2 per core, 32 MiB shared L3): KC = 256 keeps a
//   256-bit B sliver (256 x 16 floats = 16 KiB) in half of L1; 512-bit tiles use KC = 512, since for
//   them the reads and writes of C (once per depth block) cost more than the sliver spilling to L2.
//   MC x KC of packed A is ~288 KiB (inside L2 beside the slivers); a KC x NC B panel ~8 MiB (in L3).
// - Packing (GemmPacking, GemmTranspose): row-major B is copied a vector at a time; k-contiguous B
//   (x @ W.T) and row-major A are transposed in registers 8 x 8 with AVX shuffles. Slivers are
//   zero-padded to full tiles; an edge tile is parked and only its valid part merged (AVX-512 masked
//   moves where available), so no read or write leaves the operands.
// - Skinny products (at most 4 column tiles per thread) read A in place instead of packing it, and
//   matrix-vector products (m or n = 1) skip packing altogether (GemvKernel). On AVX-512 machines a
//   narrow C (n = 10, 20 as in LeNet) uses 256-bit tiles, which waste less of each tile on padding.
// - beta = 0 writes C without reading it (BLAS semantics, NaNs in C do not leak); alpha = 0 or k = 0
//   only scales C and does not read A or B.
// - Threads (GemmScheduler): C is cut into rectangles aligned to tiles, one contiguous run of (batch
//   entry, rectangle) tasks per thread, through ParallelFor, and only when each thread gets at least
//   2^18 multiply-adds (a fork and join costs ~4 us here). Each thread packs its own panels: on 2
//   cores duplicating part of the packing (all of it is under 10% of a 1024^3 product) is cheaper
//   than a barrier between packing and computing; the grid duplicates the cheaper operand to pack. Every C element is one FMA chain per depth block in k order whatever the
//   thread count or the tile it falls in, and the vector width depends on the shape alone, so results
//   are bit-for-bit reproducible run to run and across thread counts.

/// <summary>
/// General matrix multiply <c>C = alpha * A * B + beta * C</c> for float and double on the CPU, optionally
/// batched (<c>C[i] = alpha * A[i] * B[i] + beta * C[i]</c>; a batch stride of 0 repeats an operand).
/// A is m x k, B is k x n, C is m x n; each is addressed through <see cref="MatrixStrides"/>, so
/// transposed and non-contiguous operands need no copy. C must not overlap A or B.
/// </summary>
public static unsafe class GemmKernel
{
    public static void Multiply(long m, long n, long k, float alpha, float* a, MatrixStrides aStrides,
        float* b, MatrixStrides bStrides, float beta, float* c, MatrixStrides cStrides, long batchCount = 1) =>
        Run(null, new GemmProblem<float>(m, n, k, batchCount, alpha, a, aStrides, b, bStrides, beta, c, cStrides));

    public static void Multiply(long m, long n, long k, double alpha, double* a, MatrixStrides aStrides,
        double* b, MatrixStrides bStrides, double beta, double* c, MatrixStrides cStrides, long batchCount = 1) =>
        Run(null, new GemmProblem<double>(m, n, k, batchCount, alpha, a, aStrides, b, bStrides, beta, c, cStrides));

    /// <summary>The span form: checks that every addressed element lies inside its span (strides must be non-negative).</summary>
    public static void Multiply(long m, long n, long k, float alpha, ReadOnlySpan<float> a, MatrixStrides aStrides,
        ReadOnlySpan<float> b, MatrixStrides bStrides, float beta, Span<float> c, MatrixStrides cStrides, long batchCount = 1) =>
        Multiply(null, m, n, k, alpha, a, aStrides, b, bStrides, beta, c, cStrides, batchCount);

    /// <summary>The span form: checks that every addressed element lies inside its span (strides must be non-negative).</summary>
    public static void Multiply(long m, long n, long k, double alpha, ReadOnlySpan<double> a, MatrixStrides aStrides,
        ReadOnlySpan<double> b, MatrixStrides bStrides, double beta, Span<double> c, MatrixStrides cStrides, long batchCount = 1) =>
        Multiply(null, m, n, k, alpha, a, aStrides, b, bStrides, beta, c, cStrides, batchCount);

    /// <summary>The widest vector path this machine runs natively.</summary>
    internal static GemmIsa BestIsa { get; } =
        Vector512.IsHardwareAccelerated ? GemmIsa.Vector512
        : Vector256.IsHardwareAccelerated && Fma.IsSupported ? GemmIsa.Vector256
        : GemmIsa.Vector128;

    /// <summary>Whether <paramref name="isa"/> can run here (tests run every supported path).</summary>
    internal static bool IsSupported(GemmIsa isa) => isa switch
    {
        GemmIsa.Vector512 => Vector512.IsHardwareAccelerated,
        GemmIsa.Vector256 => Vector256.IsHardwareAccelerated && Fma.IsSupported,
        _ => true,
    };

    internal static void Multiply<T>(GemmIsa? isa, long m, long n, long k, T alpha, ReadOnlySpan<T> a, MatrixStrides aStrides,
        ReadOnlySpan<T> b, MatrixStrides bStrides, T beta, Span<T> c, MatrixStrides cStrides, long batchCount = 1)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        CheckExtent(nameof(a), a.Length, batchCount, m, k, aStrides);
        CheckExtent(nameof(b), b.Length, batchCount, k, n, bStrides);
        CheckExtent(nameof(c), c.Length, batchCount, m, n, cStrides);
        fixed (T* aPointer = a)
        fixed (T* bPointer = b)
        fixed (T* cPointer = c)
            Run(isa, new GemmProblem<T>(m, n, k, batchCount, alpha, aPointer, aStrides, bPointer, bStrides, beta, cPointer, cStrides));
    }

    static void Run<T>(GemmIsa? isa, GemmProblem<T> problem) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (problem.M < 0 || problem.N < 0 || problem.K < 0 || problem.BatchCount < 0)
            throw new ArgumentException($"gemm: sizes must be non-negative, got m={problem.M}, n={problem.N}, k={problem.K}, batch={problem.BatchCount}");
        if (problem.M == 0 || problem.N == 0 || problem.BatchCount == 0) return;
        CheckNoSelfOverlap(problem);
        if (problem.K == 0 || problem.Alpha == T.Zero)
        {
            ScaleC(problem);
            return;
        }
        problem = GemmScheduler.Orient(problem);
        switch (isa ?? GemmScheduler.ChooseIsa(BestIsa, problem))
        {
            case GemmIsa.Vector512: GemmScheduler.Run<Vector512Ops<T>, Vector512<T>, T>(problem); break;
            case GemmIsa.Vector256: GemmScheduler.Run<Vector256Ops<T>, Vector256<T>, T>(problem); break;
            default: GemmScheduler.Run<Vector128Ops<T>, Vector128<T>, T>(problem); break;
        }
    }

    // alpha * A * B contributes nothing: C = beta * C, and C = 0 without reading it when beta is 0.
    static void ScaleC<T>(in GemmProblem<T> problem) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (problem.Beta == T.One) return;
        var strides = problem.CStrides;
        for (long batch = 0; batch < problem.BatchCount; batch++)
            for (long i = 0; i < problem.M; i++)
            {
                T* row = problem.COf(batch) + i * strides.Row;
                for (long j = 0; j < problem.N; j++)
                    row[j * strides.Column] = problem.Beta == T.Zero ? T.Zero : problem.Beta * row[j * strides.Column];
            }
    }

    /// <summary>
    /// C is written, so no two of its elements may share memory. Sorted by stride, each dimension must
    /// step past everything the smaller ones span (PyTorch's non-overlapping-and-dense-style test).
    /// </summary>
    static void CheckNoSelfOverlap<T>(in GemmProblem<T> problem) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var s = problem.CStrides;
        Span<(long Stride, long Size)> dims = stackalloc (long, long)[3];
        int count = 0;
        if (problem.BatchCount > 1) dims[count++] = (Math.Abs(s.Batch), problem.BatchCount);
        if (problem.M > 1) dims[count++] = (Math.Abs(s.Row), problem.M);
        if (problem.N > 1) dims[count++] = (Math.Abs(s.Column), problem.N);
        dims[..count].Sort((x, y) => x.Stride.CompareTo(y.Stride));
        long span = 0;
        foreach (var (stride, size) in dims[..count])
        {
            if (stride <= span)
                throw new ArgumentException("gemm: unsupported operation: more than one element of the written-to tensor refers to a single memory location.");
            span += stride * (size - 1);
        }
    }

    static void CheckExtent(string name, long length, long batchCount, long rows, long columns, MatrixStrides strides)
    {
        if (batchCount <= 0 || rows <= 0 || columns <= 0) return;
        if (strides.Row < 0 || strides.Column < 0 || strides.Batch < 0)
            throw new ArgumentException($"gemm: strides of {name} must be non-negative, got {strides}", name);
        long last = (batchCount - 1) * strides.Batch + (rows - 1) * strides.Row + (columns - 1) * strides.Column;
        if (last >= length)
            throw new ArgumentException($"gemm: {name} ({batchCount} x {rows} x {columns} with {strides}) needs {last + 1} elements but has {length}", name);
    }
}

/// <summary>The vector width a GEMM runs with.</summary>
internal enum GemmIsa { Vector128, Vector256, Vector512 }
