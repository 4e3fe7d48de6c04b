using Xunit.Abstractions;

namespace Flint.Tests.Tensors;

/// <summary>
/// Random chains of view ops on random shapes, checked element by element against an independent model: each
/// model tensor is a function from its multi-index to a position in its storage, composed op by op with plain
/// index arithmetic (no Layout, no strides), plus what each storage position holds. The source is arange, so a
/// value names the source element it came from.
/// </summary>
public class ViewPropertyTests(ITestOutputHelper output)
{
    const int Chains = 2000;

    /// <summary>The model: shape, index to storage position, storage contents (source flat indices), and whether that storage is the source's.</summary>
    sealed record Model(long[] Shape, Func<long[], long> Position, long[] Storage, bool SharesSource)
    {
        public long Numel => Shape.Aggregate(1L, (a, b) => a * b);

        /// <summary>The same storage seen through a new shape and an index map into this model's indices.</summary>
        public Model Map(long[] shape, Func<long[], long[]> toOld) => this with { Shape = shape, Position = index => Position(toOld(index)) };

        /// <summary>A row-major copy with storage of its own.</summary>
        public Model Copy()
        {
            var contents = RowMajor(Shape).Select(index => Storage[Position(index)]).ToArray();
            return new Model(Shape, index => Flat(index, Shape), contents, SharesSource: false);
        }

        /// <summary>Whether <paramref name="shape"/> can view these elements without copying: positions affine in the index, with non-negative steps.</summary>
        public bool CanView(long[] shape)
        {
            if (Numel == 0) return true;
            long Reshaped(long[] index) => Position(Unflat(Flat(index, shape), Shape));
            var origin = new long[shape.Length];
            long start = Reshaped(origin);
            var steps = new long[shape.Length];
            for (int d = 0; d < shape.Length; d++)
            {
                if (shape[d] < 2) continue;
                var next = new long[shape.Length];
                next[d] = 1;
                steps[d] = Reshaped(next) - start;
                if (steps[d] < 0) return false;
            }
            return RowMajor(shape).All(index => Reshaped(index) == start + index.Select((i, d) => i * steps[d]).Sum());
        }

        public bool IsContiguous => Numel == 0 || RowMajor(Shape).Select((index, k) => Position(index) - k).Distinct().Count() == 1;
    }

    [Fact]
    public void RandomViewChainsMatchIndexArithmetic()
    {
        for (int chain = 0; chain < Chains; chain++)
        {
            var random = new System.Random(chain);
            long[] shape = Enumerable.Range(0, random.Next(6)).Select(_ => (long)random.Next(6)).ToArray();
            long numel = shape.Aggregate(1L, (a, b) => a * b);
            var source = Torch.Arange(numel).Reshape(shape);
            var model = new Model(shape, index => Flat(index, shape), Enumerable.Range(0, (int)numel).Select(i => (long)i).ToArray(), true);
            var log = new List<string> { $"source {Format(shape)}" };
            var tensor = source;
            try
            {
                for (int step = 1 + random.Next(6); step > 0; step--)
                {
                    (tensor, model) = ApplyRandomOp(random, tensor, model, log);
                    AssertSame(model, tensor, source);
                }
            }
            catch (Exception e)
            {
                output.WriteLine($"chain {chain} failed: {string.Join(" -> ", log)}");
                throw new Xunit.Sdk.XunitException($"chain {chain}: {string.Join(" -> ", log)}\n{e}");
            }
        }
    }

    static void AssertSame(Model model, Tensor tensor, Tensor source)
    {
        Assert.Equal(model.Shape, tensor.Shape.ToArray());
        var expected = RowMajor(model.Shape).Select(index => model.Storage[model.Position(index)]).ToArray();
        Assert.Equal(expected, tensor.ToArray<long>());
        Assert.Equal(model.SharesSource, ReferenceEquals(tensor.Storage, source.Storage));
        foreach (var index in RowMajor(model.Shape)) Assert.Equal(model.Position(index), tensor.Layout.StorageIndex(index));
        Assert.Equal(model.IsContiguous, tensor.IsContiguous());
    }

