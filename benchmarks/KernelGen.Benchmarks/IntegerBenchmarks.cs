using System;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KernelGen.Benchmarks;

/// <summary>
/// Integer (quantized) kernels against their float twins and the peers, on the same values: the sbyte cosine against
/// <c>TensorPrimitives.CosineSimilarity</c> on float (the baseline of each length, issue 25's target: 2x); an int8 dense
/// layer 784 -> 128 against our float one; the integer instruction peaks (<c>VPDPBUSD</c> ymm, <c>VPMADDWD</c> zmm) beside
/// the FMA peak, measured in the same run.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class IntegerBenchmarks
{
    private readonly float[] _x = new float[1536], _y = new float[1536];
    private readonly sbyte[] _qx = new sbyte[1536], _qy = new sbyte[1536];
    private readonly float[] _input = new float[784], _weights = new float[784 * 128], _bias = new float[128], _output = new float[128];
    private readonly byte[] _qinput = new byte[784];
    private readonly sbyte[] _qweights = new sbyte[784 * 128];
    private readonly int[] _qbias = new int[128], _qout = new int[128];
    private readonly float[] _scale = new float[128];
    private readonly byte[] _requantized = new byte[128];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        for (int i = 0; i < _x.Length; i++)
        {
            _qx[i] = (sbyte)random.Next(-128, 128);
            _qy[i] = (sbyte)random.Next(-128, 128);
            _x[i] = _qx[i] / 128f;
            _y[i] = _qy[i] / 128f;
        }

        for (int i = 0; i < _weights.Length; i++)
        {
            _qweights[i] = (sbyte)random.Next(-128, 128);
            _weights[i] = _qweights[i] / 128f;
        }

        for (int i = 0; i < _input.Length; i++)
        {
            _qinput[i] = (byte)random.Next(256);
            _input[i] = _qinput[i] / 255f;
        }

        for (int i = 0; i < 128; i++)
        {
            _qbias[i] = random.Next(-1000, 1000);
            _bias[i] = _qbias[i] / 1e4f;
            _scale[i] = 1e-4f;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Cosine N=0384")]
    public float TensorPrimitivesFloat_384() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 384), _y.AsSpan(0, 384));

    [Benchmark, BenchmarkCategory("Cosine N=0384")]
    public float GeneratedFloat_384() => Kernels.Cosine384(_x, _y);

    [Benchmark, BenchmarkCategory("Cosine N=0384")]
    public float GeneratedSByte_384() => IntegerKernels.Cosine384(_qx, _qy);

    [Benchmark(Baseline = true), BenchmarkCategory("Cosine N=0768")]
    public float TensorPrimitivesFloat_768() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 768), _y.AsSpan(0, 768));

    [Benchmark, BenchmarkCategory("Cosine N=0768")]
    public float GeneratedFloat_768() => Kernels.Cosine768(_x, _y);

    [Benchmark, BenchmarkCategory("Cosine N=0768")]
    public float GeneratedSByte_768() => IntegerKernels.Cosine768(_qx, _qy);

    [Benchmark(Baseline = true), BenchmarkCategory("Cosine N=1536")]
    public float TensorPrimitivesFloat_1536() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 1536), _y.AsSpan(0, 1536));

    [Benchmark, BenchmarkCategory("Cosine N=1536")]
    public float GeneratedFloat_1536() => Kernels.Cosine1536(_x, _y);

    [Benchmark, BenchmarkCategory("Cosine N=1536")]
    public float GeneratedSByte_1536() => IntegerKernels.Cosine1536(_qx, _qy);

    [Benchmark(Baseline = true), BenchmarkCategory("Dense 784x128")]
    public void DenseFloat() => IntegerKernels.DenseFloat784x128(_input, _weights, _bias, _output);

    [Benchmark, BenchmarkCategory("Dense 784x128")]
    public void DenseByteToInt() => IntegerKernels.Dense784x128(_qinput, _qweights, _qbias, _qout);

    [Benchmark, BenchmarkCategory("Dense 784x128")]
    public void DenseByteRequantized() => IntegerKernels.Dense784x128Requantized(_qinput, _qweights, _qbias, _scale, _requantized);

    [Benchmark(Baseline = true), BenchmarkCategory("Dot N=4096")]
    public float DotFloat_4096() => IntegerKernels.DotFloat4096(_weights, _weights.AsSpan(4096));

    [Benchmark, BenchmarkCategory("Dot N=4096")]
    public int DotSByte_4096() => IntegerKernels.Dot4096(_qweights, _qweights.AsSpan(4096));

    /// <summary>Iterations of 16 independent instructions (no memory traffic), as <see cref="PeakBenchmarks"/>.</summary>
    public const int Iterations = 1 << 16;

    private int _seed = 1;

    /// <summary><c>VPDPBUSD</c> ymm chains: 12 x 32 multiply-adds per iteration (12 chains: VEX encodes only 16 ymm registers).</summary>
    [Benchmark, BenchmarkCategory("Peak")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int VnniPeak()
    {
        if (!AvxVnni.IsSupported)
        {
            return 0;
        }

        Vector256<byte> a = Vector256.Create((byte)_seed);
        Vector256<sbyte> b = Vector256.Create((sbyte)3);
        Vector256<int> c0 = default, c1 = default, c2 = default, c3 = default, c4 = default, c5 = default, c6 = default, c7 = default;
        Vector256<int> c8 = default, c9 = default, c10 = default, c11 = default;
        for (int i = 0; i < Iterations; i++)
        {
            c0 = AvxVnni.MultiplyWideningAndAdd(c0, a, b); c1 = AvxVnni.MultiplyWideningAndAdd(c1, a, b);
            c2 = AvxVnni.MultiplyWideningAndAdd(c2, a, b); c3 = AvxVnni.MultiplyWideningAndAdd(c3, a, b);
            c4 = AvxVnni.MultiplyWideningAndAdd(c4, a, b); c5 = AvxVnni.MultiplyWideningAndAdd(c5, a, b);
            c6 = AvxVnni.MultiplyWideningAndAdd(c6, a, b); c7 = AvxVnni.MultiplyWideningAndAdd(c7, a, b);
            c8 = AvxVnni.MultiplyWideningAndAdd(c8, a, b); c9 = AvxVnni.MultiplyWideningAndAdd(c9, a, b);
            c10 = AvxVnni.MultiplyWideningAndAdd(c10, a, b); c11 = AvxVnni.MultiplyWideningAndAdd(c11, a, b);
        }

        return Vector256.Sum(((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11)));
    }

    /// <summary>
    /// <c>VPMADDWD</c> + <c>VPADDD</c> zmm chains: 16 x 32 multiply-adds per iteration, each product reading its chain
    /// (a product of loop constants would be hoisted out of the loop).
    /// </summary>
    [Benchmark, BenchmarkCategory("Peak")]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public int MaddPeak()
    {
        if (!Avx512BW.IsSupported)
        {
            return 0;
        }

        Vector512<short> b = Vector512.Create((short)3);
        Vector512<int> c0 = Vector512.Create(_seed), c1 = default, c2 = default, c3 = default, c4 = default, c5 = default, c6 = default, c7 = default;
        Vector512<int> c8 = default, c9 = default, c10 = default, c11 = default, c12 = default, c13 = default, c14 = default, c15 = default;
        for (int i = 0; i < Iterations; i++)
        {
            c0 += Avx512BW.MultiplyAddAdjacent(c0.AsInt16(), b); c1 += Avx512BW.MultiplyAddAdjacent(c1.AsInt16(), b);
            c2 += Avx512BW.MultiplyAddAdjacent(c2.AsInt16(), b); c3 += Avx512BW.MultiplyAddAdjacent(c3.AsInt16(), b);
            c4 += Avx512BW.MultiplyAddAdjacent(c4.AsInt16(), b); c5 += Avx512BW.MultiplyAddAdjacent(c5.AsInt16(), b);
            c6 += Avx512BW.MultiplyAddAdjacent(c6.AsInt16(), b); c7 += Avx512BW.MultiplyAddAdjacent(c7.AsInt16(), b);
            c8 += Avx512BW.MultiplyAddAdjacent(c8.AsInt16(), b); c9 += Avx512BW.MultiplyAddAdjacent(c9.AsInt16(), b);
            c10 += Avx512BW.MultiplyAddAdjacent(c10.AsInt16(), b); c11 += Avx512BW.MultiplyAddAdjacent(c11.AsInt16(), b);
            c12 += Avx512BW.MultiplyAddAdjacent(c12.AsInt16(), b); c13 += Avx512BW.MultiplyAddAdjacent(c13.AsInt16(), b);
            c14 += Avx512BW.MultiplyAddAdjacent(c14.AsInt16(), b); c15 += Avx512BW.MultiplyAddAdjacent(c15.AsInt16(), b);
        }

        return Vector512.Sum(((c0 + c1) + (c2 + c3)) + ((c4 + c5) + (c6 + c7)) + ((c8 + c9) + (c10 + c11)) + ((c12 + c13) + (c14 + c15)));
    }
}

/// <summary>The integer kernels the benchmarks time, and their float twins of the same shapes.</summary>
public static partial class IntegerKernels
{
    [CosineSimilarity(384)] public static partial float Cosine384(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);
    [CosineSimilarity(768)] public static partial float Cosine768(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);
    [CosineSimilarity(1536)] public static partial float Cosine1536(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);
    [Dense(784, 128)] public static partial void DenseFloat784x128(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(784, 128)] public static partial void Dense784x128(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);
    [Dense(784, 128)] public static partial void Dense784x128Requantized(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);
    [DotProduct(4096)] public static partial float DotFloat4096(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4096)] public static partial int Dot4096(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);
}
