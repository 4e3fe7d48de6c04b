using System.Collections.Concurrent;
using Flint.Backends.Cpu;

namespace Flint.Backends;

/// <summary>
/// Finds the backend for a device. The CPU backend is built in; other device kinds register a
/// factory (e.g. a CUDA assembly at start-up). Asking for an unregistered or absent device throws.
/// </summary>
public static class BackendRegistry
{
    static readonly ConcurrentDictionary<DeviceType, Func<int, IBackend?>> factories = new();
    static readonly ConcurrentDictionary<Device, IBackend> backends = new();

    /// <summary>Registers a device kind. <paramref name="factory"/> returns null for an ordinal that does not exist.</summary>
    public static void Register(DeviceType type, Func<int, IBackend?> factory) => factories[type] = factory;

    public static bool IsAvailable(DeviceType type) => type == DeviceType.Cpu || factories.ContainsKey(type);

    public static IBackend Get(Device device)
    {
        if (device.IsCpu) return CpuBackend.Instance;
        Device normalized = device.Index < 0 ? new Device(device.Type, 0) : device;
        if (backends.TryGetValue(normalized, out IBackend? backend)) return backend;
        if (!factories.TryGetValue(device.Type, out var factory))
            throw new InvalidOperationException(
                $"Device '{device}' is not available: Flint was not started with a {device.Type.ToString().ToUpperInvariant()} backend " +
                "(no backend for this device type is registered, so tensors cannot be moved there).");
        backend = factory(normalized.Index)
            ?? throw new InvalidOperationException($"Device '{device}' is not available: no such {device.Type} device ordinal.");
        return backends.GetOrAdd(normalized, backend);
    }
}
