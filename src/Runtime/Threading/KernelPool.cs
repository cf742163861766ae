using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading;

namespace KernelGen;

/// <summary>
/// The small pool behind threaded kernels: dedicated background threads, started on first use (no more than a call
/// has asked for, and never more than <c>Environment.ProcessorCount - 1</c> unless <see cref="KernelThreads.Limit"/> is
/// raised), one job in flight at a time. The caller publishes its job, wakes parked workers, and takes a share of the
/// parts itself; workers that see the job join it (up to the helpers it asked for) and claim parts until none is left.
/// After a job a worker spins for <see cref="SpinMicroseconds"/> (a kernel called in a loop finds it awake), then parks
/// on a monitor: no core is burned for milliseconds after the last call.
/// A call that finds the pool busy (another thread's kernel, or a kernel called from inside a part) runs all its parts
/// on its own thread: it never waits for another call, so nothing can deadlock.
/// </summary>
internal static class KernelPool
{
    /// <summary>How long an idle worker spins for the next job before it parks.</summary>
    public const int SpinMicroseconds = 50;

    private static readonly object s_gate = new();
    private static readonly long s_spinTicks = Math.Max(1, Stopwatch.Frequency * SpinMicroseconds / 1_000_000);
    private static Thread[] s_workers = Array.Empty<Thread>();
    private static KernelJob? s_job;
    private static int s_jobId;
    private static int s_busy;
    private static int s_sleepers;

    [ThreadStatic]
    private static bool t_inKernel;

    /// <summary>Worker threads started so far (for tests and the tool).</summary>
    public static int Workers => Volatile.Read(ref s_workers).Length;

    /// <summary>Whether a call runs every part on its calling thread: one thread is enough, or it is inside a part.</summary>
    public static bool RunsInline(int threads, int parts) => t_inKernel || KernelThreads.Effective(threads, parts) <= 1;

    /// <summary>Runs every part of <paramref name="job"/>, on this thread and on up to <c>threads - 1</c> workers.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Execute(KernelJob job, int parts, int threads)
    {
        int helpers = KernelThreads.Effective(threads, parts) - 1;
        if (helpers <= 0 || Interlocked.CompareExchange(ref s_busy, 1, 0) != 0)
        {
            RunAlone(job, parts);
            return;
        }

        try
        {
            EnsureWorkers(helpers);
            job.Begin(parts, helpers);
            Volatile.Write(ref s_job, job);
            Interlocked.Increment(ref s_jobId); // a full fence: the job is visible before any sleeper count is read
            if (Volatile.Read(ref s_sleepers) > 0)
            {
                lock (s_gate)
                {
                    Monitor.PulseAll(s_gate);
                }
            }

            t_inKernel = true;
            try
            {
                job.RunParts();
            }
            finally
            {
                t_inKernel = false;
            }

            // The last parts may still run on workers: wait for them (each is a fraction of the call).
            var spinner = new SpinWait();
            while (!job.Finished)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
            }

            // Close the job, then wait for workers that joined it late (they find no part and leave at once).
            Interlocked.Exchange(ref s_job, null);
            while (Volatile.Read(ref job.Active) > 0)
            {
                spinner.SpinOnce(sleep1Threshold: -1);
            }
        }
        finally
        {
            job.Clear();
            Volatile.Write(ref s_busy, 0);
        }

        job.ThrowIfFailed();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RunAlone(KernelJob job, int parts)
    {
        job.Begin(parts, 0);
        bool outer = t_inKernel;
        t_inKernel = true;
        try
        {
            job.RunParts();
        }
        finally
        {
            t_inKernel = outer;
            job.Clear();
        }

        job.ThrowIfFailed();
    }

    private static void EnsureWorkers(int count)
    {
        if (Volatile.Read(ref s_workers).Length >= count)
        {
            return;
        }

        lock (s_gate)
        {
            Thread[] workers = s_workers;
            if (workers.Length >= count)
            {
                return;
            }

            var more = new Thread[count];
            Array.Copy(workers, more, workers.Length);
            for (int i = workers.Length; i < count; i++)
            {
                more[i] = new Thread(Work, maxStackSize: 256 * 1024)
                {
                    IsBackground = true,
                    Name = "KernelGen worker " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                more[i].UnsafeStart();
            }

            Volatile.Write(ref s_workers, more);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Work()
    {
        t_inKernel = true;
        int seen = Volatile.Read(ref s_jobId);
        while (true)
        {
            int id = WaitForJob(seen);
            seen = id;
            KernelJob? job = Volatile.Read(ref s_job);
            if (job is null)
            {
                continue;
            }

            Interlocked.Increment(ref job.Active); // a full fence: the caller cannot close the job unseen
            if (Volatile.Read(ref s_job) == job && job.TryTakeTicket())
            {
                job.RunParts(fromBack: true);
            }

            Interlocked.Decrement(ref job.Active);
        }
    }

    /// <summary>Spins for a new job id for <see cref="SpinMicroseconds"/>, then parks until one arrives.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int WaitForJob(int seen)
    {
        long start = Stopwatch.GetTimestamp();
        int id;
        while ((id = Volatile.Read(ref s_jobId)) == seen)
        {
            if (Stopwatch.GetTimestamp() - start < s_spinTicks)
            {
                Thread.SpinWait(16);
                continue;
            }

            lock (s_gate)
            {
                Interlocked.Increment(ref s_sleepers); // a full fence before the job id is read again
                while ((id = Volatile.Read(ref s_jobId)) == seen)
                {
                    Monitor.Wait(s_gate);
                }

                Interlocked.Decrement(ref s_sleepers);
            }

            return id;
        }

        return id;
    }
}
