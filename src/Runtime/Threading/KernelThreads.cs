using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace KernelGen;

/// <summary>
/// How many threads generated kernels may use. A kernel declared with <c>Threads = t</c> (or built in a project with
/// <c>&lt;KernelGenThreads&gt;t&lt;/KernelGenThreads&gt;</c>) splits one call into parts over its outputs (images,
/// output-channel tiles, row bands, row tiles of a matrix product) and runs them on up to <c>min(t, Limit)</c> threads,
/// the caller included (<c>t = 0</c>: up to <see cref="Limit"/>). Every output is computed by one thread in the order
/// the one-thread kernel uses, so the result is bit-identical for every thread count.
/// </summary>
public static class KernelThreads
{
    private static int s_limit = Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The most threads any kernel call uses, the calling thread included (default: <see cref="Environment.ProcessorCount"/>,
    /// at least 1). Lower it to leave cores to the rest of an application; 1 runs every kernel on its calling thread.
    /// It may change at any time: a call in flight keeps the value it started with.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public static int Limit
    {
        get => System.Threading.Volatile.Read(ref s_limit);
        set
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "KernelThreads.Limit must be at least 1.");
            }

            System.Threading.Volatile.Write(ref s_limit, value);
        }
    }

    /// <summary>Worker threads the pool has started so far (they start on first use, as threaded calls need them).</summary>
    public static int WorkersStarted => KernelPool.Workers;

    /// <summary>
    /// How many threads a call of a kernel declared with <paramref name="threads"/> (0: the machine's) would use for
    /// <paramref name="parts"/> parts now: at most the parts, <see cref="Limit"/> and the declared count.
    /// </summary>
    public static int Effective(int threads, int parts)
    {
        int limit = Limit;
        int want = threads <= 0 ? limit : Math.Min(threads, limit);
        return Math.Max(1, Math.Min(want, parts));
    }

    /// <summary>Runs parts <c>0 .. parts - 1</c> of a kernel with one input operand. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void Run<T0, TOut>(KernelPart<T0, TOut> part, int parts, int threads, ReadOnlySpan<T0> in0, Span<TOut> output)
        where T0 : unmanaged
        where TOut : unmanaged
    {
        if (KernelPool.RunsInline(threads, parts))
        {
            for (int p = 0; p < parts; p++)
            {
                part(p, in0, output);
            }

            return;
        }

        fixed (T0* p0 = in0)
        fixed (TOut* po = output)
        {
            KernelJob<T0, TOut> job = KernelJob<T0, TOut>.ForThisThread();
            job.Set(part, p0, in0.Length, po, output.Length);
            KernelPool.Execute(job, parts, threads);
        }
    }

    /// <summary>Runs parts <c>0 .. parts - 1</c> of a kernel with two input operands. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void Run<T0, T1, TOut>(KernelPart<T0, T1, TOut> part, int parts, int threads, ReadOnlySpan<T0> in0, ReadOnlySpan<T1> in1, Span<TOut> output)
        where T0 : unmanaged
        where T1 : unmanaged
        where TOut : unmanaged
    {
        if (KernelPool.RunsInline(threads, parts))
        {
            for (int p = 0; p < parts; p++)
            {
                part(p, in0, in1, output);
            }

            return;
        }

        fixed (T0* p0 = in0)
        fixed (T1* p1 = in1)
        fixed (TOut* po = output)
        {
            KernelJob<T0, T1, TOut> job = KernelJob<T0, T1, TOut>.ForThisThread();
            job.Set(part, p0, in0.Length, p1, in1.Length, po, output.Length);
            KernelPool.Execute(job, parts, threads);
        }
    }

    /// <summary>Runs parts <c>0 .. parts - 1</c> of a kernel with three input operands. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void Run<T0, T1, T2, TOut>(KernelPart<T0, T1, T2, TOut> part, int parts, int threads,
        ReadOnlySpan<T0> in0, ReadOnlySpan<T1> in1, ReadOnlySpan<T2> in2, Span<TOut> output)
        where T0 : unmanaged
        where T1 : unmanaged
        where T2 : unmanaged
        where TOut : unmanaged
    {
        if (KernelPool.RunsInline(threads, parts))
        {
            for (int p = 0; p < parts; p++)
            {
                part(p, in0, in1, in2, output);
            }

            return;
        }

        fixed (T0* p0 = in0)
        fixed (T1* p1 = in1)
        fixed (T2* p2 = in2)
        fixed (TOut* po = output)
        {
            KernelJob<T0, T1, T2, TOut> job = KernelJob<T0, T1, T2, TOut>.ForThisThread();
            job.Set(part, p0, in0.Length, p1, in1.Length, p2, in2.Length, po, output.Length);
            KernelPool.Execute(job, parts, threads);
        }
    }

    /// <summary>Runs parts <c>0 .. parts - 1</c> of a kernel with four input operands. Called by generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void Run<T0, T1, T2, T3, TOut>(KernelPart<T0, T1, T2, T3, TOut> part, int parts, int threads,
        ReadOnlySpan<T0> in0, ReadOnlySpan<T1> in1, ReadOnlySpan<T2> in2, ReadOnlySpan<T3> in3, Span<TOut> output)
        where T0 : unmanaged
        where T1 : unmanaged
        where T2 : unmanaged
        where T3 : unmanaged
        where TOut : unmanaged
    {
        if (KernelPool.RunsInline(threads, parts))
        {
            for (int p = 0; p < parts; p++)
            {
                part(p, in0, in1, in2, in3, output);
            }

            return;
        }

        fixed (T0* p0 = in0)
        fixed (T1* p1 = in1)
        fixed (T2* p2 = in2)
        fixed (T3* p3 = in3)
        fixed (TOut* po = output)
        {
            KernelJob<T0, T1, T2, T3, TOut> job = KernelJob<T0, T1, T2, T3, TOut>.ForThisThread();
            job.Set(part, p0, in0.Length, p1, in1.Length, p2, in2.Length, p3, in3.Length, po, output.Length);
            KernelPool.Execute(job, parts, threads);
        }
    }
}

/// <summary>One part of a threaded kernel with one input operand (generated code supplies it as a cached static lambda).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void KernelPart<T0, TOut>(int part, ReadOnlySpan<T0> in0, Span<TOut> output);

/// <summary>One part of a threaded kernel with two input operands.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void KernelPart<T0, T1, TOut>(int part, ReadOnlySpan<T0> in0, ReadOnlySpan<T1> in1, Span<TOut> output);

/// <summary>One part of a threaded kernel with three input operands.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void KernelPart<T0, T1, T2, TOut>(int part, ReadOnlySpan<T0> in0, ReadOnlySpan<T1> in1, ReadOnlySpan<T2> in2, Span<TOut> output);

/// <summary>One part of a threaded kernel with four input operands.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void KernelPart<T0, T1, T2, T3, TOut>(int part, ReadOnlySpan<T0> in0, ReadOnlySpan<T1> in1, ReadOnlySpan<T2> in2, ReadOnlySpan<T3> in3, Span<TOut> output);
