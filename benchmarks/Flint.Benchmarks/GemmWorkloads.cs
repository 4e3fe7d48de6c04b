using Flint.Backends.Cpu.Gemm;

namespace Flint.Benchmarks;

/// <summary>
/// SGEMM straight on the kernel (C = A B into a preallocated C, as torch.mm(a, b, out=c)): square sizes and the
/// seed LeNet's products at batch 64 (PyTorch side: benchmarks/torch/gemm.py).
/// </summary>
internal static class GemmWorkloads
{
    public const string TorchScript = "gemm.py";

    public static Workload[] Create() =>
    [
        Product("sgemm 128x128x128", 128, 128, 128),
        Product("sgemm 256x256x256", 256, 256, 256),
        Product("sgemm 512x512x512", 512, 512, 512),
        Product("sgemm 1024x1024x1024", 1024, 1024, 1024),
        Product("sgemm 2048x2048x2048", 2048, 2048, 2048),
        // conv1 as im2col: [64*24*24, 1*5*5] x [25, 10]; conv2: [64*8*8, 10*5*5] x [250, 20].
        Product("sgemm conv1 im2col 36864x25x10", 64 * 24 * 24, 25, 10),
        Product("sgemm conv2 im2col 4096x250x20", 64 * 8 * 8, 250, 20),
        // Linear computes x @ W.T with W stored [out, in]: B is a transposed view.
        Product("sgemm fc1 x@W.T 64x320x50", 64, 320, 50, transposedB: true),
        Product("sgemm fc2 x@W.T 64x50x10", 64, 50, 10, transposedB: true),
        Product("sgemv 1024x1024 @ 1024", 1024, 1024, 1),
    ];

    /// <summary>C (m x n) = A (m x k) B (k x n); with <paramref name="transposedB"/>, B is the transpose of a row-major n x k W.</summary>
    static Workload Product(string name, int m, int k, int n, bool transposedB = false)
    {
        var random = new Random(0);
        float[] a = RandomValues(random, m * k), b = RandomValues(random, k * n), c = new float[m * n];
        var aStrides = MatrixStrides.RowMajor(m, k);
        var bStrides = transposedB ? MatrixStrides.RowMajor(n, k).Transpose() : MatrixStrides.RowMajor(k, n);
        var cStrides = MatrixStrides.RowMajor(m, n);
        return new(name, () => GemmKernel.Multiply(m, n, k, 1f, a, aStrides, b, bStrides, 0f, c, cStrides), 2.0 * m * n * k);
    }

    static float[] RandomValues(Random random, int count)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++) values[i] = (float)(random.NextDouble() * 2 - 1);
        return values;
    }
}
