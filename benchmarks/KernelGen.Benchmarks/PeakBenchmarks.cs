using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;

namespace KernelGen.Benchmarks;

/// <summary>
/// The machine's single-core FMA peak, measured in the same run as the kernels: 16 independent Vector512 FMA chains
/// (enough to cover the FMA latency on two ports), no memory traffic.
/// </summary>
public class PeakBenchmarks
{
    /// <summary>Iterations of 16 FMAs of 16 floats: 2 x 16 x 16 FLOPs each.</summary>
    public const int Iterations = 1 << 16;

    public const double Flops = 2.0 * 16 * 16 * Iterations;

    private float _seed = 1e-7f;

    [Benchmark]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public float FmaPeak()
    {
        Vector512<float> a = Vector512.Create(_seed), b = Vector512.Create(0.999f);
        Vector512<float> c0 = a, c1 = a, c2 = a, c3 = a, c4 = a, c5 = a, c6 = a, c7 = a;
        Vector512<float> c8 = a, c9 = a, c10 = a, c11 = a, c12 = a, c13 = a, c14 = a, c15 = a;
        for (int i = 0; i < Iterations; i++)
        {
            c0 = Vector512.FusedMultiplyAdd(c0, b, a); c1 = Vector512.FusedMultiplyAdd(c1, b, a);
            c2 = Vector512.FusedMultiplyAdd(c2, b, a); c3 = Vector512.FusedMultiplyAdd(c3, b, a);
            c4 = Vector512.FusedMultiplyAdd(c4, b, a); c5 = Vector512.FusedMultiplyAdd(c5, b, a);
            c6 = Vector512.FusedMultiplyAdd(c6, b, a); c7 = Vector512.FusedMultiplyAdd(c7, b, a);
            c8 = Vector512.FusedMultiplyAdd(c8, b, a); c9 = Vector512.FusedMultiplyAdd(c9, b, a);
            c10 = Vector512.FusedMultiplyAdd(c10, b, a); c11 = Vector512.FusedMultiplyAdd(c11, b, a);
            c12 = Vector512.FusedMultiplyAdd(c12, b, a); c13 = Vector512.FusedMultiplyAdd(c13, b, a);
            c14 = Vector512.FusedMultiplyAdd(c14, b, a); c15 = Vector512.FusedMultiplyAdd(c15, b, a);
        }

        Vector512<float> sum = ((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11)) + ((c12 + c13) + (c14 + c15));
        return Vector512.Sum(sum);
    }
}
