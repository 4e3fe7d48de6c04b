using System.Numerics;
using System.Runtime.Intrinsics;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Chooses how a product is computed (matrix-vector or blocked GEMM, which way round, whether A is
/// packed) and splits it into independent rectangles of C, one contiguous run of them per thread.
/// Threads never share a C element and the vector width and depth blocking depend on the shape
/// alone, so every element is computed by the same operations whatever the thread count: results
/// are identical run to run and across thread counts.
/// </summary>
internal static unsafe class GemmScheduler
{
    /// <summary>Multiply-adds below which another thread costs more (fork and join) than it saves.</summary>
    const double MinMultiplyAddsPerThread = 1 << 18;

    /// <summary>
    /// Up to this many columns (in tiles) A is read in place instead of packed: each A element is then
    /// used by so few tiles that copying it costs more than strided reads.
    /// </summary>
    const int DirectATileColumns = 4;

    /// <summary>
    /// The way round to compute a product: a matrix-vector product always as n = 1; otherwise with C's rows
    /// contiguous when one of its orientations has them (the microkernel stores rows of C as vectors).
    /// </summary>
    public static GemmProblem<T> Orient<T>(GemmProblem<T> problem) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (problem.M == 1 && problem.N > 1) return problem.Transposed();
        if (problem.N > 1 && problem.CStrides.Column != 1 && problem.CStrides.Row == 1) return problem.Transposed();
        return problem;
    }

    /// <summary>
    /// The vector width for an oriented problem, at most <paramref name="widest"/>: 512-bit tiles are 32 floats
    /// wide, so a narrow C (LeNet's 10 or 20 output channels) wastes less of each tile with 256-bit vectors.
    /// The choice depends on the shape alone, so a given product always runs the same arithmetic.
    /// </summary>
    public static GemmIsa ChooseIsa<T>(GemmIsa widest, in GemmProblem<T> problem) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (widest != GemmIsa.Vector512 || problem.N == 1 || !GemmKernel.IsSupported(GemmIsa.Vector256)) return widest;
        long wideTile = 2 * Vector512<T>.Count, narrowTile = 2 * Vector256<T>.Count;
        double wideColumns = CeilDiv(problem.N, wideTile) * wideTile, narrowColumns = CeilDiv(problem.N, narrowTile) * narrowTile;
        return wideColumns > 1.1 * narrowColumns ? GemmIsa.Vector256 : GemmIsa.Vector512;
    }

    /// <summary>Runs an oriented problem with m, n, k, batch all at least 1 and alpha non-zero.</summary>
    public static void Run<TOps, TVector, T>(GemmProblem<T> problem)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (problem.N == 1) RunGemv<TOps, TVector, T>(problem);
        else RunGemm<TOps, TVector, T>(problem);
    }

    static void RunGemm<TOps, TVector, T>(GemmProblem<T> problem)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        const int mr = GemmMicrokernel.Rows;
        int nr = GemmBlocking<TOps, TVector, T>.TileWidth;
        long rowTiles = CeilDiv(problem.M, mr), columnTiles = CeilDiv(problem.N, nr);
        int chunks = ThreadsFor((double)problem.M * problem.N * problem.K * problem.BatchCount);
        int regions = RegionsPerMatrix(problem.BatchCount, chunks, rowTiles * columnTiles);
        var (rowParts, columnParts) = CheapestGrid(regions, problem, rowTiles, columnTiles);
        regions = rowParts * columnParts;
        bool packA = PacksA(problem, columnTiles, columnParts);
        ForEachTask(problem.BatchCount, regions, chunks,
            new GemmRegionTask<TOps, TVector, T>(problem, rowTiles, columnTiles, rowParts, columnParts, packA));
    }

    // n = 1: y = C's column, x = B's column.
    static void RunGemv<TOps, TVector, T>(GemmProblem<T> problem)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        long rowUnits = CeilDiv(problem.M, GemvRegionTask<TOps, TVector, T>.RowUnit);
        int chunks = ThreadsFor((double)problem.M * problem.K * problem.BatchCount);
        int regions = RegionsPerMatrix(problem.BatchCount, chunks, rowUnits);
        ForEachTask(problem.BatchCount, regions, chunks, new GemvRegionTask<TOps, TVector, T>(problem, rowUnits, regions));
    }

    static int ThreadsFor(double multiplyAdds) =>
        (int)Math.Clamp(multiplyAdds / MinMultiplyAddsPerThread, 1, Torch.GetNumThreads());

    /// <summary>
    /// Regions to cut each matrix into so that batch x regions tasks divide evenly among the chunks
    /// (whole matrices per thread when the batch allows it), never more than it has tiles.
    /// </summary>
    static int RegionsPerMatrix(long batchCount, int chunks, long tilesPerMatrix)
    {
        long regions = chunks / GreatestCommonDivisor(batchCount, chunks);
        return (int)Math.Min(regions, tilesPerMatrix);
    }

    /// <summary>
    /// A rows x columns grid with at most <paramref name="regions"/> cells that packs the least: every region packs
    /// its rows of A (unless it reads A in place) and its columns of B, each k long, so cells should be near
    /// square, and an operand that is cheap to pack (a copy rather than a transpose) is the better one to pack twice.
    /// </summary>
    static (int Rows, int Columns) CheapestGrid<T>(int regions, in GemmProblem<T> problem, long rowTiles, long columnTiles)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        // Packed A runs along m within each k step, packed B along n: unit stride there is a copy.
        double aCost = PackingCost(problem.AStrides.Row, problem.AStrides.Column);
        double bCost = PackingCost(problem.BStrides.Column, problem.BStrides.Row);
        for (; regions > 1; regions--)
        {
            (int, int) best = (0, 0);
            double bestCost = double.MaxValue;
            for (int rows = 1; rows <= regions; rows++)
            {
                if (regions % rows != 0) continue;
                int columns = regions / rows;
                if (rows > rowTiles || columns > columnTiles) continue;
                double aPacking = PacksA(problem, columnTiles, columns) ? aCost * problem.M / rows : 0;
                double cost = aPacking + bCost * problem.N / columns;
                if (cost < bestCost) (best, bestCost) = ((rows, columns), cost);
            }
            if (best.Item1 > 0) return best;
        }
        return (1, 1);
    }

    /// <summary>
    /// Whether regions <paramref name="columnParts"/> to a row pack A: not when each has so few column tiles that
    /// A is better read in place, which needs a unit stride along its rows or its columns.
    /// </summary>
    static bool PacksA<T>(in GemmProblem<T> problem, long columnTiles, int columnParts) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        bool canReadInPlace = problem.AStrides.Row == 1 || problem.AStrides.Column == 1;
        return !canReadInPlace || CeilDiv(columnTiles, columnParts) > DirectATileColumns;
    }

    /// <summary>Relative cost of packing an element: a copy, a vectorised transpose, or a gather.</summary>
    static double PackingCost(long packedDirectionStride, long stepStride) =>
        packedDirectionStride == 1 ? 1 : stepStride == 1 ? 1.5 : 3;

    /// <summary>Runs tasks (batch entry, region) in order, split into <paramref name="chunks"/> contiguous runs on threads.</summary>
    static void ForEachTask<TTask>(long batchCount, int regions, int chunks, TTask task) where TTask : struct, IGemmTask
    {
        chunks = (int)Math.Min(chunks, batchCount * regions);
        if (chunks > 1)
        {
            RunChunksInParallel(batchCount * regions, regions, chunks, task);
            return;
        }
        for (long t = 0; t < batchCount * regions; t++) task.Run(t / regions, (int)(t % regions));
    }

    // Apart from ForEachTask so that single-threaded calls do not allocate the closure.
    static void RunChunksInParallel<TTask>(long tasks, int regions, int chunks, TTask task) where TTask : struct, IGemmTask =>
        ParallelFor.Run(chunks, 1, (firstChunk, lastChunk) =>
        {
            for (long chunk = firstChunk; chunk < lastChunk; chunk++)
                for (long t = tasks * chunk / chunks; t < tasks * (chunk + 1) / chunks; t++)
                    task.Run(t / regions, (int)(t % regions));
        });

    static long CeilDiv(long value, long divisor) => (value + divisor - 1) / divisor;

    static long GreatestCommonDivisor(long x, long y)
    {
        while (y != 0) (x, y) = (y, x % y);
        return x;
    }
}
