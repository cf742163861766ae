using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace KernelGen;

/// <summary>
/// One threaded kernel call in flight: its parts are claimed one at a time (an atomic counter), by the caller and by
/// the pool's workers that join it, until none is left. Each calling thread reuses its own job object (per operand
/// types), so a call allocates nothing; the operands are pinned by the caller for as long as the call runs.
/// </summary>
internal abstract class KernelJob
{
    private int _parts;
    private long _ends; // the next part from the front (low 32 bits) and the end of the unclaimed parts (high 32 bits)
    private int _done;
    private int _tickets;
    private ExceptionDispatchInfo? _error;

    /// <summary>Workers inside the job (joined and not yet left); the caller waits for none before it returns.</summary>
    public int Active;

    /// <summary>Opens the job for <paramref name="parts"/> parts and at most <paramref name="helpers"/> workers.</summary>
    public void Begin(int parts, int helpers)
    {
        _parts = parts;
        Volatile.Write(ref _ends, (long)parts << 32);
        _done = 0;
        _error = null;
        Volatile.Write(ref _tickets, helpers);
    }

    /// <summary>Whether one more worker may join (each job takes at most the helpers it asked for).</summary>
    public bool TryTakeTicket() => Interlocked.Decrement(ref _tickets) >= 0;

    /// <summary>
    /// Claims and runs parts until none is left: the caller from the first part on, the workers from the last one
    /// back, so that from call to call each thread mostly computes the same parts (the same images and output rows:
    /// their lines stay in that core's cache, and the next layer's parts read what the same thread wrote) while the
    /// split still follows how fast each thread gets through its parts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void RunParts(bool fromBack = false)
    {
        int part;
        while ((part = Claim(fromBack)) >= 0)
        {
            try
            {
                Execute(part);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(e), null);
            }

            Interlocked.Increment(ref _done);
        }
    }

    /// <summary>The next unclaimed part from the front or from the back, or -1 when none is left.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Claim(bool fromBack)
    {
        while (true)
        {
            long ends = Volatile.Read(ref _ends);
            int front = (int)ends, back = (int)(ends >> 32);
            if (front >= back)
            {
                return -1;
            }

            long next = fromBack ? ((long)(back - 1) << 32) | (uint)front : ((long)back << 32) | (uint)(front + 1);
            if (Interlocked.CompareExchange(ref _ends, next, ends) == ends)
            {
                return fromBack ? back - 1 : front;
            }
        }
    }

    /// <summary>Whether every part has finished.</summary>
    public bool Finished => Volatile.Read(ref _done) >= _parts;

    /// <summary>Rethrows on the caller what a part threw (on whichever thread it ran), then forgets it.</summary>
    public void ThrowIfFailed()
    {
        ExceptionDispatchInfo? error = _error;
        _error = null;
        error?.Throw();
    }

    protected abstract void Execute(int part);

    /// <summary>Drops the operands and the part, so a job kept for reuse holds nothing of a finished call.</summary>
    public abstract void Clear();
}

internal sealed unsafe class KernelJob<T0, TOut> : KernelJob
    where T0 : unmanaged
    where TOut : unmanaged
{
    [ThreadStatic]
    private static KernelJob<T0, TOut>? t_job;

    private KernelPart<T0, TOut>? _part;
    private nint _p0;
    private int _n0;
    private nint _po;
    private int _no;

    public static KernelJob<T0, TOut> ForThisThread() => t_job ??= new KernelJob<T0, TOut>();

    public void Set(KernelPart<T0, TOut> part, T0* p0, int n0, TOut* po, int no) =>
        (_part, _p0, _n0, _po, _no) = (part, (nint)p0, n0, (nint)po, no);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Execute(int part) => _part!(part, new ReadOnlySpan<T0>((void*)_p0, _n0), new Span<TOut>((void*)_po, _no));

    public override void Clear() => (_part, _p0, _po) = (null, 0, 0);
}

