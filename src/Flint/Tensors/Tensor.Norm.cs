using System.Globalization;

namespace Flint;

/// <summary>
/// Vector norms (PyTorch's <c>norm</c> and <c>torch.linalg.vector_norm</c>): <c>(Σ |x|^p)^(1/p)</c> over all dims or
/// some, with the special orders inf (max |x|), -inf (min |x|), 0 (count of non-zeros), 1 and 2. They compute in the
/// input's arithmetic type (float32 for the float types, so squares overflow and underflow as PyTorch's do) and are
/// composed of tensor ops.
/// </summary>
public sealed partial class Tensor
{
    /// <summary>The <paramref name="p"/>-norm over <paramref name="dims"/> (all when null); with a dtype, the input is converted first.</summary>
    public Tensor Norm(double p = 2, int[]? dims = null, bool keepdim = false, DType? dtype = null) =>
        VectorNorm(p, dims, keepdim, dtype, "norm");

    public Tensor Norm(double p, int dim, bool keepdim = false, DType? dtype = null) => VectorNorm(p, [dim], keepdim, dtype, "norm");

    /// <summary>The Frobenius norm (<paramref name="p"/> = "fro"): the 2-norm over at most two dims (all when null).</summary>
    public Tensor Norm(string p, int[]? dims = null, bool keepdim = false, DType? dtype = null)
    {
        if (p != "fro")
            throw new ArgumentException($"norm(): p = \"{p}\" is a matrix norm; only \"fro\" and numbers are vector norms.");
        if (dims is { Length: > 2 })
            throw new ArgumentException($"norm(): the Frobenius norm reduces at most 2 dims, got {dims.Length}");
        return VectorNorm(2, dims, keepdim, dtype, "norm");
    }

    internal Tensor VectorNorm(double ord, int[]? dims, bool keepdim, DType? dtype, string name)
    {
        if (!DType.IsFloatingPoint())
            throw new ArgumentException(name == "norm"
                ? $"norm(): input dtype should be either floating point or complex. Got {DType.ScalarTypeName()} instead."
                : $"linalg.vector_norm: Expected a floating point or complex tensor as input. Got {DType.ScalarTypeName()}");
        if (dtype is { } d)
        {
            if (!d.IsFloatingPoint()) throw new ArgumentException($"linalg.vector_norm: dtype should be floating point or complex, but got {d.ScalarTypeName()}");
            if (TypePromotion.PromoteTypes(DType, d) != d)
                throw new ArgumentException(
                    $"linalg.vector_norm: the dtype of the input ({DType.ScalarTypeName()}) should be convertible without narrowing to the specified dtype ({d.ScalarTypeName()})");
        }
        dims ??= [];
        bool[] reduced = ReducedDims(dims);
        if (ord < 0 || double.IsPositiveInfinity(ord)) CheckNormIdentity(ord, dims, reduced);

        DType resultType = dtype ?? DType;
        var x = To(resultType == DType.Float64 ? DType.Float64 : DType.Float32).Abs();
        Tensor norm;
        if (double.IsPositiveInfinity(ord)) norm = x.Amax(dims, keepdim);
        else if (double.IsNegativeInfinity(ord)) norm = x.Amin(dims, keepdim);
        else if (ord == 0) norm = x.Ne(Torch.Zeros([], x.DType)).Sum(dims, keepdim, x.DType);
        else if (ord == 1) norm = x.Sum(dims, keepdim);
        else if (ord == 2) norm = x.Mul(x).Sum(dims, keepdim).Sqrt();
        else norm = x.Pow(ord).Sum(dims, keepdim).Pow(1 / ord);
        return norm.To(resultType);
    }

    /// <summary>Orders without an identity (negative, infinite) cannot reduce nothing.</summary>
    void CheckNormIdentity(double ord, int[] dims, bool[] reduced)
    {
        string order = double.IsInfinity(ord) ? (ord > 0 ? "inf" : "-inf") : ord.ToString(CultureInfo.InvariantCulture);
        if (dims.Length == 0)
        {
            if (Numel == 0)
                throw new ArgumentException($"linalg.vector_norm cannot compute the {order} norm on an empty tensor because the operation does not have an identity");
            return;
        }
        for (int d = 0; d < Dim; d++)
            if (reduced[d] && Layout.Shape[d] == 0)
                throw new ArgumentException(
                    $"linalg.vector_norm cannot compute the {order} norm on the dimension {d}because this dimension is empty and the operation does not have an identity");
    }
}
