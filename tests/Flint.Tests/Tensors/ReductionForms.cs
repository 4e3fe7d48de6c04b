using System.Text.Json;
using Flint.Tests.Golden;

namespace Flint.Tests.Tensors;

/// <summary>
/// A PyTorch reduction call (op and keyword arguments as the golden script passed them) in its C# spellings:
/// the Tensor method and the <c>Torch</c> static, with the overload the arguments select.
/// </summary>
internal static class ReductionForms
{
    public static Func<Tensor>[] Of(string op, Tensor x, JsonElement kwargs)
    {
        bool hasDim = kwargs.TryGetProperty("dim", out var dimValue);
        bool keepdim = kwargs.TryGetProperty("keepdim", out var k) && k.GetBoolean();
        DType? dtype = kwargs.TryGetProperty("dtype", out var d) ? DTypeExtensions.ParseTorchName(d.GetString()!) : null;
        int? dim = hasDim && dimValue.ValueKind == JsonValueKind.Number ? dimValue.GetInt32() : null;
        int[]? dims = hasDim && dimValue.ValueKind == JsonValueKind.Array ? GoldenData.Longs(dimValue).Select(v => (int)v).ToArray() : null;

        return (op, dim, dims) switch
        {
            ("sum", null, null) => [() => x.Sum(dtype), () => Torch.Sum(x, dtype)],
            ("sum", int one, _) => [() => x.Sum(one, keepdim, dtype), () => Torch.Sum(x, one, keepdim, dtype)],
            ("sum", _, int[] many) => [() => x.Sum(many, keepdim, dtype), () => Torch.Sum(x, many, keepdim, dtype)],
            ("mean", null, null) => [() => x.Mean(dtype), () => Torch.Mean(x, dtype)],
            ("mean", int one, _) => [() => x.Mean(one, keepdim, dtype), () => Torch.Mean(x, one, keepdim, dtype)],
            ("mean", _, int[] many) => [() => x.Mean(many, keepdim, dtype), () => Torch.Mean(x, many, keepdim, dtype)],
            ("prod", null, null) => [() => x.Prod(dtype), () => Torch.Prod(x, dtype)],
            ("prod", int one, _) => [() => x.Prod(one, keepdim, dtype), () => Torch.Prod(x, one, keepdim, dtype)],
            ("amax", null, null) => [() => x.Amax(), () => Torch.Amax(x)],
            ("amax", int one, _) => [() => x.Amax(one, keepdim), () => Torch.Amax(x, one, keepdim)],
            ("amax", _, int[] many) => [() => x.Amax(many, keepdim), () => Torch.Amax(x, many, keepdim)],
            ("amin", null, null) => [() => x.Amin(), () => Torch.Amin(x)],
            ("amin", int one, _) => [() => x.Amin(one, keepdim), () => Torch.Amin(x, one, keepdim)],
            ("amin", _, int[] many) => [() => x.Amin(many, keepdim), () => Torch.Amin(x, many, keepdim)],
            ("max", null, null) => [() => x.Max(), () => Torch.Max(x)],
            ("min", null, null) => [() => x.Min(), () => Torch.Min(x)],
            ("all", null, null) => [() => x.All(), () => Torch.All(x)],
            ("all", int one, _) => [() => x.All(one, keepdim), () => Torch.All(x, one, keepdim)],
            ("any", null, null) => [() => x.Any(), () => Torch.Any(x)],
            ("any", int one, _) => [() => x.Any(one, keepdim), () => Torch.Any(x, one, keepdim)],
            ("softmax", int one, _) => [() => x.Softmax(one, dtype), () => Torch.Softmax(x, one, dtype)],
            ("log_softmax", int one, _) => [() => x.LogSoftmax(one, dtype), () => Torch.LogSoftmax(x, one, dtype)],
            ("logsumexp", int one, _) => [() => x.Logsumexp(one, keepdim), () => Torch.Logsumexp(x, one, keepdim)],
            ("logsumexp", _, int[] many) => [() => x.Logsumexp(many, keepdim), () => Torch.Logsumexp(x, many, keepdim)],
            _ => throw new ArgumentException($"no C# form of {op} with {kwargs}"),
        };
    }
}
