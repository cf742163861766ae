using System;
using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KernelGen.Benchmarks;

/// <summary>
/// Feeding the loads: the generated dot product and dense layer on <see cref="AlignedBuffer{T}"/> (64-byte aligned)
/// against the same kernel on managed arrays, and <c>TensorPrimitives.Dot</c> on the arrays (what users have; the
/// baseline of each category). The arrays' offsets from a cache line are printed at setup.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class AlignedBenchmarks : IDisposable
{
    private readonly float[] _x = new float[16384], _y = new float[16384], _weights = new float[256 * 256], _bias = new float[256], _out = new float[256];
    private readonly AlignedBuffer<float> _ax = new(16384), _ay = new(16384), _aWeights = new(256 * 256), _aOut = new(256);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        for (int i = 0; i < _x.Length; i++)
        {
            _x[i] = (float)random.NextDouble();
            _y[i] = (float)random.NextDouble();
        }

        for (int i = 0; i < _weights.Length; i++)
        {
            _weights[i] = (float)(random.NextDouble() - 0.5);
        }

        _x.CopyTo(_ax.Span);
        _y.CopyTo(_ay.Span);
        _weights.CopyTo(_aWeights.Span);
        Console.WriteLine($"// arrays: x at {Offset(_x)}, y at {Offset(_y)}, weights at {Offset(_weights)} bytes past a 64-byte boundary; aligned buffers at {Offset(_ax.Span)}, {Offset(_ay.Span)}");
    }

    private static long Offset(Span<float> span) =>
        System.Runtime.CompilerServices.Unsafe.ByteOffset(ref System.Runtime.CompilerServices.Unsafe.NullRef<float>(), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span)) % 64;

    public void Dispose()
    {
        _ax.Dispose();
        _ay.Dispose();
        _aWeights.Dispose();
        _aOut.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("N=00016")]
    public float TensorPrimitivesDot_16() => TensorPrimitives.Dot(_x.AsSpan(0, 16), _y.AsSpan(0, 16));

    [Benchmark, BenchmarkCategory("N=00016")]
    public float GeneratedArrays_16() => Kernels.Dot16(_x, _y);

    [Benchmark, BenchmarkCategory("N=00016")]
    public float GeneratedAligned_16() => Kernels.Dot16(_ax.Span, _ay.Span);

    [Benchmark(Baseline = true), BenchmarkCategory("N=00064")]
    public float TensorPrimitivesDot_64() => TensorPrimitives.Dot(_x.AsSpan(0, 64), _y.AsSpan(0, 64));

    [Benchmark, BenchmarkCategory("N=00064")]
    public float GeneratedArrays_64() => Kernels.Dot64(_x, _y);

    [Benchmark, BenchmarkCategory("N=00064")]
    public float GeneratedAligned_64() => Kernels.Dot64(_ax.Span, _ay.Span);

    [Benchmark(Baseline = true), BenchmarkCategory("N=00256")]
    public float TensorPrimitivesDot_256() => TensorPrimitives.Dot(_x.AsSpan(0, 256), _y.AsSpan(0, 256));

    [Benchmark, BenchmarkCategory("N=00256")]
    public float GeneratedArrays_256() => Kernels.Dot256(_x, _y);

    [Benchmark, BenchmarkCategory("N=00256")]
    public float GeneratedAligned_256() => Kernels.Dot256(_ax.Span, _ay.Span);

    [Benchmark(Baseline = true), BenchmarkCategory("N=01024")]
    public float TensorPrimitivesDot_1024() => TensorPrimitives.Dot(_x.AsSpan(0, 1024), _y.AsSpan(0, 1024));

    [Benchmark, BenchmarkCategory("N=01024")]
    public float GeneratedArrays_1024() => Kernels.Dot1024(_x, _y);

    [Benchmark, BenchmarkCategory("N=01024")]
    public float GeneratedAligned_1024() => Kernels.Dot1024(_ax.Span, _ay.Span);

    [Benchmark(Baseline = true), BenchmarkCategory("N=04096")]
    public float TensorPrimitivesDot_4096() => TensorPrimitives.Dot(_x.AsSpan(0, 4096), _y.AsSpan(0, 4096));

    [Benchmark, BenchmarkCategory("N=04096")]
    public float GeneratedArrays_4096() => Kernels.Dot4096(_x, _y);

    [Benchmark, BenchmarkCategory("N=04096")]
    public float GeneratedAligned_4096() => Kernels.Dot4096(_ax.Span, _ay.Span);

    [Benchmark(Baseline = true), BenchmarkCategory("N=16384")]
    public float TensorPrimitivesDot_16384() => TensorPrimitives.Dot(_x.AsSpan(0, 16384), _y.AsSpan(0, 16384));

    [Benchmark, BenchmarkCategory("N=16384")]
    public float GeneratedArrays_16384() => Kernels.Dot16384(_x, _y);

    [Benchmark, BenchmarkCategory("N=16384")]
    public float GeneratedAligned_16384() => Kernels.Dot16384(_ax.Span, _ay.Span);

    [Benchmark(Baseline = true), BenchmarkCategory("Dense784x10")]
    public void DenseArrays_784x10() => Kernels.Dense784x10(_x, _weights, _bias, _out);

    [Benchmark, BenchmarkCategory("Dense784x10")]
    public void DenseAligned_784x10() => Kernels.Dense784x10(_ax.Span, _aWeights.Span, _bias, _aOut.Span);

    [Benchmark(Baseline = true), BenchmarkCategory("Dense256x256")]
    public void DenseArrays_256x256() => Kernels.Dense256x256(_x, _weights, _bias, _out);

    [Benchmark, BenchmarkCategory("Dense256x256")]
    public void DenseAligned_256x256() => Kernels.Dense256x256(_ax.Span, _aWeights.Span, _bias, _aOut.Span);

}
