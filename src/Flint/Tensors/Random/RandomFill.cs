using Flint.Autograd;
using Flint.Backends.Cpu;

namespace Flint.Tensors.Random;

/// <summary>A random fill of a span of any element type: one of the <see cref="Distributions"/>, with its arguments.</summary>
internal interface IRandomFill
{
    /// <param name="contiguous">Whether the span is the whole of a contiguous tensor (normal_ then takes its vectorised path).</param>
    void Fill<T>(Span<T> values, bool contiguous) where T : unmanaged;
}

/// <summary>
/// Applies a span-level fill to a tensor in the order PyTorch's TensorIterator visits its elements: a
/// contiguous tensor in place; any other layout through a dense buffer drawn in iteration order (memory
/// order, innermost stride first) and then copied in, so that a transposed or sliced tensor receives the
/// same numbers at the same memory positions as in PyTorch.
/// </summary>
internal static class RandomFill
{
    /// <param name="backwardName">PyTorch's node name for the overload (the old value gets a zero gradient).</param>
    /// <param name="probabilities">bernoulli_'s tensor of probabilities, an input of its node.</param>
    public static Tensor Apply<TFill>(Tensor target, TFill fill, string op, string backwardName, Tensor? probabilities = null)
        where TFill : IRandomFill
    {
        target.CheckWritable(op);
        if (target.Numel == 0) return target;
        var original = InPlace.Begin(target, probabilities);
        if (target.Storage is CpuStorage cpu && target.IsContiguous())
        {
            Dispatch(target.DType, cpu, target.StorageOffset, target.Numel, fill, contiguous: true);
        }
        else
        {
            // The write is the fill itself; the view and copy that carry it out are not recorded.
            using var noGrad = Torch.NoGrad();
            var inIterationOrder = target.Permute(IterationOrder(target.Layout));
            var buffer = Torch.Empty(inIterationOrder.Shape.ToArray(), target.DType);
            Dispatch(target.DType, (CpuStorage)buffer.Storage, 0, buffer.Numel, fill, contiguous: false);
            inIterationOrder.Copy_(buffer);
        }
        target.MarkModified();
        if (original is null) return target;
        return InPlace.Finish(target, probabilities is null
            ? Derivatives.Overwrite(original, backwardName)
            : Derivatives.Overwrite(original, backwardName, probabilities));
    }

    static void Dispatch<TFill>(DType dtype, CpuStorage storage, long offset, long count, TFill fill, bool contiguous) where TFill : IRandomFill
    {
        switch (dtype)
        {
            case DType.Bool: fill.Fill(storage.AsSpan<bool>(offset, count), contiguous); break;
            case DType.UInt8: fill.Fill(storage.AsSpan<byte>(offset, count), contiguous); break;
            case DType.Int8: fill.Fill(storage.AsSpan<sbyte>(offset, count), contiguous); break;
            case DType.Int16: fill.Fill(storage.AsSpan<short>(offset, count), contiguous); break;
            case DType.Int32: fill.Fill(storage.AsSpan<int>(offset, count), contiguous); break;
            case DType.Int64: fill.Fill(storage.AsSpan<long>(offset, count), contiguous); break;
            case DType.Float16: fill.Fill(storage.AsSpan<Half>(offset, count), contiguous); break;
            case DType.BFloat16: fill.Fill(storage.AsSpan<BFloat16>(offset, count), contiguous); break;
            case DType.Float32: fill.Fill(storage.AsSpan<float>(offset, count), contiguous); break;
            case DType.Float64: fill.Fill(storage.AsSpan<double>(offset, count), contiguous); break;
            default: throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null);
        }
    }

    /// <summary>
    /// The dimensions from outermost to innermost as TensorIterator orders a single operand: by decreasing
    /// stride, a tie going to the larger size outside (PyTorch's <c>reorder_dimensions</c>, an insertion sort
    /// that starts from the reversed dimension list and leaves broadcast dimensions where they are).
    /// </summary>
    public static int[] IterationOrder(Layout layout)
    {
        int rank = layout.Rank;
        var fastestFirst = new int[rank];
        for (int i = 0; i < rank; i++) fastestFirst[i] = rank - 1 - i;
        for (int i = 1; i < rank; i++)
        {
            int moving = i;
            for (int other = i - 1; other >= 0; other--)
            {
                int comparison = ShouldSwap(layout, fastestFirst[other], fastestFirst[moving]);
                if (comparison > 0)
                {
                    (fastestFirst[other], fastestFirst[moving]) = (fastestFirst[moving], fastestFirst[other]);
                    moving = other;
                }
                else if (comparison < 0)
                {
                    break;
                }
            }
        }
        Array.Reverse(fastestFirst);
        return fastestFirst;
    }

    static int ShouldSwap(Layout layout, int inner, int outer)
    {
        long innerStride = layout.Strides[inner], outerStride = layout.Strides[outer];
        if (innerStride == 0 || outerStride == 0) return 0;
        if (innerStride != outerStride) return innerStride < outerStride ? -1 : 1;
        return layout.Shape[inner] > layout.Shape[outer] ? 1 : 0;
    }

    /// <summary>
    /// PyTorch's <c>empty_like</c> with the preserve memory format: a dense input that is merely permuted
    /// keeps its strides (so a later fill visits it in the same memory order); anything else is contiguous.
    /// </summary>
    public static Tensor EmptyLike(Tensor input, DType dtype)
    {
        if (input.IsContiguous()) return Torch.Empty(input.Shape.ToArray(), dtype);
        int[] order = IterationOrder(input.Layout);
        var permuted = input.Permute(order);
        if (!permuted.IsContiguous()) return Torch.Empty(input.Shape.ToArray(), dtype);
        var inverse = new int[order.Length];
        for (int i = 0; i < order.Length; i++) inverse[order[i]] = i;
        return Torch.Empty(permuted.Shape.ToArray(), dtype).Permute(inverse);
    }
}
