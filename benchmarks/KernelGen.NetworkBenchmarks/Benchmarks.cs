using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KernelGen.Digits;
#if TORCHSHARP
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;
#endif

namespace KernelGen.NetworkBenchmarks;

/// <summary>The trained digits CNN per image (batch 1) and for 64 images: KernelGen, ONNX Runtime, TorchSharp.</summary>
public class DigitsBenchmarks
{
    private DigitsNetwork _network = null!;
    private DigitsQuantizedNetwork _quantized = null!;
    private DigitsData _data = null!;
    private float[] _images = null!, _logits = null!, _ortLogits = null!, _torchLogits = null!;
    private OrtModel _ort = null!;
#if TORCHSHARP
    private Tensor _torchInput = null!, _w1 = null!, _b1 = null!, _w2 = null!, _b2 = null!, _wf = null!, _bf = null!;
#endif

    [Params(1, 64)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        _network = DigitsNetwork.Load(DigitsData.DefaultDirectory);
        _quantized = DigitsQuantizedNetwork.Load(DigitsData.DefaultDirectory);
        _data = DigitsData.Load(DigitsData.DefaultDirectory);
        _images = _data.Images.AsSpan(0, Batch * DigitsNetwork.ImageSize).ToArray();
        _logits = new float[Batch * DigitsNetwork.Classes];
        _ortLogits = new float[_logits.Length];
        _torchLogits = new float[_logits.Length];
        _ort = new OrtModel("digits.onnx", _images, new long[] { Batch, 1, 8, 8 }, _ortLogits, new long[] { Batch, DigitsNetwork.Classes });
#if TORCHSHARP
        Torch.Configure();
        _torchInput = Torch.From(_images, Batch, 1, 8, 8);
        _w1 = Torch.From(_network.Conv1Weight, 16, 1, 3, 3);
        _b1 = Torch.From(_network.Conv1Bias, 16);
        _w2 = Torch.From(_network.Conv2Weight, 32, 16, 3, 3);
        _b2 = Torch.From(_network.Conv2Bias, 32);
        _wf = Torch.From(_network.FcWeight, 10, 128);
        _bf = Torch.From(_network.FcBias, 10);
#endif
    }

    [GlobalCleanup]
    public void CleanUp() => _ort.Dispose();

    [Benchmark(Baseline = true)]
    public void KernelGen()
    {
        for (int i = 0; i < Batch; i++)
        {
            _network.Predict(_images.AsSpan(i * DigitsNetwork.ImageSize, DigitsNetwork.ImageSize), _logits.AsSpan(i * DigitsNetwork.Classes, DigitsNetwork.Classes));
        }
    }

    /// <summary>The int8 network of the same layers (issue 25): PyTorch's post-training quantization, every layer an integer kernel.</summary>
    [Benchmark]
    public void KernelGenInt8()
    {
        for (int i = 0; i < Batch; i++)
        {
            _quantized.Predict(_images.AsSpan(i * DigitsNetwork.ImageSize, DigitsNetwork.ImageSize), _logits.AsSpan(i * DigitsNetwork.Classes, DigitsNetwork.Classes));
        }
    }

    [Benchmark]
    public void OnnxRuntime() => _ort.Run();

#if TORCHSHARP
    [Benchmark]
    public void TorchSharp() => Torch.Run(Forward, _torchInput, _torchLogits);

    private Tensor Forward(Tensor x)
    {
        x = F.max_pool2d(F.relu(F.conv2d(x, _w1, _b1, padding: new long[] { 1, 1 })), 2);
        x = F.max_pool2d(F.relu(F.conv2d(x, _w2, _b2, padding: new long[] { 1, 1 })), 2);
        return F.linear(x.flatten(1), _wf, _bf);
    }

#endif
    /// <summary>The largest difference of each peer's logits from ours after one run of each.</summary>
    public (double Ort, double Torch) Differences()
    {
        KernelGen();
        OnnxRuntime();
#if TORCHSHARP
        TorchSharp();
#endif
        return (Peers.MaxDifference(_logits, _ortLogits), Peers.MaxDifference(_logits, _torchLogits));
    }
}

