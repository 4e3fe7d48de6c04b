using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// Each thread's packing buffers, kept between calls so a steady stream of GEMMs allocates nothing.
/// They are pinned managed arrays (aligned here to a cache line) rather than native memory so that
/// they are freed with their thread and never leak.
/// </summary>
internal sealed unsafe class GemmWorkspace
{
    const int Alignment = 64;

    [ThreadStatic] static GemmWorkspace? current;

    byte[]? packedA, packedB, scratch;

    public static GemmWorkspace Current => current ??= new GemmWorkspace();

    public T* PackedA<T>(long count) where T : unmanaged => (T*)Buffer(ref packedA, count * sizeof(T));
    public T* PackedB<T>(long count) where T : unmanaged => (T*)Buffer(ref packedB, count * sizeof(T));
    public T* Scratch<T>(long count) where T : unmanaged => (T*)Buffer(ref scratch, count * sizeof(T));

    static byte* Buffer(ref byte[]? buffer, long bytes)
    {
        if (buffer is null || buffer.Length < bytes + Alignment)
            buffer = GC.AllocateUninitializedArray<byte>(checked((int)(bytes + Alignment)), pinned: true);
        byte* start = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(buffer));
        return (byte*)(((nuint)start + Alignment - 1) & ~(nuint)(Alignment - 1));
    }
}
