namespace Flint.NN;

public static partial class Functional
{
    /// <summary>
    /// PyTorch's <c>one_hot</c>: an Int64 tensor of the input's shape plus a last dimension of
    /// <paramref name="numClasses"/> (by default, the largest class + 1), one where the class is and zero elsewhere.
    /// </summary>
    public static Tensor OneHot(Tensor tensor, long numClasses = -1)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.DType != DType.Int64) throw new ArgumentException("one_hot is only applicable to index tensor.");
        long[] shape = [.. tensor.Shape, 0];
        if (tensor.Numel == 0)
        {
            if (numClasses <= 0) throw new ArgumentException("Can not infer total number of classes from empty tensor.");
            shape[^1] = numClasses;
            return Torch.Empty(shape, DType.Int64, tensor.Device);
        }
        if (tensor.Amin().Item<long>() < 0) throw new ArgumentException("Class values must be non-negative.");
        long largest = tensor.Amax().Item<long>();
        if (numClasses == -1) numClasses = largest + 1;
        else if (numClasses <= largest) throw new ArgumentException("Class values must be smaller than num_classes.");
        shape[^1] = numClasses;
        return Torch.Zeros(shape, DType.Int64, tensor.Device).Scatter_(-1, tensor.Unsqueeze(-1), 1);
    }
}