/// <summary>
/// The digits CNN over 64 images: ONNX Runtime's batch-64 graph at one thread (the baseline) and with two intra-op
/// threads, against our 64 batch-1 calls and our <c>Batch = 64</c> layers (<see cref="DigitsBatchNetwork"/>, declared
/// <c>Threads = 0</c>) with <see cref="KernelThreads.Limit"/> at 1 and at 2.
/// </summary>
public class DigitsBatchBenchmarks
{
    private DigitsNetwork _network = null!;
    private DigitsBatchNetwork _batch = null!;
    private float[] _images = null!, _logits = null!, _ortLogits = null!;
    private OrtModel _ort = null!, _ortTwo = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _network = DigitsNetwork.Load(DigitsData.DefaultDirectory);
        _batch = new DigitsBatchNetwork(_network);
        _images = DigitsData.Load(DigitsData.DefaultDirectory).Images.AsSpan(0, DigitsBatchNetwork.Images * DigitsNetwork.ImageSize).ToArray();
        _logits = new float[DigitsBatchNetwork.Images * DigitsNetwork.Classes];
        _ortLogits = new float[_logits.Length];
        long[] input = { DigitsBatchNetwork.Images, 1, 8, 8 }, output = { DigitsBatchNetwork.Images, DigitsNetwork.Classes };
        _ort = new OrtModel("digits.onnx", _images, input, _ortLogits, output);
        _ortTwo = new OrtModel("digits.onnx", _images, input, _ortLogits, output, defaultThreads: true, intraOpThreads: 2);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _ort.Dispose();
        _ortTwo.Dispose();
        KernelThreads.Limit = Environment.ProcessorCount;
    }

    [Benchmark(Baseline = true)]
    public void OnnxRuntime() => _ort.Run();

    [Benchmark]
    public void KernelGen64Calls()
    {
        for (int i = 0; i < DigitsBatchNetwork.Images; i++)
        {
            _network.Predict(_images.AsSpan(i * DigitsNetwork.ImageSize, DigitsNetwork.ImageSize), _logits.AsSpan(i * DigitsNetwork.Classes, DigitsNetwork.Classes));
        }
    }

    [Benchmark]
    public void KernelGenBatch()
    {
        KernelThreads.Limit = 1;
        _batch.Predict(_images, _logits);
    }

    [Benchmark]
    public void KernelGenBatchTwoThreads()
    {
        KernelThreads.Limit = 2;
        _batch.Predict(_images, _logits);
    }

    /// <summary>ONNX Runtime with an intra-op pool of two threads, spinning on.</summary>
    [Benchmark]
    public void OnnxRuntimeTwoThreads() => _ortTwo.Run();

    /// <summary>The largest difference of ORT's logits from the batched network's.</summary>
    public double Difference()
    {
        KernelGenBatch();
        OnnxRuntime();
        return Peers.MaxDifference(_logits, _ortLogits);
    }
}

/// <summary>Each <c>Batch = 64</c> layer of the digits CNN on its own, at <see cref="KernelThreads.Limit"/> = 1 and 2.</summary>
public class DigitsBatchLayerBenchmarks
{
    private DigitsNetwork _network = null!;
    private DigitsBatchNetwork _batch = null!;
    private float[] _images = null!, _logits = new float[DigitsBatchNetwork.Images * DigitsNetwork.Classes];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        KernelThreads.Limit = Threads;
        _network = DigitsNetwork.Load(DigitsData.DefaultDirectory);
        _batch = new DigitsBatchNetwork(_network);
        _images = DigitsData.Load(DigitsData.DefaultDirectory).Images.AsSpan(0, DigitsBatchNetwork.Images * DigitsNetwork.ImageSize).ToArray();
        _batch.Predict(_images, _logits);
    }

    [GlobalCleanup]
    public void CleanUp() => KernelThreads.Limit = Environment.ProcessorCount;

    [Benchmark(Baseline = true)]
    public void Network() => _batch.Predict(_images, _logits);

    [Benchmark]
    public void Conv1() => DigitsBatchLayers.Conv1(_images, _network.Conv1Weight, _network.Conv1Bias, _batch.Conv1Output);

    [Benchmark]
    public void Pool1() => DigitsBatchLayers.Pool1(_batch.Conv1Output, _batch.Pool1Output);

    [Benchmark]
    public void Conv2() => DigitsBatchLayers.Conv2(_batch.Pool1Output, _network.Conv2Weight, _network.Conv2Bias, _batch.Conv2Output);

    [Benchmark]
    public void Pool2() => DigitsBatchLayers.Pool2(_batch.Conv2Output, _batch.Pool2Output);

    [Benchmark]
    public void Classifier() => DigitsBatchLayers.Classifier(_batch.Pool2Output, _network.FcWeight, _network.FcBias, _logits);
}

