using System.Runtime.CompilerServices;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Cache blocking for one vector width and element type (the reasoning is in the notes atop
/// <see cref="GemmKernel"/>): <see cref="Depth"/> (KC) steps per packed sliver, <see cref="RowBlock"/> (MC)
/// rows of A packed at a time (~288 KiB, inside a 1 MiB L2 next to the B slivers streaming through it),
/// and <see cref="ColumnBlock"/> (NC) columns of B packed at a time (an 8 MiB panel, in L3).
/// </summary>
internal static class GemmBlocking<TOps, TVector, T>
    where TOps : IGemmVector<TVector, T>
    where TVector : unmanaged
    where T : unmanaged
{
    const int ABlockBytes = 288 * 1024;
    const int BPanelBytes = 8 * 1024 * 1024;

    /// <summary>NR: a tile is two vectors wide.</summary>
    public static readonly int TileWidth = 2 * TOps.Count;

    /// <summary>
    /// KC: 256 keeps a 256-bit B sliver (16 KiB of float) in L1. 512-bit tiles use 512: with them C's merges,
    /// not L1 misses, are what costs on large products (one read and write of C per depth block), and
    /// measured 2048^3 ran ~5% faster than with 256 on Zen 4, whose L2 feeds the sliver fast enough.
    /// </summary>
    public static readonly int Depth = TOps.Count * Unsafe.SizeOf<T>() == 64 ? 512 : 256;

    public static readonly int RowBlock = Math.Max(ABlockBytes / (Depth * Unsafe.SizeOf<T>()) / GemmMicrokernel.Rows, 1) * GemmMicrokernel.Rows;

    public static readonly int ColumnBlock = Math.Max(BPanelBytes / (Depth * Unsafe.SizeOf<T>()) / TileWidth, 1) * TileWidth;
}
