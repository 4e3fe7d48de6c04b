namespace Flint;

/// <summary>
/// The elements a tensor's repr shows, gathered once into a dense row-major array (PyTorch's
/// <c>get_summarized_data</c>): every element, or for a summarised tensor only the first and last edge items of
/// each dimension longer than twice that. Both the formatter's width and the printed text read these values.
/// </summary>
internal sealed class DisplayedElements
{
    DisplayedElements(long[] shape, int[] headCounts, double[]? floating, long[]? integers)
    {
        Shape = shape;
        HeadCounts = headCounts;
        Floating = floating;
        Integers = integers;
        Strides = Layout.ContiguousStrides(shape);
    }

    /// <summary>The sizes of the gathered block: each dimension's kept indices.</summary>
    public long[] Shape { get; }

    /// <summary>Row-major strides of <see cref="Shape"/> into the value arrays.</summary>
    public long[] Strides { get; }

    /// <summary>Per dimension, how many kept indices come before the <c>...</c>; -1 where the dimension is shown whole.</summary>
    public int[] HeadCounts { get; }

    /// <summary>The values of a floating tensor, as the doubles Python formats (<c>tolist()</c>).</summary>
    public double[]? Floating { get; }

    /// <summary>The values of an integer or bool tensor (bool as 0 and 1).</summary>
    public long[]? Integers { get; }

    /// <summary>Gathers what <paramref name="tensor"/> shows; <paramref name="edgeItems"/> is null unless it is summarised.</summary>
    public static DisplayedElements Gather(Tensor tensor, int? edgeItems)
    {
        int rank = tensor.Dim;
        long[] sizes = tensor.Layout.ShapeArray;
        var headCounts = new int[rank];
        var kept = new long[rank];
        var blocks = new (long Source, long Destination, long Length)[rank][];
        bool anyCut = false;
        for (int d = 0; d < rank; d++)
        {
            if (edgeItems is not int edge || sizes[d] <= 2L * edge)
            {
                headCounts[d] = -1;
                kept[d] = sizes[d];
                blocks[d] = [(0, 0, sizes[d])];
                continue;
            }
            // PyTorch takes the tail as self[-edgeitems:], which for edgeitems == 0 is the whole dimension; for an
            // outer dimension that leaves nothing to stack, and PyTorch fails the same way.
            if (edge == 0 && d < rank - 1) throw new InvalidOperationException("stack expects a non-empty TensorList");
            long tail = edge == 0 ? sizes[d] : edge;
            headCounts[d] = edge;
            kept[d] = edge + tail;
            blocks[d] = [(0, 0, edge), (sizes[d] - tail, edge, tail)];
            anyCut = true;
        }

        bool floating = tensor.DType.IsFloatingPoint();
        Tensor dense = anyCut ? CopyBlocks(tensor, kept, blocks, floating ? DType.Float64 : DType.Int64) : tensor;
        return floating
            ? new DisplayedElements(kept, headCounts, dense.ToArray<double>(), null)
            : new DisplayedElements(kept, headCounts, null, dense.ToArray<long>());
    }

    /// <summary>
    /// Copies each combination of kept ranges (at most two a dimension) into a dense tensor of the kept sizes.
    /// Works on layouts and storages, below autograd, so printing never records graph nodes; the block lands in CPU
    /// memory, where the values are read.
    /// </summary>
    static Tensor CopyBlocks(Tensor tensor, long[] kept, (long Source, long Destination, long Length)[][] blocks, DType dtype)
    {
        var result = Tensor.Allocate(kept, dtype, Device.Cpu);
        var choice = new int[kept.Length];
        while (true)
        {
            Layout source = tensor.Layout, destination = result.Layout;
            bool empty = false;
            for (int d = 0; d < kept.Length; d++)
            {
                var (from, to, length) = blocks[d][choice[d]];
                empty |= length == 0;
                source = source.Slice(d, from, from + length, 1);
                destination = destination.Slice(d, to, to + length, 1);
            }
            if (!empty) tensor.Storage.CopyTo(source, result.Storage, destination);
            if (!NextChoice(choice, blocks)) return result;
        }
    }

    /// <summary>Advances an odometer over the block choices of every dimension; false once all were visited.</summary>
    static bool NextChoice(int[] choice, (long, long, long)[][] blocks)
    {
        for (int d = choice.Length - 1; d >= 0; d--)
        {
            if (++choice[d] < blocks[d].Length) return true;
            choice[d] = 0;
        }
        return false;
    }
}
