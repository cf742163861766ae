// A brand-new consumer of the KernelGen package: kernels of every kind, checked against the reference interpreter.
// The package test copies this file into a fresh project that references only the KernelGen package.
using System;
using System.Globalization;
using KernelGen;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var random = new Random(7);
float[] Fill(int n)
{
    var values = new float[n];
    for (int i = 0; i < n; i++)
    {
        values[i] = (float)random.Next(-8, 9) / 8; // exact in float: every sum below is exact too
    }

    return values;
}

int failures = 0;
void Report(string name, ReadOnlySpan<float> generated, ReadOnlySpan<float> reference)
{
    bool same = generated.SequenceEqual(reference);
    float checksum = 0;
    foreach (float v in generated)
    {
        checksum += v;
    }

    Console.WriteLine($"{name}: {(same ? "ok" : "MISMATCH")} checksum={checksum:R} first={generated[0]:R}");
    failures += same ? 0 : 1;
}

float[] x = Fill(27), y = Fill(27);
Report("dot27", new[] { Kernels.Dot27(x, y) }, new[] { ReferenceInterpreter.DotProduct<float>(x, y, 27) });

float[] input = Fill(64), weights = Fill(64 * 10), bias = Fill(10), output = new float[10], expected = new float[10];
Kernels.Layer(input, weights, bias, output);
ReferenceInterpreter.Dense<float>(input, weights, bias, expected, 64, 10, Activation.Relu);
Report("dense64x10", output, expected);

float[] image = Fill(3 * 32 * 32), filters = Fill(16 * 3 * 3 * 3), filterBias = Fill(16);
float[] maps = new float[16 * 32 * 32], mapsExpected = new float[16 * 32 * 32];
Kernels.Conv(image, filters, filterBias, maps);
ReferenceInterpreter.Conv2D<float>(image, filters, filterBias, mapsExpected, new Conv2DShape(3, 32, 32, 16, 3, 3, PaddingY: 1, PaddingX: 1), Activation.Relu);
Report("conv3x32x32", maps, mapsExpected);

float[] a = Fill(17 * 40), b = Fill(40 * 23), columnBias = Fill(23), c = new float[17 * 23], cExpected = new float[17 * 23];
Kernels.Gemm(a, b, columnBias, c);
ReferenceInterpreter.MatMul<float>(a, b, columnBias, cExpected, 17, 40, 23, transposeB: false, Activation.Relu);
Report("matmul17x40x23", c, cExpected);

float[] rows = Fill(5 * 64), batchOut = new float[5 * 10], batchExpected = new float[5 * 10];
Kernels.LayerBatch(rows, weights, bias, batchOut);
ReferenceInterpreter.DenseBatch<float>(rows, weights, bias, batchExpected, 64, 10, 5, Activation.Relu);
Report("dense64x10x5", batchOut, batchExpected);

// constant weights: a folded Sobel over a banded image copy, and a FIR low-pass as Conv1D
float[] photo = Fill(300 * 400), edges = new float[300 * 400], edgesExpected = new float[300 * 400];
Kernels.SobelX(photo, edges);
ReferenceInterpreter.Conv2D<float>(photo, new float[] { -1, 0, 1, -2, 0, 2, -1, 0, 1 }, ReadOnlySpan<float>.Empty, edgesExpected, new Conv2DShape(1, 300, 400, 1, 3, 3, PaddingY: 1, PaddingX: 1));
Report("sobel300x400", edges, edgesExpected);
float[] signal = Fill(1000), smooth = new float[1000], smoothExpected = new float[1000];
Kernels.Smooth(signal, smooth);
ReferenceInterpreter.Conv1D<float>(signal, new float[] { 0.25f, 0.5f, 0.25f }, ReadOnlySpan<float>.Empty, smoothExpected, new Conv1DShape(1, 1000, 1, 3, Padding: 1));
Report("fir1000", smooth, smoothExpected);

