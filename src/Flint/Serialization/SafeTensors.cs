using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using Flint.Backends.Cpu;

namespace Flint.Serialization;

/// <summary>
/// The safetensors format (Hugging Face): an 8-byte little-endian header length, a JSON header
/// naming each tensor's dtype, shape and byte range, then the raw little-endian data.
/// Reading copies into fresh CPU tensors; a malformed file throws <see cref="InvalidDataException"/>
/// naming the file and the problem.
/// </summary>
public static class SafeTensors
{
    const string MetadataKey = "__metadata__";
    const long MaxHeaderBytes = 100_000_000;

    public static OrderedDictionary<string, Tensor> Load(string path) => LoadWithMetadata(path).Tensors;

    public static (OrderedDictionary<string, Tensor> Tensors, Dictionary<string, string> Metadata) LoadWithMetadata(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"safetensors file not found: {path}", path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a whole safetensors stream; <paramref name="source"/> names it in error messages.</summary>
    public static (OrderedDictionary<string, Tensor> Tensors, Dictionary<string, string> Metadata) Read(Stream stream, string source = "<stream>")
    {
        Span<byte> lengthBytes = stackalloc byte[8];
        ReadExactly(stream, lengthBytes, source, "header length");
        long headerLength = (long)BinaryPrimitives.ReadUInt64LittleEndian(lengthBytes);
        if (headerLength <= 0 || headerLength > MaxHeaderBytes)
            throw new InvalidDataException($"{source}: invalid safetensors header length {headerLength}.");
        var header = new byte[headerLength];
        ReadExactly(stream, header, source, "header");
        using var remaining = new MemoryStream();
        stream.CopyTo(remaining);
        byte[] data = remaining.ToArray();

        var tensors = new OrderedDictionary<string, Tensor>();
        var metadata = new Dictionary<string, string>();
        JsonDocument document;
        try { document = JsonDocument.Parse(header); }
        catch (JsonException e) { throw new InvalidDataException($"{source}: the safetensors header is not valid JSON: {e.Message}", e); }
        using (document)
        {
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Name == MetadataKey)
                {
                    foreach (var item in entry.Value.EnumerateObject()) metadata[item.Name] = item.Value.GetString() ?? "";
                    continue;
                }
                tensors[entry.Name] = ReadTensor(entry.Name, entry.Value, data, source);
            }
        }
        return (tensors, metadata);
    }

    static Tensor ReadTensor(string name, JsonElement info, byte[] data, string source)
    {
        try
        {
            DType dtype = ParseDType(info.GetProperty("dtype").GetString() ?? "");
            long[] shape = info.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            long[] offsets = info.GetProperty("data_offsets").EnumerateArray().Select(e => e.GetInt64()).ToArray();
            long bytes = Shape.NumelOf(shape) * dtype.ElementSize();
            if (offsets.Length != 2 || offsets[0] < 0 || offsets[1] > data.LongLength || offsets[1] - offsets[0] != bytes)
                throw new InvalidDataException(
                    $"{source}: tensor '{name}' has data offsets [{string.Join(", ", offsets)}] that do not fit its shape {Shape.Format(shape)} " +
                    $"({dtype.TorchName()}, {bytes} bytes) within {data.LongLength} data bytes.");
            var storage = CpuStorage.Allocate(dtype, Shape.NumelOf(shape));
            data.AsSpan(checked((int)offsets[0]), checked((int)bytes)).CopyTo(storage.Bytes());
            return Torch.FromStorage(storage, shape);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{source}: malformed entry for tensor '{name}': {e.Message}", e);
        }
    }

    public static void Save(IEnumerable<KeyValuePair<string, Tensor>> tensors, string path, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using var stream = File.Create(path);
        Write(stream, tensors, metadata);
    }

    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, Tensor>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var entries = tensors.Select(pair => (pair.Key, Tensor: pair.Value.Cpu().Contiguous())).ToList();
        using var headerBuffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(headerBuffer))
        {
            json.WriteStartObject();
            if (metadata is { Count: > 0 })
            {
                json.WriteStartObject(MetadataKey);
                foreach (var (key, value) in metadata) json.WriteString(key, value);
                json.WriteEndObject();
            }
            long offset = 0;
            foreach (var (name, tensor) in entries)
            {
                long bytes = tensor.Numel * tensor.DType.ElementSize();
                json.WriteStartObject(name);
                json.WriteString("dtype", FormatDType(tensor.DType));
                json.WriteStartArray("shape");
                foreach (long size in tensor.Shape) json.WriteNumberValue(size);
                json.WriteEndArray();
                json.WriteStartArray("data_offsets");
                json.WriteNumberValue(offset);
                json.WriteNumberValue(offset + bytes);
                json.WriteEndArray();
                json.WriteEndObject();
                offset += bytes;
            }
            json.WriteEndObject();
        }
        // The header is padded with spaces so the data starts 8-byte aligned, as the reference writer does.
        int padding = (int)((8 - headerBuffer.Length % 8) % 8);
        Span<byte> lengthBytes = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(lengthBytes, (ulong)(headerBuffer.Length + padding));
        stream.Write(lengthBytes);
        stream.Write(headerBuffer.GetBuffer(), 0, (int)headerBuffer.Length);
        stream.Write(Encoding.ASCII.GetBytes(new string(' ', padding)));
        foreach (var (_, tensor) in entries)
        {
            var storage = (CpuStorage)tensor.Storage;
            int size = tensor.DType.ElementSize();
            stream.Write(storage.Bytes().Slice(checked((int)(tensor.StorageOffset * size)), checked((int)(tensor.Numel * size))));
        }
    }

    static void ReadExactly(Stream stream, Span<byte> buffer, string source, string what)
    {
        try { stream.ReadExactly(buffer); }
        catch (EndOfStreamException e) { throw new InvalidDataException($"{source}: file ends inside the safetensors {what}.", e); }
    }

    static DType ParseDType(string code) => code switch
    {
        "BOOL" => DType.Bool,
        "U8" => DType.UInt8,
        "I8" => DType.Int8,
        "I16" => DType.Int16,
        "I32" => DType.Int32,
        "I64" => DType.Int64,
        "F16" => DType.Float16,
        "BF16" => DType.BFloat16,
        "F32" => DType.Float32,
        "F64" => DType.Float64,
        _ => throw new FormatException($"unsupported safetensors dtype '{code}'"),
    };

    static string FormatDType(DType dtype) => dtype switch
    {
        DType.Bool => "BOOL",
        DType.UInt8 => "U8",
        DType.Int8 => "I8",
        DType.Int16 => "I16",
        DType.Int32 => "I32",
        DType.Int64 => "I64",
        DType.Float16 => "F16",
        DType.BFloat16 => "BF16",
        DType.Float32 => "F32",
        _ => "F64",
    };
}
