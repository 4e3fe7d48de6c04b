namespace Flint;

/// <summary>The element type of a tensor; PyTorch's <c>torch.dtype</c>.</summary>
public enum DType
{
    Bool,
    UInt8,
    Int8,
    Int16,
    Int32,
    Int64,
    Float16,
    BFloat16,
    Float32,
    Float64,
}

/// <summary>Facts about each <see cref="DType"/>.</summary>
public static class DTypeExtensions
{
    public static int ElementSize(this DType dtype) => dtype switch
    {
        DType.Bool or DType.UInt8 or DType.Int8 => 1,
        DType.Int16 or DType.Float16 or DType.BFloat16 => 2,
        DType.Int32 or DType.Float32 => 4,
        DType.Int64 or DType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null),
    };

    public static bool IsFloatingPoint(this DType dtype) =>
        dtype is DType.Float16 or DType.BFloat16 or DType.Float32 or DType.Float64;

    /// <summary>True for the integer types, bool excluded (PyTorch's <c>isIntegralType(t, includeBool=false)</c>).</summary>
    public static bool IsIntegral(this DType dtype) =>
        dtype is DType.UInt8 or DType.Int8 or DType.Int16 or DType.Int32 or DType.Int64;

    public static bool IsSigned(this DType dtype) =>
        dtype is not (DType.Bool or DType.UInt8);

    /// <summary>The name PyTorch prints: <c>torch.float32</c>.</summary>
    public static string TorchName(this DType dtype) => "torch." + dtype switch
    {
        DType.Bool => "bool",
        DType.UInt8 => "uint8",
        DType.Int8 => "int8",
        DType.Int16 => "int16",
        DType.Int32 => "int32",
        DType.Int64 => "int64",
        DType.Float16 => "float16",
        DType.BFloat16 => "bfloat16",
        DType.Float32 => "float32",
        DType.Float64 => "float64",
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null),
    };

    /// <summary>The name PyTorch's C++ error messages use (<c>c10::ScalarType</c>): Float, Double, Half, Long, Byte...</summary>
    public static string ScalarTypeName(this DType dtype) => dtype switch
    {
        DType.UInt8 => "Byte",
        DType.Int8 => "Char",
        DType.Int16 => "Short",
        DType.Int32 => "Int",
        DType.Int64 => "Long",
        DType.Float16 => "Half",
        DType.Float32 => "Float",
        DType.Float64 => "Double",
        _ => dtype.ToString(),
    };

    /// <summary>Parses PyTorch's names (<c>torch.float32</c>, <c>float</c>, <c>long</c>...).</summary>
    public static DType ParseTorchName(string name) => (name.StartsWith("torch.", StringComparison.Ordinal) ? name[6..] : name) switch
    {
        "bool" => DType.Bool,
        "uint8" => DType.UInt8,
        "int8" => DType.Int8,
        "int16" or "short" => DType.Int16,
        "int32" or "int" => DType.Int32,
        "int64" or "long" => DType.Int64,
        "float16" or "half" => DType.Float16,
        "bfloat16" => DType.BFloat16,
        "float32" or "float" => DType.Float32,
        "float64" or "double" => DType.Float64,
        _ => throw new ArgumentException($"Unknown dtype name '{name}'.", nameof(name)),
    };

    /// <summary>The CLR element type that stores this dtype.</summary>
    public static Type ElementType(this DType dtype) => dtype switch
    {
        DType.Bool => typeof(bool),
        DType.UInt8 => typeof(byte),
        DType.Int8 => typeof(sbyte),
        DType.Int16 => typeof(short),
        DType.Int32 => typeof(int),
        DType.Int64 => typeof(long),
        DType.Float16 => typeof(Half),
        DType.BFloat16 => typeof(BFloat16),
        DType.Float32 => typeof(float),
        DType.Float64 => typeof(double),
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null),
    };

    extension(DType)
    {
        /// <summary>The dtype stored as CLR type <typeparamref name="T"/>.</summary>
        public static DType Of<T>() where T : unmanaged => OfType<T>();
    }

    static DType OfType<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) return DType.Bool;
        if (typeof(T) == typeof(byte)) return DType.UInt8;
        if (typeof(T) == typeof(sbyte)) return DType.Int8;
        if (typeof(T) == typeof(short)) return DType.Int16;
        if (typeof(T) == typeof(int)) return DType.Int32;
        if (typeof(T) == typeof(long)) return DType.Int64;
        if (typeof(T) == typeof(Half)) return DType.Float16;
        if (typeof(T) == typeof(BFloat16)) return DType.BFloat16;
        if (typeof(T) == typeof(float)) return DType.Float32;
        if (typeof(T) == typeof(double)) return DType.Float64;
        throw new ArgumentException($"{typeof(T).Name} is not a Flint element type.");
    }
}