// pooling (a NaN included, which the maximum must keep) and a small plane as one matrix product
float[] planes = Fill(64 * 56 * 56), pooled = new float[64 * 28 * 28], pooledExpected = new float[64 * 28 * 28];
planes[12345] = float.NaN;
Kernels.MaxPool(planes, pooled);
ReferenceInterpreter.MaxPool2D<float>(planes, pooledExpected, new Pool2DShape(64, 56, 56, 3, 3, 2, 2, 1, 1));
Report("maxpool64x56x56", pooled, pooledExpected);
float[] late = Fill(16 * 4 * 4), lateWeights = Fill(32 * 16 * 9), lateBias = Fill(32), lateOut = new float[32 * 16], lateExpected = new float[32 * 16];
Kernels.SmallPlane(late, lateWeights, lateBias, lateOut);
ReferenceInterpreter.Conv2D<float>(late, lateWeights, lateBias, lateExpected, new Conv2DShape(16, 4, 4, 32, 3, 3, PaddingY: 1, PaddingX: 1), Activation.Relu);
Report("conv16x4x4", lateOut, lateExpected);

// a batch of 4 images on up to 2 threads (Batch = 4, Threads = 2): each image as the reference computes it alone
KernelThreads.Limit = 2;
float[] batch = Fill(4 * 8 * 24 * 24), batchWeights = Fill(16 * 8 * 9), batchBias = Fill(16), batchMaps = new float[4 * 16 * 24 * 24], imagesExpected = new float[4 * 16 * 24 * 24];
Kernels.Batched(batch, batchWeights, batchBias, batchMaps);
for (int i = 0; i < 4; i++)
{
    ReferenceInterpreter.Conv2D<float>(batch.AsSpan(i * 8 * 24 * 24, 8 * 24 * 24), batchWeights, batchBias, imagesExpected.AsSpan(i * 16 * 24 * 24, 16 * 24 * 24),
        new Conv2DShape(8, 24, 24, 16, 3, 3, PaddingY: 1, PaddingX: 1), Activation.Relu);
}

Report("conv8x24x24 batch4 threads2", batchMaps, imagesExpected);
Console.WriteLine($"workers: {KernelThreads.WorkersStarted}");

// an int8 convolution (uint8 activations with a zero point, int8 weights, int32 bias, requantized uint8), exact
var quantized = new Random(5);
byte[] qInput = new byte[16 * 12 * 12], qOutput = new byte[24 * 12 * 12], qExpected = new byte[24 * 12 * 12];
sbyte[] qWeights = new sbyte[24 * 16 * 9];
int[] qBias = new int[24];
float[] qScale = new float[24];
quantized.NextBytes(qInput);
for (int i = 0; i < qWeights.Length; i++) qWeights[i] = (sbyte)quantized.Next(-128, 128);
for (int i = 0; i < 24; i++) { qBias[i] = quantized.Next(-5000, 5000); qScale[i] = (float)(quantized.NextDouble() * 0.002); }
Kernels.Int8Conv(qInput, qWeights, qBias, qScale, qOutput);
ReferenceInterpreter.Conv2DInteger<byte, byte>(qInput, qWeights, qBias, qScale, qExpected, new Conv2DShape(16, 12, 12, 24, 3, 3, PaddingY: 1, PaddingX: 1), 128, 3, Activation.Relu);
bool qSame = qOutput.AsSpan().SequenceEqual(qExpected);
Console.WriteLine($"int8conv16x12x12: {(qSame ? "ok" : "MISMATCH")}");
failures += qSame ? 0 : 1;

// Deterministic = true: the bits of each output, hashed. The package test compares this output of the JIT build (the
// widest vector path this machine has) with the NativeAOT build's (the portable x64 baseline's Vector128 path).
var noisy = new Random(11);
float[] Noisy(int n)
{
    var values = new float[n];
    for (int i = 0; i < n; i++)
    {
        values[i] = (float)((noisy.NextDouble() - 0.5) * new[] { 0.01, 0.1, 1, 10, 100 }[noisy.Next(5)]); // mixed magnitudes: the order shows in the bits
    }

    return values;
}

ulong Bits(ReadOnlySpan<float> values)
{
    ulong hash = 14695981039346656037;
    foreach (float v in values)
    {
        hash = (hash ^ (uint)BitConverter.SingleToInt32Bits(v)) * 1099511628211;
    }

    return hash;
}

