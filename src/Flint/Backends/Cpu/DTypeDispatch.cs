using System.Numerics;

namespace Flint.Backends.Cpu;

/// <summary>A kernel body generic over the element type, run by <see cref="DTypeDispatch"/>.</summary>
internal interface IElementKernel
{
    void Run<T>() where T : unmanaged;
}

/// <summary>A kernel body generic over an arithmetic element type, run by <see cref="DTypeDispatch.Numeric"/>.</summary>
internal interface INumericKernel
{
    void Run<T>() where T : unmanaged, IBinaryNumber<T>;
}

/// <summary>
/// The one place where a runtime <see cref="DType"/> becomes a generic type argument (ARCHITECTURE.md: one switch
/// per dispatch family). Kernels are structs, so each instantiation is specialised and nothing is boxed.
/// </summary>
internal static class DTypeDispatch
{
    /// <summary>Every dtype, as its CLR element type.</summary>
    public static void Any<TKernel>(DType dtype, TKernel kernel) where TKernel : IElementKernel
    {
        switch (dtype)
        {
            case DType.Bool: kernel.Run<bool>(); break;
            case DType.UInt8: kernel.Run<byte>(); break;
            case DType.Int8: kernel.Run<sbyte>(); break;
            case DType.Int16: kernel.Run<short>(); break;
            case DType.Int32: kernel.Run<int>(); break;
            case DType.Int64: kernel.Run<long>(); break;
            case DType.Float16: kernel.Run<Half>(); break;
            case DType.BFloat16: kernel.Run<BFloat16>(); break;
            case DType.Float32: kernel.Run<float>(); break;
            case DType.Float64: kernel.Run<double>(); break;
            default: throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null);
        }
    }

    /// <summary>
    /// The dtypes CPU arithmetic runs in: the integers, float32 and float64. Half types compute in float32 and bool
    /// on its bytes; callers convert them before dispatching here.
    /// </summary>
    public static void Numeric<TKernel>(DType dtype, TKernel kernel, string op) where TKernel : INumericKernel
    {
        switch (dtype)
        {
            case DType.UInt8: kernel.Run<byte>(); break;
            case DType.Int8: kernel.Run<sbyte>(); break;
            case DType.Int16: kernel.Run<short>(); break;
            case DType.Int32: kernel.Run<int>(); break;
            case DType.Int64: kernel.Run<long>(); break;
            case DType.Float32: kernel.Run<float>(); break;
            case DType.Float64: kernel.Run<double>(); break;
            default: throw new ArgumentException($"{op} has no CPU kernel for '{dtype.ScalarTypeName()}'.");
        }
    }

    /// <summary>An unsigned integer type of the dtype's size, for kernels that only move elements.</summary>
    public static void Bits<TKernel>(DType dtype, TKernel kernel) where TKernel : IElementKernel
    {
        switch (dtype.ElementSize())
        {
            case 1: kernel.Run<byte>(); break;
            case 2: kernel.Run<ushort>(); break;
            case 4: kernel.Run<uint>(); break;
            default: kernel.Run<ulong>(); break;
        }
    }
}
