using System;
using KernelGen;

namespace KernelGen.Tour;

/// <summary>The kernels the tour uses: each body is written by KernelGen at compile time.</summary>
public static partial class Kernels
{
    [DotProduct(27)]
    public static partial float Dot27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [DotProduct(1024)]
    public static partial float Dot1024(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    // The same sum in one fixed order: the same bits on every vector path, JIT tier and NativeAOT.
    [DotProduct(1024, Deterministic = true)]
    public static partial float DeterministicDot1024(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    // How much two 384-element embeddings point the same way.
    [CosineSimilarity(384)]
    public static partial float Similarity(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [Dense(2, 1, Activation = Activation.Step)]
    public static partial void Perceptron(ReadOnlySpan<float> point, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Dense(784, 10, Activation = Activation.Sigmoid)]
    public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // The same layer over a batch of 32 inputs, and the matrix product it is: input [32][784] x weights^T.
    [Dense(784, 10, Batch = 32, Activation = Activation.Sigmoid)]
    public static partial void LayerBatch(ReadOnlySpan<float> inputs, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> outputs);

    [MatMul(32, 784, 10, TransposeB = true, Activation = Activation.Sigmoid)]
    public static partial void LayerAsMatMul(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    // The classic textbook example: a 5x5 binary image and a 3x3 filter, no padding, stride 1.
    [Conv2D(1, 5, 5, 1, 3, 3)]
    public static partial void Classic(ReadOnlySpan<float> image, ReadOnlySpan<float> filter, Span<float> output);

    // The same filter known at compile time: the weights leave the signature and are folded into the code (the zero
    // taps vanish, the ones become additions). Compare the headers of Kernels.Classic.g.cs and Kernels.ClassicConstant.g.cs.
    private static ReadOnlySpan<float> ClassicFilter => [1, 0, 1, 0, 1, 0, 1, 0, 1];

    [Conv2D(1, 5, 5, 1, 3, 3, Weights = nameof(ClassicFilter))]
    public static partial void ClassicConstant(ReadOnlySpan<float> image, Span<float> output);

    // Three 5x5 channels, padding 1, two 3x3x3 filters with a bias each, stride 2: a 2x3x3 output.
    [Conv2D(3, 5, 5, 2, 3, 3, Stride = 2, Padding = 1)]
    public static partial void Strided(ReadOnlySpan<float> input, ReadOnlySpan<float> filters, ReadOnlySpan<float> bias, Span<float> output);

    // Sobel edge detection: two 3x3 filters (horizontal and vertical gradients) over a 160x120 grey image.
    [Conv2D(1, 120, 160, 2, 3, 3, Padding = 1)]
    public static partial void Sobel(ReadOnlySpan<float> image, ReadOnlySpan<float> filters, Span<float> gradients);

    // The two Sobel filters as constants: d/dx then d/dy, layout [2][1][3][3].
    private static ReadOnlySpan<float> SobelFilters =>
    [
        -1, 0, 1, -2, 0, 2, -1, 0, 1,
        -1, -2, -1, 0, 0, 0, 1, 2, 1,
    ];

    [Conv2D(1, 120, 160, 2, 3, 3, Padding = 1, Weights = nameof(SobelFilters))]
    public static partial void SobelConstant(ReadOnlySpan<float> image, Span<float> gradients);
}