float[] nx = Noisy(1536), ny = Noisy(1536);
Console.WriteLine($"deterministic dot1030: {Bits(new[] { Kernels.DeterministicDot1030(nx, ny) }):x16}");
Console.WriteLine($"deterministic cosine1536: {Bits(new[] { Kernels.DeterministicCosine1536(nx, ny) }):x16}");
float[] tanhOut = new float[10];
Kernels.DeterministicLayer(Noisy(64), Noisy(640), Noisy(10), tanhOut);
Console.WriteLine($"deterministic dense64x10 tanh: {Bits(tanhOut):x16}");
float[] sigmoidMaps = new float[16 * 32 * 32];
Kernels.DeterministicConv(Noisy(3 * 32 * 32), Noisy(16 * 27), Noisy(16), sigmoidMaps);
Console.WriteLine($"deterministic conv3x32x32 sigmoid: {Bits(sigmoidMaps):x16}");
float[] averages = new float[8 * 9 * 10];
Kernels.DeterministicAverage(Noisy(8 * 17 * 19), averages);
Console.WriteLine($"deterministic avgpool8x17x19: {Bits(averages):x16}");

try
{
    Kernels.Dot27(x.AsSpan(0, 26), y);
    Console.WriteLine("short span: MISSING EXCEPTION");
    failures++;
}
catch (ArgumentException e)
{
    Console.WriteLine($"short span: {e.ParamName}");
}

// an output that shares memory with an input is refused before anything is written (in every build of the kernels)
float[] shared = new float[64 + 640 + 10];
try
{
    Kernels.Layer(shared.AsSpan(0, 64), shared.AsSpan(64, 640), shared.AsSpan(704, 10), shared.AsSpan(60, 10));
    Console.WriteLine("overlap: MISSING EXCEPTION");
    failures++;
}
catch (ArgumentException e)
{
    Console.WriteLine($"overlap: {e.ParamName}");
}

Console.WriteLine(failures == 0 ? "consumer ok" : $"consumer FAILED ({failures})");
return failures;

public static partial class Kernels
{
    [Conv2D(16, 12, 12, 24, 3, 3, Padding = 1, Activation = Activation.Relu, InputZeroPoint = 128, OutputZeroPoint = 3)]
    public static partial void Int8Conv(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [Conv2D(8, 24, 24, 16, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 4, Threads = 2)]
    public static partial void Batched(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [DotProduct(27)]
    public static partial float Dot27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [DotProduct(1030, Deterministic = true)]
    public static partial float DeterministicDot1030(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [CosineSimilarity(1536, Deterministic = true)]
    public static partial float DeterministicCosine1536(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [Dense(64, 10, Activation = Activation.Tanh, Deterministic = true)]
    public static partial void DeterministicLayer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Sigmoid, Deterministic = true)]
    public static partial void DeterministicConv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [AvgPool2D(8, 17, 19, 3, 3, Stride = 2, Padding = 1, Deterministic = true)]
    public static partial void DeterministicAverage(ReadOnlySpan<float> input, Span<float> output);

    [Dense(64, 10, Activation = Activation.Relu)]
    public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [MatMul(17, 40, 23, Activation = Activation.Relu)]
    public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    [Dense(64, 10, Batch = 5, Activation = Activation.Relu)]
    public static partial void LayerBatch(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    private static ReadOnlySpan<float> SobelXFilter => new float[] { -1, 0, 1, -2, 0, 2, -1, 0, 1 };

    private static ReadOnlySpan<float> LowPass => new float[] { 0.25f, 0.5f, 0.25f };

    [Conv2D(1, 300, 400, 1, 3, 3, Padding = 1, Weights = nameof(SobelXFilter))]
    public static partial void SobelX(ReadOnlySpan<float> image, Span<float> output);

    [Conv1D(1, 1000, 1, 3, Padding = 1, Weights = nameof(LowPass))]
    public static partial void Smooth(ReadOnlySpan<float> signal, Span<float> output);

    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)]
    public static partial void MaxPool(ReadOnlySpan<float> input, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu)]
    public static partial void SmallPlane(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Relu)]
    public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
}
