using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace KernelGen.Benchmarks;

/// <summary>The kernels of <see cref="ThreadsBenchmarks"/>: each with <c>Threads = 2</c> beside its one-thread twin.</summary>
public static partial class ThreadKernels
{
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1)] public static partial void ResNet64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1, Threads = 2)] public static partial void ResNet64T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(128, 28, 28, 128, 3, 3, Padding = 1)] public static partial void ResNet128(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(128, 28, 28, 128, 3, 3, Padding = 1, Threads = 2)] public static partial void ResNet128T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(256, 14, 14, 256, 3, 3, Padding = 1)] public static partial void ResNet256(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(256, 14, 14, 256, 3, 3, Padding = 1, Threads = 2)] public static partial void ResNet256T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(128, 28, 28, 256, 3, 3, Stride = 2, Padding = 1)] public static partial void Down256(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(128, 28, 28, 256, 3, 3, Stride = 2, Padding = 1, Threads = 2)] public static partial void Down256T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1024, 14, 14, 256, 1, 1)] public static partial void Pointwise1024(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1024, 14, 14, 256, 1, 1, Threads = 2)] public static partial void Pointwise1024T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 224, 224, 64, 7, 7, Stride = 2, Padding = 3)] public static partial void Stem(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(3, 224, 224, 64, 7, 7, Stride = 2, Padding = 3, Threads = 2)] public static partial void StemT2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [MatMul(256, 256, 256)] public static partial void MatMul256(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(256, 256, 256, Threads = 2)] public static partial void MatMul256T2(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(512, 512, 512)] public static partial void MatMul512(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(512, 512, 512, Threads = 2)] public static partial void MatMul512T2(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(1024, 1024, 1024)] public static partial void MatMul1024(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(1024, 1024, 1024, Threads = 2)] public static partial void MatMul1024T2(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MaxPool2D(64, 112, 112, 3, 3, Stride = 2, Padding = 1)] public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
    [MaxPool2D(64, 112, 112, 3, 3, Stride = 2, Padding = 1, Threads = 2)] public static partial void PoolT2(ReadOnlySpan<float> input, Span<float> output);

    private static ReadOnlySpan<float> SobelX => [-1, 0, 1, -2, 0, 2, -1, 0, 1];
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(SobelX))] public static partial void Sobel(ReadOnlySpan<float> image, Span<float> edges);
    [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(SobelX), Threads = 2)] public static partial void SobelT2(ReadOnlySpan<float> image, Span<float> edges);

    // the digits CNN's first layer over 64 images: 64 calls of the batch-1 kernel against one call with Batch = 64
    [Conv2D(1, 8, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu)] public static partial void Digits(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 8, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 64)] public static partial void DigitsB64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(1, 8, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 64, Threads = 2)] public static partial void DigitsB64T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
}

