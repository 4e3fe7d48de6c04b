using Flint.Backends.Cpu.Gemm;

namespace Flint.Tests.Backends.Cpu.Gemm;

[Collection("GlobalState")]
public class GemmThreadingTests
{
    public static TheoryData<long, long, long, long> Shapes() => new()
    {
        { 1, 300, 400, 50 },    // split into a grid of rectangles
        { 1, 2000, 20, 60 },    // tall and skinny: rows split, A read in place
        { 1, 3000, 1, 200 },    // matrix-vector: rows split
        { 3, 120, 130, 70 },    // batch not divisible by the threads: each matrix split too
        { 4, 90, 100, 80 },     // whole matrices per thread
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void OneAndTwoThreadsGiveTheSameBitsAndTheReference(long batch, long m, long n, long k)
    {
        int saved = Torch.GetNumThreads();
        try
        {
            foreach (var isa in Enum.GetValues<GemmIsa>().Where(GemmKernel.IsSupported))
            {
                Torch.SetNumThreads(1);
                var single = new GemmCase<float>(batch, m, n, k, beta: 0.5).Run(isa);
                Torch.SetNumThreads(2);
                var doubleThreaded = new GemmCase<float>(batch, m, n, k, beta: 0.5).Run(isa);
                var again = new GemmCase<float>(batch, m, n, k, beta: 0.5).Run(isa);
                doubleThreaded.AssertCorrect($"{isa}, 2 threads");
                Assert.Equal(single.Result, doubleThreaded.Result);
                Assert.Equal(doubleThreaded.Result, again.Result);
            }
        }
        finally
        {
            Torch.SetNumThreads(saved);
        }
    }
}
