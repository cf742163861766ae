using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KernelGen.Digits;

namespace KernelGen.NetworkBenchmarks;

/// <summary>
/// Issue 23: ResNet's stem conv (3x224x224 -> 64, 7x7, stride 2, padding 3, bias) as our direct kernel at
/// <c>Threads = 1</c> and <c>Threads = 2</c> against ONNX Runtime's <c>Conv</c> at one thread, at its C# defaults and with
/// two intra-op threads, on the same weights (ORT packs its initializers once per session; our kernel reads the
/// weights as they are). The model comes from <c>make_conv_models.py</c> (run it first). Run with the peak:
///   -- --filter '*StemBenchmarks*' '*PeakBenchmarks.Fma*'
/// </summary>
public partial class StemBenchmarks
{
    [Conv2D(3, 224, 224, 64, 7, 7, Stride = 2, Padding = 3)]
    private static partial void Stem(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(3, 224, 224, 64, 7, 7, Stride = 2, Padding = 3, Threads = 2)]
    private static partial void StemT2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    private float[] _input = null!, _weights = null!, _bias = null!, _output = null!, _ortOutput = null!;
    private OrtModel _ort = null!, _ortDefault = null!, _ortTwo = null!;

    /// <summary>Multiply-adds of one call, for GFLOP/s: 64 x 112 x 112 outputs of 147 taps.</summary>
    public const long Flops = 2L * 64 * 112 * 112 * 3 * 49;

    [GlobalSetup]
    public void SetUp()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "models");
        if (!File.Exists(Path.Combine(folder, "stem.onnx")))
        {
            throw new FileNotFoundException("Run benchmarks/KernelGen.NetworkBenchmarks/make_conv_models.py first (then build again): stem.onnx is missing.");
        }

        var random = new Random(7);
        _input = Enumerable.Range(0, 3 * 224 * 224).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        _weights = DigitsData.ReadFloats(Path.Combine(folder, "stem.weight.bin"));
        _bias = DigitsData.ReadFloats(Path.Combine(folder, "stem.bias.bin"));
        _output = new float[64 * 112 * 112];
        _ortOutput = new float[_output.Length];
        long[] inputShape = { 1, 3, 224, 224 }, outputShape = { 1, 64, 112, 112 };
        _ort = new OrtModel("stem.onnx", _input, inputShape, _ortOutput, outputShape, folder: "models");
        _ortDefault = new OrtModel("stem.onnx", _input, inputShape, _ortOutput, outputShape, defaultThreads: true, folder: "models");
        _ortTwo = new OrtModel("stem.onnx", _input, inputShape, _ortOutput, outputShape, defaultThreads: true, intraOpThreads: 2, folder: "models");
        KernelThreads.Limit = Math.Max(2, Environment.ProcessorCount);

        // the same values as ORT's, within the float sums' rounding
        Kernel();
        OnnxRuntime();
        Console.WriteLine($"// stem: largest difference from ORT's outputs {Peers.MaxDifference(_output, _ortOutput):E2}");
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _ort.Dispose();
        _ortDefault.Dispose();
        _ortTwo.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void Kernel() => Stem(_input, _weights, _bias, _output);

    [Benchmark]
    public void KernelThreads2() => StemT2(_input, _weights, _bias, _output);

    [Benchmark]
    public void OnnxRuntime() => _ort.Run();

    /// <summary>ONNX Runtime at its defaults: one intra-op thread per core, spinning on.</summary>
    [Benchmark]
    public void OnnxRuntimeDefaults() => _ortDefault.Run();

    /// <summary>ONNX Runtime with two intra-op threads (spinning on, its default).</summary>
    [Benchmark]
    public void OnnxRuntimeThreads2() => _ortTwo.Run();
}
