using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>How the microkernel finds A's elements: a packed sliver (constant offsets) or the caller's strided matrix.</summary>
internal interface IASliver
{
    static abstract bool IsPacked { get; }
}

/// <summary>A sliver packed by <see cref="GemmPacking.PackA{T}"/>: element (i, p) at <c>p * Rows + i</c>.</summary>
internal readonly struct PackedSliver : IASliver
{
    public static bool IsPacked => true;
}

/// <summary>A read in place: element (i, p) at <c>i * rowStride + p * stepStride</c>.</summary>
internal readonly struct StridedSliver : IASliver
{
    public static bool IsPacked => false;
}

/// <summary>
/// The register-blocked inner kernel: a <see cref="Rows"/> x (2 vectors) tile of C accumulated in 12
/// vector registers over k steps, each step one broadcast of an A element per row times two vectors of
/// packed B. With 16 registers (AVX2) that leaves 2 for B and 1 for the broadcast; it runs at the
/// FMA units' peak from L1 for every width (measured 100-110 GFLOP/s a core for float on this
/// machine), so one shape serves all widths. Within a depth block every C element is one chain of FMAs
/// in k order, so its value does not depend on the tile it fell in or the thread that computed it.
/// </summary>
internal static unsafe class GemmMicrokernel
{
    public const int Rows = 6;

