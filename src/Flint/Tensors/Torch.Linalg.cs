namespace Flint;

public static partial class Torch
{
    /// <summary>PyTorch's <c>torch.linalg</c>.</summary>
    public static partial class Linalg
    {
        /// <summary>The <paramref name="ord"/>-norm of the vectors along <paramref name="dims"/> (all dims when null).</summary>
        public static Flint.Tensor VectorNorm(Flint.Tensor x, double ord = 2, int[]? dims = null, bool keepdim = false, DType? dtype = null) =>
            x.VectorNorm(ord, dims, keepdim, dtype, "linalg.vector_norm");

        public static Flint.Tensor VectorNorm(Flint.Tensor x, double ord, int dim, bool keepdim = false, DType? dtype = null) =>
            x.VectorNorm(ord, [dim], keepdim, dtype, "linalg.vector_norm");
    }
}