/// <summary>Each layer of the digits CNN on its own (KernelGen), for where the time of one image goes.</summary>
public class DigitsLayerBenchmarks
{
    private DigitsNetwork _network = null!;
    private float[] _image = null!, _logits = new float[10];

    [GlobalSetup]
    public void SetUp()
    {
        _network = DigitsNetwork.Load(DigitsData.DefaultDirectory);
        _image = DigitsData.Load(DigitsData.DefaultDirectory).Image(0).ToArray();
        _network.Predict(_image, _logits);
    }

    [Benchmark(Baseline = true)]
    public void Network() => _network.Predict(_image, _logits);

    [Benchmark]
    public void Conv1() => DigitsLayers.Conv1(_image, _network.Conv1Weight, _network.Conv1Bias, _network.Conv1Output);

    [Benchmark]
    public void Pool1() => DigitsLayers.Pool1(_network.Conv1Output, _network.Pool1Output);

    [Benchmark]
    public void Conv2() => DigitsLayers.Conv2(_network.Pool1Output, _network.Conv2Weight, _network.Conv2Bias, _network.Conv2Output);

    [Benchmark]
    public void Pool2() => DigitsLayers.Pool2(_network.Conv2Output, _network.Pool2Output);

    [Benchmark]
    public void Classifier() => DigitsLayers.Classifier(_network.Pool2Output, _network.FcWeight, _network.FcBias, _logits);
}

/// <summary>
/// The larger network, random weights from train.py: the first block of ResNet-18 after its stem at 56x56,
/// Conv2d(64, 64, 3x3, pad 1) + ReLU + MaxPool(3x3, stride 2, pad 1).
/// </summary>
public partial class BlockBenchmarks
{
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1, Activation = Activation.Relu)]
    private static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)]
    private static partial void Pool(ReadOnlySpan<float> input, Span<float> output);

    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 2)]
    private static partial void ConvT2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1, Threads = 2)]
    private static partial void PoolT2(ReadOnlySpan<float> input, Span<float> output);

    private float[] _input = null!, _weights = null!, _bias = null!, _hidden = null!, _output = null!, _ortOutput = null!, _torchOutput = null!;
    private OrtModel _ort = null!, _ortDefault = null!, _ortTwo = null!;
#if TORCHSHARP
    private Tensor _torchInput = null!, _w = null!, _b = null!;
#endif

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(7);
        _input = Enumerable.Range(0, 64 * 56 * 56).Select(_ => (float)random.NextDouble()).ToArray();
        _weights = DigitsData.ReadFloats(System.IO.Path.Combine(DigitsData.DefaultDirectory, "block.weight.bin"));
        _bias = DigitsData.ReadFloats(System.IO.Path.Combine(DigitsData.DefaultDirectory, "block.bias.bin"));
        _hidden = new float[64 * 56 * 56];
        _output = new float[64 * 28 * 28];
        _ortOutput = new float[_output.Length];
        _torchOutput = new float[_output.Length];
        _ort = new OrtModel("block.onnx", _input, new long[] { 1, 64, 56, 56 }, _ortOutput, new long[] { 1, 64, 28, 28 });
        _ortDefault = new OrtModel("block.onnx", _input, new long[] { 1, 64, 56, 56 }, _ortOutput, new long[] { 1, 64, 28, 28 }, defaultThreads: true);
        _ortTwo = new OrtModel("block.onnx", _input, new long[] { 1, 64, 56, 56 }, _ortOutput, new long[] { 1, 64, 28, 28 }, defaultThreads: true, intraOpThreads: 2);
        KernelThreads.Limit = Math.Max(2, Environment.ProcessorCount);
