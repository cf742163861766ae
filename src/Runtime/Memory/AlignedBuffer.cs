using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Threading;

namespace KernelGen;

/// <summary>
/// <see cref="Length"/> zeroed elements of native memory whose first element is 64-byte aligned (one cache line), for
/// inputs and weights that kernels read at full speed: a 64-byte vector load that crosses a cache line costs about two,
/// and a managed array's elements start 16 bytes into their object, so its vectors straddle lines. Long dot products and
/// dense layers are measurably faster on it (see the benchmarks); short kernels, whose data stays in L1, gain little.
/// </summary>
/// <remarks>
/// <para>Use it with <c>using</c>: <see cref="Dispose"/> frees the memory at once, and <see cref="Span"/> and
/// <see cref="Memory"/> then throw <see cref="ObjectDisposedException"/> (so does the <c>Span</c> of a <see cref="Memory{T}"/>
/// taken before). A buffer that is never disposed is freed by the garbage collector (a <see cref="SafeHandle"/> owns it).</para>
/// <para>A <see cref="System.Span{T}"/> taken from the buffer does not keep it alive: keep the buffer referenced (or in a
/// <c>using</c>) while a span of it is in use. A <see cref="Memory{T}"/> does keep it alive, and pinning it
/// (<see cref="Memory{T}.Pin"/>) keeps the memory valid until the handle is disposed, even across <see cref="Dispose"/>.</para>
/// </remarks>
/// <typeparam name="T">An unmanaged element type (<see cref="float"/>, <see cref="double"/>, ...).</typeparam>
public sealed class AlignedBuffer<T> : IDisposable
    where T : unmanaged
{
    /// <summary>The alignment of the first element, in bytes.</summary>
    public const int Alignment = 64;

    private readonly Manager _manager;

    /// <summary>Allocates <paramref name="length"/> zeroed elements, the first at a 64-byte boundary.</summary>
    /// <param name="length">The number of elements; 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <exception cref="OutOfMemoryException">The memory cannot be allocated.</exception>
    public unsafe AlignedBuffer(int length)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "The length must be 0 or more.");
        }

        nuint bytes = Math.Max((nuint)length * (nuint)sizeof(T), 1);
        var handle = new AlignedMemoryHandle(bytes);
        _manager = new Manager(handle, length);
        Length = length;
    }

    /// <summary>The number of elements.</summary>
    public int Length { get; }

    /// <summary>Whether <see cref="Dispose"/> has been called.</summary>
    public bool IsDisposed => _manager.IsDisposed;

    /// <summary>The elements.</summary>
    /// <exception cref="ObjectDisposedException">The buffer has been disposed.</exception>
    public Span<T> Span => _manager.GetSpan();

    /// <summary>The elements as <see cref="Memory{T}"/>, which keeps the buffer alive; its <c>Span</c> throws after <see cref="Dispose"/>.</summary>
    /// <exception cref="ObjectDisposedException">The buffer has been disposed.</exception>
    public Memory<T> Memory
    {
        get
        {
            _manager.ThrowIfDisposed();
            return _manager.Memory;
        }
    }

    /// <summary>Frees the memory (once pins taken through <see cref="Memory"/> are released); a second call does nothing.</summary>
    public void Dispose() => ((IDisposable)_manager).Dispose();

    /// <summary>Owns the allocation; the runtime frees it when the buffer is forgotten.</summary>
    private sealed class AlignedMemoryHandle : SafeHandle
    {
        public unsafe AlignedMemoryHandle(nuint bytes)
            : base(IntPtr.Zero, ownsHandle: true)
        {
            void* memory = NativeMemory.AlignedAlloc(bytes, Alignment);
            NativeMemory.Clear(memory, bytes);
            SetHandle((IntPtr)memory);
            _bytes = (long)bytes;
            GC.AddMemoryPressure(_bytes); // so that forgotten buffers are collected as their native memory grows
        }

        private readonly long _bytes;

        public override bool IsInvalid => handle == IntPtr.Zero;

        protected override unsafe bool ReleaseHandle()
        {
            NativeMemory.AlignedFree((void*)handle);
            GC.RemoveMemoryPressure(_bytes);
            return true;
        }
    }

    /// <summary>The <see cref="MemoryManager{T}"/> behind <see cref="Memory"/>: spans check for disposal, pins hold the handle.</summary>
    private sealed class Manager : MemoryManager<T>
    {
        private readonly AlignedMemoryHandle _handle;
        private readonly int _length;
        private int _disposed;

        public Manager(AlignedMemoryHandle handle, int length)
        {
            _handle = handle;
            _length = length;
        }

        public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

        public void ThrowIfDisposed()
        {
            if (IsDisposed)
            {
                throw new ObjectDisposedException(typeof(AlignedBuffer<T>).Name, "The buffer has been disposed; its memory is freed.");
            }
        }

        public override unsafe Span<T> GetSpan()
        {
            ThrowIfDisposed();
            return new Span<T>((void*)_handle.DangerousGetHandle(), _length);
        }

        public override unsafe MemoryHandle Pin(int elementIndex = 0)
        {
            if ((uint)elementIndex > (uint)_length)
            {
                throw new ArgumentOutOfRangeException(nameof(elementIndex));
            }

            ThrowIfDisposed();
            bool added = false;
            _handle.DangerousAddRef(ref added);
            return new MemoryHandle((T*)_handle.DangerousGetHandle() + elementIndex, default, this);
        }

        public override void Unpin() => _handle.DangerousRelease();

        protected override void Dispose(bool disposing)
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _handle.Dispose();
            }
        }
    }
}
