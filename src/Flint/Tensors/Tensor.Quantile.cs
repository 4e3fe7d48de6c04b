namespace Flint;

/// <summary>
/// Quantiles (PyTorch's <c>quantile</c> and <c>nanquantile</c>), composed as PyTorch composes them: sort the rows,
/// turn each q into a fractional rank <c>q * (n - 1)</c> in the input's dtype, and read (or interpolate between) the
/// sorted values at the ranks around it. In <c>quantile</c> a row holding NaN gives NaN; <c>nanquantile</c> ranks
/// among the numbers only (NaN when there are none).
/// </summary>
public sealed partial class Tensor
{
    public Tensor Quantile(double q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        Quantile(ScalarQ(q), dim, keepdim, interpolation, ignoreNaN: false);

    /// <summary>The quantiles of a 1-D <paramref name="q"/> come first in the result's shape; a 0-d q adds no dimension.</summary>
    public Tensor Quantile(Tensor q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        Quantile(q, dim, keepdim, interpolation, ignoreNaN: false);

    public Tensor Nanquantile(double q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        Quantile(ScalarQ(q), dim, keepdim, interpolation, ignoreNaN: true);

    public Tensor Nanquantile(Tensor q, int? dim = null, bool keepdim = false, string interpolation = "linear") =>
        Quantile(q, dim, keepdim, interpolation, ignoreNaN: true);

    enum QuantileInterpolation { Linear, Lower, Higher, Midpoint, Nearest }

    /// <summary>A C# q as PyTorch wraps it: checked, then a 0-d tensor of the input's dtype.</summary>
    Tensor ScalarQ(double q)
    {
        if (!(q >= 0 && q <= 1)) throw new ArgumentException($"quantile() q must be in the range [0, 1] but got {q}");
        return Torch.Full([], q, DType, Device);
    }

    Tensor Quantile(Tensor q, int? dim, bool keepdim, string interpolation, bool ignoreNaN)
    {
        var mode = interpolation switch
        {
            "linear" => QuantileInterpolation.Linear,
            "lower" => QuantileInterpolation.Lower,
            "higher" => QuantileInterpolation.Higher,
            "midpoint" => QuantileInterpolation.Midpoint,
            "nearest" => QuantileInterpolation.Nearest,
            _ => throw new ArgumentException(
                $"quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got {interpolation}"),
        };
        if (Numel == 0) throw new ArgumentException("quantile() input tensor must be non-empty");
        if (q.Dim > 1) throw new ArgumentException("quantile() q must be a scalar or 1D tensor");
        if (DType is not (DType.Float32 or DType.Float64)) throw new ArgumentException("quantile() input tensor must be either float or double dtype");
        if (q.DType != DType) throw new ArgumentException("quantile() q tensor must be same dtype as the input tensor");
        if (!q.Ge(0).LogicalAnd(q.Le(1)).All().Item<bool>()) throw new ArgumentException("quantile() q values must be in the range [0, 1]");

        int? wrapped = dim is { } d ? WrapDim(d) : null;
        // Rows along the last dim, sorted (NaN last): [..rest, n].
        var sorted = (wrapped is { } w && Dim > 0 ? Movedim(w, -1) : Reshape(-1)).Sort(-1).Values;
        long n = sorted.Size(-1);
        var ranks = Ranks(sorted, q.Reshape(-1), n, ignoreNaN);
        var below = mode switch
        {
            QuantileInterpolation.Higher => CeilOfNonNegative(ranks),
            QuantileInterpolation.Nearest => RoundHalfEvenOfNonNegative(ranks),
            _ => ranks.To(DType.Int64),
        };
        var result = GatherAlongLast(sorted, below);
        if (mode is QuantileInterpolation.Linear or QuantileInterpolation.Midpoint)
        {
            var weights = mode == QuantileInterpolation.Midpoint ? Torch.FullLike(ranks, 0.5) : ranks - below;
            result = Interpolate(result, GatherAlongLast(sorted, CeilOfNonNegative(ranks)), weights);
        }

        var output = q.Dim == 0 ? result.Squeeze(-1) : result.Movedim(-1, 0);
        if (keepdim)
        {
            if (wrapped is { } kept && Dim > 0) output = output.Unsqueeze(q.Dim == 0 ? kept : kept + 1);
            else output = output.Reshape([.. output.Shape.ToArray().Take(q.Dim), .. Enumerable.Repeat(1L, Dim)]);
        }
        return output.Contiguous();
    }

    /// <summary>
    /// The fractional rank of each q in each row, [..rest, Q]: <c>q * (n - 1)</c>, the last rank for rows holding NaN
    /// (so that they give NaN); for nanquantile <c>q * (count - 1)</c> over the numbers of the row, at least 0.
    /// </summary>
    static Tensor Ranks(Tensor sorted, Tensor q, long n, bool ignoreNaN)
    {
        if (ignoreNaN)
        {
            var ranks = q * (sorted.Eq(sorted).Sum(-1, keepdim: true) - 1);
            ranks[ranks < 0] = 0;
            return ranks;
        }
        var last = sorted.Narrow(-1, n - 1, 1);
        var rowHasNaN = last.Ne(last);
        long[] shape = Broadcasting.BroadcastShapes(q.Layout.Shape, rowHasNaN.Layout.Shape);
        var lastRanks = (q * (n - 1)).Expand(shape).Contiguous().Clone();
        lastRanks[rowHasNaN.Expand(shape)] = n - 1;
        return lastRanks;
    }

    static Tensor CeilOfNonNegative(Tensor ranks)
    {
        var floor = ranks.To(DType.Int64);
        return floor + ranks.Gt(floor).To(DType.Int64);
    }

    /// <summary>C's nearbyint for ranks ≥ 0: halves go to the even neighbour.</summary>
    static Tensor RoundHalfEvenOfNonNegative(Tensor ranks)
    {
        var floor = ranks.To(DType.Int64);
        var fraction = ranks - floor;
        var up = fraction.Gt(0.5).LogicalOr(fraction.Eq(0.5).LogicalAnd(floor.Remainder(2).Eq(1)));
        return floor + up.To(DType.Int64);
    }

    /// <summary><c>rows[..., index[..., j]]</c> for rows [..rest, n] and indices [..rest, Q] (PyTorch's gather on the last dim).</summary>
    static Tensor GatherAlongLast(Tensor rows, Tensor index)
    {
        long n = rows.Size(-1);
        long[] rest = rows.Shape.ToArray()[..^1];
        var rowStarts = Torch.Arange(0, Flint.Shape.NumelOf(rest) * n, n, dtype: DType.Int64, device: rows.Device).View([.. rest, 1]);
        return rows.Reshape(-1)[index + rowStarts];
    }

    /// <summary>PyTorch's lerp: <c>start + w * (end - start)</c> for |w| &lt; 0.5, else <c>end - (end - start) * (1 - w)</c>, for precision at both ends.</summary>
    static Tensor Interpolate(Tensor start, Tensor end, Tensor weight)
    {
        var difference = end - start;
        var result = start + weight * difference;
        var fromEnd = weight.Abs().Lt(0.5).LogicalNot();
        result[fromEnd] = (end - difference * (1 - weight))[fromEnd];
        return result;
    }
}
