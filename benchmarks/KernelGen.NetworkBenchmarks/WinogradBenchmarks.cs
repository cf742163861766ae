using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KernelGen.Digits;

namespace KernelGen.NetworkBenchmarks;

/// <summary>
/// Issue 24: <c>Algorithm = ConvAlgorithm.Winograd</c> against our direct kernel of the same declaration and ONNX
/// Runtime's <c>Conv</c> (one thread, and its defaults), on the 3x3, padding 1 layers of ResNet-18. The weights are
/// run-time spans: our Winograd kernels transform them on every call (<see cref="FilterTransform"/> times that alone),
/// while ORT takes them as initializers and packs them once per session. The models and weights come from
/// <c>make_conv_models.py</c> (run it first). Run with the peak:  -- --filter '*Winograd*' '*Peak*'
/// </summary>
public partial class WinogradBenchmarks
{
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1)] private static partial void Direct64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)] private static partial void Winograd64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Threads = 2)] private static partial void Winograd64T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(128, 28, 28, 128, 3, 3, Padding = 1)] private static partial void Direct128(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(128, 28, 28, 128, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)] private static partial void Winograd128(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(128, 28, 28, 128, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Threads = 2)] private static partial void Winograd128T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(256, 14, 14, 256, 3, 3, Padding = 1)] private static partial void Direct256(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(256, 14, 14, 256, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)] private static partial void Winograd256(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(256, 14, 14, 256, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Threads = 2)] private static partial void Winograd256T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(32, 112, 112, 32, 3, 3, Padding = 1)] private static partial void Direct32(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(32, 112, 112, 32, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)] private static partial void Winograd32(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(32, 112, 112, 32, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Threads = 2)] private static partial void Winograd32T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    private delegate void Kernel(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    private delegate void Transform(int part, ReadOnlySpan<float> weights, Span<float> filters);

    [Params("64x56x56", "128x28x28", "256x14x14", "32x112x112")]
    public string Shape { get; set; } = "64x56x56";

    private int _channels, _plane;
    private Kernel _direct = null!, _winograd = null!, _winogradT2 = null!;
    private Transform _transform = null!;
    private float[] _input = null!, _weights = null!, _bias = null!, _output = null!, _ortOutput = null!, _filters = null!;
    private OrtModel _ort = null!, _ortDefault = null!;

    /// <summary>Multiply-adds of one call of the direct definition, for GFLOP/s.</summary>
    public long Flops => 2L * _channels * _channels * 9 * _plane * _plane;

    [GlobalSetup]
    public void SetUp()
    {
        (_channels, _plane, _direct, _winograd, _winogradT2, _transform) = Shape switch
        {
            "64x56x56" => (64, 56, (Kernel)Direct64, (Kernel)Winograd64, (Kernel)Winograd64T2, (Transform)__KernelGen_Winograd64_TransformFilters),
            "128x28x28" => (128, 28, Direct128, Winograd128, Winograd128T2, __KernelGen_Winograd128_TransformFilters),
            "256x14x14" => (256, 14, Direct256, Winograd256, Winograd256T2, __KernelGen_Winograd256_TransformFilters),
            _ => (32, 112, Direct32, Winograd32, Winograd32T2, __KernelGen_Winograd32_TransformFilters),
        };
        string name = $"conv{_channels}x{_plane}";
        string folder = Path.Combine(AppContext.BaseDirectory, "models");
        if (!File.Exists(Path.Combine(folder, name + ".onnx")))
        {
            throw new FileNotFoundException($"Run benchmarks/KernelGen.NetworkBenchmarks/make_conv_models.py first (then build again): {name}.onnx is missing.");
        }

        var random = new Random(7);
        _input = Enumerable.Range(0, _channels * _plane * _plane).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        _weights = DigitsData.ReadFloats(Path.Combine(folder, name + ".weight.bin"));
        _bias = DigitsData.ReadFloats(Path.Combine(folder, name + ".bias.bin"));
        _output = new float[_input.Length];
        _ortOutput = new float[_input.Length];
        _filters = GC.AllocateArray<float>((36 * ((_channels * _channels) + 16)) + (9 * 16 * _channels) + 64, pinned: true);
        long[] shape = { 1, _channels, _plane, _plane };
        _ort = new OrtModel(name + ".onnx", _input, shape, _ortOutput, shape, folder: "models");
        _ortDefault = new OrtModel(name + ".onnx", _input, shape, _ortOutput, shape, defaultThreads: true, folder: "models");
        KernelThreads.Limit = Math.Max(2, Environment.ProcessorCount);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _ort.Dispose();
        _ortDefault.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void Direct() => _direct(_input, _weights, _bias, _output);

    [Benchmark]
    public void Winograd() => _winograd(_input, _weights, _bias, _output);

    /// <summary>The per-call filter transform of run-time weights alone (part of <see cref="Winograd"/>).</summary>
    [Benchmark]
    public void FilterTransform() => _transform(0, _weights, _filters);

    [Benchmark]
    public void WinogradThreads2() => _winogradT2(_input, _weights, _bias, _output);

    [Benchmark]
    public void OnnxRuntime() => _ort.Run();

    /// <summary>ONNX Runtime at its defaults: one intra-op thread per core, spinning on.</summary>
    [Benchmark]
    public void OnnxRuntimeDefaultThreads() => _ortDefault.Run();

    /// <summary>The largest difference of the Winograd kernel's outputs from the direct kernel's and from ORT's.</summary>
    public (double Direct, double Ort) Differences()
    {
        Direct();
        float[] direct = (float[])_output.Clone();
        Winograd();
        OnnxRuntime();
        return (Peers.MaxDifference(_output, direct), Peers.MaxDifference(_output, _ortOutput));
    }
}
