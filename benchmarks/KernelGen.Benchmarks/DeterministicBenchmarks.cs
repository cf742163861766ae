using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KernelGen.Benchmarks;

/// <summary>
/// The cost of <c>Deterministic = true</c>: each kernel in its default mode (the baseline of its category) and
/// deterministic, on the same inputs, so each ratio is the slowdown measured in one run.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DeterministicBenchmarks
{
    private readonly float[] _x = Random(4096, 1), _y = Random(4096, 2);
    private readonly float[] _weights = Random(256 * 256, 3), _bias = Random(256, 4), _output = new float[64 * 56 * 56];
    private readonly float[] _image = Random(64 * 56 * 56, 5), _b = Random(64 * 64, 6);

    private static float[] Random(int n, int seed)
    {
        var random = new Random(seed);
        var values = new float[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = (float)(random.NextDouble() - 0.5);
        }

        return values;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Dot0064")]
    public float Default_Dot0064() => Kernels.Dot64(_x, _y);

    [Benchmark, BenchmarkCategory("Dot0064")]
    public float Deterministic_Dot0064() => Kernels.DeterministicDot64(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("Dot0256")]
    public float Default_Dot0256() => Kernels.Dot256(_x, _y);

    [Benchmark, BenchmarkCategory("Dot0256")]
    public float Deterministic_Dot0256() => Kernels.DeterministicDot256(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("Dot1024")]
    public float Default_Dot1024() => Kernels.Dot1024(_x, _y);

    [Benchmark, BenchmarkCategory("Dot1024")]
    public float Deterministic_Dot1024() => Kernels.DeterministicDot1024(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("Dot4096")]
    public float Default_Dot4096() => Kernels.Dot4096(_x, _y);

    [Benchmark, BenchmarkCategory("Dot4096")]
    public float Deterministic_Dot4096() => Kernels.DeterministicDot4096(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("Cosine0100")]
    public float Default_Cosine0100() => Kernels.Cosine100(_x, _y);

    [Benchmark, BenchmarkCategory("Cosine0100")]
    public float Deterministic_Cosine0100() => Kernels.DeterministicCosine100(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("Cosine0384")]
    public float Default_Cosine0384() => Kernels.Cosine384(_x, _y);

    [Benchmark, BenchmarkCategory("Cosine0384")]
    public float Deterministic_Cosine0384() => Kernels.DeterministicCosine384(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("Cosine1536")]
    public float Default_Cosine1536() => Kernels.Cosine1536(_x, _y);

    [Benchmark, BenchmarkCategory("Cosine1536")]
    public float Deterministic_Cosine1536() => Kernels.DeterministicCosine1536(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("Dense784x10")]
    public void Default_Dense784x10() => Kernels.Dense784x10(_x, _weights, _bias, _output);

    [Benchmark, BenchmarkCategory("Dense784x10")]
    public void Deterministic_Dense784x10() => Kernels.DeterministicDense784x10(_x, _weights, _bias, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("Dense256x256")]
    public void Default_Dense256x256() => Kernels.Dense256x256(_x, _weights, _bias, _output);

    [Benchmark, BenchmarkCategory("Dense256x256")]
    public void Deterministic_Dense256x256() => Kernels.DeterministicDense256x256(_x, _weights, _bias, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("Dense64x64Tanh")]
    public void Default_Dense64x64Tanh() => Kernels.Dense64x64Tanh(_x, _weights, _bias, _output);

    [Benchmark, BenchmarkCategory("Dense64x64Tanh")]
    public void Deterministic_Dense64x64Tanh() => Kernels.DeterministicDense64x64Tanh(_x, _weights, _bias, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("MatMul64")]
    public void Default_MatMul64() => Kernels.MatMul64(_x, _b, _output);

    [Benchmark, BenchmarkCategory("MatMul64")]
    public void Deterministic_MatMul64() => Kernels.DeterministicMatMul64(_x, _b, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("MatMul64T")]
    public void Default_MatMul64T() => Kernels.MatMul64T(_x, _b, _output);

    [Benchmark, BenchmarkCategory("MatMul64T")]
    public void Deterministic_MatMul64T() => Kernels.DeterministicMatMul64T(_x, _b, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("Conv3x32x32")]
    public void Default_Conv3x32x32() => Kernels.ConvRgb3x3(_image, _weights, _bias, _output);

    [Benchmark, BenchmarkCategory("Conv3x32x32")]
    public void Deterministic_Conv3x32x32() => Kernels.DeterministicConv3x32x32(_image, _weights, _bias, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("Depthwise32x56x56")]
    public void Default_Depthwise32x56x56() => Kernels.Depthwise32x56x56(_image, _weights, _bias, _output);

    [Benchmark, BenchmarkCategory("Depthwise32x56x56")]
    public void Deterministic_Depthwise32x56x56() => Kernels.DeterministicDepthwise32x56x56(_image, _weights, _bias, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("Conv1D8x1000")]
    public void Default_Conv1D8x1000() => Kernels.Conv1D8x1000(_image, _weights, _bias, _output);

    [Benchmark, BenchmarkCategory("Conv1D8x1000")]
    public void Deterministic_Conv1D8x1000() => Kernels.DeterministicConv1D8x1000(_image, _weights, _bias, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("AvgPool3x3S2")]
    public void Default_AvgPool3x3S2() => Kernels.AvgPool64x56x56(_image, _output);

    [Benchmark, BenchmarkCategory("AvgPool3x3S2")]
    public void Deterministic_AvgPool3x3S2() => Kernels.DeterministicAvgPool64x56x56(_image, _output);

    [Benchmark(Baseline = true), BenchmarkCategory("AvgPool2x2S1")]
    public void Default_AvgPool2x2S1() => Kernels.AvgPool64x56x56S1(_image, _output);

    [Benchmark, BenchmarkCategory("AvgPool2x2S1")]
    public void Deterministic_AvgPool2x2S1() => Kernels.DeterministicAvgPool64x56x56S1(_image, _output);

}
