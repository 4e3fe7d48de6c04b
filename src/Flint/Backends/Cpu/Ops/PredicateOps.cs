using System.Numerics;

namespace Flint.Backends.Cpu.Ops;

internal readonly struct EqOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a == b; }
internal readonly struct NeOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a != b; }
internal readonly struct LtOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a < b; }
internal readonly struct LeOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a <= b; }
internal readonly struct GtOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a > b; }
internal readonly struct GeOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => a >= b; }
internal readonly struct LogicalAndOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => !T.IsZero(a) && !T.IsZero(b); }
internal readonly struct LogicalOrOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => !T.IsZero(a) || !T.IsZero(b); }
internal readonly struct LogicalXorOp : IPredicateOp { public static bool Invoke<T>(T a, T b) where T : unmanaged, IBinaryNumber<T> => T.IsZero(a) != T.IsZero(b); }
