using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Flint.Backends.Cpu.Gemm;

/// <summary>
/// The handful of vector operations the GEMM kernels need, for one vector width. The kernels are
/// written once against this interface and instantiated per width (128, 256, 512 bits) and element
/// type (float, double); the JIT specialises each instantiation, so these calls compile to single
/// instructions. <typeparamref name="T"/> is float or double.
/// </summary>
internal unsafe interface IGemmVector<TVector, T>
    where TVector : unmanaged
    where T : unmanaged
{
    /// <summary>Elements per vector.</summary>
    static abstract int Count { get; }

    static abstract TVector Zero { get; }
    static abstract TVector Load(T* source);
    static abstract void Store(T* destination, TVector value);
    static abstract TVector Broadcast(T value);
    static abstract TVector Add(TVector left, TVector right);
    static abstract TVector Multiply(TVector left, TVector right);

    /// <summary><c>left * right + addend</c>, fused (one rounding) wherever the hardware has FMA.</summary>
    static abstract TVector MultiplyAdd(TVector left, TVector right, TVector addend);

    /// <summary>Sum of the lanes, in a fixed order.</summary>
    static abstract T Sum(TVector value);

    /// <summary>
    /// Whether <see cref="LoadFirst"/> and <see cref="StoreFirst"/> can be used: AVX-512 (VL) masked moves only,
    /// since AVX2's vmaskmov stores are microcoded and slower than scalar stores on AMD processors.
    /// </summary>
    static abstract bool CanMask { get; }

    /// <summary>The first <paramref name="count"/> lanes from memory, zeros after; memory past them is not touched.</summary>
    static abstract TVector LoadFirst(T* source, int count);

    /// <summary>Writes the first <paramref name="count"/> lanes; memory past them is not touched.</summary>
    static abstract void StoreFirst(T* destination, TVector value, int count);
}

