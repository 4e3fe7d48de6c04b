using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Packing that transposes: B slivers whose columns are contiguous along k (B = W^T of a row-major W,
/// as in a Linear layer's x @ W.T) and A slivers whose rows are (row-major A). Blocks of 8 x 8
/// elements (4 x 4 for double) are loaded as vectors, transposed in registers and stored as rows of
/// the sliver, instead of one scalar at a time.
/// </summary>
internal static unsafe class GemmTranspose
{
    /// <summary>Whether <see cref="PackColumnContiguousSliver"/> can be used (it needs AVX shuffles).</summary>
    public static bool IsSupported => Avx.IsSupported;

    /// <summary>Columns and steps per transposed block.</summary>
    public static int BlockSize<T>() where T : unmanaged => Vector256<T>.Count;

    /// <summary>
    /// Fills a sliver <paramref name="width"/> columns wide (a multiple of <see cref="BlockSize{T}"/>) from
    /// columns <paramref name="columnStride"/> apart, each contiguous over <paramref name="depth"/> steps.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackColumnContiguousSliver<T>(T* b, nint columnStride, int depth, int width, T* packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int block = BlockSize<T>();
        int vectorDepth = depth - depth % block;
        for (int j = 0; j < width; j += block)
        {
            T* columns = b + j * columnStride;
            T* target = packed + j;
            for (int p = 0; p < vectorDepth; p += block)
            {
                if (typeof(T) == typeof(float)) Transpose8x8((float*)columns + p, columnStride, (float*)target + p * width, width);
                else Transpose4x4((double*)columns + p, columnStride, (double*)target + p * width, width);
            }
            for (int p = vectorDepth; p < depth; p++)
                for (int r = 0; r < block; r++) target[p * width + r] = columns[r * columnStride + p];
        }
    }

    /// <summary>
    /// Fills a full A sliver (<see cref="GemmMicrokernel.Rows"/> = 6 rows, <paramref name="rowStride"/> apart, each
    /// contiguous along k) in the packed order: step p holds the six rows' elements at <c>p * 6</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void PackRowContiguousASliver<T>(T* a, nint rowStride, int depth, T* packed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        const int rows = GemmMicrokernel.Rows;
        int block = BlockSize<T>();
        int vectorDepth = depth - depth % block;
        for (int p = 0; p < vectorDepth; p += block)
        {
            if (typeof(T) == typeof(float)) TransposeSixRows((float*)a + p, rowStride, (float*)packed + p * rows);
            else TransposeSixRows((double*)a + p, rowStride, (double*)packed + p * rows);
        }
        for (int p = vectorDepth; p < depth; p++)
            for (int r = 0; r < rows; r++) packed[p * rows + r] = a[r * rowStride + p];
    }

    // Rows of the source are the sliver's columns: source row r, element p -> target row p, element r.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Transpose8x8(float* source, nint sourceStride, float* target, int targetStride)
    {
        Vector256<float> r6 = Avx.LoadVector256(source + 6 * sourceStride), r7 = Avx.LoadVector256(source + 7 * sourceStride);
        var (o0, o1, o2, o3, o4, o5, o6, o7) = Transpose(LoadSixRows(source, sourceStride), r6, r7);
        Avx.Store(target, o0);
        Avx.Store(target + targetStride, o1);
        Avx.Store(target + 2 * targetStride, o2);
        Avx.Store(target + 3 * targetStride, o3);
        Avx.Store(target + 4 * targetStride, o4);
        Avx.Store(target + 5 * targetStride, o5);
        Avx.Store(target + 6 * targetStride, o6);
        Avx.Store(target + 7 * targetStride, o7);
    }

    // Six rows of eight steps: transposed as eight rows (two of zeros); each output row keeps its first six lanes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void TransposeSixRows(float* source, nint sourceStride, float* target)
    {
        var (o0, o1, o2, o3, o4, o5, o6, o7) = Transpose(LoadSixRows(source, sourceStride), Vector256<float>.Zero, Vector256<float>.Zero);
        StoreSix(target, o0); StoreSix(target + 6, o1); StoreSix(target + 12, o2); StoreSix(target + 18, o3);
        StoreSix(target + 24, o4); StoreSix(target + 30, o5); StoreSix(target + 36, o6); StoreSix(target + 42, o7);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static (Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>) LoadSixRows(
        float* source, nint stride) =>
        (Avx.LoadVector256(source), Avx.LoadVector256(source + stride), Avx.LoadVector256(source + 2 * stride),
         Avx.LoadVector256(source + 3 * stride), Avx.LoadVector256(source + 4 * stride), Avx.LoadVector256(source + 5 * stride));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void StoreSix(float* target, Vector256<float> row)
    {
        Sse.Store(target, row.GetLower());
        Sse2.StoreScalar((double*)(target + 4), row.GetUpper().AsDouble());
    }

    /// <summary>The 8 x 8 transpose of rows r0..r7: output i holds element i of every row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static (Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>, Vector256<float>) Transpose(
        (Vector256<float> R0, Vector256<float> R1, Vector256<float> R2, Vector256<float> R3, Vector256<float> R4, Vector256<float> R5) rows,
        Vector256<float> r6, Vector256<float> r7)
    {
        var (r0, r1, r2, r3, r4, r5) = rows;
        // Interleave pairs of rows, then pairs of pairs: each 128-bit half then holds a 4 x 4 transposed block.
        Vector256<float> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1), t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
        Vector256<float> t4 = Avx.UnpackLow(r4, r5), t5 = Avx.UnpackHigh(r4, r5), t6 = Avx.UnpackLow(r6, r7), t7 = Avx.UnpackHigh(r6, r7);
        Vector256<float> u0 = Avx.Shuffle(t0, t2, 0x44), u1 = Avx.Shuffle(t0, t2, 0xEE), u2 = Avx.Shuffle(t1, t3, 0x44), u3 = Avx.Shuffle(t1, t3, 0xEE);
        Vector256<float> u4 = Avx.Shuffle(t4, t6, 0x44), u5 = Avx.Shuffle(t4, t6, 0xEE), u6 = Avx.Shuffle(t5, t7, 0x44), u7 = Avx.Shuffle(t5, t7, 0xEE);
        // Join the low halves (elements 0-3) and the high halves (elements 4-7) of rows 0-3 and 4-7.
        return (Avx.Permute2x128(u0, u4, 0x20), Avx.Permute2x128(u1, u5, 0x20), Avx.Permute2x128(u2, u6, 0x20), Avx.Permute2x128(u3, u7, 0x20),
                Avx.Permute2x128(u0, u4, 0x31), Avx.Permute2x128(u1, u5, 0x31), Avx.Permute2x128(u2, u6, 0x31), Avx.Permute2x128(u3, u7, 0x31));
    }

    // Six rows of four steps: rows 0-3 as a 4 x 4 transpose, rows 4-5 as two-element pairs.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void TransposeSixRows(double* source, nint sourceStride, double* target)
    {
        Transpose4x4(source, sourceStride, target, 6);
        Vector256<double> r4 = Avx.LoadVector256(source + 4 * sourceStride), r5 = Avx.LoadVector256(source + 5 * sourceStride);
        Vector256<double> low = Avx.UnpackLow(r4, r5), high = Avx.UnpackHigh(r4, r5);
        Sse2.Store(target + 4, low.GetLower());
        Sse2.Store(target + 10, high.GetLower());
        Sse2.Store(target + 16, low.GetUpper());
        Sse2.Store(target + 22, high.GetUpper());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void Transpose4x4(double* source, nint sourceStride, double* target, int targetStride)
    {
        Vector256<double> r0 = Avx.LoadVector256(source), r1 = Avx.LoadVector256(source + sourceStride);
        Vector256<double> r2 = Avx.LoadVector256(source + 2 * sourceStride), r3 = Avx.LoadVector256(source + 3 * sourceStride);
        Vector256<double> t0 = Avx.UnpackLow(r0, r1), t1 = Avx.UnpackHigh(r0, r1), t2 = Avx.UnpackLow(r2, r3), t3 = Avx.UnpackHigh(r2, r3);
        Avx.Store(target, Avx.Permute2x128(t0, t2, 0x20));
        Avx.Store(target + targetStride, Avx.Permute2x128(t1, t3, 0x20));
        Avx.Store(target + 2 * targetStride, Avx.Permute2x128(t0, t2, 0x31));
        Avx.Store(target + 3 * targetStride, Avx.Permute2x128(t1, t3, 0x31));
    }
}
