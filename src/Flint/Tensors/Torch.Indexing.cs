namespace Flint;

public static partial class Torch
{
    /// <summary>PyTorch's <c>torch.nonzero</c>: the coordinates of the nonzero elements, Int64 [n, input.Dim].</summary>
    public static Tensor Nonzero(Tensor input) => input.Nonzero();
}
