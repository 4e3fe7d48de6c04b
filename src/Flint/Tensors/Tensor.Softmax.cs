namespace Flint;

/// <summary>
/// The softmax family, composed of tensor ops (so autograd differentiates them for free) and numerically
/// stable: each subtracts the maximum before exponentiating. Half types compute in float32 and round once,
/// as PyTorch's CPU kernels accumulate in float.
/// </summary>
public sealed partial class Tensor
{
    /// <summary><c>exp(x) / sum(exp(x))</c> along <paramref name="dim"/>; with <paramref name="dtype"/>, the input is converted first.</summary>
    public Tensor Softmax(int dim, DType? dtype = null) => SoftmaxFamily(dim, dtype, log: false);

    /// <summary><c>x - log(sum(exp(x)))</c> along <paramref name="dim"/>, without computing <c>log(softmax(x))</c>'s underflowing exp.</summary>
    public Tensor LogSoftmax(int dim, DType? dtype = null) => SoftmaxFamily(dim, dtype, log: true);

    public Tensor Logsumexp(int dim, bool keepdim = false) => Logsumexp([dim], keepdim);

    /// <summary>
    /// <c>log(sum(exp(x)))</c> over <paramref name="dims"/> (all when empty). Integer inputs compute in the default
    /// float dtype. Rows whose maximum is infinite give ±inf (never inf - inf = NaN), as PyTorch's.
    /// </summary>
    public Tensor Logsumexp(int[] dims, bool keepdim = false)
    {
        var input = DType.IsFloatingPoint() ? this : To(Torch.GetDefaultDType());
        if (input.DType is DType.Float16 or DType.BFloat16) return input.Float().Logsumexp(dims, keepdim).To(input.DType);
        if (input.Numel == 0) return input.Exp().Sum(dims, keepdim).Log();
        // PyTorch zeroes infinite maxima before subtracting them; clamping them to the largest finite values
        // instead gives the same ±inf results and leaves every finite row's arithmetic unchanged.
        double largest = input.DType == DType.Float32 ? float.MaxValue : double.MaxValue;
        var maxima = input.Amax(dims, keepdim: true)
            .Maximum(Torch.Full([], -largest, input.DType)).Minimum(Torch.Full([], largest, input.DType));
        var result = (input - maxima).Exp().Sum(dims, keepdim).Log();
        return result.Add_(keepdim ? maxima : maxima.View(result.Shape));
    }

    Tensor SoftmaxFamily(int dim, DType? dtype, bool log)
    {
        var input = dtype is { } d ? To(d) : this;
        int wrapped = input.WrapDim(dim);
        if (!input.DType.IsFloatingPoint())
        {
            // PyTorch names the kernel that refused the dtype: one for the last dimension, one for the others.
            bool lastDim = wrapped == Math.Max(input.Dim, 1) - 1;
            throw NotImplemented(lastDim ? (log ? "log_softmax" : "softmax") + "_lastdim_kernel_impl" : "softmax_kernel_impl", input.DType);
        }
        if (input.DType is DType.Float16 or DType.BFloat16) return input.Float().SoftmaxFamily(wrapped, null, log).To(input.DType);
        if (input.Numel == 0) return input.Clone();
        var shifted = input - input.Amax(wrapped, keepdim: true);
        var exponentials = shifted.Exp();
        var sums = exponentials.Sum(wrapped, keepdim: true);
        return log ? shifted.Sub_(sums.Log()) : exponentials.Div_(sums);
    }
}
