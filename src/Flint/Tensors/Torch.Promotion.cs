namespace Flint;

public static partial class Torch
{
    /// <summary>PyTorch's <c>torch.result_type(tensor, other)</c>.</summary>
    public static DType ResultType(Tensor tensor, Tensor other) => TypePromotion.ResultType([tensor, other]);

    public static DType ResultType(Tensor tensor, Scalar other) => TypePromotion.ResultType([tensor], [other]);

    public static DType ResultType(Scalar scalar, Tensor other) => TypePromotion.ResultType([other], [scalar]);

    public static DType ResultType(Scalar scalar, Scalar other) => TypePromotion.ResultType([], [scalar, other]);

    /// <summary>PyTorch's <c>torch.promote_types</c>.</summary>
    public static DType PromoteTypes(DType a, DType b) => TypePromotion.PromoteTypes(a, b);

    /// <summary>PyTorch's <c>torch.can_cast</c>: false when casting would lower the category (float to int, int to bool).</summary>
    public static bool CanCast(DType from, DType to) =>
        !(from.IsFloatingPoint() && !to.IsFloatingPoint()) && !(from != DType.Bool && to == DType.Bool);
}
