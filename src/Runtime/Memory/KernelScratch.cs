using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KernelGen;

/// <summary>
/// The per-thread scratch buffers of generated kernels (a convolution's zero-padded input copy, a small plane's im2col
/// columns), 64-byte aligned like <see cref="AlignedBuffer{T}"/>: a pinned array (on the pinned object heap, so the
/// garbage collector never moves it) with one cache line of slack, used from its first 64-byte boundary. Not meant to
/// be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KernelScratch
{
    /// <summary>A zeroed, pinned array that holds <paramref name="length"/> elements from a 64-byte boundary on.</summary>
    public static T[] Allocate<T>(int length)
        where T : unmanaged =>
        GC.AllocateArray<T>(length + (64 / Unsafe.SizeOf<T>()), pinned: true);

    /// <summary>The first element of <paramref name="array"/> (made by <see cref="Allocate{T}"/>) at a 64-byte boundary.</summary>
    public static ref T Aligned<T>(T[] array)
        where T : unmanaged
    {
        ref T first = ref MemoryMarshal.GetArrayDataReference(array);
        nint address = Unsafe.ByteOffset(ref Unsafe.NullRef<T>(), ref first);
        return ref Unsafe.Add(ref first, (int)((-address) & 63) / Unsafe.SizeOf<T>());
    }
}
