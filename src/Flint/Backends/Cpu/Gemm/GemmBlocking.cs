namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Cache blocking for one kernel width and element type (see the notes in <see cref="GemmKernel"/>):
/// <see cref="Depth"/> (KC) steps of a B sliver fill about half of L1, a <see cref="RowBlock"/> (MC) x KC
/// block of packed A fills about half of L2, and a KC x <see cref="ColumnBlock"/> (NC) panel of packed B
/// stays in L3.
/// </summary>
internal static unsafe class GemmBlocking<TOps, TVector, T>
    where TOps : IGemmVector<TVector, T>
    where TVector : unmanaged
    where T : unmanaged
{
    public static readonly int TileWidth = 2 * TOps.Count;
    public static readonly int Depth = Tuned("FLINT_GEMM_KC", 256);
    public static readonly int RowBlock = Tuned("FLINT_GEMM_MC", 192) / GemmMicrokernel.Rows * GemmMicrokernel.Rows;
    public static readonly int ColumnBlock = Tuned("FLINT_GEMM_NC", 4096) / TileWidth * TileWidth;

    static int Tuned(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out int value) && value > 0 ? value : fallback;
}