#if TORCHSHARP
        Torch.Configure();
        _torchInput = Torch.From(_input, 1, 64, 56, 56);
        _w = Torch.From(_weights, 64, 64, 3, 3);
        _b = Torch.From(_bias, 64);
#endif
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _ort.Dispose();
        _ortDefault.Dispose();
        _ortTwo.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void KernelGen()
    {
        Conv(_input, _weights, _bias, _hidden);
        Pool(_hidden, _output);
    }

    [Benchmark]
    public void OnnxRuntime() => _ort.Run();

    /// <summary><c>Threads = 2</c> on both layers (the same bits as <see cref="KernelGen"/>).</summary>
    [Benchmark]
    public void KernelGenThreads2()
    {
        ConvT2(_input, _weights, _bias, _hidden);
        PoolT2(_hidden, _output);
    }

    /// <summary>ONNX Runtime at its defaults: one intra-op thread per core, spinning on (each case runs in its own process).</summary>
    [Benchmark]
    public void OnnxRuntimeDefaultThreads() => _ortDefault.Run();

    /// <summary>ONNX Runtime with an intra-op pool of two threads, spinning on.</summary>
    [Benchmark]
    public void OnnxRuntimeTwoThreads() => _ortTwo.Run();

#if TORCHSHARP
    [Benchmark]
    public void TorchSharp() => Torch.Run(x => F.max_pool2d(F.relu(F.conv2d(x, _w, _b, padding: new long[] { 1, 1 })), 3, 2, 1), _torchInput, _torchOutput);

#endif
    public (double Ort, double Torch) Differences()
    {
        KernelGen();
        OnnxRuntime();
#if TORCHSHARP
        TorchSharp();
#endif
        return (Peers.MaxDifference(_output, _ortOutput), Peers.MaxDifference(_output, _torchOutput));
    }
}

/// <summary>Pooling alone, [64][56][56], 3x3, stride 2, padding 1, against ORT's single-node MaxPool / AveragePool and TorchSharp.</summary>
public partial class PoolBenchmarks
{
    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)]
    private static partial void Max(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)]
    private static partial void Avg(ReadOnlySpan<float> input, Span<float> output);

    [Params("MaxPool", "AvgPool")]
    public string Op { get; set; } = "MaxPool";

    private float[] _input = null!, _output = null!, _ortOutput = null!, _torchOutput = null!;
    private OrtModel _ort = null!;
#if TORCHSHARP
    private Tensor _torchInput = null!;
#endif

    [GlobalSetup]
    public void SetUp()
    {
        var random = new Random(8);
        _input = Enumerable.Range(0, 64 * 56 * 56).Select(_ => (float)random.NextDouble()).ToArray();
        _output = new float[64 * 28 * 28];
        _ortOutput = new float[_output.Length];
        _torchOutput = new float[_output.Length];
        _ort = new OrtModel(Op == "MaxPool" ? "maxpool.onnx" : "avgpool.onnx", _input, new long[] { 1, 64, 56, 56 }, _ortOutput, new long[] { 1, 64, 28, 28 });
#if TORCHSHARP
        Torch.Configure();
        _torchInput = Torch.From(_input, 1, 64, 56, 56);
#endif
    }

    [GlobalCleanup]
    public void CleanUp() => _ort.Dispose();

    [Benchmark(Baseline = true)]
    public void KernelGen()
    {
        if (Op == "MaxPool")
        {
            Max(_input, _output);
        }
        else
        {
            Avg(_input, _output);
        }
    }

    [Benchmark]
    public void OnnxRuntime() => _ort.Run();

#if TORCHSHARP
    [Benchmark]
    public void TorchSharp() => Torch.Run(x => Op == "MaxPool" ? F.max_pool2d(x, 3, 2, 1) : F.avg_pool2d(x, 3, 2, 1), _torchInput, _torchOutput);

#endif
    public (double Ort, double Torch) Differences()
    {
        KernelGen();
        OnnxRuntime();
#if TORCHSHARP
        TorchSharp();
#endif
        return (Peers.MaxDifference(_output, _ortOutput), Peers.MaxDifference(_output, _torchOutput));
    }
}
