using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KernelGen.Benchmarks;

/// <summary>
/// Dot products of fixed length: the generated kernel against TensorPrimitives.Dot (the baseline of each length) and a
/// plain C# loop. One category per length, so each ratio compares methods measured in the same run.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DotBenchmarks
{
    private readonly float[] _x = new float[4096];
    private readonly float[] _y = new float[4096];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (int i = 0; i < _x.Length; i++)
        {
            _x[i] = (float)random.NextDouble();
            _y[i] = (float)random.NextDouble();
        }
    }

    private static float Plain(float[] x, float[] y, int n)
    {
        float sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("N=0009")]
    public float TensorPrimitives_9() => TensorPrimitives.Dot(_x.AsSpan(0, 9), _y.AsSpan(0, 9));

    [Benchmark, BenchmarkCategory("N=0009")]
    public float PlainLoop_9() => Plain(_x, _y, 9);

    [Benchmark, BenchmarkCategory("N=0009")]
    public float Generated_9() => Kernels.Dot9(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0016")]
    public float TensorPrimitives_16() => TensorPrimitives.Dot(_x.AsSpan(0, 16), _y.AsSpan(0, 16));

    [Benchmark, BenchmarkCategory("N=0016")]
    public float PlainLoop_16() => Plain(_x, _y, 16);

    [Benchmark, BenchmarkCategory("N=0016")]
    public float Generated_16() => Kernels.Dot16(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0027")]
    public float TensorPrimitives_27() => TensorPrimitives.Dot(_x.AsSpan(0, 27), _y.AsSpan(0, 27));

    [Benchmark, BenchmarkCategory("N=0027")]
    public float PlainLoop_27() => Plain(_x, _y, 27);

    [Benchmark, BenchmarkCategory("N=0027")]
    public float Generated_27() => Kernels.Dot27(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0064")]
    public float TensorPrimitives_64() => TensorPrimitives.Dot(_x.AsSpan(0, 64), _y.AsSpan(0, 64));

    [Benchmark, BenchmarkCategory("N=0064")]
    public float PlainLoop_64() => Plain(_x, _y, 64);

    [Benchmark, BenchmarkCategory("N=0064")]
    public float Generated_64() => Kernels.Dot64(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0075")]
    public float TensorPrimitives_75() => TensorPrimitives.Dot(_x.AsSpan(0, 75), _y.AsSpan(0, 75));

    [Benchmark, BenchmarkCategory("N=0075")]
    public float PlainLoop_75() => Plain(_x, _y, 75);

    [Benchmark, BenchmarkCategory("N=0075")]
    public float Generated_75() => Kernels.Dot75(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0128")]
    public float TensorPrimitives_128() => TensorPrimitives.Dot(_x.AsSpan(0, 128), _y.AsSpan(0, 128));

    [Benchmark, BenchmarkCategory("N=0128")]
    public float PlainLoop_128() => Plain(_x, _y, 128);

    [Benchmark, BenchmarkCategory("N=0128")]
    public float Generated_128() => Kernels.Dot128(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0256")]
    public float TensorPrimitives_256() => TensorPrimitives.Dot(_x.AsSpan(0, 256), _y.AsSpan(0, 256));

    [Benchmark, BenchmarkCategory("N=0256")]
    public float PlainLoop_256() => Plain(_x, _y, 256);

    [Benchmark, BenchmarkCategory("N=0256")]
    public float Generated_256() => Kernels.Dot256(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=1024")]
    public float TensorPrimitives_1024() => TensorPrimitives.Dot(_x.AsSpan(0, 1024), _y.AsSpan(0, 1024));

    [Benchmark, BenchmarkCategory("N=1024")]
    public float PlainLoop_1024() => Plain(_x, _y, 1024);

    [Benchmark, BenchmarkCategory("N=1024")]
    public float Generated_1024() => Kernels.Dot1024(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=4096")]
    public float TensorPrimitives_4096() => TensorPrimitives.Dot(_x.AsSpan(0, 4096), _y.AsSpan(0, 4096));

    [Benchmark, BenchmarkCategory("N=4096")]
    public float PlainLoop_4096() => Plain(_x, _y, 4096);

    [Benchmark, BenchmarkCategory("N=4096")]
    public float Generated_4096() => Kernels.Dot4096(_x, _y);
}