    static (Tensor, Model) ApplyRandomOp(System.Random random, Tensor tensor, Model model, List<string> log)
    {
        long[] shape = model.Shape;
        int rank = shape.Length;
        int AnyDim(int r) => random.Next(-Math.Max(r, 1), Math.Max(r, 1));
        int Wrap(int dim, int r) => dim < 0 ? dim + Math.Max(r, 1) : dim;
        switch (random.Next(15))
        {
            case 0:
            {
                int dim0 = AnyDim(rank), dim1 = AnyDim(rank);
                log.Add($"transpose({dim0}, {dim1})");
                if (rank == 0) return (tensor.Transpose(dim0, dim1), model.Map(shape, i => i));
                int a = Wrap(dim0, rank), b = Wrap(dim1, rank);
                var newShape = (long[])shape.Clone();
                (newShape[a], newShape[b]) = (newShape[b], newShape[a]);
                return (tensor.Transpose(dim0, dim1), model.Map(newShape, i => { var old = (long[])i.Clone(); (old[a], old[b]) = (old[b], old[a]); return old; }));
            }
            case 1:
            {
                int[] order = Enumerable.Range(0, rank).OrderBy(_ => random.Next()).ToArray();
                int[] dims = order.Select(d => random.Next(2) == 0 ? d : d - rank).ToArray();
                log.Add($"permute({string.Join(", ", dims)})");
                var newShape = order.Select(d => shape[d]).ToArray();
                return (tensor.Permute(dims), model.Map(newShape, i => { var old = new long[rank]; for (int k = 0; k < rank; k++) old[order[k]] = i[k]; return old; }));
            }
            case 2 when rank > 0:
            {
                int dim = AnyDim(rank), d = Wrap(dim, rank);
                long start = random.Next((int)shape[d] + 1), length = random.Next((int)(shape[d] - start) + 1);
                long startArgument = start > 0 && random.Next(2) == 0 ? start - shape[d] : start;
                log.Add($"narrow({dim}, {startArgument}, {length})");
                return (tensor.Narrow(dim, startArgument, length), model.Map(Replace(shape, d, length), i => Replace(i, d, i[d] + start)));
            }
            case 3 when rank > 0:
            {
                int dim = AnyDim(rank), d = Wrap(dim, rank);
                int size = (int)shape[d];
                long? start = random.Next(3) == 0 ? null : random.Next(-size - 2, size + 3);
                long? stop = random.Next(3) == 0 ? null : random.Next(-size - 2, size + 3);
                long step = 1 + random.Next(3);
                log.Add($"slice({dim}, {start?.ToString() ?? "None"}, {stop?.ToString() ?? "None"}, {step})");
                long[] picked = PythonSlice(size, start, stop, step);
                return (tensor.Slice(dim, start, stop, step), model.Map(Replace(shape, d, picked.Length), i => Replace(i, d, picked[i[d]])));
            }
            case 4 when rank > 0 && shape.Any(s => s > 0):
            {
                int d = Enumerable.Range(0, rank).Where(k => shape[k] > 0).OrderBy(_ => random.Next()).First();
                int dim = random.Next(2) == 0 ? d : d - rank;
                long index = random.Next((int)shape[d]);
                long indexArgument = random.Next(2) == 0 ? index : index - shape[d];
                log.Add($"select({dim}, {indexArgument})");
                return (tensor.Select(dim, indexArgument), model.Map(Remove(shape, d), i => Insert(i, d, index)));
            }
            case 5 when rank < 6:
            {
                int dim = random.Next(-rank - 1, rank + 1), d = dim < 0 ? dim + rank + 1 : dim;
                log.Add($"unsqueeze({dim})");
                return (tensor.Unsqueeze(dim), model.Map(Insert(shape, d, 1), i => Remove(i, d)));
            }
            case 6:
            {
                int[] dims = random.Next(2) == 0 ? [] : Enumerable.Range(0, Math.Max(rank, 1)).Where(_ => random.Next(2) == 0).Select(d => random.Next(2) == 0 ? d : d - Math.Max(rank, 1)).ToArray();
                bool all = dims.Length == 0 && random.Next(2) == 0;
                log.Add(all ? "squeeze()" : $"squeeze([{string.Join(", ", dims)}])");
                var removed = Enumerable.Range(0, rank).Where(d => shape[d] == 1 && (all || dims.Any(x => Wrap(x, rank) == d))).ToHashSet();
                var kept = Enumerable.Range(0, rank).Where(d => !removed.Contains(d)).ToArray();
                var result = all ? tensor.Squeeze() : tensor.Squeeze(dims);
                return (result, model.Map(kept.Select(d => shape[d]).ToArray(), i => { var old = new long[rank]; for (int k = 0; k < kept.Length; k++) old[kept[k]] = i[k]; return old; }));
            }
            case 7 when rank < 6 && model.Numel <= 200:
            {
                int lead = random.Next(Math.Min(2, 6 - rank) + 1);
                var sizes = new long[lead + rank];
                var newShape = new long[lead + rank];
                for (int k = 0; k < lead; k++) sizes[k] = newShape[k] = random.Next(4);
                for (int d = 0; d < rank; d++)
                {
                    newShape[lead + d] = shape[d] == 1 ? random.Next(4) : shape[d];
                    sizes[lead + d] = random.Next(3) == 0 ? -1 : newShape[lead + d];
                    if (sizes[lead + d] == -1) newShape[lead + d] = shape[d];
                }
                log.Add($"expand({Format(sizes)})");
                return (tensor.Expand(sizes), model.Map(newShape, i => Enumerable.Range(0, rank).Select(d => shape[d] == 1 ? 0 : i[lead + d]).ToArray()));
            }
            case 8 when rank >= 2:
            {
                int dim1 = AnyDim(rank), dim2 = AnyDim(rank);
                if (Wrap(dim1, rank) == Wrap(dim2, rank)) return (tensor, model);
                int a = Wrap(dim1, rank), b = Wrap(dim2, rank);
                long offset = random.Next(-3, 4);
                log.Add($"diagonal({offset}, {dim1}, {dim2})");
                long length = 0;
                while (length + Math.Max(-offset, 0) < shape[a] && length + Math.Max(offset, 0) < shape[b]) length++;
                var others = Enumerable.Range(0, rank).Where(d => d != a && d != b).ToArray();
                var newShape = others.Select(d => shape[d]).Append(length).ToArray();
                return (tensor.Diagonal(offset, dim1, dim2), model.Map(newShape, i =>
                {
                    var old = new long[rank];
                    for (int k = 0; k < others.Length; k++) old[others[k]] = i[k];
                    old[a] = i[^1] + Math.Max(-offset, 0);
                    old[b] = i[^1] + Math.Max(offset, 0);
                    return old;
                }));
            }
            case 9 when rank > 0:
            {
                int count = 1 + random.Next(rank);
                int[] from = Enumerable.Range(0, rank).OrderBy(_ => random.Next()).Take(count).ToArray();
                int[] to = Enumerable.Range(0, rank).OrderBy(_ => random.Next()).Take(count).ToArray();
                int[] fromArgument = from.Select(d => random.Next(2) == 0 ? d : d - rank).ToArray();
                log.Add($"movedim([{string.Join(", ", fromArgument)}], [{string.Join(", ", to)}])");
                // NumPy's moveaxis: the other dims keep their order; each moved dim is inserted at its destination, lowest first.
                var order = Enumerable.Range(0, rank).Where(d => !from.Contains(d)).ToList();
                foreach (var (destination, dim) in to.Zip(from).OrderBy(p => p.First)) order.Insert(destination, dim);
                var newShape = order.Select(d => shape[d]).ToArray();
                return (tensor.Movedim(fromArgument, to), model.Map(newShape, i => { var old = new long[rank]; for (int k = 0; k < rank; k++) old[order[k]] = i[k]; return old; }));
            }
            case 10 or 11:
            {
                long[] newShape = RandomShapeOfNumel(random, model.Numel);
                long[] argument = (long[])newShape.Clone();
                if (model.Numel > 0 && newShape.Length > 0 && random.Next(3) == 0) argument[random.Next(newShape.Length)] = -1;
                bool viewable = model.CanView(newShape);
                var reshaped = model.Map(newShape, i => Unflat(Flat(i, newShape), shape));
                if (random.Next(2) == 0)
                {
                    log.Add($"reshape({Format(argument)})");
                    return (tensor.Reshape(argument), viewable ? reshaped : reshaped.Copy());
                }
                log.Add($"view({Format(argument)})");
                if (viewable) return (tensor.View(argument), reshaped);
                Assert.Throws<InvalidOperationException>(() => tensor.View(argument));
                log.Add("(not viewable) reshape");
                return (tensor.Reshape(argument), reshaped.Copy());
            }
            case 12 when rank > 0:
            {
                int startDim = AnyDim(rank), endDim = AnyDim(rank);
                int start = Wrap(startDim, rank), end = Wrap(endDim, rank);
                if (start > end) return (tensor, model);
                log.Add($"flatten({startDim}, {endDim})");
                var newShape = shape[..start].Append(shape[start..(end + 1)].Aggregate(1L, (x, y) => x * y)).Concat(shape[(end + 1)..]).ToArray();
                var flattened = model.Map(newShape, i => Unflat(Flat(i, newShape), shape));
                return (tensor.Flatten(startDim, endDim), start == end || model.CanView(newShape) ? flattened : flattened.Copy());
            }
            case 13 when rank > 0:
            {
                int dim = AnyDim(rank), d = Wrap(dim, rank);
                long[] sizes = RandomShapeOfNumel(random, shape[d], minRank: 1);
                long[] argument = (long[])sizes.Clone();
                if (shape[d] > 0 && random.Next(3) == 0) argument[random.Next(sizes.Length)] = -1;
                log.Add($"unflatten({dim}, {Format(argument)})");
                var newShape = shape[..d].Concat(sizes).Concat(shape[(d + 1)..]).ToArray();
                return (tensor.Unflatten(dim, argument), model.Map(newShape, i => Unflat(Flat(i, newShape), shape)));
            }
            case 14:
            {
                long storageLength = model.Storage.Length;
                long[] size = Enumerable.Range(0, random.Next(4)).Select(_ => (long)random.Next(4)).ToArray();
                long[] stride = size.Select(_ => (long)random.Next(4)).ToArray();
                long reach = size.Select((s, k) => Math.Max(s - 1, 0) * stride[k]).Sum();
                bool empty = size.Contains(0);
                if (!empty && reach >= storageLength) return (tensor, model);
                long offset = empty ? random.Next((int)storageLength + 1) : random.Next((int)(storageLength - reach));
                log.Add($"as_strided({Format(size)}, {Format(stride)}, {offset})");
                var strided = model with { Shape = size, Position = i => offset + i.Select((x, k) => x * stride[k]).Sum() };
                return (tensor.AsStrided(size, stride, offset), strided);
            }
        }
        log.Add("contiguous()");
        return (tensor.Contiguous(), model.IsContiguous ? model : model.Copy());
    }

