using System.Numerics;
using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Copies blocks of A and B into the order the microkernel reads them, so that its loads are
/// sequential whatever the operands' strides (this is where transposes and non-contiguous views
/// are absorbed). Partial slivers at the edges are padded with zeros: the kernel always runs full
/// tiles and never reads past a sliver. Copies run a vector at a time, transposes through AVX
/// shuffles (<see cref="GemmTranspose"/>); without AVX (ARM64) transposes take the element-wise
/// loop that serves any strides.
/// </summary>
internal static unsafe class GemmPacking
{
    /// <summary>
    /// Packs the <paramref name="rows"/> x <paramref name="depth"/> block of A at <paramref name="a"/> into
    /// slivers of <see cref="GemmMicrokernel.Rows"/> rows: sliver s, element (i, p) at
    /// <c>s * Rows * depth + p * Rows + i</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackA<T>(T* a, nint rowStride, nint stepStride, int rows, int depth, T* packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        const int mr = GemmMicrokernel.Rows;
        for (int start = 0; start < rows; start += mr)
        {
            int valid = Math.Min(mr, rows - start);
            PackASliver(a + start * rowStride, rowStride, stepStride, valid, depth, packed);
            packed += mr * depth;
        }
    }

    /// <summary>One sliver of up to <see cref="GemmMicrokernel.Rows"/> rows, zero-padded to the full height.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackASliver<T>(T* a, nint rowStride, nint stepStride, int valid, int depth, T* packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        const int mr = GemmMicrokernel.Rows;
        if (valid == mr && stepStride == 1 && GemmTranspose.IsSupported)
        {
            GemmTranspose.PackRowContiguousASliver(a, rowStride, depth, packed);
            return;
        }
        if (valid == mr && rowStride == 1)
        {
            // Columns contiguous along m (column-major A): each step copies six neighbours.
            for (int p = 0; p < depth; p++, packed += mr, a += stepStride)
            {
                packed[0] = a[0]; packed[1] = a[1]; packed[2] = a[2];
                packed[3] = a[3]; packed[4] = a[4]; packed[5] = a[5];
            }
            return;
        }
        for (int p = 0; p < depth; p++, packed += mr)
        {
            T* source = a + p * stepStride;
            for (int i = 0; i < valid; i++) packed[i] = source[i * rowStride];
            for (int i = valid; i < mr; i++) packed[i] = T.Zero;
        }
    }

    /// <summary>
    /// Packs the <paramref name="depth"/> x <paramref name="columns"/> block of B at <paramref name="b"/> into
    /// slivers two vectors wide: sliver s, element (p, j) at <c>s * width * depth + p * width + j</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackB<TOps, TVector, T>(T* b, nint stepStride, nint columnStride, int depth, int columns, T* packed)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int width = 2 * TOps.Count;
        for (int start = 0; start < columns; start += width)
        {
            int valid = Math.Min(width, columns - start);
            T* source = b + start * columnStride;
            if (valid == width && columnStride == 1)
                PackRowContiguousSliver<TOps, TVector, T>(source, stepStride, depth, packed);
            else if (valid == width && stepStride == 1 && GemmTranspose.IsSupported)
                GemmTranspose.PackColumnContiguousSliver(source, columnStride, depth, width, packed);
            else
                PackStridedSliver(source, stepStride, columnStride, depth, valid, width, packed);
            packed += width * depth;
        }
    }

    // Row-major B: each step is two vector copies.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void PackRowContiguousSliver<TOps, TVector, T>(T* b, nint stepStride, int depth, T* packed)
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int vector = TOps.Count;
        for (int p = 0; p < depth; p++, b += stepStride, packed += 2 * vector)
        {
            TOps.Store(packed, TOps.Load(b));
            TOps.Store(packed + vector, TOps.Load(b + vector));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    static void PackStridedSliver<T>(T* b, nint stepStride, nint columnStride, int depth, int valid, int width, T* packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int p = 0; p < depth; p++, packed += width)
        {
            T* source = b + p * stepStride;
            for (int j = 0; j < valid; j++) packed[j] = source[j * columnStride];
            for (int j = valid; j < width; j++) packed[j] = T.Zero;
        }
    }
}
