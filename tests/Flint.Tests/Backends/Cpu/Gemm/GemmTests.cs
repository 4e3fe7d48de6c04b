using System.Numerics;
using System.Runtime.Intrinsics;
using Flint.Backends.Cpu.Gemm;

namespace Flint.Tests.Backends.Cpu.Gemm;

public class GemmTests
{
    /// <summary>Sizes that hit every edge of this path's blocking (MR, NR, MC, KC) besides 0, 1 (matrix-vector) and odd sizes.</summary>
    static long[] EdgeSizes(GemmIsa isa, string type)
    {
        var (depth, rowBlock, tileWidth, _) = Blocking(isa, type);
        const int mr = GemmMicrokernel.Rows;
        long[] sizes = [0, 1, 2, 3, mr - 1, mr, mr + 1, tileWidth - 1, tileWidth, tileWidth + 1, 63, 64, 65,
            rowBlock - 1, rowBlock, rowBlock + 1, depth - 1, depth, depth + 1, 257, 333, 1000];
        return sizes.Distinct().Order().ToArray();
    }

    static (int Depth, int RowBlock, int TileWidth, int ColumnBlock) Blocking(GemmIsa isa, string type) => (isa, type) switch
    {
        (GemmIsa.Vector512, "float") => Of<Vector512Ops<float>, Vector512<float>, float>(),
        (GemmIsa.Vector512, _) => Of<Vector512Ops<double>, Vector512<double>, double>(),
        (GemmIsa.Vector256, "float") => Of<Vector256Ops<float>, Vector256<float>, float>(),
        (GemmIsa.Vector256, _) => Of<Vector256Ops<double>, Vector256<double>, double>(),
        (_, "float") => Of<Vector128Ops<float>, Vector128<float>, float>(),
        _ => Of<Vector128Ops<double>, Vector128<double>, double>(),
    };

    static (int, int, int, int) Of<TOps, TVector, T>()
        where TOps : IGemmVector<TVector, T>
        where TVector : unmanaged
        where T : unmanaged =>
        (GemmBlocking<TOps, TVector, T>.Depth, GemmBlocking<TOps, TVector, T>.RowBlock,
         GemmBlocking<TOps, TVector, T>.TileWidth, GemmBlocking<TOps, TVector, T>.ColumnBlock);

