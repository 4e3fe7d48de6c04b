namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the reductions and the softmax family.</summary>
public static partial class Torch
{
    public static Flint.Tensor Sum(Flint.Tensor input, DType? dtype = null) => input.Sum(dtype);
    public static Flint.Tensor Sum(Flint.Tensor input, int dim, bool keepdim = false, DType? dtype = null) => input.Sum(dim, keepdim, dtype);
    public static Flint.Tensor Sum(Flint.Tensor input, int[] dims, bool keepdim = false, DType? dtype = null) => input.Sum(dims, keepdim, dtype);
    public static Flint.Tensor Mean(Flint.Tensor input, DType? dtype = null) => input.Mean(dtype);
    public static Flint.Tensor Mean(Flint.Tensor input, int dim, bool keepdim = false, DType? dtype = null) => input.Mean(dim, keepdim, dtype);
    public static Flint.Tensor Mean(Flint.Tensor input, int[] dims, bool keepdim = false, DType? dtype = null) => input.Mean(dims, keepdim, dtype);
    public static Flint.Tensor Prod(Flint.Tensor input, DType? dtype = null) => input.Prod(dtype);
    public static Flint.Tensor Prod(Flint.Tensor input, int dim, bool keepdim = false, DType? dtype = null) => input.Prod(dim, keepdim, dtype);
    public static Flint.Tensor Amax(Flint.Tensor input) => input.Amax();
    public static Flint.Tensor Amax(Flint.Tensor input, int dim, bool keepdim = false) => input.Amax(dim, keepdim);
    public static Flint.Tensor Amax(Flint.Tensor input, int[] dims, bool keepdim = false) => input.Amax(dims, keepdim);
    public static Flint.Tensor Amin(Flint.Tensor input) => input.Amin();
    public static Flint.Tensor Amin(Flint.Tensor input, int dim, bool keepdim = false) => input.Amin(dim, keepdim);
    public static Flint.Tensor Amin(Flint.Tensor input, int[] dims, bool keepdim = false) => input.Amin(dims, keepdim);
    public static Flint.Tensor Max(Flint.Tensor input) => input.Max();
    public static Flint.Tensor Min(Flint.Tensor input) => input.Min();
    public static Flint.Tensor All(Flint.Tensor input) => input.All();
    public static Flint.Tensor All(Flint.Tensor input, int dim, bool keepdim = false) => input.All(dim, keepdim);
    public static Flint.Tensor Any(Flint.Tensor input) => input.Any();
    public static Flint.Tensor Any(Flint.Tensor input, int dim, bool keepdim = false) => input.Any(dim, keepdim);

    public static Flint.Tensor Softmax(Flint.Tensor input, int dim, DType? dtype = null) => input.Softmax(dim, dtype);
    public static Flint.Tensor LogSoftmax(Flint.Tensor input, int dim, DType? dtype = null) => input.LogSoftmax(dim, dtype);
    public static Flint.Tensor Logsumexp(Flint.Tensor input, int dim, bool keepdim = false) => input.Logsumexp(dim, keepdim);
    public static Flint.Tensor Logsumexp(Flint.Tensor input, int[] dims, bool keepdim = false) => input.Logsumexp(dims, keepdim);
}
