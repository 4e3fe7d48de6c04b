namespace Flint;

/// <summary>The <c>torch.*</c> spellings of the indexing ops (each is the Tensor method of the same name).</summary>
public static partial class Torch
{
    /// <summary>PyTorch's <c>torch.nonzero</c>: the coordinates of the nonzero elements, Int64 [n, input.Dim].</summary>
    public static Tensor Nonzero(Tensor input) => input.Nonzero();

    /// <summary>PyTorch's <c>torch.nonzero(input, as_tuple=True)</c>: one Int64 vector of coordinates per dimension.</summary>
    public static Tensor[] NonzeroAsTuple(Tensor input) => input.NonzeroAsTuple();

    public static Tensor Argwhere(Tensor input) => input.Argwhere();

    public static Tensor Gather(Tensor input, int dim, Tensor index) => input.Gather(dim, index);
    public static Tensor TakeAlongDim(Tensor input, Tensor indices, int? dim = null) => input.TakeAlongDim(indices, dim);
    public static Tensor IndexSelect(Tensor input, int dim, Tensor index) => input.IndexSelect(dim, index);
    public static Tensor Take(Tensor input, Tensor index) => input.Take(index);

    public static Tensor Scatter(Tensor input, int dim, Tensor index, Tensor src, string? reduce = null) => input.Scatter(dim, index, src, reduce);
    public static Tensor Scatter(Tensor input, int dim, Tensor index, Scalar value, string? reduce = null) => input.Scatter(dim, index, value, reduce);
    public static Tensor ScatterAdd(Tensor input, int dim, Tensor index, Tensor src) => input.ScatterAdd(dim, index, src);

    public static Tensor ScatterReduce(Tensor input, int dim, Tensor index, Tensor src, string reduce, bool includeSelf = true) =>
        input.ScatterReduce(dim, index, src, reduce, includeSelf);

    public static Tensor IndexAdd(Tensor input, int dim, Tensor index, Tensor source, Scalar? alpha = null) => input.IndexAdd(dim, index, source, alpha);
    public static Tensor IndexCopy(Tensor input, int dim, Tensor index, Tensor source) => input.IndexCopy(dim, index, source);
    public static Tensor IndexFill(Tensor input, int dim, Tensor index, Scalar value) => input.IndexFill(dim, index, value);
    public static Tensor IndexFill(Tensor input, int dim, Tensor index, Tensor value) => input.IndexFill(dim, index, value);

    /// <summary>PyTorch's <c>torch.index_put</c>: a copy of <paramref name="input"/> with <c>[indices] = values</c> (or <c>+=</c>).</summary>
    public static Tensor IndexPut(Tensor input, TensorIndex[] indices, Tensor values, bool accumulate = false) => input.IndexPut(indices, values, accumulate);

    public static Tensor IndexPut_(Tensor input, TensorIndex[] indices, Tensor values, bool accumulate = false) => input.IndexPut_(indices, values, accumulate);

    public static Tensor MaskedFill(Tensor input, Tensor mask, Scalar value) => input.MaskedFill(mask, value);
    public static Tensor MaskedFill(Tensor input, Tensor mask, Tensor value) => input.MaskedFill(mask, value);
    public static Tensor MaskedSelect(Tensor input, Tensor mask) => input.MaskedSelect(mask);
    public static Tensor MaskedScatter(Tensor input, Tensor mask, Tensor source) => input.MaskedScatter(mask, source);
    public static Tensor Put(Tensor input, Tensor index, Tensor source, bool accumulate = false) => input.Put(index, source, accumulate);
}