    public static TheoryData<string, string> Paths()
    {
        var data = new TheoryData<string, string>();
        foreach (var isa in Enum.GetValues<GemmIsa>().Where(GemmKernel.IsSupported))
            foreach (string type in new[] { "float", "double" })
                data.Add(isa.ToString(), type);
        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void EverySizeOfEachDimensionMatchesTheReference(string isaName, string type)
    {
        var isa = Enum.Parse<GemmIsa>(isaName);
        foreach (long size in EdgeSizes(isa, type))
        {
            Check(type, isa, new(1, size, 37, 29));
            Check(type, isa, new(1, 23, size, 29));
            Check(type, isa, new(1, 23, 37, size));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void LargeProductsCrossEveryBlockBoundary(string isaName, string type)
    {
        var isa = Enum.Parse<GemmIsa>(isaName);
        var (depth, rowBlock, _, columnBlock) = Blocking(isa, type);
        Check(type, isa, new(1, rowBlock + 57, 133, 2 * depth + 18)); // several MC and KC blocks, edge tiles in m, n and k
        Check(type, isa, new(1, 7, columnBlock + 37, 5));               // more than one NC panel
        Check(type, isa, new(1, 600, 40, 300));     // tall: A read in place (few column tiles)
        Check(type, isa, new(1, 65, 1000, 33));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void AllTransposesAndStridedOperands(string isaName, string type)
    {
        var isa = Enum.Parse<GemmIsa>(isaName);
        (long M, long N, long K)[] shapes = [(67, 45, 300), (7, 70, 9), (1, 50, 300), (50, 1, 300), (40, 130, 17)];
        foreach (var (m, n, k) in shapes)
            foreach (var aLayout in OperandLayout.All)
                foreach (var bLayout in OperandLayout.All)
                    foreach (var cLayout in OperandLayout.All)
                        Check(type, isa, new(1, m, n, k, aLayout, bLayout, cLayout, Alpha: 1, Beta: 0.5));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void AlphaAndBetaCombinations(string isaName, string type)
    {
        var isa = Enum.Parse<GemmIsa>(isaName);
        foreach (var (m, n, k) in new (long, long, long)[] { (29, 35, 300), (1, 40, 70), (40, 1, 70), (13, 11, 0) })
            foreach (double alpha in new[] { 1, -0.5, 0 })
                foreach (double beta in new[] { 0, 1, 2.5 })
                    Check(type, isa, new(1, m, n, k, Alpha: alpha, Beta: beta, NanInC: beta == 0));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void BatchedAndBroadcastBatches(string isaName, string type)
    {
        var isa = Enum.Parse<GemmIsa>(isaName);
        var broadcast = OperandLayout.Dense with { Broadcast = true };
        var broadcastTransposed = OperandLayout.TransposedStrided with { Broadcast = true };
        Check(type, isa, new(3, 19, 21, 40, Beta: 1));
        Check(type, isa, new(4, 19, 21, 40, broadcast, OperandLayout.Dense, OperandLayout.Dense));
        Check(type, isa, new(5, 70, 40, 33, OperandLayout.Strided, broadcastTransposed, OperandLayout.TransposedDense, Beta: -1));
        Check(type, isa, new(6, 1, 30, 20, broadcast, OperandLayout.Dense, OperandLayout.Dense));
        Check(type, isa, new(2, 0, 30, 20));
    }

    [Theory]
    [InlineData("float")]
    [InlineData("double")]
    public void AutomaticPathChoiceMatchesTheReference(string type)
    {
        // The public entry picks the vector width from the shape (256-bit tiles for a narrow C on AVX-512).
        Check(type, null, new(1, 100, 10, 25));
        Check(type, null, new(1, 100, 20, 250));
        Check(type, null, new(1, 64, 50, 320, B: OperandLayout.TransposedDense));
        Check(type, null, new(1, 1, 300, 40));
        Check(type, null, new(2, 300, 1, 40, C: OperandLayout.TransposedStrided));
    }

    [Fact]
    public void NaNInAWithAlphaZeroIsNotRead()
    {
        float[] a = [float.NaN, 1, 2, 3], b = [1, 2, 3, 4], c = [1, 2, 3, 4];
        GemmKernel.Multiply(2, 2, 2, 0f, a, MatrixStrides.RowMajor(2, 2), b, MatrixStrides.RowMajor(2, 2), 3f, c, MatrixStrides.RowMajor(2, 2));
        Assert.Equal([3f, 6, 9, 12], c);
    }

    [Fact]
    public void SmallIntegerProductIsExact()
    {
        // [[1, 2, 3], [4, 5, 6]] x [[7, 8], [9, 10], [11, 12]] = [[58, 64], [139, 154]], as torch.mm gives.
        double[] a = [1, 2, 3, 4, 5, 6], b = [7, 8, 9, 10, 11, 12], c = new double[4];
        GemmKernel.Multiply(2, 2, 3, 1.0, a, MatrixStrides.RowMajor(2, 3), b, MatrixStrides.RowMajor(3, 2), 0.0, c, MatrixStrides.RowMajor(2, 2));
        Assert.Equal([58.0, 64, 139, 154], c);
    }

    [Fact]
    public void RepeatedRunsAreBitIdentical()
    {
        var first = new GemmCase<float>(2, 150, 170, 300).Run(GemmKernel.BestIsa).Result;
        var second = new GemmCase<float>(2, 150, 170, 300).Run(GemmKernel.BestIsa).Result;
        Assert.Equal(first, second);
    }

    [Fact]
    public void SpansTooShortForTheirStridesAreRejected()
    {
        var matrix = new float[6];
        var error = Assert.Throws<ArgumentException>(() => GemmKernel.Multiply(2, 3, 3, 1f, matrix, MatrixStrides.RowMajor(2, 3),
            new float[8], MatrixStrides.RowMajor(3, 3), 0f, matrix, MatrixStrides.RowMajor(2, 3)));
        Assert.Contains("needs 9 elements but has 8", error.Message);
    }

    [Fact]
    public void OverlappingOutputIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => GemmKernel.Multiply(2, 3, 1, 1f, new float[2], MatrixStrides.RowMajor(2, 1),
            new float[3], MatrixStrides.RowMajor(1, 3), 0f, new float[3], new MatrixStrides(0, 1)));
        Assert.Contains("more than one element of the written-to tensor refers to a single memory location", error.Message);
    }

    [Fact]
    public void NegativeSizesAreRejected() =>
        Assert.Throws<ArgumentException>(() => GemmKernel.Multiply(-1, 1, 1, 1f, new float[1], default, new float[1], default, 0f, new float[1], default));

    internal record Shape(long Batch, long M, long N, long K, OperandLayout? A = null, OperandLayout? B = null, OperandLayout? C = null,
        double Alpha = 1, double Beta = 0, bool NanInC = false);

    internal static void Check(string type, GemmIsa? isa, Shape shape)
    {
        if (type == "float") Check<float>(isa, shape);
        else Check<double>(isa, shape);
    }

    static void Check<T>(GemmIsa? isa, Shape s) where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
        new GemmCase<T>(s.Batch, s.M, s.N, s.K, s.A, s.B, s.C, s.Alpha, s.Beta, s.NanInC).Run(isa).AssertCorrect(isa?.ToString() ?? "automatic path");
}
