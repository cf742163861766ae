using System;

namespace KernelGen.Benchmarks;

/// <summary>The kernels of the determinism, aligned-memory and cosine benchmarks: each deterministic one beside its default twin.</summary>
public static partial class Kernels
{
    [DotProduct(16384)] public static partial float Dot16384(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(64, Deterministic = true)] public static partial float DeterministicDot64(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(256, Deterministic = true)] public static partial float DeterministicDot256(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(1024, Deterministic = true)] public static partial float DeterministicDot1024(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [DotProduct(4096, Deterministic = true)] public static partial float DeterministicDot4096(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(3)] public static partial float Cosine3(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(16)] public static partial float Cosine16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(100)] public static partial float Cosine100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(384)] public static partial float Cosine384(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(768)] public static partial float Cosine768(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1536)] public static partial float Cosine1536(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(100, Deterministic = true)] public static partial float DeterministicCosine100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(384, Deterministic = true)] public static partial float DeterministicCosine384(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [CosineSimilarity(1536, Deterministic = true)] public static partial float DeterministicCosine1536(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
    [Dense(784, 10, Deterministic = true)] public static partial void DeterministicDense784x10(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(256, 256, Deterministic = true)] public static partial void DeterministicDense256x256(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 64, Activation = Activation.Tanh)] public static partial void Dense64x64Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Dense(64, 64, Activation = Activation.Tanh, Deterministic = true)] public static partial void DeterministicDense64x64Tanh(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [MatMul(64, 64, 64, Deterministic = true)] public static partial void DeterministicMatMul64(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(64, 64, 64, TransposeB = true)] public static partial void MatMul64T(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [MatMul(64, 64, 64, TransposeB = true, Deterministic = true)] public static partial void DeterministicMatMul64T(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
    [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Deterministic = true)] public static partial void DeterministicConv3x32x32(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(32, 56, 56, 32, 3, 3, Padding = 1, Groups = 32)] public static partial void Depthwise32x56x56(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv2D(32, 56, 56, 32, 3, 3, Padding = 1, Groups = 32, Deterministic = true)] public static partial void DeterministicDepthwise32x56x56(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv1D(8, 1000, 8, 5, Padding = 2)] public static partial void Conv1D8x1000(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [Conv1D(8, 1000, 8, 5, Padding = 2, Deterministic = true)] public static partial void DeterministicConv1D8x1000(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
    [AvgPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)] public static partial void AvgPool64x56x56(ReadOnlySpan<float> input, Span<float> output);
    [AvgPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1, Deterministic = true)] public static partial void DeterministicAvgPool64x56x56(ReadOnlySpan<float> input, Span<float> output);
    [AvgPool2D(64, 56, 56, 2, 2, Stride = 1)] public static partial void AvgPool64x56x56S1(ReadOnlySpan<float> input, Span<float> output);
    [AvgPool2D(64, 56, 56, 2, 2, Stride = 1, Deterministic = true)] public static partial void DeterministicAvgPool64x56x56S1(ReadOnlySpan<float> input, Span<float> output);
}
