using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KernelGen.Benchmarks;

/// <summary>Cosine similarity at fixed lengths (the embedding sizes among them): the generated kernel against
/// <c>TensorPrimitives.CosineSimilarity</c> (the baseline of each length), on the same arrays.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CosineBenchmarks
{
    private readonly float[] _x = new float[1536], _y = new float[1536];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        for (int i = 0; i < _x.Length; i++)
        {
            _x[i] = (float)(random.NextDouble() - 0.5);
            _y[i] = (float)(random.NextDouble() - 0.5);
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("N=0003")]
    public float TensorPrimitivesCosine_3() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 3), _y.AsSpan(0, 3));

    [Benchmark, BenchmarkCategory("N=0003")]
    public float Generated_3() => Kernels.Cosine3(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0016")]
    public float TensorPrimitivesCosine_16() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 16), _y.AsSpan(0, 16));

    [Benchmark, BenchmarkCategory("N=0016")]
    public float Generated_16() => Kernels.Cosine16(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0100")]
    public float TensorPrimitivesCosine_100() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 100), _y.AsSpan(0, 100));

    [Benchmark, BenchmarkCategory("N=0100")]
    public float Generated_100() => Kernels.Cosine100(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0384")]
    public float TensorPrimitivesCosine_384() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 384), _y.AsSpan(0, 384));

    [Benchmark, BenchmarkCategory("N=0384")]
    public float Generated_384() => Kernels.Cosine384(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=0768")]
    public float TensorPrimitivesCosine_768() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 768), _y.AsSpan(0, 768));

    [Benchmark, BenchmarkCategory("N=0768")]
    public float Generated_768() => Kernels.Cosine768(_x, _y);

    [Benchmark(Baseline = true), BenchmarkCategory("N=1536")]
    public float TensorPrimitivesCosine_1536() => TensorPrimitives.CosineSimilarity(_x.AsSpan(0, 1536), _y.AsSpan(0, 1536));

    [Benchmark, BenchmarkCategory("N=1536")]
    public float Generated_1536() => Kernels.Cosine1536(_x, _y);

}
