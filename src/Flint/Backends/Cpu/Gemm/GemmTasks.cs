using System.Numerics;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>One unit of a scheduled product: a region of one batch entry's C.</summary>
internal interface IGemmTask
{
    void Run(long batch, int region);
}

/// <summary>Region <c>r</c> is cell (r / columnParts, r % columnParts) of a grid cut along tile boundaries.</summary>
internal readonly struct GemmRegionTask<TOps, TVector, T>(GemmProblem<T> problem, long rowTiles, long columnTiles,
    int rowParts, int columnParts, bool packA) : IGemmTask
    where TOps : IGemmVector<TVector, T>
    where TVector : unmanaged
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    public void Run(long batch, int region)
    {
        const int mr = GemmMicrokernel.Rows;
        int nr = GemmBlocking<TOps, TVector, T>.TileWidth;
        int rowPart = region / columnParts, columnPart = region % columnParts;
        long rowStart = rowTiles * rowPart / rowParts * mr;
        long rowEnd = Math.Min(problem.M, rowTiles * (rowPart + 1) / rowParts * mr);
        long columnStart = columnTiles * columnPart / columnParts * nr;
        long columnEnd = Math.Min(problem.N, columnTiles * (columnPart + 1) / columnParts * nr);
        GemmDriver.RunRegion<TOps, TVector, T>(problem, batch, rowStart, rowEnd, columnStart, columnEnd, packA);
    }
}

/// <summary>A matrix-vector product (n = 1, y = C's column, x = B's column) cut into runs of rows.</summary>
internal readonly unsafe struct GemvRegionTask<TOps, TVector, T>(GemmProblem<T> problem, long rowUnits, int regions) : IGemmTask
    where TOps : IGemmVector<TVector, T>
    where TVector : unmanaged
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Rows are split in multiples of this.</summary>
    public const long RowUnit = 64;

    public void Run(long batch, int region)
    {
        long rowStart = rowUnits * region / regions * RowUnit;
        long rowEnd = Math.Min(problem.M, rowUnits * (region + 1) / regions * RowUnit);
        var update = new TileUpdate<T>(problem.Alpha, problem.Beta, 0, 0);
        GemvKernel.Run<TOps, TVector, T>(rowStart, rowEnd, problem.K,
            problem.AOf(batch), (nint)problem.AStrides.Row, (nint)problem.AStrides.Column,
            problem.BOf(batch), (nint)problem.BStrides.Row,
            problem.COf(batch), (nint)problem.CStrides.Row, update);
    }
}
