namespace Flint.NN;

/// <summary>PyTorch's <c>torch.nn.functional</c>: stateless forms of the layers, composed of tensor ops.</summary>
public static partial class Functional
{
    /// <summary>
    /// Pads (or, with negative amounts, crops) the last dimensions: <paramref name="pad"/> lists (left, right) amounts
    /// from the last dimension backwards. "constant" fills with <paramref name="value"/>; "reflect" mirrors without
    /// repeating the edge, "replicate" repeats the edge, "circular" wraps around; these three pad the last 1, 2 or 3
    /// dimensions of a batched or unbatched input (PyTorch's reflection_pad / replication_pad / _pad_circular) and take
    /// no value other than 0 (PyTorch 1.13 cannot tell 0 from no value either).
    /// </summary>
    public static Tensor Pad(Tensor input, long[] pad, string mode = "constant", double value = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(pad);
        if (mode is not ("constant" or "reflect" or "replicate" or "circular")) throw new ArgumentException($"Unrecognised padding mode {mode}");
        if (pad.Length % 2 != 0) throw new ArgumentException("Padding length must be divisible by 2");
        if (pad.Length > input.Dim * 2) throw new ArgumentException("Padding length too large");
        if (mode == "constant") return ConstantPad(input, pad, value);
        if (value != 0) throw new ArgumentException($"Padding mode \"{mode}\" doesn't take in value argument");
        int spatial = pad.Length / 2;
        if (spatial == 0 || input.Dim < spatial + 1 || input.Dim > spatial + 2)
            throw new ArgumentException("Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now");
        return mode == "circular" ? CircularPad(input, pad) : EdgePad(input, pad, spatial, reflect: mode == "reflect");
    }

    /// <summary>PyTorch's <c>constant_pad_nd</c>: crop by the negative amounts (views), then copy into a filled tensor.</summary>
    static Tensor ConstantPad(Tensor input, long[] pad, double value)
    {
        int rank = input.Dim, first = rank - pad.Length / 2;
        var cropped = input;
        bool anyPositive = false;
        for (int d = first; d < rank; d++)
        {
            var (left, right) = Amounts(pad, rank, d);
            if (left < 0) cropped = cropped.Narrow(d, -left, cropped.Size(d) + left);
            if (right < 0) cropped = cropped.Narrow(d, 0, cropped.Size(d) + right);
            anyPositive |= left > 0 || right > 0;
        }
        if (!anyPositive) return cropped.Clone();
        long[] shape = input.Shape.ToArray();
        for (int d = first; d < rank; d++)
        {
            var (left, right) = Amounts(pad, rank, d);
            shape[d] += left + right;
            if (shape[d] <= 0)
                throw new ArgumentException(
                    $"The input size {input.Size(d)}, plus negative padding {left} and {right} resulted in a negative output size, which is invalid. Check dimension {d} of your input.");
        }
        var output = Torch.Full(shape, value, input.DType, input.Device);
        var interior = output;
        for (int d = first; d < rank; d++)
        {
            var (left, right) = Amounts(pad, rank, d);
            if (left > 0) interior = interior.Narrow(d, left, interior.Size(d) - left);
            if (right > 0) interior = interior.Narrow(d, 0, interior.Size(d) - right);
        }
        interior.Copy_(cropped);
        return output;
    }

    /// <summary>The (left, right) amounts for dimension <paramref name="dim"/>: the pad list runs from the last dimension backwards.</summary>
    static (long Left, long Right) Amounts(long[] pad, int rank, int dim)
    {
        int at = 2 * (rank - dim - 1);
        return (pad[at], pad[at + 1]);
    }

    /// <summary>
    /// Reflection and replication padding: each padded dimension is gathered through an index vector that maps every
    /// output position to the input position it copies (<see cref="Tensor.IndexSelect"/>), with PyTorch 1.13's checks.
    /// </summary>
    static Tensor EdgePad(Tensor input, long[] pad, int spatial, bool reflect)
    {
        int rank = input.Dim, first = rank - spatial;
        bool batched = rank == spatial + 2;
        CheckEdgeInput(input, spatial, reflect, batched);
        if (reflect)
        {
            // PyTorch checks width (argument #4), then height (#6), then depth (#8); its 2-d messages print the rank, not the shape.
            for (int d = rank - 1, argument = 4; d >= first; d--, argument += 2)
            {
                var (left, right) = Amounts(pad, rank, d);
                if (left >= input.Size(d) || right >= input.Size(d))
                    throw new ArgumentException(
                        $"Argument #{argument}: Padding size should be less than the corresponding input dimension, but got: padding ({left}, {right}) at dimension {d} of input " +
                        (spatial == 2 ? $"{rank}" : Shape.Format(input.Layout.Shape)));
            }
        }
        CheckEdgeOutput(input, pad, spatial, reflect);
        CheckEdgeDType(input.DType, spatial, reflect);
        var result = input;
        for (int d = first; d < rank; d++)
        {
            var (left, right) = Amounts(pad, rank, d);
            long size = input.Size(d);
            var positions = new long[size + left + right];
            for (long o = 0; o < positions.Length; o++)
            {
                long i = o - left;
                positions[o] = !reflect ? Math.Clamp(i, 0, size - 1) : i < 0 ? -i : i >= size ? 2 * (size - 1) - i : i;
            }
            result = result.IndexSelect(d, Torch.Tensor(positions, device: input.Device));
        }
        return result;
    }