/// <summary>
/// <c>Threads = 2</c> against the same kernel at <c>Threads = 1</c> (the baseline of each category), in one run on the
/// same machine; the dispatch cost of a threaded call (two empty parts on two threads against two inline); a batch of 64
/// images in one call against 64 calls. Run with the peak:  -- --filter '*Threads*' '*Peak*'
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ThreadsBenchmarks
{
    private readonly float[] _input = Fill(64 * 56 * 56), _weights = Fill(256 * 256 * 9), _bias = Fill(256), _output = new float[64 * 112 * 112];
    private readonly float[] _stem = Fill(3 * 224 * 224), _stemWeights = Fill(64 * 3 * 49);
    private readonly float[] _a = Fill(512 * 512), _b = Fill(512 * 512), _c = new float[512 * 512];
    private readonly float[] _a1024 = Fill(1024 * 1024), _b1024 = Fill(1024 * 1024), _c1024 = new float[1024 * 1024];
    private readonly float[] _pool = Fill(64 * 112 * 112), _image = Fill(1080 * 1920), _edges = new float[1080 * 1920];
    private readonly float[] _digits = Fill(64 * 64), _digitsOut = new float[64 * 16 * 64];
    private readonly float[] _empty = new float[1];

    private static float[] Fill(int length)
    {
        var random = new Random(7);
        var values = new float[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return values;
    }

    [GlobalSetup]
    public void Setup() => KernelThreads.Limit = Math.Max(2, Environment.ProcessorCount);

    [BenchmarkCategory("ResNet 64x56x56"), Benchmark(Baseline = true)] public void ResNet64() => ThreadKernels.ResNet64(_input, _weights.AsSpan(0, 64 * 64 * 9), _bias.AsSpan(0, 64), _output);
    [BenchmarkCategory("ResNet 64x56x56"), Benchmark] public void ResNet64T2() => ThreadKernels.ResNet64T2(_input, _weights.AsSpan(0, 64 * 64 * 9), _bias.AsSpan(0, 64), _output);
    [BenchmarkCategory("ResNet 128x28x28"), Benchmark(Baseline = true)] public void ResNet128() => ThreadKernels.ResNet128(_input.AsSpan(0, 128 * 28 * 28), _weights.AsSpan(0, 128 * 128 * 9), _bias.AsSpan(0, 128), _output);
    [BenchmarkCategory("ResNet 128x28x28"), Benchmark] public void ResNet128T2() => ThreadKernels.ResNet128T2(_input.AsSpan(0, 128 * 28 * 28), _weights.AsSpan(0, 128 * 128 * 9), _bias.AsSpan(0, 128), _output);
    [BenchmarkCategory("ResNet 256x14x14"), Benchmark(Baseline = true)] public void ResNet256() => ThreadKernels.ResNet256(_input.AsSpan(0, 256 * 14 * 14), _weights, _bias.AsSpan(0, 256), _output);
    [BenchmarkCategory("ResNet 256x14x14"), Benchmark] public void ResNet256T2() => ThreadKernels.ResNet256T2(_input.AsSpan(0, 256 * 14 * 14), _weights, _bias.AsSpan(0, 256), _output);
    [BenchmarkCategory("ResNet 128x28x28 -> 256, stride 2"), Benchmark(Baseline = true)] public void Down256() => ThreadKernels.Down256(_input.AsSpan(0, 128 * 28 * 28), _weights.AsSpan(0, 256 * 128 * 9), _bias.AsSpan(0, 256), _output);
    [BenchmarkCategory("ResNet 128x28x28 -> 256, stride 2"), Benchmark] public void Down256T2() => ThreadKernels.Down256T2(_input.AsSpan(0, 128 * 28 * 28), _weights.AsSpan(0, 256 * 128 * 9), _bias.AsSpan(0, 256), _output);
    [BenchmarkCategory("1x1 1024x14x14 -> 256"), Benchmark(Baseline = true)] public void Pointwise1024() => ThreadKernels.Pointwise1024(_input.AsSpan(0, 1024 * 14 * 14), _weights.AsSpan(0, 256 * 1024), _bias.AsSpan(0, 256), _output);
    [BenchmarkCategory("1x1 1024x14x14 -> 256"), Benchmark] public void Pointwise1024T2() => ThreadKernels.Pointwise1024T2(_input.AsSpan(0, 1024 * 14 * 14), _weights.AsSpan(0, 256 * 1024), _bias.AsSpan(0, 256), _output);
    [BenchmarkCategory("Stem 3x224x224"), Benchmark(Baseline = true)] public void Stem() => ThreadKernels.Stem(_stem, _stemWeights, _bias.AsSpan(0, 64), _output);
    [BenchmarkCategory("Stem 3x224x224"), Benchmark] public void StemT2() => ThreadKernels.StemT2(_stem, _stemWeights, _bias.AsSpan(0, 64), _output);
    [BenchmarkCategory("MatMul 256"), Benchmark(Baseline = true)] public void MatMul256() => ThreadKernels.MatMul256(_a.AsSpan(0, 256 * 256), _b.AsSpan(0, 256 * 256), _c);
    [BenchmarkCategory("MatMul 256"), Benchmark] public void MatMul256T2() => ThreadKernels.MatMul256T2(_a.AsSpan(0, 256 * 256), _b.AsSpan(0, 256 * 256), _c);
    [BenchmarkCategory("MatMul 512"), Benchmark(Baseline = true)] public void MatMul512() => ThreadKernels.MatMul512(_a, _b, _c);
    [BenchmarkCategory("MatMul 512"), Benchmark] public void MatMul512T2() => ThreadKernels.MatMul512T2(_a, _b, _c);
    [BenchmarkCategory("MatMul 1024"), Benchmark(Baseline = true)] public void MatMul1024() => ThreadKernels.MatMul1024(_a1024, _b1024, _c1024);
    [BenchmarkCategory("MatMul 1024"), Benchmark] public void MatMul1024T2() => ThreadKernels.MatMul1024T2(_a1024, _b1024, _c1024);
    [BenchmarkCategory("MaxPool 64x112x112"), Benchmark(Baseline = true)] public void Pool() => ThreadKernels.Pool(_pool, _output);
    [BenchmarkCategory("MaxPool 64x112x112"), Benchmark] public void PoolT2() => ThreadKernels.PoolT2(_pool, _output);
    [BenchmarkCategory("Sobel 1080p"), Benchmark(Baseline = true)] public void Sobel() => ThreadKernels.Sobel(_image, _edges);
    [BenchmarkCategory("Sobel 1080p"), Benchmark] public void SobelT2() => ThreadKernels.SobelT2(_image, _edges);

    [BenchmarkCategory("Digits conv, 64 images"), Benchmark(Baseline = true)]
    public void Digits64Calls()
    {
        for (int i = 0; i < 64; i++)
        {
            ThreadKernels.Digits(_digits.AsSpan(i * 64, 64), _weights.AsSpan(0, 144), _bias.AsSpan(0, 16), _digitsOut.AsSpan(i * 1024, 1024));
        }
    }

    [BenchmarkCategory("Digits conv, 64 images"), Benchmark] public void DigitsBatch64() => ThreadKernels.DigitsB64(_digits, _weights.AsSpan(0, 144), _bias.AsSpan(0, 16), _digitsOut);
    [BenchmarkCategory("Digits conv, 64 images"), Benchmark] public void DigitsBatch64T2() => ThreadKernels.DigitsB64T2(_digits, _weights.AsSpan(0, 144), _bias.AsSpan(0, 16), _digitsOut);

    private static readonly KernelPart<float, float> Nothing = static (_, _, _) => { };

    [BenchmarkCategory("Dispatch"), Benchmark(Baseline = true)]
    public void DispatchInline() => KernelThreads.Run(Nothing, 2, 1, _empty, _empty);

    [BenchmarkCategory("Dispatch"), Benchmark]
    public void DispatchTwoThreads() => KernelThreads.Run(Nothing, 2, 2, _empty, _empty);
}