internal sealed unsafe class KernelJob<T0, T1, TOut> : KernelJob
    where T0 : unmanaged
    where T1 : unmanaged
    where TOut : unmanaged
{
    [ThreadStatic]
    private static KernelJob<T0, T1, TOut>? t_job;

    private KernelPart<T0, T1, TOut>? _part;
    private nint _p0;
    private int _n0;
    private nint _p1;
    private int _n1;
    private nint _po;
    private int _no;

    public static KernelJob<T0, T1, TOut> ForThisThread() => t_job ??= new KernelJob<T0, T1, TOut>();

    public void Set(KernelPart<T0, T1, TOut> part, T0* p0, int n0, T1* p1, int n1, TOut* po, int no) =>
        (_part, _p0, _n0, _p1, _n1, _po, _no) = (part, (nint)p0, n0, (nint)p1, n1, (nint)po, no);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Execute(int part) =>
        _part!(part, new ReadOnlySpan<T0>((void*)_p0, _n0), new ReadOnlySpan<T1>((void*)_p1, _n1), new Span<TOut>((void*)_po, _no));

    public override void Clear() => (_part, _p0, _p1, _po) = (null, 0, 0, 0);
}

internal sealed unsafe class KernelJob<T0, T1, T2, TOut> : KernelJob
    where T0 : unmanaged
    where T1 : unmanaged
    where T2 : unmanaged
    where TOut : unmanaged
{
    [ThreadStatic]
    private static KernelJob<T0, T1, T2, TOut>? t_job;

    private KernelPart<T0, T1, T2, TOut>? _part;
    private nint _p0;
    private int _n0;
    private nint _p1;
    private int _n1;
    private nint _p2;
    private int _n2;
    private nint _po;
    private int _no;

    public static KernelJob<T0, T1, T2, TOut> ForThisThread() => t_job ??= new KernelJob<T0, T1, T2, TOut>();

    public void Set(KernelPart<T0, T1, T2, TOut> part, T0* p0, int n0, T1* p1, int n1, T2* p2, int n2, TOut* po, int no) =>
        (_part, _p0, _n0, _p1, _n1, _p2, _n2, _po, _no) = (part, (nint)p0, n0, (nint)p1, n1, (nint)p2, n2, (nint)po, no);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Execute(int part) =>
        _part!(part, new ReadOnlySpan<T0>((void*)_p0, _n0), new ReadOnlySpan<T1>((void*)_p1, _n1), new ReadOnlySpan<T2>((void*)_p2, _n2), new Span<TOut>((void*)_po, _no));

    public override void Clear() => (_part, _p0, _p1, _p2, _po) = (null, 0, 0, 0, 0);
}

internal sealed unsafe class KernelJob<T0, T1, T2, T3, TOut> : KernelJob
    where T0 : unmanaged
    where T1 : unmanaged
    where T2 : unmanaged
    where T3 : unmanaged
    where TOut : unmanaged
{
    [ThreadStatic]
    private static KernelJob<T0, T1, T2, T3, TOut>? t_job;

    private KernelPart<T0, T1, T2, T3, TOut>? _part;
    private nint _p0;
    private int _n0;
    private nint _p1;
    private int _n1;
    private nint _p2;
    private int _n2;
    private nint _p3;
    private int _n3;
    private nint _po;
    private int _no;

    public static KernelJob<T0, T1, T2, T3, TOut> ForThisThread() => t_job ??= new KernelJob<T0, T1, T2, T3, TOut>();

    public void Set(KernelPart<T0, T1, T2, T3, TOut> part, T0* p0, int n0, T1* p1, int n1, T2* p2, int n2, T3* p3, int n3, TOut* po, int no) =>
        (_part, _p0, _n0, _p1, _n1, _p2, _n2, _p3, _n3, _po, _no) = (part, (nint)p0, n0, (nint)p1, n1, (nint)p2, n2, (nint)p3, n3, (nint)po, no);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected override void Execute(int part) =>
        _part!(part, new ReadOnlySpan<T0>((void*)_p0, _n0), new ReadOnlySpan<T1>((void*)_p1, _n1), new ReadOnlySpan<T2>((void*)_p2, _n2),
            new ReadOnlySpan<T3>((void*)_p3, _n3), new Span<TOut>((void*)_po, _no));

    public override void Clear() => (_part, _p0, _p1, _p2, _p3, _po) = (null, 0, 0, 0, 0, 0);
}
