// The integer (quantized) kernels under test, each with its check against the reference interpreter (IntegerCheck):
// exact equality, or for a dequantized output through Sigmoid or Tanh the contract's bound on those functions.
using System;
using System.Collections.Generic;

namespace KernelGen.Kernels.Tests;

/// <summary>Integer kernels of every kind that has them: dot products, cosine similarities, dense layers and matrix products over lengths around every vector width, 2-D and 1-D convolutions and max poolings over every option.</summary>
public static partial class IntegerKernels
{
    [DotProduct(1)]
    public static partial int Dot1_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(3)]
    public static partial int Dot3_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(15)]
    public static partial int Dot15_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(16, InputZeroPoint = 9)]
    public static partial int Dot16_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(17, InputZeroPoint = -5)]
    public static partial int Dot17_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(31, InputZeroPoint = 255)]
    public static partial int Dot31_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(32, InputZeroPoint = 127)]
    public static partial int Dot32_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(33)]
    public static partial int Dot33_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(64, InputZeroPoint = -128)]
    public static partial int Dot64_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(100, InputZeroPoint = 128)]
    public static partial int Dot100_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(127, InputZeroPoint = 3)]
    public static partial int Dot127_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(128, InputZeroPoint = 1)]
    public static partial int Dot128_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(129)]
    public static partial int Dot129_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(255, InputZeroPoint = 77)]
    public static partial int Dot255_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(300)]
    public static partial int Dot300_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(1000)]
    public static partial int Dot1000_byte(ReadOnlySpan<byte> x, ReadOnlySpan<sbyte> y);

    [DotProduct(4096, InputZeroPoint = -1)]
    public static partial int Dot4096_sbyte(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [CosineSimilarity(1)]
    public static partial float Cosine1(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [CosineSimilarity(16)]
    public static partial float Cosine16(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [CosineSimilarity(33)]
    public static partial float Cosine33(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [CosineSimilarity(100)]
    public static partial float Cosine100(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [CosineSimilarity(384)]
    public static partial float Cosine384(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [CosineSimilarity(768)]
    public static partial float Cosine768(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [CosineSimilarity(1536)]
    public static partial float Cosine1536(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

    [Dense(1, 1)]
    public static partial void Dense0(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);

    [Dense(5, 3, Activation = Activation.Relu, InputZeroPoint = 2)]
    public static partial void Dense1(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);

    [Dense(16, 4, InputZeroPoint = 3)]
    public static partial void Dense2(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, Span<int> output);

    [Dense(33, 7, OutputZeroPoint = -3)]
    public static partial void Dense3(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Dense(64, 9, Activation = Activation.Relu, InputZeroPoint = 128, OutputZeroPoint = 10)]
    public static partial void Dense4(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [Dense(100, 10, InputZeroPoint = -7)]
    public static partial void Dense5(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Dense(100, 10, Activation = Activation.Sigmoid)]
    public static partial void Dense6(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scale, Span<float> output);

    [Dense(129, 13, Batch = 2)]
    public static partial void Dense7(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [Dense(256, 32, Batch = 3, Activation = Activation.Relu)]
    public static partial void Dense8(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Dense(784, 128, Activation = Activation.Relu)]
    public static partial void Dense9(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);

    [Dense(784, 128, InputZeroPoint = 5, Threads = 2)]
    public static partial void Dense10(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [Dense(300, 64, Batch = 4, Activation = Activation.Tanh, InputZeroPoint = -128, Threads = 2)]
    public static partial void Dense11(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Dense(1000, 5, InputZeroPoint = 255, OutputZeroPoint = 127)]
    public static partial void Dense12(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    private static ReadOnlySpan<sbyte> SmallWeights => [-128, 127, 3, -7, 0, 64, -64, 1, 2, -2, 100, -100, 5, 6, 7, -8, 9, 10, -11, 12, 13, -14, 15, 16];

    public static readonly sbyte[] SmallWeightValues = [-128, 127, 3, -7, 0, 64, -64, 1, 2, -2, 100, -100, 5, 6, 7, -8, 9, 10, -11, 12, 13, -14, 15, 16];

    private static ReadOnlySpan<int> SmallBias => [1000, -1000, 7];

    public static readonly int[] SmallBiasValues = [1000, -1000, 7];

    private static ReadOnlySpan<float> SmallScale => [0.01f, 0.5f, 0.0625f];

    public static readonly float[] SmallScaleValues = [0.01f, 0.5f, 0.0625f];

    [Dense(8, 3, InputZeroPoint = 4, OutputZeroPoint = -1, Weights = nameof(SmallWeights), Bias = nameof(SmallBias), Scale = nameof(SmallScale))]
    public static partial void DenseConstant(ReadOnlySpan<sbyte> input, Span<sbyte> output);

    [Dense(8, 3, Activation = Activation.Relu, Weights = nameof(SmallWeights))]
    public static partial void DenseConstantInt(ReadOnlySpan<byte> input, ReadOnlySpan<int> bias, Span<int> output);

    [DotProduct(24, InputZeroPoint = -3, Weights = nameof(SmallWeights))]
    public static partial int DotConstant(ReadOnlySpan<sbyte> x);

    [Conv2D(16, 4, 4, 32, 3, 3, PaddingY = 1, PaddingX = 1)]
    public static partial void Conv0(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);

    [Conv2D(16, 4, 4, 32, 3, 3, PaddingY = 1, PaddingX = 1, Batch = 3, Activation = Activation.Relu, InputZeroPoint = -3, OutputZeroPoint = 2)]
    public static partial void Conv1(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Conv2D(1, 28, 28, 16, 3, 3, PaddingY = 1, PaddingX = 1, Activation = Activation.Relu, InputZeroPoint = 128)]
    public static partial void Conv2(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [Conv2D(3, 9, 11, 5, 3, 3, StrideY = 2, StrideX = 2, PaddingY = 1, PaddingX = 1, Activation = Activation.Relu, InputZeroPoint = -7, OutputZeroPoint = 3)]
    public static partial void Conv3(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Conv2D(8, 10, 10, 12, 3, 3, PaddingY = 2, PaddingX = 2, DilationY = 2, DilationX = 2, Groups = 2, InputZeroPoint = 100)]
    public static partial void Conv4(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scale, Span<byte> output);

    [Conv2D(1, 12, 12, 4, 5, 5)]
    public static partial void Conv5(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, Span<int> output);

    [Conv2D(64, 14, 14, 20, 3, 3, PaddingY = 1, PaddingX = 1, Batch = 2, Activation = Activation.Tanh, Threads = 2)]
    public static partial void Conv6(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Conv2D(33, 7, 9, 9, 1, 1, Activation = Activation.Sigmoid, InputZeroPoint = 5)]
    public static partial void Conv7(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Conv2D(4, 6, 6, 4, 3, 3, PaddingY = 1, PaddingX = 1, Groups = 4, Activation = Activation.Relu, InputZeroPoint = 1)]
    public static partial void Conv8(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);

    [Conv2D(40, 8, 8, 24, 3, 2, StrideY = 2, StrideX = 1, PaddingY = 0, PaddingX = 1, InputZeroPoint = 255, OutputZeroPoint = -128, Threads = 2)]
    public static partial void Conv9(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Conv1D(8, 50, 6, 5, Padding = 2)]
    public static partial void Signal0(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);

    [Conv1D(3, 40, 4, 3, Stride = 2, Padding = 1, Dilation = 2, Batch = 2, Activation = Activation.Relu, InputZeroPoint = 77, OutputZeroPoint = 10)]
    public static partial void Signal1(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    // the tile paths (stride 1, one group): channels not a multiple of 4 with rows of 16+ pixels (the unpacking copy's
    // missing channels), output channels not a multiple of 4 or 8, dilation, per-axis padding, constant weights, rows
    // under 8 and under 4 pixels (the 4-lane and scalar stores), every output type, threads and batches
    [Conv2D(5, 17, 23, 12, 3, 3, PaddingY = 1, PaddingX = 1, InputZeroPoint = -9, OutputZeroPoint = -4)]
    public static partial void Tile0(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Conv2D(3, 20, 27, 5, 3, 5, PaddingY = 2, PaddingX = 1, DilationY = 2, DilationX = 2, Activation = Activation.Relu, Threads = 2)]
    public static partial void Tile1(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Conv2D(6, 9, 9, 20, 3, 3, InputZeroPoint = 200, Activation = Activation.Sigmoid, Batch = 3, Threads = 2)]
    public static partial void Tile2(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Conv2D(2, 9, 20, 3, 1, 4, PaddingX = 1, InputZeroPoint = -3, Weights = nameof(SmallWeights))]
    public static partial void Tile3(ReadOnlySpan<sbyte> input, ReadOnlySpan<int> bias, Span<int> output);

    [Conv2D(32, 28, 28, 36, 3, 3, PaddingY = 1, PaddingX = 1, Activation = Activation.Relu, InputZeroPoint = 7, OutputZeroPoint = 3, Threads = 2)]
    public static partial void Tile4(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [Conv2D(16, 6, 5, 8, 3, 3, PaddingY = 1, PaddingX = 1, Activation = Activation.Relu, OutputZeroPoint = -20)]
    public static partial void Tile5(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Conv2D(7, 5, 3, 3, 2, 2, Activation = Activation.Relu)]
    public static partial void Tile6(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);

    // --- the gather tiles (byte activations, a small image; AVX512-VBMI and AVX-VNNI): filters read in place, a zero point
    // (the filter sums' correction), a filter length not a multiple of 4, output channels not a multiple of 4, a last pixel block in part, stride,
    // threads, constant weights (each shape's plan is checked in the generator tests) ---
    [Conv2D(3, 5, 7, 6, 3, 3, PaddingY = 1, PaddingX = 1, Activation = Activation.Relu, InputZeroPoint = 77, OutputZeroPoint = 5)]
    public static partial void Gather0(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [Conv2D(4, 6, 6, 20, 3, 3, StrideY = 2, StrideX = 2, PaddingY = 1, PaddingX = 1, Activation = Activation.Relu, Threads = 2)]
    public static partial void Gather1(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Conv2D(2, 6, 6, 2, 2, 3, PaddingY = 1, PaddingX = 1, Weights = nameof(SmallWeights))]
    public static partial void Gather2(ReadOnlySpan<byte> input, ReadOnlySpan<int> bias, Span<int> output);

    // --- gather tiles that store from their registers (every pixel block whole): a channel count not a multiple of 4
    // with sbyte output and a filter length of 45 (one 32-weight sum, 13 one by one), float output over 4 pixel blocks
    // with a last 16-weight sum, and the digits' shape with its zero points on two threads ---
    [Conv2D(5, 4, 4, 7, 3, 3, PaddingY = 1, PaddingX = 1, Activation = Activation.Relu, InputZeroPoint = 200, OutputZeroPoint = -5)]
    public static partial void Gather3(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> output);

    [Conv2D(6, 8, 8, 8, 3, 3, PaddingY = 1, PaddingX = 1, InputZeroPoint = 3)]
    public static partial void Gather4(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> output);

    [Conv2D(16, 4, 4, 8, 3, 3, PaddingY = 1, PaddingX = 1, InputZeroPoint = 128, OutputZeroPoint = 120, Threads = 2)]
    public static partial void Gather5(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    [MaxPool2D(16, 8, 8, 2, 2, StrideY = 2, StrideX = 2)]
    public static partial void Pool0(ReadOnlySpan<byte> input, Span<byte> output);

    [MaxPool2D(32, 4, 4, 2, 2, StrideY = 2, StrideX = 2, Batch = 2)]
    public static partial void Pool1(ReadOnlySpan<sbyte> input, Span<sbyte> output);

    [MaxPool2D(8, 40, 70, 3, 3, StrideY = 1, StrideX = 1, PaddingY = 1, PaddingX = 1)]
    public static partial void Pool2(ReadOnlySpan<byte> input, Span<byte> output);

    [MaxPool2D(3, 9, 11, 3, 3, StrideY = 2, StrideX = 2, PaddingY = 1, PaddingX = 1, CeilMode = true)]
    public static partial void Pool3(ReadOnlySpan<sbyte> input, Span<sbyte> output);

    [MaxPool2D(4, 20, 40, 3, 3, StrideY = 1, StrideX = 1, PaddingY = 1, PaddingX = 1, DilationY = 2, DilationX = 2)]
    public static partial void Pool4(ReadOnlySpan<sbyte> input, Span<sbyte> output);

    [MatMul(64, 256, 256)]
    public static partial void Product0(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, Span<int> c);

    [MatMul(5, 70, 9, TransposeB = true, Activation = Activation.Relu, InputZeroPoint = 100, OutputZeroPoint = 3, Threads = 2)]
    public static partial void Product1(ReadOnlySpan<byte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> c);

    [MatMul(7, 33, 17, Activation = Activation.Sigmoid)]
    public static partial void Product2(ReadOnlySpan<byte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> c);

    // the tile paths (columns in the lanes): rows, k and columns off every multiple, b transposed, constant b, threads
    [MatMul(13, 45, 37, Activation = Activation.Relu, InputZeroPoint = -5, OutputZeroPoint = 7, Threads = 3)]
    public static partial void Product4(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> c);

    [MatMul(6, 40, 50, TransposeB = true, InputZeroPoint = 9)]
    public static partial void Product5(ReadOnlySpan<byte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<float> scale, Span<float> c);

    [MatMul(9, 64, 96, Activation = Activation.Relu, Threads = 2)]
    public static partial void Product6(ReadOnlySpan<byte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<int> bias, Span<int> c);

    [MatMul(2, 3, 8, InputZeroPoint = -3, Weights = nameof(SmallWeights))]
    public static partial void Product7(ReadOnlySpan<sbyte> a, ReadOnlySpan<int> bias, Span<int> c);

    [MatMul(5, 19, 21, TransposeB = true, Activation = Activation.Tanh, InputZeroPoint = -128)]
    public static partial void Product8(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<float> c);

    [MatMul(1, 1, 1, InputZeroPoint = -1)]
    public static partial void Product3(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<float> scale, Span<sbyte> c);

    /// <summary>One check per kernel: its name and a run over random (or extreme) inputs that says what differs, or null.</summary>
    public static IReadOnlyList<(string Name, Func<Random, Fill, string?> Run)> Checks { get; } = new (string, Func<Random, Fill, string?>)[]
    {
        ("Dot1_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 1, 0, (x, y) => Dot1_sbyte(x, y))),
        ("Dot3_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 3, 0, (x, y) => Dot3_byte(x, y))),
        ("Dot15_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 15, 0, (x, y) => Dot15_sbyte(x, y))),
        ("Dot16_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 16, 9, (x, y) => Dot16_byte(x, y))),
        ("Dot17_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 17, -5, (x, y) => Dot17_sbyte(x, y))),
        ("Dot31_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 31, 255, (x, y) => Dot31_byte(x, y))),
        ("Dot32_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 32, 127, (x, y) => Dot32_sbyte(x, y))),
        ("Dot33_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 33, 0, (x, y) => Dot33_byte(x, y))),
        ("Dot64_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 64, -128, (x, y) => Dot64_sbyte(x, y))),
        ("Dot100_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 100, 128, (x, y) => Dot100_byte(x, y))),
        ("Dot127_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 127, 3, (x, y) => Dot127_sbyte(x, y))),
        ("Dot128_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 128, 1, (x, y) => Dot128_byte(x, y))),
        ("Dot129_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 129, 0, (x, y) => Dot129_sbyte(x, y))),
        ("Dot255_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 255, 77, (x, y) => Dot255_byte(x, y))),
        ("Dot300_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 300, 0, (x, y) => Dot300_sbyte(x, y))),
        ("Dot1000_byte", (r, f) => IntegerCheck.Dot<byte>(r, f, 1000, 0, (x, y) => Dot1000_byte(x, y))),
        ("Dot4096_sbyte", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 4096, -1, (x, y) => Dot4096_sbyte(x, y))),
        ("Cosine1", (r, f) => IntegerCheck.Cosine(r, f, 1, (x, y) => Cosine1(x, y))),
        ("Cosine16", (r, f) => IntegerCheck.Cosine(r, f, 16, (x, y) => Cosine16(x, y))),
        ("Cosine33", (r, f) => IntegerCheck.Cosine(r, f, 33, (x, y) => Cosine33(x, y))),
        ("Cosine100", (r, f) => IntegerCheck.Cosine(r, f, 100, (x, y) => Cosine100(x, y))),
        ("Cosine384", (r, f) => IntegerCheck.Cosine(r, f, 384, (x, y) => Cosine384(x, y))),
        ("Cosine768", (r, f) => IntegerCheck.Cosine(r, f, 768, (x, y) => Cosine768(x, y))),
        ("Cosine1536", (r, f) => IntegerCheck.Cosine(r, f, 1536, (x, y) => Cosine1536(x, y))),
        ("Dense0", (r, f) => IntegerCheck.Dense<byte, int>(r, f, 1, 1, 1, 0, 0, Activation.None, true, (x, w, b, s, y) => Dense0(x, w, b, y))),
        ("Dense1", (r, f) => IntegerCheck.Dense<sbyte, int>(r, f, 5, 3, 1, 2, 0, Activation.Relu, true, (x, w, b, s, y) => Dense1(x, w, b, y))),
        ("Dense2", (r, f) => IntegerCheck.Dense<byte, int>(r, f, 16, 4, 1, 3, 0, Activation.None, false, (x, w, b, s, y) => Dense2(x, w, y))),
        ("Dense3", (r, f) => IntegerCheck.Dense<sbyte, sbyte>(r, f, 33, 7, 1, 0, -3, Activation.None, true, (x, w, b, s, y) => Dense3(x, w, b, s, y))),
        ("Dense4", (r, f) => IntegerCheck.Dense<byte, byte>(r, f, 64, 9, 1, 128, 10, Activation.Relu, true, (x, w, b, s, y) => Dense4(x, w, b, s, y))),
        ("Dense5", (r, f) => IntegerCheck.Dense<sbyte, float>(r, f, 100, 10, 1, -7, 0, Activation.None, true, (x, w, b, s, y) => Dense5(x, w, b, s, y))),
        ("Dense6", (r, f) => IntegerCheck.Dense<sbyte, float>(r, f, 100, 10, 1, 0, 0, Activation.Sigmoid, false, (x, w, b, s, y) => Dense6(x, w, s, y))),
        ("Dense7", (r, f) => IntegerCheck.Dense<byte, byte>(r, f, 129, 13, 2, 0, 0, Activation.None, true, (x, w, b, s, y) => Dense7(x, w, b, s, y))),
        ("Dense8", (r, f) => IntegerCheck.Dense<sbyte, sbyte>(r, f, 256, 32, 3, 0, 0, Activation.Relu, true, (x, w, b, s, y) => Dense8(x, w, b, s, y))),
        ("Dense9", (r, f) => IntegerCheck.Dense<byte, int>(r, f, 784, 128, 1, 0, 0, Activation.Relu, true, (x, w, b, s, y) => Dense9(x, w, b, y))),
        ("Dense10", (r, f) => IntegerCheck.Dense<byte, byte>(r, f, 784, 128, 1, 5, 0, Activation.None, true, (x, w, b, s, y) => Dense10(x, w, b, s, y))),
        ("Dense11", (r, f) => IntegerCheck.Dense<sbyte, float>(r, f, 300, 64, 4, -128, 0, Activation.Tanh, true, (x, w, b, s, y) => Dense11(x, w, b, s, y))),
        ("Dense12", (r, f) => IntegerCheck.Dense<byte, sbyte>(r, f, 1000, 5, 1, 255, 127, Activation.None, true, (x, w, b, s, y) => Dense12(x, w, b, s, y))),
        ("DenseConstant", (r, f) => IntegerCheck.Dense<sbyte, sbyte>(r, f, 8, 3, 1, 4, -1, Activation.None, true, (x, w, b, s, y) => DenseConstant(x, y), SmallWeightValues, SmallBiasValues, SmallScaleValues)),
        ("DenseConstantInt", (r, f) => IntegerCheck.Dense<byte, int>(r, f, 8, 3, 1, 0, 0, Activation.Relu, true, (x, w, b, s, y) => DenseConstantInt(x, b, y), SmallWeightValues)),
        ("DotConstant", (r, f) => IntegerCheck.Dot<sbyte>(r, f, 24, -3, (x, y) => DotConstant(x), SmallWeightValues)),
        ("Conv0", (r, f) => IntegerCheck.Conv<byte, int>(r, f, new Conv2DShape(16, 4, 4, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 0, 0, Activation.None, true, (x, w, b, s, y) => Conv0(x, w, b, y))),
        ("Conv1", (r, f) => IntegerCheck.Conv<sbyte, sbyte>(r, f, new Conv2DShape(16, 4, 4, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1), 3, -3, 2, Activation.Relu, true, (x, w, b, s, y) => Conv1(x, w, b, s, y))),
        ("Conv2", (r, f) => IntegerCheck.Conv<byte, byte>(r, f, new Conv2DShape(1, 28, 28, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 128, 0, Activation.Relu, true, (x, w, b, s, y) => Conv2(x, w, b, s, y))),
        ("Conv3", (r, f) => IntegerCheck.Conv<sbyte, sbyte>(r, f, new Conv2DShape(3, 9, 11, 5, 3, 3, 2, 2, 1, 1, 1, 1, 1), 1, -7, 3, Activation.Relu, true, (x, w, b, s, y) => Conv3(x, w, b, s, y))),
        ("Conv4", (r, f) => IntegerCheck.Conv<byte, byte>(r, f, new Conv2DShape(8, 10, 10, 12, 3, 3, 1, 1, 2, 2, 2, 2, 2), 1, 100, 0, Activation.None, false, (x, w, b, s, y) => Conv4(x, w, s, y))),
        ("Conv5", (r, f) => IntegerCheck.Conv<sbyte, int>(r, f, new Conv2DShape(1, 12, 12, 4, 5, 5, 1, 1, 0, 0, 1, 1, 1), 1, 0, 0, Activation.None, false, (x, w, b, s, y) => Conv5(x, w, y))),
        ("Conv6", (r, f) => IntegerCheck.Conv<sbyte, float>(r, f, new Conv2DShape(64, 14, 14, 20, 3, 3, 1, 1, 1, 1, 1, 1, 1), 2, 0, 0, Activation.Tanh, true, (x, w, b, s, y) => Conv6(x, w, b, s, y))),
        ("Conv7", (r, f) => IntegerCheck.Conv<byte, float>(r, f, new Conv2DShape(33, 7, 9, 9, 1, 1, 1, 1, 0, 0, 1, 1, 1), 1, 5, 0, Activation.Sigmoid, true, (x, w, b, s, y) => Conv7(x, w, b, s, y))),
        ("Conv8", (r, f) => IntegerCheck.Conv<sbyte, int>(r, f, new Conv2DShape(4, 6, 6, 4, 3, 3, 1, 1, 1, 1, 1, 1, 4), 1, 1, 0, Activation.Relu, true, (x, w, b, s, y) => Conv8(x, w, b, y))),
        ("Conv9", (r, f) => IntegerCheck.Conv<byte, sbyte>(r, f, new Conv2DShape(40, 8, 8, 24, 3, 2, 2, 1, 0, 1, 1, 1, 1), 1, 255, -128, Activation.None, true, (x, w, b, s, y) => Conv9(x, w, b, s, y))),
        ("Tile0", (r, f) => IntegerCheck.Conv<sbyte, sbyte>(r, f, new Conv2DShape(5, 17, 23, 12, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, -9, -4, Activation.None, true, (x, w, b, s, y) => Tile0(x, w, b, s, y))),
        ("Tile1", (r, f) => IntegerCheck.Conv<sbyte, float>(r, f, new Conv2DShape(3, 20, 27, 5, 3, 5, 1, 1, 2, 1, 2, 2, 1), 1, 0, 0, Activation.Relu, true, (x, w, b, s, y) => Tile1(x, w, b, s, y))),
        ("Tile2", (r, f) => IntegerCheck.Conv<byte, float>(r, f, new Conv2DShape(6, 9, 9, 20, 3, 3, 1, 1, 0, 0, 1, 1, 1), 3, 200, 0, Activation.Sigmoid, true, (x, w, b, s, y) => Tile2(x, w, b, s, y))),
        ("Tile3", (r, f) => IntegerCheck.Conv<sbyte, int>(r, f, new Conv2DShape(2, 9, 20, 3, 1, 4, 1, 1, 0, 1, 1, 1, 1), 1, -3, 0, Activation.None, true, (x, w, b, s, y) => Tile3(x, b, y), SmallWeightValues)),
        ("Tile4", (r, f) => IntegerCheck.Conv<byte, byte>(r, f, new Conv2DShape(32, 28, 28, 36, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 7, 3, Activation.Relu, true, (x, w, b, s, y) => Tile4(x, w, b, s, y))),
        ("Tile5", (r, f) => IntegerCheck.Conv<sbyte, sbyte>(r, f, new Conv2DShape(16, 6, 5, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 0, -20, Activation.Relu, true, (x, w, b, s, y) => Tile5(x, w, b, s, y))),
        ("Tile6", (r, f) => IntegerCheck.Conv<byte, int>(r, f, new Conv2DShape(7, 5, 3, 3, 2, 2, 1, 1, 0, 0, 1, 1, 1), 1, 0, 0, Activation.Relu, true, (x, w, b, s, y) => Tile6(x, w, b, y))),
        ("Gather0", (r, f) => IntegerCheck.Conv<byte, byte>(r, f, new Conv2DShape(3, 5, 7, 6, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 77, 5, Activation.Relu, true, (x, w, b, s, y) => Gather0(x, w, b, s, y))),
        ("Gather1", (r, f) => IntegerCheck.Conv<byte, float>(r, f, new Conv2DShape(4, 6, 6, 20, 3, 3, 2, 2, 1, 1, 1, 1, 1), 1, 0, 0, Activation.Relu, true, (x, w, b, s, y) => Gather1(x, w, b, s, y))),
        ("Gather2", (r, f) => IntegerCheck.Conv<byte, int>(r, f, new Conv2DShape(2, 6, 6, 2, 2, 3, 1, 1, 1, 1, 1, 1, 1), 1, 0, 0, Activation.None, true, (x, w, b, s, y) => Gather2(x, b, y), SmallWeightValues)),
        ("Gather3", (r, f) => IntegerCheck.Conv<byte, sbyte>(r, f, new Conv2DShape(5, 4, 4, 7, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 200, -5, Activation.Relu, true, (x, w, b, s, y) => Gather3(x, w, b, s, y))),
        ("Gather4", (r, f) => IntegerCheck.Conv<byte, float>(r, f, new Conv2DShape(6, 8, 8, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 3, 0, Activation.None, true, (x, w, b, s, y) => Gather4(x, w, b, s, y))),
        ("Gather5", (r, f) => IntegerCheck.Conv<byte, byte>(r, f, new Conv2DShape(16, 4, 4, 8, 3, 3, 1, 1, 1, 1, 1, 1, 1), 1, 128, 120, Activation.None, true, (x, w, b, s, y) => Gather5(x, w, b, s, y))),
        ("Signal0", (r, f) => IntegerCheck.Conv<sbyte, int>(r, f, new Conv2DShape(8, 1, 50, 6, 1, 5, 1, 1, 0, 2, 1, 1, 1), 1, 0, 0, Activation.None, true, (x, w, b, s, y) => Signal0(x, w, b, y))),
        ("Signal1", (r, f) => IntegerCheck.Conv<byte, byte>(r, f, new Conv2DShape(3, 1, 40, 4, 1, 3, 1, 2, 0, 1, 1, 2, 1), 2, 77, 10, Activation.Relu, true, (x, w, b, s, y) => Signal1(x, w, b, s, y))),
        ("Pool0", (r, f) => IntegerCheck.MaxPool<byte>(r, f, new Pool2DShape(16, 8, 8, 2, 2, 2, 2, 0, 0, 1, 1, false), 1, (x, y) => Pool0(x, y))),
        ("Pool1", (r, f) => IntegerCheck.MaxPool<sbyte>(r, f, new Pool2DShape(32, 4, 4, 2, 2, 2, 2, 0, 0, 1, 1, false), 2, (x, y) => Pool1(x, y))),
        ("Pool2", (r, f) => IntegerCheck.MaxPool<byte>(r, f, new Pool2DShape(8, 40, 70, 3, 3, 1, 1, 1, 1, 1, 1, false), 1, (x, y) => Pool2(x, y))),
        ("Pool3", (r, f) => IntegerCheck.MaxPool<sbyte>(r, f, new Pool2DShape(3, 9, 11, 3, 3, 2, 2, 1, 1, 1, 1, true), 1, (x, y) => Pool3(x, y))),
        ("Pool4", (r, f) => IntegerCheck.MaxPool<sbyte>(r, f, new Pool2DShape(4, 20, 40, 3, 3, 1, 1, 1, 1, 2, 2, false), 1, (x, y) => Pool4(x, y))),
        ("Product0", (r, f) => IntegerCheck.MatMul<sbyte, int>(r, f, 64, 256, 256, false, 0, 0, Activation.None, false, (x, w, b, s, y) => Product0(x, w, y))),
        ("Product1", (r, f) => IntegerCheck.MatMul<byte, byte>(r, f, 5, 70, 9, true, 100, 3, Activation.Relu, true, (x, w, b, s, y) => Product1(x, w, b, s, y))),
        ("Product2", (r, f) => IntegerCheck.MatMul<byte, float>(r, f, 7, 33, 17, false, 0, 0, Activation.Sigmoid, true, (x, w, b, s, y) => Product2(x, w, b, s, y))),
        ("Product4", (r, f) => IntegerCheck.MatMul<sbyte, sbyte>(r, f, 13, 45, 37, false, -5, 7, Activation.Relu, true, (x, w, b, s, y) => Product4(x, w, b, s, y))),
        ("Product5", (r, f) => IntegerCheck.MatMul<byte, float>(r, f, 6, 40, 50, true, 9, 0, Activation.None, false, (x, w, b, s, y) => Product5(x, w, s, y))),
        ("Product6", (r, f) => IntegerCheck.MatMul<byte, int>(r, f, 9, 64, 96, false, 0, 0, Activation.Relu, true, (x, w, b, s, y) => Product6(x, w, b, y))),
        ("Product7", (r, f) => IntegerCheck.MatMul<sbyte, int>(r, f, 2, 3, 8, false, -3, 0, Activation.None, true, (x, w, b, s, y) => Product7(x, b, y), SmallWeightValues)),
        ("Product8", (r, f) => IntegerCheck.MatMul<sbyte, float>(r, f, 5, 19, 21, true, -128, 0, Activation.Tanh, true, (x, w, b, s, y) => Product8(x, w, b, s, y))),
        ("Product3", (r, f) => IntegerCheck.MatMul<sbyte, sbyte>(r, f, 1, 1, 1, false, -1, 0, Activation.None, false, (x, w, b, s, y) => Product3(x, w, s, y))),
    };
}
