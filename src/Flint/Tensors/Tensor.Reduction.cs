using Flint.Backends;

namespace Flint;

/// <summary>
/// Reductions over all dimensions or some of them, with PyTorch's result dtypes: integer and bool sums and
/// products are Int64, <c>mean</c> needs a floating dtype, <c>all</c>/<c>any</c> give Bool (UInt8 for UInt8 input).
/// An empty list of dims reduces every dimension, as in PyTorch 1.13.
/// </summary>
public sealed partial class Tensor
{
    public Tensor Sum(DType? dtype = null) => Sum([], false, dtype);

    public Tensor Sum(int dim, bool keepdim = false, DType? dtype = null) => Sum([dim], keepdim, dtype);

    public Tensor Sum(int[] dims, bool keepdim = false, DType? dtype = null) =>
        Accumulate(ReduceOp.Sum, dims, keepdim, dtype, "sum");

    public Tensor Mean(DType? dtype = null) => Mean([], false, dtype);

    public Tensor Mean(int dim, bool keepdim = false, DType? dtype = null) => Mean([dim], keepdim, dtype);

    /// <summary>The sum divided by the number of reduced elements (NaN for none), as PyTorch computes it.</summary>
    public Tensor Mean(int[] dims, bool keepdim = false, DType? dtype = null)
    {
        DType resultType = dtype ?? DType;
        if (!resultType.IsFloatingPoint())
            throw new ArgumentException(
                $"mean(): could not infer output dtype. {(dtype is null ? "Input" : "Optional")} dtype must be either a floating point or complex dtype. Got: {resultType.ScalarTypeName()}");
        var sum = Sum(dims, keepdim, resultType);
        return sum.Div_(sum.Numel == 0 ? 0 : Numel / sum.Numel);
    }

    public Tensor Prod(DType? dtype = null) => Accumulate(ReduceOp.Prod, [], false, dtype, "prod");

    public Tensor Prod(int dim, bool keepdim = false, DType? dtype = null) => Accumulate(ReduceOp.Prod, [dim], keepdim, dtype, "prod");

    /// <summary>The largest value over every dimension; NaN propagates.</summary>
    public Tensor Amax() => Amax([], false);

    public Tensor Amax(int dim, bool keepdim = false) => Amax([dim], keepdim);

    public Tensor Amax(int[] dims, bool keepdim = false) => Reduce(ReduceOp.Max, dims, keepdim, DType, "amax");

    /// <summary>The smallest value over every dimension; NaN propagates.</summary>
    public Tensor Amin() => Amin([], false);

    public Tensor Amin(int dim, bool keepdim = false) => Amin([dim], keepdim);

    public Tensor Amin(int[] dims, bool keepdim = false) => Reduce(ReduceOp.Min, dims, keepdim, DType, "amin");

    /// <summary>The largest element, a zero-dimensional tensor (the form with a dim returns values and indices).</summary>
    public Tensor Max() => Reduce(ReduceOp.Max, [], false, DType, "max");

    public Tensor Min() => Reduce(ReduceOp.Min, [], false, DType, "min");

    /// <summary>True when every element is non-zero.</summary>
    public Tensor All() => Predicate(ReduceOp.All, [], false);

    public Tensor All(int dim, bool keepdim = false) => Predicate(ReduceOp.All, [dim], keepdim);

    /// <summary>True when some element is non-zero.</summary>
    public Tensor Any() => Predicate(ReduceOp.Any, [], false);

    public Tensor Any(int dim, bool keepdim = false) => Predicate(ReduceOp.Any, [dim], keepdim);

    /// <summary>Sums and products: with a dtype, the input is converted to it first; without, integers and bools widen to Int64.</summary>
    Tensor Accumulate(ReduceOp op, int[] dims, bool keepdim, DType? dtype, string name) => dtype is { } d
        ? To(d).Reduce(op, dims, keepdim, d, name)
        : Reduce(op, dims, keepdim, DType.IsFloatingPoint() ? DType : DType.Int64, name);

    Tensor Predicate(ReduceOp op, int[] dims, bool keepdim)
    {
        var result = Reduce(op, dims, keepdim, DType.Bool, op == ReduceOp.All ? "all" : "any");
        return DType == DType.UInt8 ? result.To(DType.UInt8) : result;
    }

    /// <summary>
    /// Reduces <paramref name="dims"/> (all of them when empty) into a fresh tensor of <paramref name="resultType"/>,
    /// through the backend's one reduction call: its destination layout is this shape with stride 0 along reduced dims.
    /// </summary>
    Tensor Reduce(ReduceOp op, int[] dims, bool keepdim, DType resultType, string name)
    {
        bool[] reduced = ReducedDims(dims);
        if (op is ReduceOp.Max or ReduceOp.Min) CheckNonEmptyReduction(dims, reduced, name);
        long[] resultShape = Enumerable.Range(0, Dim).Where(d => keepdim || !reduced[d]).Select(d => reduced[d] ? 1 : Layout.ShapeArray[d]).ToArray();
        var result = Allocate(resultShape, resultType, Device);
        var accumulating = new long[Dim];
        for (int d = 0, r = 0; d < Dim; d++)
        {
            if (!reduced[d]) accumulating[d] = result.Layout.Strides[r];
            if (!reduced[d] || keepdim) r++;
        }
        Storage.Reduce(op, Layout, result.Storage, new Layout(Layout.ShapeArray, accumulating, result.Layout.Offset));
        return result;
    }

    /// <summary>Which dimensions <paramref name="dims"/> names (each wrapped and checked once); all of them when it is empty.</summary>
    bool[] ReducedDims(int[] dims)
    {
        var reduced = new bool[Dim];
        if (dims.Length == 0)
        {
            Array.Fill(reduced, true);
            return reduced;
        }
        var seen = new bool[Math.Max(Dim, 1)];
        foreach (int dim in dims)
        {
            int wrapped = WrapDim(dim);
            if (seen[wrapped]) throw new ArgumentException($"dim {wrapped} appears multiple times in the list of dims");
            seen[wrapped] = true;
            if (Dim > 0) reduced[wrapped] = true;
        }
        return reduced;
    }

    /// <summary>Max and min have no identity: PyTorch refuses to reduce nothing.</summary>
    void CheckNonEmptyReduction(int[] dims, bool[] reduced, string name)
    {
        if (Numel != 0) return;
        if (dims.Length == 0)
            throw new ArgumentException(
                $"{name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.");
        for (int d = 0; d < Dim; d++)
            if (reduced[d] && Layout.Shape[d] == 0)
                throw new IndexOutOfRangeException($"{name}(): Expected reduction dim {d} to have non-zero size.");
    }
}
