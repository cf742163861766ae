using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using KernelGen;

namespace KernelGen.Tool.Bench;

/// <summary>
/// This machine's ceilings, measured at start-up (machines change; a figure is only meaningful against limits
/// measured in the same run): the fp32 fused multiply-add peak of one core, and the load bandwidth of one core from
/// L1 (a 16 KiB buffer), L2 (512 KiB) and memory (256 MiB). Each is the best of several short runs.
/// </summary>
internal sealed record MachineLimits(double PeakGflops, double L1GBs, double L2GBs, double MemoryGBs, string VectorWidth)
{
    /// <summary>The fp64 peak: half the fp32 one (half as many lanes per vector).</summary>
    public double PeakGflopsFor(Type element) => element == typeof(double) ? PeakGflops / 2 : PeakGflops;

    public static MachineLimits Measure(bool quick = false)
    {
        int repeats = quick ? 3 : 7;
        double peak = Best(repeats, FmaPeak);
        double l1 = Best(repeats, () => LoadBandwidth(16 << 10, 40_000));
        double l2 = Best(repeats, () => LoadBandwidth(512 << 10, 1_000));
        double memory = Best(quick ? 2 : 3, () => LoadBandwidth(256 << 20, 2));
        string width = Vector512.IsHardwareAccelerated ? "Vector512" : Vector256.IsHardwareAccelerated ? "Vector256" : Vector128.IsHardwareAccelerated ? "Vector128" : "scalar";
        return new MachineLimits(peak, l1, l2, memory, width);
    }

    private static double Best(int repeats, Func<double> run)
    {
        double best = 0;
        for (int i = 0; i < repeats; i++)
        {
            best = Math.Max(best, run());
        }

        return best;
    }