    /// <summary>The positions Python's <c>range(size)[start:stop:step]</c> picks, step positive.</summary>
    static long[] PythonSlice(long size, long? start, long? stop, long step)
    {
        long Bound(long? value, long fallback) => value is null ? fallback : Math.Clamp(value.Value < 0 ? value.Value + size : value.Value, 0, size);
        var picked = new List<long>();
        for (long i = Bound(start, 0); i < Bound(stop, size); i += step) picked.Add(i);
        return picked.ToArray();
    }

    static long[] RandomShapeOfNumel(System.Random random, long numel, int minRank = 0)
    {
        var shape = new List<long>();
        if (numel == 0)
        {
            shape.Add(0);
            for (int k = random.Next(3); k > 0; k--) shape.Add(random.Next(4));
        }
        else
        {
            long rest = numel;
            while (rest > 1 && shape.Count < 5)
            {
                var divisors = Enumerable.Range(2, (int)rest - 1).Where(x => rest % x == 0).ToArray();
                long factor = shape.Count == 4 ? rest : divisors[random.Next(divisors.Length)];
                shape.Add(factor);
                rest /= factor;
            }
            for (int k = random.Next(3); k > 0 && shape.Count < 6; k--) shape.Add(1);
        }
        while (shape.Count < minRank) shape.Add(1);
        return shape.OrderBy(_ => random.Next()).ToArray();
    }

    static IEnumerable<long[]> RowMajor(long[] shape)
    {
        long numel = shape.Aggregate(1L, (a, b) => a * b);
        for (long k = 0; k < numel; k++) yield return Unflat(k, shape);
    }

    static long Flat(long[] index, long[] shape)
    {
        long flat = 0;
        for (int d = 0; d < shape.Length; d++) flat = flat * shape[d] + index[d];
        return flat;
    }

    static long[] Unflat(long flat, long[] shape)
    {
        var index = new long[shape.Length];
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return index;
    }

    static long[] Replace(long[] values, int at, long value) { var copy = (long[])values.Clone(); copy[at] = value; return copy; }

    static long[] Remove(long[] values, int at) => values.Where((_, k) => k != at).ToArray();

    static long[] Insert(long[] values, int at, long value) => values.Take(at).Append(value).Concat(values.Skip(at)).ToArray();

    static string Format(long[] values) => "[" + string.Join(", ", values) + "]";
}
