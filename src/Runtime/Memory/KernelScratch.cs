using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KernelGen;

/// <summary>
/// The per-thread scratch buffers of generated kernels (a convolution's zero-padded input copy, a small plane's im2col
/// columns, packed panels), 64-byte aligned like <see cref="AlignedBuffer{T}"/>: a pinned byte array (on the pinned
/// object heap, so the garbage collector never moves it) with one cache line of slack, used from its first 64-byte
/// boundary as the kernel's element type. Not generic, so that a ReadyToRun image runs it without the JIT compiling an
/// instantiation at a kernel's first call. Not meant to be called by hand.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KernelScratch
{
    /// <summary>A zeroed, pinned array that holds <paramref name="length"/> bytes from a 64-byte boundary on.</summary>
    public static byte[] Allocate(int length)
    {
        // (GC.AllocateUninitializedArray<byte> is precompiled in CoreLib; GC.AllocateArray<byte> is not)
        byte[] array = GC.AllocateUninitializedArray<byte>(length + 64, pinned: true);
        Array.Clear(array);
        return array;
    }

    /// <summary>The first byte of <paramref name="array"/> (made by <see cref="Allocate"/>) at a 64-byte boundary.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte Aligned(byte[] array)
    {
        ref byte first = ref MemoryMarshal.GetArrayDataReference(array);
        nint address = Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref first);
        return ref Unsafe.Add(ref first, (int)((-address) & 63));
    }
}