/// <summary>512-bit vectors: used when <see cref="Vector512.IsHardwareAccelerated"/> (AVX-512).</summary>
internal readonly unsafe struct Vector512Ops<T> : IGemmVector<Vector512<T>, T> where T : unmanaged
{
    public static int Count => Vector512<T>.Count;
    public static Vector512<T> Zero => Vector512<T>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Load(T* source) => Vector512.Load(source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(T* destination, Vector512<T> value) => value.Store(destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Broadcast(T value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Add(Vector512<T> left, Vector512<T> right) => left + right;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<T> Multiply(Vector512<T> left, Vector512<T> right) => left * right;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Sum(Vector512<T> value) => Vector512.Sum(value);

    public static bool CanMask => Avx512F.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> LoadFirst(T* source, int count)
    {
        if (typeof(T) == typeof(float))
            return Avx512F.MaskLoad((float*)source, FirstLanes(count).AsSingle(), Vector512<float>.Zero).As<float, T>();
        return Avx512F.MaskLoad((double*)source, FirstLanes(count).AsDouble(), Vector512<double>.Zero).As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreFirst(T* destination, Vector512<T> value, int count)
    {
        if (typeof(T) == typeof(float)) Avx512F.MaskStore((float*)destination, FirstLanes(count).AsSingle(), value.AsSingle());
        else Avx512F.MaskStore((double*)destination, FirstLanes(count).AsDouble(), value.AsDouble());
    }

    static Vector512<T> FirstLanes(int count) => typeof(T) == typeof(float)
        ? Vector512.LessThan(Vector512<int>.Indices, Vector512.Create(count)).As<int, T>()
        : Vector512.LessThan(Vector512<long>.Indices, Vector512.Create((long)count)).As<long, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<T> MultiplyAdd(Vector512<T> left, Vector512<T> right, Vector512<T> addend)
    {
        if (typeof(T) == typeof(float))
            return Vector512.FusedMultiplyAdd(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
        return Vector512.FusedMultiplyAdd(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>();
    }
}

/// <summary>256-bit vectors: used on AVX2 + FMA hardware.</summary>
internal readonly unsafe struct Vector256Ops<T> : IGemmVector<Vector256<T>, T> where T : unmanaged
{
    public static int Count => Vector256<T>.Count;
    public static Vector256<T> Zero => Vector256<T>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Load(T* source) => Vector256.Load(source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(T* destination, Vector256<T> value) => value.Store(destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Broadcast(T value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Add(Vector256<T> left, Vector256<T> right) => left + right;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<T> Multiply(Vector256<T> left, Vector256<T> right) => left * right;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Sum(Vector256<T> value) => Vector256.Sum(value);

    public static bool CanMask => Avx512F.VL.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> LoadFirst(T* source, int count)
    {
        if (typeof(T) == typeof(float))
            return Avx512F.VL.MaskLoad((float*)source, FirstLanes(count).AsSingle(), Vector256<float>.Zero).As<float, T>();
        return Avx512F.VL.MaskLoad((double*)source, FirstLanes(count).AsDouble(), Vector256<double>.Zero).As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreFirst(T* destination, Vector256<T> value, int count)
    {
        if (typeof(T) == typeof(float)) Avx512F.VL.MaskStore((float*)destination, FirstLanes(count).AsSingle(), value.AsSingle());
        else Avx512F.VL.MaskStore((double*)destination, FirstLanes(count).AsDouble(), value.AsDouble());
    }

    static Vector256<T> FirstLanes(int count) => typeof(T) == typeof(float)
        ? Vector256.LessThan(Vector256<int>.Indices, Vector256.Create(count)).As<int, T>()
        : Vector256.LessThan(Vector256<long>.Indices, Vector256.Create((long)count)).As<long, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<T> MultiplyAdd(Vector256<T> left, Vector256<T> right, Vector256<T> addend)
    {
        if (typeof(T) == typeof(float))
            return Vector256.FusedMultiplyAdd(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
        return Vector256.FusedMultiplyAdd(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>();
    }
}

/// <summary>
/// 128-bit vectors: the portable path (ARM64 AdvSimd, x86 without AVX2). Multiply-add is fused where
/// the hardware can (AdvSimd, FMA3) and a multiply then an add elsewhere, never a slow software FMA.
/// </summary>
internal readonly unsafe struct Vector128Ops<T> : IGemmVector<Vector128<T>, T> where T : unmanaged
{
    public static int Count => Vector128<T>.Count;
    public static Vector128<T> Zero => Vector128<T>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Load(T* source) => Vector128.Load(source);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(T* destination, Vector128<T> value) => value.Store(destination);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Broadcast(T value) => Vector128.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Add(Vector128<T> left, Vector128<T> right) => left + right;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<T> Multiply(Vector128<T> left, Vector128<T> right) => left * right;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static T Sum(Vector128<T> value) => Vector128.Sum(value);

    public static bool CanMask => Avx512F.VL.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> LoadFirst(T* source, int count)
    {
        if (typeof(T) == typeof(float))
            return Avx512F.VL.MaskLoad((float*)source, FirstLanes(count).AsSingle(), Vector128<float>.Zero).As<float, T>();
        return Avx512F.VL.MaskLoad((double*)source, FirstLanes(count).AsDouble(), Vector128<double>.Zero).As<double, T>();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreFirst(T* destination, Vector128<T> value, int count)
    {
        if (typeof(T) == typeof(float)) Avx512F.VL.MaskStore((float*)destination, FirstLanes(count).AsSingle(), value.AsSingle());
        else Avx512F.VL.MaskStore((double*)destination, FirstLanes(count).AsDouble(), value.AsDouble());
    }

    static Vector128<T> FirstLanes(int count) => typeof(T) == typeof(float)
        ? Vector128.LessThan(Vector128<int>.Indices, Vector128.Create(count)).As<int, T>()
        : Vector128.LessThan(Vector128<long>.Indices, Vector128.Create((long)count)).As<long, T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<T> MultiplyAdd(Vector128<T> left, Vector128<T> right, Vector128<T> addend)
    {
        if (typeof(T) == typeof(float))
            return Vector128.MultiplyAddEstimate(left.AsSingle(), right.AsSingle(), addend.AsSingle()).As<float, T>();
        return Vector128.MultiplyAddEstimate(left.AsDouble(), right.AsDouble(), addend.AsDouble()).As<double, T>();
    }
}