    /// <summary>GFLOP/s of 12 independent chains of fused multiply-adds on the widest vectors (enough to cover the latency).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double FmaPeak()
    {
        const int iterations = 400_000;
        var stopwatch = Stopwatch.StartNew();
        int lanes;
        if (Avx512F.IsSupported)
        {
            Run512(iterations);
            lanes = 16;
        }
        else if (Fma.IsSupported)
        {
            Run256(iterations);
            lanes = 8;
        }
        else
        {
            return RunPortable(iterations) / stopwatch.Elapsed.TotalSeconds / 1e9;
        }

        return 12.0 * 2 * lanes * iterations / stopwatch.Elapsed.TotalSeconds / 1e9;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Run512(int iterations)
    {
        Vector512<float> m = Vector512.Create(0.999999f), a = Vector512.Create(1e-7f);
        Vector512<float> c0 = Vector512.Create(1f), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (int i = 0; i < iterations; i++)
        {
            c0 = Avx512F.FusedMultiplyAdd(c0, m, a); c1 = Avx512F.FusedMultiplyAdd(c1, m, a); c2 = Avx512F.FusedMultiplyAdd(c2, m, a);
            c3 = Avx512F.FusedMultiplyAdd(c3, m, a); c4 = Avx512F.FusedMultiplyAdd(c4, m, a); c5 = Avx512F.FusedMultiplyAdd(c5, m, a);
            c6 = Avx512F.FusedMultiplyAdd(c6, m, a); c7 = Avx512F.FusedMultiplyAdd(c7, m, a); c8 = Avx512F.FusedMultiplyAdd(c8, m, a);
            c9 = Avx512F.FusedMultiplyAdd(c9, m, a); c10 = Avx512F.FusedMultiplyAdd(c10, m, a); c11 = Avx512F.FusedMultiplyAdd(c11, m, a);
        }

        return Vector512.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Run256(int iterations)
    {
        Vector256<float> m = Vector256.Create(0.999999f), a = Vector256.Create(1e-7f);
        Vector256<float> c0 = Vector256.Create(1f), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (int i = 0; i < iterations; i++)
        {
            c0 = Fma.MultiplyAdd(c0, m, a); c1 = Fma.MultiplyAdd(c1, m, a); c2 = Fma.MultiplyAdd(c2, m, a);
            c3 = Fma.MultiplyAdd(c3, m, a); c4 = Fma.MultiplyAdd(c4, m, a); c5 = Fma.MultiplyAdd(c5, m, a);
            c6 = Fma.MultiplyAdd(c6, m, a); c7 = Fma.MultiplyAdd(c7, m, a); c8 = Fma.MultiplyAdd(c8, m, a);
            c9 = Fma.MultiplyAdd(c9, m, a); c10 = Fma.MultiplyAdd(c10, m, a); c11 = Fma.MultiplyAdd(c11, m, a);
        }

        return Vector256.Sum(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7 + c8 + c9 + c10 + c11);
    }

    /// <summary>Multiplies and adds (two operations per lane) where there is no FMA instruction; returns the operation count.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double RunPortable(int iterations)
    {
        var m = new System.Numerics.Vector<float>(0.999999f);
        var a = new System.Numerics.Vector<float>(1e-7f);
        System.Numerics.Vector<float> c0 = System.Numerics.Vector<float>.One, c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int i = 0; i < iterations; i++)
        {
            c0 = (c0 * m) + a; c1 = (c1 * m) + a; c2 = (c2 * m) + a; c3 = (c3 * m) + a;
            c4 = (c4 * m) + a; c5 = (c5 * m) + a; c6 = (c6 * m) + a; c7 = (c7 * m) + a;
        }

        GC.KeepAlive(c0 + c1 + c2 + c3 + c4 + c5 + c6 + c7);
        return 8.0 * 2 * System.Numerics.Vector<float>.Count * iterations;
    }

    /// <summary>GB/s of reading a 64-byte aligned buffer (no load crosses a cache line) of <paramref name="bytes"/> <paramref name="passes"/> times with eight independent vector sums.</summary>
    private static double LoadBandwidth(int bytes, int passes)
    {
        using var aligned = new AlignedBuffer<float>(bytes / sizeof(float));
        Span<float> buffer = aligned.Span;
        Read(buffer, 1); // touch it once: page faults and the first fill are not bandwidth
        var stopwatch = Stopwatch.StartNew();
        Read(buffer, passes);
        return (double)bytes * passes / stopwatch.Elapsed.TotalSeconds / 1e9;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static float Read(Span<float> buffer, int passes)
    {
        ref float start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(buffer);
        int count = Vector256<float>.Count * 8, length = buffer.Length - (buffer.Length % (count * 2));
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<float> s0 = default, s1 = default, s2 = default, s3 = default, s4 = default, s5 = default, s6 = default, s7 = default;
            for (int pass = 0; pass < passes; pass++)
            {
                for (int i = 0; i < length; i += 128)
                {
                    s0 += Vector512.LoadUnsafe(ref start, (nuint)i); s1 += Vector512.LoadUnsafe(ref start, (nuint)i + 16);
                    s2 += Vector512.LoadUnsafe(ref start, (nuint)i + 32); s3 += Vector512.LoadUnsafe(ref start, (nuint)i + 48);
                    s4 += Vector512.LoadUnsafe(ref start, (nuint)i + 64); s5 += Vector512.LoadUnsafe(ref start, (nuint)i + 80);
                    s6 += Vector512.LoadUnsafe(ref start, (nuint)i + 96); s7 += Vector512.LoadUnsafe(ref start, (nuint)i + 112);
                }
            }

            return Vector512.Sum(s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7);
        }

        Vector256<float> t0 = default, t1 = default, t2 = default, t3 = default, t4 = default, t5 = default, t6 = default, t7 = default;
        for (int pass = 0; pass < passes; pass++)
        {
            for (int i = 0; i < length; i += 64)
            {
                t0 += Vector256.LoadUnsafe(ref start, (nuint)i); t1 += Vector256.LoadUnsafe(ref start, (nuint)i + 8);
                t2 += Vector256.LoadUnsafe(ref start, (nuint)i + 16); t3 += Vector256.LoadUnsafe(ref start, (nuint)i + 24);
                t4 += Vector256.LoadUnsafe(ref start, (nuint)i + 32); t5 += Vector256.LoadUnsafe(ref start, (nuint)i + 40);
                t6 += Vector256.LoadUnsafe(ref start, (nuint)i + 48); t7 += Vector256.LoadUnsafe(ref start, (nuint)i + 56);
            }
        }

        return Vector256.Sum(t0 + t1 + t2 + t3 + t4 + t5 + t6 + t7);
    }
}
