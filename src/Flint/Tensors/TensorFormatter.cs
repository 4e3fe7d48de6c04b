using System.Globalization;
using System.Text;

namespace Flint;

/// <summary>PyTorch's tensor repr (<c>torch/_tensor_str.py</c>).</summary>
internal static class TensorFormatter
{
    public static string Format(Tensor tensor)
    {
        var values = tensor.Cpu().ToArray<double>();
        var text = new StringBuilder("tensor(");
        text.Append(string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))));
        text.Append(')');
        return text.ToString();
    }
}
