using System;
using System.IO;
using System.Linq;
using Microsoft.ML.OnnxRuntime;
#if TORCHSHARP
using TorchSharp;
using static TorchSharp.torch;
#endif

namespace KernelGen.NetworkBenchmarks;

/// <summary>What the peers share.</summary>
public static class Peers
{
    /// <summary>The largest |a[i] - b[i]|: how far a peer's outputs are from ours.</summary>
    public static double MaxDifference(float[] a, float[] b) => a.Zip(b, (x, y) => (double)Math.Abs(x - y)).Max();
}

/// <summary>
/// An ONNX Runtime session set up as its fastest single-core C# path: one intra-op and one inter-op thread,
/// sequential execution, no spinning, every graph optimization, and <c>OrtValue</c>s over pinned managed arrays for the
/// input and the preallocated output, bound once.
/// </summary>
public sealed class OrtModel : IDisposable
{
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private readonly OrtValue _input, _output;
    private readonly string[] _inputNames, _outputNames;
    private readonly OrtValue[] _inputs, _outputs;

    /// <param name="defaultThreads">ORT as it comes instead: its default intra-op pool (one thread per core) with
    /// spinning on, as an application that does not tune it gets.</param>
    /// <param name="intraOpThreads">With <paramref name="defaultThreads"/>, the intra-op pool's size (0: ORT's default).</param>
    /// <param name="folder">The folder of <paramref name="file"/> beside the benchmarks (train.py's models by default).</param>
    public OrtModel(string file, float[] input, long[] inputShape, float[] output, long[] outputShape, bool defaultThreads = false, int intraOpThreads = 0, string folder = "digits")
    {
        var options = defaultThreads
            ? new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, IntraOpNumThreads = intraOpThreads }
            : new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
        if (!defaultThreads)
        {
            options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
            options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        }

        _session = new InferenceSession(Path.Combine(AppContext.BaseDirectory, folder, file), options);
        _input = OrtValue.CreateTensorValueFromMemory(input, inputShape);
        _output = OrtValue.CreateTensorValueFromMemory(output, outputShape);
        _inputNames = new[] { _session.InputNames[0] };
        _outputNames = new[] { _session.OutputNames[0] };
        _inputs = new[] { _input };
        _outputs = new[] { _output };
    }

    public void Run() => _session.Run(_run, _inputNames, _inputs, _outputNames, _outputs);

    public void Dispose()
    {
        _input.Dispose();
        _output.Dispose();
        _run.Dispose();
        _session.Dispose();
    }
}

#if TORCHSHARP
/// <summary>TorchSharp (libtorch) on one thread without gradients: the same layers as functional calls on the same weights.</summary>
public static class Torch
{
    private static bool _configured;

    public static void Configure()
    {
        if (!_configured)
        {
            torch.set_num_threads(1);
            torch.set_num_interop_threads(1);
            _configured = true;
        }
    }

    public static Tensor From(float[] values, params long[] shape) => torch.tensor(values, shape);

    /// <summary>Runs <paramref name="forward"/> on <paramref name="input"/> without gradients and copies the result into <paramref name="output"/>.</summary>
    public static void Run(Func<Tensor, Tensor> forward, Tensor input, float[] output)
    {
        using var scope = torch.NewDisposeScope();
        using var noGrad = torch.no_grad();
        Tensor result = forward(input);
        result.data<float>().CopyTo(output, 0);
    }
}
#endif
