using System.Numerics;
using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Matrix-vector products <c>y = alpha * A * x + beta * y</c> (GEMM with n = 1, or m = 1 after
/// transposing). Each A element is used once, so packing can only cost: A is read in place, as
/// dot products along k when its rows are contiguous, as column sweeps (axpy) when its columns are,
/// and element by element otherwise.
/// </summary>
internal static unsafe class GemvKernel
{
    const int RowGroup = 4;

    /// <summary>Computes rows [<paramref name="rowStart"/>, <paramref name="rowEnd"/>) of y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<TOps, TVector, T>(long rowStart, long rowEnd, long depth, T* a, nint rowStride, nint stepStride,
        T* x, nint xStride, T* y, nint yStride, in TileUpdate<T> update)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (stepStride == 1 && depth >= TOps.Count)
        {
            if (xStride != 1)
            {
                T* contiguous = GemmWorkspace.Current.PackedB<T>(depth);
                for (long p = 0; p < depth; p++) contiguous[p] = x[p * xStride];
                x = contiguous;
            }
            DotRows<TOps, TVector, T>(rowStart, rowEnd, depth, a, rowStride, x, y, yStride, update);
        }
        else if (rowStride == 1)
        {
            SweepColumns<TOps, TVector, T>(rowStart, rowEnd, depth, a, stepStride, x, xStride, y, yStride, update);
        }
        else
        {
            for (long i = rowStart; i < rowEnd; i++)
                Merge(y + i * yStride, StridedDot(depth, a + i * rowStride, stepStride, x, xStride), update);
        }
    }

    // Rows contiguous along k: four rows at a time share each vector of x.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void DotRows<TOps, TVector, T>(long rowStart, long rowEnd, long depth, T* a, nint rowStride,
        T* x, T* y, nint yStride, in TileUpdate<T> update)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int width = TOps.Count;
        long vectorEnd = depth - depth % width;
        long i = rowStart;
        for (; i + RowGroup <= rowEnd; i += RowGroup)
        {
            T* r0 = a + i * rowStride, r1 = r0 + rowStride, r2 = r1 + rowStride, r3 = r2 + rowStride;
            TVector s0 = TOps.Zero, s1 = TOps.Zero, s2 = TOps.Zero, s3 = TOps.Zero;
            for (long p = 0; p < vectorEnd; p += width)
            {
                TVector xv = TOps.Load(x + p);
                s0 = TOps.MultiplyAdd(TOps.Load(r0 + p), xv, s0);
                s1 = TOps.MultiplyAdd(TOps.Load(r1 + p), xv, s1);
                s2 = TOps.MultiplyAdd(TOps.Load(r2 + p), xv, s2);
                s3 = TOps.MultiplyAdd(TOps.Load(r3 + p), xv, s3);
            }
            T t0 = TOps.Sum(s0), t1 = TOps.Sum(s1), t2 = TOps.Sum(s2), t3 = TOps.Sum(s3);
            for (long p = vectorEnd; p < depth; p++)
            {
                t0 = T.FusedMultiplyAdd(r0[p], x[p], t0);
                t1 = T.FusedMultiplyAdd(r1[p], x[p], t1);
                t2 = T.FusedMultiplyAdd(r2[p], x[p], t2);
                t3 = T.FusedMultiplyAdd(r3[p], x[p], t3);
            }
            Merge(y + i * yStride, t0, update);
            Merge(y + (i + 1) * yStride, t1, update);
            Merge(y + (i + 2) * yStride, t2, update);
            Merge(y + (i + 3) * yStride, t3, update);
        }
        for (; i < rowEnd; i++)
        {
            T* row = a + i * rowStride;
            TVector s = TOps.Zero;
            for (long p = 0; p < vectorEnd; p += width) s = TOps.MultiplyAdd(TOps.Load(row + p), TOps.Load(x + p), s);
            T t = TOps.Sum(s);
            for (long p = vectorEnd; p < depth; p++) t = T.FusedMultiplyAdd(row[p], x[p], t);
            Merge(y + i * yStride, t, update);
        }
    }

    // Columns contiguous along m: sweep k, keeping a block of y in registers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void SweepColumns<TOps, TVector, T>(long rowStart, long rowEnd, long depth, T* a, nint stepStride,
        T* x, nint xStride, T* y, nint yStride, in TileUpdate<T> update)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int width = TOps.Count;
        T* sums = stackalloc T[RowGroup * 64];
        long i = rowStart;
        for (; i + RowGroup * width <= rowEnd; i += RowGroup * width)
        {
            TVector s0 = TOps.Zero, s1 = TOps.Zero, s2 = TOps.Zero, s3 = TOps.Zero;
            T* column = a + i;
            for (long p = 0; p < depth; p++, column += stepStride)
            {
                TVector xv = TOps.Broadcast(x[p * xStride]);
                s0 = TOps.MultiplyAdd(TOps.Load(column), xv, s0);
                s1 = TOps.MultiplyAdd(TOps.Load(column + width), xv, s1);
                s2 = TOps.MultiplyAdd(TOps.Load(column + 2 * width), xv, s2);
                s3 = TOps.MultiplyAdd(TOps.Load(column + 3 * width), xv, s3);
            }
            TOps.Store(sums, s0); TOps.Store(sums + width, s1); TOps.Store(sums + 2 * width, s2); TOps.Store(sums + 3 * width, s3);
            for (int r = 0; r < RowGroup * width; r++) Merge(y + (i + r) * yStride, sums[r], update);
        }
        for (; i + width <= rowEnd; i += width)
        {
            TVector s = TOps.Zero;
            T* column = a + i;
            for (long p = 0; p < depth; p++, column += stepStride)
                s = TOps.MultiplyAdd(TOps.Load(column), TOps.Broadcast(x[p * xStride]), s);
            TOps.Store(sums, s);
            for (int r = 0; r < width; r++) Merge(y + (i + r) * yStride, sums[r], update);
        }
        for (; i < rowEnd; i++) Merge(y + i * yStride, StridedDot(depth, a + i, stepStride, x, xStride), update);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static T StridedDot<T>(long depth, T* a, nint stepStride, T* x, nint xStride)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (long p = 0; p < depth; p++) sum = T.FusedMultiplyAdd(a[p * stepStride], x[p * xStride], sum);
        return sum;
    }

    static void Merge<T>(T* target, T sum, in TileUpdate<T> update) where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
        *target = update.ReadsC ? update.Alpha * sum + update.Beta * *target : update.Alpha * sum;
}
