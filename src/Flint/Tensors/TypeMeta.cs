namespace Flint;

/// <summary>
/// The C++ type names PyTorch's <c>caffe2::TypeMeta</c> prints (in lerp's dtype checks and clamp_'s cast check),
/// which differ from the scalar type names of most messages ("long int" rather than "Long").
/// </summary>
internal static class TypeMeta
{
    public static string Name(DType dtype) => dtype switch
    {
        DType.Bool => "bool",
        DType.UInt8 => "unsigned char",
        DType.Int8 => "signed char",
        DType.Int16 => "short int",
        DType.Int32 => "int",
        DType.Int64 => "long int",
        DType.Float16 => "c10::Half",
        DType.BFloat16 => "c10::BFloat16",
        DType.Float32 => "float",
        _ => "double",
    };
}