    /// <summary>
    /// PyTorch 1.13's input checks: the padded dimensions, and the channel dimension, must not be empty; the batch
    /// dimension may be, and so may the first dimension of an unbatched input for 1-d and 2-d reflection.
    /// </summary>
    static void CheckEdgeInput(Tensor input, int spatial, bool reflect, bool batched)
    {
        bool legacyReflect = reflect && spatial < 3;
        int from = batched || legacyReflect ? 1 : 0;
        for (int d = from; d < input.Dim; d++)
        {
            if (input.Size(d) != 0) continue;
            string shapes = $"{spatial + 1}D or {spatial + 2}D (batch mode) tensor";
            throw new ArgumentException(legacyReflect
                ? $"{shapes} expected for input, but got: [ {input.LegacyTypeName()}{{{string.Join(",", input.Shape)}}} ]"
                : $"Expected {shapes} with possibly 0 batch size and other non-zero dimensions for input, but got: {Shape.Format(input.Layout.Shape)}");
        }
    }

    /// <summary>The output must keep an element along some padded dimension, with PyTorch 1.13's messages (spacing included).</summary>
    static void CheckEdgeOutput(Tensor input, long[] pad, int spatial, bool reflect)
    {
        int rank = input.Dim;
        long[] sizes = new long[spatial], outputs = new long[spatial];
        for (int k = 0; k < spatial; k++)
        {
            int d = rank - spatial + k;
            var (left, right) = Amounts(pad, rank, d);
            sizes[k] = input.Size(d);
            outputs[k] = sizes[k] + left + right;
        }
        if (outputs.Any(o => o >= 1)) return;
        throw new ArgumentException(spatial switch
        {
            1 => $"{(reflect ? "2" : "")}input (W: {sizes[0]}){(reflect ? "" : " ")}is too small. Calculated output W: {outputs[0]}",
            2 => $"input (H: {sizes[0]}, W: {sizes[1]}{(reflect ? ")" : " ) ")}is too small. Calculated output H: {outputs[0]} W: {outputs[1]}",
            _ => $"input (D: {sizes[0]} H: {sizes[1]}, W: {sizes[2]}) is too small. Calculated output D: {outputs[0]} H: {outputs[1]} W: {outputs[2]}",
        });
    }

    /// <summary>PyTorch 1.13's CPU kernels: float and double, and for 3-d reflection the half types too.</summary>
    static void CheckEdgeDType(DType dtype, int spatial, bool reflect)
    {
        bool supported = dtype is DType.Float32 or DType.Float64 || (reflect && spatial == 3 && dtype.IsFloatingPoint());
        if (supported) return;
        string kernel = reflect ? $"reflection_pad{spatial}d{(spatial == 3 ? "_cpu" : "")}" : $"replication_pad{spatial}d_cpu";
        throw new ArgumentException($"\"{kernel}\" not implemented for '{dtype.ScalarTypeName()}'");
    }

    /// <summary>
    /// PyTorch's <c>_pad_circular</c>: the input cropped by the negative amounts, then wrapped around by the positive
    /// ones (position o of a padded dimension copies cropped position (o - left) mod size).
    /// </summary>
    static Tensor CircularPad(Tensor input, long[] pad)
    {
        int rank = input.Dim, spatial = rank - 2;
        if (pad.Length + 4 != rank * 2) throw new ArgumentException($"Invalid padding size, expected {spatial * 2} but got {pad.Length}");
        for (int d = 2; d < rank; d++)
        {
            var (left, right) = Amounts(pad, rank, d);
            if (left > input.Size(d) || right > input.Size(d)) throw new ArgumentException("Padding value causes wrapping around more than once.");
            if (input.Size(d) + left + right < 0) throw new ArgumentException("Negative padding value is resulting in an empty dimension");
        }
        var result = input;
        for (int d = 2; d < rank; d++)
        {
            var (left, right) = Amounts(pad, rank, d);
            long size = input.Size(d);
            result = result.Slice(d, Math.Max(-left, 0), size - Math.Max(-right, 0));
            long kept = result.Size(d);
            var positions = new long[size + left + right];
            if (positions.Length > 0 && kept == 0) throw new ArgumentException("Padding value causes wrapping around more than once.");
            for (long o = 0; o < positions.Length; o++) positions[o] = ((o - Math.Max(left, 0)) % kept + kept) % kept;
            result = result.IndexSelect(d, Torch.Tensor(positions, device: input.Device));
        }
        return result;
    }
}
