using Flint.Backends;

namespace Flint;

/// <summary>
/// Bit shifts of integer tensors (<c>&lt;&lt;</c> and <c>&gt;&gt;</c> too). Counts outside the type's width give what
/// x86 PyTorch gives: types up to 32 bits shift as 32-bit ints with the count taken modulo 32, then wrap (so
/// <c>int8 1 &lt;&lt; 8</c> is 0 and <c>1 &lt;&lt; 33</c> is 2); 64-bit types shift modulo 64.
/// </summary>
public sealed partial class Tensor
{
    public Tensor BitwiseLeftShift(Tensor other) => Binary(BinaryOp.LeftShift, this, other, "bitwise_left_shift");
    public Tensor BitwiseLeftShift(Scalar other) => Binary(BinaryOp.LeftShift, this, other, "bitwise_left_shift");
    public Tensor BitwiseRightShift(Tensor other) => Binary(BinaryOp.RightShift, this, other, "bitwise_right_shift");
    public Tensor BitwiseRightShift(Scalar other) => Binary(BinaryOp.RightShift, this, other, "bitwise_right_shift");
    public Tensor BitwiseLeftShift_(Tensor other) => Binary(BinaryOp.LeftShift, this, other, "bitwise_left_shift_", this);
    public Tensor BitwiseLeftShift_(Scalar other) => Binary(BinaryOp.LeftShift, this, other, "bitwise_left_shift_", this);
    public Tensor BitwiseRightShift_(Tensor other) => Binary(BinaryOp.RightShift, this, other, "bitwise_right_shift_", this);
    public Tensor BitwiseRightShift_(Scalar other) => Binary(BinaryOp.RightShift, this, other, "bitwise_right_shift_", this);

    public static Tensor operator <<(Tensor a, Tensor b) => a.BitwiseLeftShift(b);
    public static Tensor operator <<(Tensor a, Scalar b) => a.BitwiseLeftShift(b);
    public static Tensor operator >>(Tensor a, Tensor b) => a.BitwiseRightShift(b);
    public static Tensor operator >>(Tensor a, Scalar b) => a.BitwiseRightShift(b);

    /// <summary>Python's <c>2 &lt;&lt; t</c>; reached through <see cref="Torch.BitwiseLeftShift(Scalar, Tensor)"/>.</summary>
    internal static Tensor ScalarLeftShift(Scalar a, Tensor b) => Binary(BinaryOp.LeftShift, a, b, "bitwise_left_shift");

    internal static Tensor ScalarRightShift(Scalar a, Tensor b) => Binary(BinaryOp.RightShift, a, b, "bitwise_right_shift");
}
