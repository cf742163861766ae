using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KernelGen.Digits;
using Microsoft.ML.OnnxRuntime;

namespace KernelGen.NetworkBenchmarks;

/// <summary>
/// Issue 25: integer (quantized) convolutions, 3x3 padding 1, uint8 activations (zero point 128), int8 weights, int32
/// bias, requantized uint8 output (zero point 120), against our float kernel of the same shape (the baseline) and ONNX
/// Runtime's <c>QLinearConv</c> at one thread on the same values (models from <c>make_conv_models.py</c>). Run with the
/// peaks:  -- --filter '*IntegerConv*' '*IntegerDense*' '*IntegerMatMul*'  (and KernelGen.Benchmarks' '*IntegerBenchmarks*' for the peaks).
/// </summary>
public partial class IntegerConvBenchmarks
{
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, InputZeroPoint = 128, OutputZeroPoint = 120)]
    private static partial void Q16x4(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> s, Span<byte> y);
    [Conv2D(16, 32, 32, 32, 3, 3, Padding = 1, InputZeroPoint = 128, OutputZeroPoint = 120)]
    private static partial void Q16x32(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> s, Span<byte> y);
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1, InputZeroPoint = 128, OutputZeroPoint = 120)]
    private static partial void Q64x56(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> s, Span<byte> y);
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1)]
    private static partial void F16x4(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);
    [Conv2D(16, 32, 32, 32, 3, 3, Padding = 1)]
    private static partial void F16x32(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1)]
    private static partial void F64x56(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);

    private delegate void QuantizedKernel(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> s, Span<byte> y);

    private delegate void FloatKernel(ReadOnlySpan<float> x, ReadOnlySpan<float> w, ReadOnlySpan<float> b, Span<float> y);

    [Params("16x4x4->32", "16x32x32->32", "64x56x56->64")]
    public string Shape { get; set; } = "64x56x56->64";

    private QuantizedKernel _quantized = null!;
    private FloatKernel _float = null!;
    private byte[] _x = null!, _y = null!, _ortY = null!;
    private sbyte[] _w = null!;
    private int[] _b = null!;
    private float[] _scale = null!, _fx = null!, _fw = null!, _fb = null!, _fy = null!;
    private QuantizedOrtModel<byte, byte> _ort = null!;

    [GlobalSetup]
    public void SetUp()
    {
        (int cin, int plane, int cout, _quantized, _float) = Shape switch
        {
            "16x4x4->32" => (16, 4, 32, (QuantizedKernel)Q16x4, (FloatKernel)F16x4),
            "16x32x32->32" => (16, 32, 32, Q16x32, F16x32),
            _ => (64, 56, 64, Q64x56, F64x56),
        };
        string name = $"qconv{cin}x{plane}x{cout}";
        string folder = Path.Combine(AppContext.BaseDirectory, "models");
        if (!File.Exists(Path.Combine(folder, name + ".onnx")))
        {
            throw new FileNotFoundException($"Run benchmarks/KernelGen.NetworkBenchmarks/make_conv_models.py first (then build again): {name}.onnx is missing.");
        }

        var random = new Random(7);
        _x = Enumerable.Range(0, cin * plane * plane).Select(_ => (byte)random.Next(256)).ToArray();
        _w = File.ReadAllBytes(Path.Combine(folder, name + ".weight.bin")).Select(v => (sbyte)v).ToArray();
        _b = Ints(File.ReadAllBytes(Path.Combine(folder, name + ".bias.bin")));
        float[] wScale = DigitsData.ReadFloats(Path.Combine(folder, name + ".wscale.bin"));
        _scale = wScale.Select(s => (float)(0.02 * s / 0.05)).ToArray(); // x_scale * w_scale / y_scale, as ORT's requantization
        _y = new byte[cout * plane * plane];
        _ortY = new byte[_y.Length];
        _ort = new QuantizedOrtModel<byte, byte>(name + ".onnx", _x, new long[] { 1, cin, plane, plane }, _ortY, new long[] { 1, cout, plane, plane });

        // the float twin on the dequantized values
        _fx = _x.Select(v => (v - 128) * 0.02f).ToArray();
        _fw = _w.Select((v, i) => v * wScale[i / (cin * 9)]).ToArray();
        _fb = _b.Select((v, o) => v * 0.02f * wScale[o]).ToArray();
        _fy = new float[_y.Length];

        Quantized();
        OnnxRuntimeQLinearConv();
        int equal = _y.Where((v, i) => v == _ortY[i]).Count();
        int worst = _y.Select((v, i) => Math.Abs(v - _ortY[i])).Max();
        Console.WriteLine($"// {Shape}: {equal} of {_y.Length} outputs equal to ORT's QLinearConv, the others within {worst}");
    }

    [GlobalCleanup]
    public void CleanUp() => _ort.Dispose();

    [Benchmark(Baseline = true)]
    public void Float() => _float(_fx, _fw, _fb, _fy);

    [Benchmark]
    public void Quantized() => _quantized(_x, _w, _b, _scale, _y);

    [Benchmark]
    public void OnnxRuntimeQLinearConv() => _ort.Run();

    private static int[] Ints(byte[] bytes)
    {
        var values = new int[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }
}

