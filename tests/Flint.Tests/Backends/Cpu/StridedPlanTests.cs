namespace Flint.Tests.Backends.Cpu;

[Collection("GlobalState")]
public class StridedPlanTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ThreadedCopyOfStridedViewMatchesIndexArithmetic(int threads)
    {
        int saved = Torch.GetNumThreads();
        try
        {
            Torch.SetNumThreads(threads);
            // 3 x 200 x 300 > the 32768-element grain, so chunks start in the middle of rows.
            var source = Torch.Arange(3 * 300 * 200).View(3, 300, 200);
            var view = source.Permute(2, 0, 1).Slice(2, 1, 300, 3);
            long[] values = view.Contiguous().ToArray<long>();
            long[] shape = view.Shape.ToArray();
            int position = 0;
            for (long i = 0; i < shape[0]; i++)
                for (long j = 0; j < shape[1]; j++)
                    for (long k = 0; k < shape[2]; k++)
                        Assert.Equal(j * 60000 + (1 + 3 * k) * 200 + i, values[position++]);
        }
        finally
        {
            Torch.SetNumThreads(saved);
        }
    }
}
