using System.Globalization;
using System.Text;

namespace Flint;

/// <summary>
/// PyTorch's tensor repr (<c>torch/_tensor_str.py</c> of 1.13): <c>Tensor.ToString()</c> equals <c>repr(t)</c>.
/// The body nests brackets with one more space of indent per level, wraps long rows at the line width and
/// summarises large tensors with <c>...</c>; suffixes (device, dtype, size, autograd) follow, wrapping as PyTorch's do.
/// </summary>
internal static class TensorFormatter
{
    const string Prefix = "tensor(";

    public static string Format(Tensor tensor)
    {
        var options = Torch.GetPrintOptions();
        int indent = Prefix.Length;
        var suffixes = new List<string>();
        if (!tensor.Device.IsCpu) suffixes.Add($"device='{tensor.Device}'");

        string body;
        if (tensor.Numel == 0)
        {
            // NumPy-style: the shape is shown unless it is (0,), and the dtype whenever it is not the default
            // float dtype, since there are no elements to infer an int64 or bool from.
            if (tensor.Dim != 1) suffixes.Add("size=" + PythonTuple(tensor.Layout.Shape));
            if (tensor.DType != Torch.GetDefaultDType()) suffixes.Add("dtype=" + tensor.DType.TorchName());
            body = "[]";
        }
        else
        {
            if (!HasDefaultDType(tensor.DType)) suffixes.Add("dtype=" + tensor.DType.TorchName());
            body = Body(tensor, indent, options);
        }

        if (tensor.GradFn is { } gradFn) suffixes.Add($"grad_fn=<{gradFn.Name}>");
        else if (tensor.RequiresGrad) suffixes.Add("requires_grad=True");
        return AddSuffixes(Prefix + body, suffixes, indent, options.LineWidth);
    }

    /// <summary>A dtype a reader infers from the printed values: the default float dtype, int64 and bool.</summary>
    static bool HasDefaultDType(DType dtype) => dtype == Torch.GetDefaultDType() || dtype is DType.Int64 or DType.Bool;

    /// <summary>PyTorch's <c>_tensor_str</c> for a non-empty tensor.</summary>
    static string Body(Tensor tensor, int indent, PrintOptions options)
    {
        bool summarize = tensor.Numel > options.Threshold;
        var elements = DisplayedElements.Gather(tensor, summarize ? options.EdgeItems : null);
        var formatter = ElementFormatter.For(elements, tensor.DType, options);
        if (tensor.Dim == 0) return formatter.Format(0);
        var text = new StringBuilder();
        new BodyWriter(text, elements, formatter, options.LineWidth).Write(0, 0, indent);
        return text.ToString();
    }

    /// <summary>
    /// PyTorch's <c>_add_suffixes</c>: each suffix goes on the current line after <c>", "</c> unless that would pass the
    /// line width, then on a new line at <paramref name="indent"/>. The starting line length is measured as
    /// PyTorch measures it (two more than the characters after the last newline).
    /// </summary>
    static string AddSuffixes(string text, List<string> suffixes, int indent, int lineWidth)
    {
        var result = new StringBuilder(text);
        int lastLineLength = text.Length - text.LastIndexOf('\n') + 1;
        foreach (string suffix in suffixes)
        {
            if (lastLineLength + suffix.Length + 2 > lineWidth)
            {
                result.Append(",\n").Append(' ', indent).Append(suffix);
                lastLineLength = indent + suffix.Length;
            }
            else
            {
                result.Append(", ").Append(suffix);
                lastLineLength += suffix.Length + 2;
            }
        }
        return result.Append(')').ToString();
    }

    /// <summary>Python's <c>str(tuple(shape))</c>: <c>(0, 3)</c>, and <c>(0,)</c> for one element.</summary>
    static string PythonTuple(ReadOnlySpan<long> sizes)
    {
        var parts = new string[sizes.Length];
        for (int d = 0; d < sizes.Length; d++) parts[d] = sizes[d].ToString(CultureInfo.InvariantCulture);
        return "(" + string.Join(", ", parts) + (parts.Length == 1 ? ",)" : ")");
    }

    /// <summary>PyTorch's <c>_tensor_str_with_formatter</c> and <c>_vector_str</c> over the displayed elements.</summary>
    readonly struct BodyWriter(StringBuilder text, DisplayedElements elements, ElementFormatter formatter, int lineWidth)
    {
        /// <summary>Writes the sub-tensor from dimension <paramref name="dim"/> on, starting at displayed element <paramref name="offset"/>.</summary>
        public void Write(int dim, long offset, int indent)
        {
            if (dim == elements.Shape.Length - 1)
            {
                WriteRow(dim, offset, indent);
                return;
            }
            // Sub-tensors are separated by one blank line fewer than their own rank, so 3-d blocks stand apart.
            int newlines = elements.Shape.Length - dim - 1;
            text.Append('[');
            int item = 0;
            foreach (long index in Items(dim))
            {
                if (item++ > 0) text.Append(',').Append('\n', newlines).Append(' ', indent + 1);
                if (index < 0) text.Append("...");
                else Write(dim + 1, offset + index * elements.Strides[dim], indent + 1);
            }
            text.Append(']');
        }

        /// <summary>A 1-d row: as many elements a line as fit in the line width after the indent, at least one.</summary>
        void WriteRow(int dim, long offset, int indent)
        {
            int elementLength = formatter.Width + 2; // the separating ", "
            int perLine = Math.Max(1, (int)Math.Floor((double)(lineWidth - indent) / elementLength));
            text.Append('[');
            int item = 0;
            foreach (long index in Items(dim))
            {
                if (item > 0)
                {
                    if (item % perLine == 0) text.Append(",\n").Append(' ', indent + 1);
                    else text.Append(", ");
                }
                item++;
                text.Append(index < 0 ? " ..." : formatter.Format(offset + index * elements.Strides[dim]));
            }
            text.Append(']');
        }

        /// <summary>The kept indices of <paramref name="dim"/>, with -1 where the <c>...</c> of a summary goes.</summary>
        IEnumerable<long> Items(int dim)
        {
            int head = elements.HeadCounts[dim];
            for (long index = 0; index < elements.Shape[dim]; index++)
            {
                if (index == head) yield return -1;
                yield return index;
            }
        }
    }
}