/// <summary>
/// Issue 25: an integer dense layer 784 -> 128 at batch 1 (uint8 x int8 -> exact int32), against our float layer and
/// ONNX Runtime's <c>MatMulInteger</c> at one thread on the same values.
/// </summary>
public partial class IntegerDenseBenchmarks
{
    [Dense(784, 128)]
    private static partial void Quantized784(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> w, Span<int> y);
    [Dense(784, 128)]
    private static partial void Float784(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);

    private byte[] _x = null!;
    private sbyte[] _w = null!;
    private int[] _y = null!, _ortY = null!;
    private float[] _fx = null!, _fw = null!, _fy = null!;
    private QuantizedOrtModel<byte, int> _ort = null!;

    [GlobalSetup]
    public void SetUp()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "models");
        byte[] b = File.ReadAllBytes(Path.Combine(folder, "qdense784x128.b.bin")); // [784][128]
        _w = new sbyte[784 * 128];
        for (int i = 0; i < 784; i++)
        {
            for (int o = 0; o < 128; o++)
            {
                _w[(o * 784) + i] = (sbyte)b[(i * 128) + o]; // our weights are [outputs][inputs]
            }
        }

        var random = new Random(7);
        _x = Enumerable.Range(0, 784).Select(_ => (byte)random.Next(256)).ToArray();
        _y = new int[128];
        _ortY = new int[128];
        _ort = new QuantizedOrtModel<byte, int>("qdense784x128.onnx", _x, new long[] { 1, 784 }, _ortY, new long[] { 1, 128 });
        _fx = _x.Select(v => (float)v).ToArray();
        _fw = _w.Select(v => (float)v).ToArray();
        _fy = new float[128];
        Quantized();
        OnnxRuntimeMatMulInteger();
        Console.WriteLine($"// Dense 784x128: outputs {(_y.AsSpan().SequenceEqual(_ortY) ? "equal to" : "DIFFERENT from")} ORT's MatMulInteger");
    }

    [GlobalCleanup]
    public void CleanUp() => _ort.Dispose();

    [Benchmark(Baseline = true)]
    public void Float() => Float784(_fx, _fw, _fy);

    [Benchmark]
    public void Quantized() => Quantized784(_x, _w, _y);

    [Benchmark]
    public void OnnxRuntimeMatMulInteger() => _ort.Run();
}

/// <summary>
/// Issue 25: an integer matrix product 64 x 256 x 256 (uint8 a x int8 b -> exact int32), against our float product and
/// ONNX Runtime's <c>MatMulInteger</c> at one thread on the same values (b an initializer, packed once by ORT; ours is
/// packed on every call).
/// </summary>
public partial class IntegerMatMulBenchmarks
{
    [MatMul(64, 256, 256)]
    private static partial void Quantized64(ReadOnlySpan<byte> a, ReadOnlySpan<sbyte> b, Span<int> c);
    [MatMul(64, 256, 256)]
    private static partial void Float64(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);

    private byte[] _a = null!;
    private sbyte[] _b = null!;
    private int[] _c = null!, _ortC = null!;
    private float[] _fa = null!, _fb = null!, _fc = null!;
    private QuantizedOrtModel<byte, int> _ort = null!;

    [GlobalSetup]
    public void SetUp()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "models");
        _b = File.ReadAllBytes(Path.Combine(folder, "qmatmul64x256x256.b.bin")).Select(v => (sbyte)v).ToArray(); // [256][256], ours too
        var random = new Random(7);
        _a = Enumerable.Range(0, 64 * 256).Select(_ => (byte)random.Next(256)).ToArray();
        _c = new int[64 * 256];
        _ortC = new int[64 * 256];
        _ort = new QuantizedOrtModel<byte, int>("qmatmul64x256x256.onnx", _a, new long[] { 64, 256 }, _ortC, new long[] { 64, 256 });
        _fa = _a.Select(v => (float)v).ToArray();
        _fb = _b.Select(v => (float)v).ToArray();
        _fc = new float[64 * 256];
        Quantized();
        OnnxRuntimeMatMulInteger();
        Console.WriteLine($"// MatMul 64x256x256: outputs {(_c.AsSpan().SequenceEqual(_ortC) ? "equal to" : "DIFFERENT from")} ORT's MatMulInteger");
    }

    [GlobalCleanup]
    public void CleanUp() => _ort.Dispose();

    [Benchmark(Baseline = true)]
    public void Float() => Float64(_fa, _fb, _fc);

    [Benchmark]
    public void Quantized() => Quantized64(_a, _b, _c);

    [Benchmark]
    public void OnnxRuntimeMatMulInteger() => _ort.Run();
}

/// <summary>A one-node integer model in ONNX Runtime at one thread, over pinned arrays (as <see cref="OrtModel"/>).</summary>
public sealed class QuantizedOrtModel<TIn, TOut> : IDisposable
    where TIn : unmanaged
    where TOut : unmanaged
{
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private readonly OrtValue _input, _output;
    private readonly string[] _inputNames, _outputNames;
    private readonly OrtValue[] _inputs, _outputs;

    public QuantizedOrtModel(string file, TIn[] input, long[] inputShape, TOut[] output, long[] outputShape)
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(Path.Combine(AppContext.BaseDirectory, "models", file), options);
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
