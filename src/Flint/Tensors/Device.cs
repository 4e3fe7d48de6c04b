using System.Globalization;

namespace Flint;

public enum DeviceType
{
    Cpu,
    Cuda,
}

/// <summary>Where a tensor's storage lives; PyTorch's <c>torch.device</c>.</summary>
public readonly record struct Device
{
    public DeviceType Type { get; }

    /// <summary>The device ordinal, or -1 when none was given (<c>cuda</c> means the current device).</summary>
    public int Index { get; }

    public Device(DeviceType type, int index = -1)
    {
        if (index < -1) throw new ArgumentException($"Device index must be -1 or non-negative, got {index}.", nameof(index));
        if (type == DeviceType.Cpu && index > 0)
            throw new ArgumentException($"CPU device index must be -1 or zero, got {index}.", nameof(index));
        Type = type;
        Index = index;
    }

    /// <summary>Parses <c>"cpu"</c>, <c>"cuda"</c>, <c>"cuda:1"</c>.</summary>
    public Device(string description) : this(Parse(description, out int index), index) { }

    public static Device Cpu { get; } = new(DeviceType.Cpu);

    public static Device Cuda(int index = 0) => new(DeviceType.Cuda, index);

    public bool IsCpu => Type == DeviceType.Cpu;

    public bool IsCuda => Type == DeviceType.Cuda;

    public override string ToString()
    {
        string type = Type == DeviceType.Cpu ? "cpu" : "cuda";
        return Index >= 0 ? $"{type}:{Index}" : type;
    }

    static DeviceType Parse(string description, out int index)
    {
        ArgumentNullException.ThrowIfNull(description);
        string[] parts = description.Trim().Split(':');
        DeviceType type = parts[0] switch
        {
            "cpu" => DeviceType.Cpu,
            "cuda" => DeviceType.Cuda,
            _ => throw new ArgumentException(
                $"Expected one of cpu, cuda device type at start of device string: {description}", nameof(description)),
        };
        index = -1;
        if (parts.Length > 2 || (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out index)))
            throw new ArgumentException($"Invalid device string: '{description}'", nameof(description));
        return type;
    }
}
