namespace Flint;

/// <summary>
/// PyTorch's type promotion (<c>c10::promoteTypes</c> and <c>at::native::result_type</c>): the
/// result of an op is the promoted type of its operands, where dimensioned tensors rank above
/// zero-dimensional tensors, which rank above C# scalars, and a lower rank can only raise the
/// category (bool &lt; integer &lt; floating), never the width within it.
/// </summary>
public static class TypePromotion
{
    const DType b1 = DType.Bool, u1 = DType.UInt8, i1 = DType.Int8, i2 = DType.Int16, i4 = DType.Int32,
        i8 = DType.Int64, f2 = DType.Float16, bf = DType.BFloat16, f4 = DType.Float32, f8 = DType.Float64;

    // Rows and columns in DType order: Bool, UInt8, Int8, Int16, Int32, Int64, Float16, BFloat16, Float32, Float64.
    static readonly DType[,] table =
    {
        /* b1 */ { b1, u1, i1, i2, i4, i8, f2, bf, f4, f8 },
        /* u1 */ { u1, u1, i2, i2, i4, i8, f2, bf, f4, f8 },
        /* i1 */ { i1, i2, i1, i2, i4, i8, f2, bf, f4, f8 },
        /* i2 */ { i2, i2, i2, i2, i4, i8, f2, bf, f4, f8 },
        /* i4 */ { i4, i4, i4, i4, i4, i8, f2, bf, f4, f8 },
        /* i8 */ { i8, i8, i8, i8, i8, i8, f2, bf, f4, f8 },
        /* f2 */ { f2, f2, f2, f2, f2, f2, f2, f4, f4, f8 },
        /* bf */ { bf, bf, bf, bf, bf, bf, f4, bf, f4, f8 },
        /* f4 */ { f4, f4, f4, f4, f4, f4, f4, f4, f4, f8 },
        /* f8 */ { f8, f8, f8, f8, f8, f8, f8, f8, f8, f8 },
    };

    /// <summary>The smallest dtype both values fit in (PyTorch's <c>torch.promote_types</c>).</summary>
    public static DType PromoteTypes(DType a, DType b) => table[(int)a, (int)b];

    /// <summary>The result dtype of an op on these tensors and scalars (PyTorch's <c>torch.result_type</c>).</summary>
    public static DType ResultType(ReadOnlySpan<Tensor> tensors, ReadOnlySpan<Scalar> scalars = default)
    {
        DType? dimensioned = null, zeroDim = null, wrapped = null;
        foreach (var tensor in tensors)
        {
            // A tensor wrapping a C# number ranks as that number (a floating one as the default dtype), as in PyTorch.
            if (tensor.IsWrappedNumber) wrapped = Promote(wrapped, tensor.DType.IsFloatingPoint() ? Torch.GetDefaultDType() : tensor.DType);
            else if (tensor.Dim > 0) dimensioned = Promote(dimensioned, tensor.DType);
            else zeroDim = Promote(zeroDim, tensor.DType);
        }
        foreach (var scalar in scalars) wrapped = Promote(wrapped, scalar.DType);
        return CombineCategories(dimensioned, CombineCategories(zeroDim, wrapped))
            ?? throw new ArgumentException("result_type needs at least one tensor or scalar.");
    }

    static DType Promote(DType? current, DType next) => current is { } c ? PromoteTypes(c, next) : next;

    static DType? CombineCategories(DType? higher, DType? lower)
    {
        if (higher is not { } h) return lower;
        if (lower is not { } l) return h;
        if (h.IsFloatingPoint()) return h;
        if (h == DType.Bool || l.IsFloatingPoint()) return PromoteTypes(h, l);
        return h;
    }
}
