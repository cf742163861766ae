using System;

namespace KernelGen.Benchmarks;

/// <summary>The kernels under benchmark, generated at compile time.</summary>
public static partial class Kernels
{
    [DotProduct(9)] public static partial float Dot9(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(16)] public static partial float Dot16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(27)] public static partial float Dot27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(64)] public static partial float Dot64(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(75)] public static partial float Dot75(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(128)] public static partial float Dot128(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(256)] public static partial float Dot256(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(1024)] public static partial float Dot1024(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4096)] public static partial float Dot4096(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [Dense(784, 10)] public static partial void Dense784x10(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 64)] public static partial void Dense64x64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256)] public static partial void Dense256x256(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // The matrix products of the MatMul benchmark (m, k, n), and the batched dense layers.
    [MatMul(8, 64, 8)] public static partial void MatMul8x64x8(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(8, 8, 64)] public static partial void MatMul8x8x64(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(16, 16, 16)] public static partial void MatMul16(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(32, 32, 32)] public static partial void MatMul32(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(64, 64, 64)] public static partial void MatMul64(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(128, 64, 256)] public static partial void MatMul128x64x256(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);

    [Dense(784, 10, Batch = 64)] public static partial void Dense784x10Batch64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Batch = 64)] public static partial void Dense256x256Batch64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // The five convolution shapes of the Conv2D benchmark: (C, HxW, OC, K, stride, padding, groups).
    [Conv2D(1, 28, 28, 8, 5, 5)]
    public static partial void ConvLeNet(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1)]
    public static partial void ConvRgb3x3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 32, 32, 16, 3, 3, Padding = 1)]
    public static partial void Conv16x3x3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(3, 224, 224, 64, 7, 7, Stride = 2, Padding = 3)]
    public static partial void ConvStem7x7(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 56, 56, 32, 3, 3, Padding = 1, Groups = 32)]
    public static partial void ConvDepthwise3x3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
}