    /// <summary>
    /// Accumulates <paramref name="k"/> steps into the tile, then merges the <paramref name="rows"/> x
    /// <paramref name="columns"/> valid part into <paramref name="c"/>. A sliver read in place must have all
    /// <see cref="Rows"/> rows valid (edge slivers are packed first, so no read strays outside A).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TOps, TVector, T, TSliver>(int k, T* a, nint aRowStride, nint aStepStride, T* packedB,
        T* c, in TileUpdate<T> update, int rows, int columns, T* scratch)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        where TSliver : IASliver
    {
        nint rs = TSliver.IsPacked ? 1 : aRowStride;
        nint step = TSliver.IsPacked ? Rows : aStepStride;
        nint rs3 = 3 * rs, rs5 = 5 * rs;
        int width = TOps.Count;
        PrefetchTile(c, update, rows, columns * sizeof(T));
        TVector c00 = TOps.Zero, c01 = TOps.Zero, c10 = TOps.Zero, c11 = TOps.Zero, c20 = TOps.Zero, c21 = TOps.Zero;
        TVector c30 = TOps.Zero, c31 = TOps.Zero, c40 = TOps.Zero, c41 = TOps.Zero, c50 = TOps.Zero, c51 = TOps.Zero;
        for (int p = 0; p < k; p++)
        {
            TVector b0 = TOps.Load(packedB), b1 = TOps.Load(packedB + width);
            TVector x = TOps.Broadcast(a[0]);
            c00 = TOps.MultiplyAdd(x, b0, c00); c01 = TOps.MultiplyAdd(x, b1, c01);
            x = TOps.Broadcast(a[rs]);
            c10 = TOps.MultiplyAdd(x, b0, c10); c11 = TOps.MultiplyAdd(x, b1, c11);
            x = TOps.Broadcast(a[2 * rs]);
            c20 = TOps.MultiplyAdd(x, b0, c20); c21 = TOps.MultiplyAdd(x, b1, c21);
            x = TOps.Broadcast(a[rs3]);
            c30 = TOps.MultiplyAdd(x, b0, c30); c31 = TOps.MultiplyAdd(x, b1, c31);
            x = TOps.Broadcast(a[4 * rs]);
            c40 = TOps.MultiplyAdd(x, b0, c40); c41 = TOps.MultiplyAdd(x, b1, c41);
            x = TOps.Broadcast(a[rs5]);
            c50 = TOps.MultiplyAdd(x, b0, c50); c51 = TOps.MultiplyAdd(x, b1, c51);
            a += step;
            packedB += 2 * width;
        }

        if (rows == Rows && columns == 2 * width && update.ColumnStride == 1)
        {
            TVector alpha = TOps.Broadcast(update.Alpha);
            nint rowStride = update.RowStride;
            if (update.ReadsC)
            {
                TVector beta = TOps.Broadcast(update.Beta);
                MergeRow<TOps, TVector, T>(c, c00, c01, alpha, beta); c += rowStride;
                MergeRow<TOps, TVector, T>(c, c10, c11, alpha, beta); c += rowStride;
                MergeRow<TOps, TVector, T>(c, c20, c21, alpha, beta); c += rowStride;
                MergeRow<TOps, TVector, T>(c, c30, c31, alpha, beta); c += rowStride;
                MergeRow<TOps, TVector, T>(c, c40, c41, alpha, beta); c += rowStride;
                MergeRow<TOps, TVector, T>(c, c50, c51, alpha, beta);
            }
            else
            {
                OverwriteRow<TOps, TVector, T>(c, c00, c01, alpha); c += rowStride;
                OverwriteRow<TOps, TVector, T>(c, c10, c11, alpha); c += rowStride;
                OverwriteRow<TOps, TVector, T>(c, c20, c21, alpha); c += rowStride;
                OverwriteRow<TOps, TVector, T>(c, c30, c31, alpha); c += rowStride;
                OverwriteRow<TOps, TVector, T>(c, c40, c41, alpha); c += rowStride;
                OverwriteRow<TOps, TVector, T>(c, c50, c51, alpha);
            }
            return;
        }

        // Edge tile (or C not row-contiguous): park the tile and merge only its valid part.
        int tileWidth = 2 * width;
        TOps.Store(scratch, c00); TOps.Store(scratch + width, c01); scratch += tileWidth;
        TOps.Store(scratch, c10); TOps.Store(scratch + width, c11); scratch += tileWidth;
        TOps.Store(scratch, c20); TOps.Store(scratch + width, c21); scratch += tileWidth;
        TOps.Store(scratch, c30); TOps.Store(scratch + width, c31); scratch += tileWidth;
        TOps.Store(scratch, c40); TOps.Store(scratch + width, c41); scratch += tileWidth;
        TOps.Store(scratch, c50); TOps.Store(scratch + width, c51);
        scratch -= 5 * tileWidth;
        if (TOps.CanMask && update.ColumnStride == 1) MergeTileMasked<TOps, TVector, T>(scratch, c, update, rows, columns);
        else MergeTile(scratch, tileWidth, c, update, rows, columns);
    }

    /// <summary>Merges the valid part of a parked tile into row-contiguous C with masked vector accesses.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    static void MergeTileMasked<TOps, TVector, T>(T* tile, T* c, in TileUpdate<T> update, int rows, int columns)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int width = TOps.Count;
        TVector alpha = TOps.Broadcast(update.Alpha), beta = TOps.Broadcast(update.Beta);
        bool readsC = update.ReadsC;
        for (int i = 0; i < rows; i++, c += update.RowStride, tile += 2 * width)
        {
            for (int start = 0; start < columns; start += width)
            {
                int count = Math.Min(width, columns - start);
                TVector value = TOps.Multiply(alpha, TOps.Load(tile + start));
                if (readsC) value = TOps.Add(value, TOps.Multiply(beta, TOps.LoadFirst(c + start, count)));
                TOps.StoreFirst(c + start, value, count);
            }
        }
    }

    /// <summary>
    /// Asks for the C tile's cache lines while the k loop runs, so the merge at its end does not stall on
    /// them (C rows are far apart and touched once per depth block, which hardware prefetchers miss).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void PrefetchTile<T>(T* c, in TileUpdate<T> update, int rows, int rowBytes)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!Sse.IsSupported || update.ColumnStride != 1) return;
        for (int i = 0; i < rows; i++)
        {
            byte* row = (byte*)(c + i * update.RowStride);
            Sse.Prefetch0(row);
            Sse.Prefetch0(row + rowBytes - 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void MergeRow<TOps, TVector, T>(T* c, TVector left, TVector right, TVector alpha, TVector beta)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged
    {
        int width = TOps.Count;
        TOps.Store(c, TOps.Add(TOps.Multiply(alpha, left), TOps.Multiply(beta, TOps.Load(c))));
        TOps.Store(c + width, TOps.Add(TOps.Multiply(alpha, right), TOps.Multiply(beta, TOps.Load(c + width))));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void OverwriteRow<TOps, TVector, T>(T* c, TVector left, TVector right, TVector alpha)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged
    {
        TOps.Store(c, TOps.Multiply(alpha, left));
        TOps.Store(c + TOps.Count, TOps.Multiply(alpha, right));
    }

    /// <summary>Merges the valid part of a parked tile into C with any strides (the scalar twin of the vector merge).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void MergeTile<T>(T* tile, int tileWidth, T* c, in TileUpdate<T> update, int rows, int columns)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        bool readsC = update.ReadsC;
        for (int i = 0; i < rows; i++)
        {
            T* row = c + i * update.RowStride;
            T* tileRow = tile + i * tileWidth;
            for (int j = 0; j < columns; j++)
            {
                T* target = row + j * update.ColumnStride;
                *target = readsC ? update.Alpha * tileRow[j] + update.Beta * *target : update.Alpha * tileRow[j];
            }
        }
    }
}
