namespace Flint.Backends.Cpu;

/// <summary>
/// The one-dimensional rows of several operands along one dimension, the shape every sort, scan and per-row
/// statistic kernel works on (PyTorch's <c>dim_apply</c>): for each position of the other dimensions, where each
/// operand's row starts and how it strides. The operands share their sizes outside the dimension; along it each has
/// its own (a row of the input and a single output element, or k of them).
/// </summary>
internal sealed class DimRows
{
    readonly long[][] starts;
    readonly long[] strides;

    public DimRows(int dim, params Layout[] layouts)
    {
        var shape = layouts[0].Shape;
        Count = 1;
        for (int d = 0; d < shape.Length; d++)
            if (d != dim) Count *= shape[d];
        strides = layouts.Select(l => l.Strides[dim]).ToArray();
        starts = layouts.Select(_ => new long[Count]).ToArray();
        // An odometer over the other dimensions, the last fastest.
        var index = new long[shape.Length];
        var position = layouts.Select(l => l.Offset).ToArray();
        for (long row = 0; row < Count; row++)
        {
            for (int k = 0; k < layouts.Length; k++) starts[k][row] = position[k];
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                if (d == dim) continue;
                index[d]++;
                for (int k = 0; k < layouts.Length; k++) position[k] += layouts[k].Strides[d];
                if (index[d] < shape[d]) break;
                for (int k = 0; k < layouts.Length; k++) position[k] -= shape[d] * layouts[k].Strides[d];
                index[d] = 0;
            }
        }
    }

    /// <summary>Number of rows.</summary>
    public long Count { get; }

    public long Start(int operand, long row) => starts[operand][row];

    public long Stride(int operand) => strides[operand];

    /// <summary>Runs <paramref name="body"/> over ranges of rows, across threads when the rows hold more than a grain of elements.</summary>
    public void Run(long rowLength, Action<long, long> body) =>
        ParallelFor.Run(Count, Math.Max(1, ParallelFor.DefaultGrain / Math.Max(1, rowLength)), body);
}
