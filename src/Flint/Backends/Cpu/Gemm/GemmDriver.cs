using System.Numerics;
using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// The blocked loops around the microkernel for one rectangle of C (a thread's share), in BLIS order:
/// columns by NC, depth by KC (pack a B panel), rows by MC (pack an A block), then B slivers by A slivers.
/// </summary>
internal static unsafe class GemmDriver
{
    /// <summary>
    /// Computes rows [<paramref name="rowStart"/>, <paramref name="rowEnd"/>) x columns
    /// [<paramref name="columnStart"/>, <paramref name="columnEnd"/>) of batch entry <paramref name="batch"/>.
    /// With <paramref name="packA"/> false, A is read in place (skinny products, where packing A would cost
    /// more than it saves); A must then have a unit row or step stride.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void RunRegion<TOps, TVector, T>(in GemmProblem<T> problem, long batch,
        long rowStart, long rowEnd, long columnStart, long columnEnd, bool packA)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        const int mr = GemmMicrokernel.Rows;
        int nr = GemmBlocking<TOps, TVector, T>.TileWidth;
        int depthBlock = GemmBlocking<TOps, TVector, T>.Depth;
        int rowBlock = GemmBlocking<TOps, TVector, T>.RowBlock;
        int columnBlock = GemmBlocking<TOps, TVector, T>.ColumnBlock;

        var workspace = GemmWorkspace.Current;
        long panelColumns = Math.Min(columnBlock, RoundUp(columnEnd - columnStart, nr));
        T* packedB = workspace.PackedB<T>(panelColumns * Math.Min(depthBlock, problem.K));
        T* packedA = workspace.PackedA<T>(packA ? (long)rowBlock * depthBlock : mr * depthBlock);
        T* scratch = workspace.Scratch<T>(mr * nr);

        T* a = problem.AOf(batch), b = problem.BOf(batch), c = problem.COf(batch);
        nint aRow = (nint)problem.AStrides.Row, aStep = (nint)problem.AStrides.Column;
        nint bStep = (nint)problem.BStrides.Row, bColumn = (nint)problem.BStrides.Column;
        nint cRow = (nint)problem.CStrides.Row, cColumn = (nint)problem.CStrides.Column;

        for (long jc = columnStart; jc < columnEnd; jc += columnBlock)
        {
            int nc = (int)Math.Min(columnBlock, columnEnd - jc);
            for (long pc = 0; pc < problem.K; pc += depthBlock)
            {
                int kc = (int)Math.Min(depthBlock, problem.K - pc);
                // beta applies once, with the first depth block; later blocks add to what is there.
                var update = new TileUpdate<T>(problem.Alpha, pc == 0 ? problem.Beta : T.One, cRow, cColumn);
                GemmPacking.PackB<TOps, TVector, T>(b + pc * bStep + jc * bColumn, bStep, bColumn, kc, nc, packedB);
                for (long ic = rowStart; ic < rowEnd; ic += rowBlock)
                {
                    int mc = (int)Math.Min(rowBlock, rowEnd - ic);
                    T* aBlock = a + ic * aRow + pc * aStep;
                    if (packA) GemmPacking.PackA(aBlock, aRow, aStep, mc, kc, packedA);
                    int fullRows = mc - mc % mr;
                    // Read in place, a partial last sliver would run past A's last row: pack just it, once per block.
                    if (!packA && fullRows < mc) GemmPacking.PackASliver(aBlock + fullRows * aRow, aRow, aStep, mc - fullRows, kc, packedA);
                    T* cBlock = c + ic * cRow + jc * cColumn;
                    for (int jr = 0; jr < nc; jr += nr)
                    {
                        T* bSliver = packedB + jr * kc;
                        int columns = Math.Min(nr, nc - jr);
                        for (int ir = 0; ir < mc; ir += mr)
                        {
                            int rows = Math.Min(mr, mc - ir);
                            T* cTile = cBlock + ir * cRow + jr * cColumn;
                            if (packA)
                            {
                                GemmMicrokernel.Run<TOps, TVector, T, PackedSliver>(kc, packedA + ir * kc, 0, 0, bSliver,
                                    cTile, update, rows, columns, scratch);
                            }
                            else if (rows == mr)
                            {
                                GemmMicrokernel.Run<TOps, TVector, T, StridedSliver>(kc, aBlock + ir * aRow, aRow, aStep, bSliver,
                                    cTile, update, rows, columns, scratch);
                            }
                            else
                            {
                                GemmMicrokernel.Run<TOps, TVector, T, PackedSliver>(kc, packedA, 0, 0, bSliver,
                                    cTile, update, rows, columns, scratch);
                            }
                        }
                    }
                }
            }
        }
    }

    static long RoundUp(long value, long multiple) => (value + multiple - 1) / multiple * multiple;
}
