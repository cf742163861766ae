using System;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Winograd convolutions (<c>Algorithm = ConvAlgorithm.Winograd</c>), most beside their direct twin: channels from 1 to
/// 512, planes from 4x4 to 56x56 with sizes that are not multiples of the tile, padding 0 and 1, both tiles (F(2x2) and
/// F(4x4)), every activation, bias or none, double, constant weights and bias, batches, threads, one fixed order.
/// The catalog test and the path check hold each to the contract's Winograd bound on every vector path.
/// </summary>
public static partial class WinogradKernels
{
    // --- the three ResNet shapes of issue 24 (and a smaller one), each beside its direct twin ---
    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)]
    public static partial void Res64(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(64, 56, 56, 64, 3, 3, Padding = 1)]
    public static partial void Res64Direct(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(128, 28, 28, 128, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu)]
    public static partial void Res128(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(256, 14, 14, 256, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)]
    public static partial void Res256(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(512, 6, 6, 32, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)]
    public static partial void Deep512(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);

    // --- channel counts that fill no vector, odd planes, padding 0 ---
    [Conv2D(1, 4, 4, 1, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)]
    public static partial void One4x4(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);

    [Conv2D(3, 23, 19, 5, 3, 3, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Sigmoid)]
    public static partial void Odd23x19(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(17, 9, 13, 33, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Tanh)]
    public static partial void Odd17to33(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 5, 7, 16, 3, 3, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Step)]
    public static partial void Tiny3x5(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(24, 14, 14, 40, 3, 3, PaddingY = 1, PaddingX = 0, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu)]
    public static partial void Uneven14(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- double ---
    [Conv2D(8, 12, 12, 8, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)]
    public static partial void Double12(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);

    [Conv2D(37, 30, 30, 9, 3, 3, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu)]
    public static partial void Double30(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);

    // --- constant weights and bias, transformed at compile time ---
    private static ReadOnlySpan<float> Edges => new float[]
    {
        -1, 0, 1, -2, 0, 2, -1, 0, 1,
        -1, -2, -1, 0, 0, 0, 1, 2, 1,
        0.0625f, 0.125f, 0.0625f, 0.125f, 0.25f, 0.125f, 0.0625f, 0.125f, 0.0625f,
        1, 1, 1, 1, -8, 1, 1, 1, 1,
        0.5f, -0.25f, 3, 1.5f, 0, -2, 0.75f, 1, -1,
        2, 0, 0, 0, 2, 0, 0, 0, 2,
    };

    private static ReadOnlySpan<float> EdgesBias => new float[] { 0.5f, -1, 0 };

    [Conv2D(2, 21, 18, 3, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Weights = nameof(Edges), Bias = nameof(EdgesBias))]
    public static partial void ConstantEdges(ReadOnlySpan<float> input, Span<float> output);

    [Conv2D(2, 21, 18, 3, 3, 3, Padding = 1, Weights = nameof(Edges), Bias = nameof(EdgesBias))]
    public static partial void ConstantEdgesDirect(ReadOnlySpan<float> input, Span<float> output);

    // --- batches and threads (every count gives the one-thread bits) ---
    [Conv2D(32, 20, 20, 48, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu)]
    public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 20, 20, 48, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu, Threads = 2)]
    public static partial void ConvT2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 20, 20, 48, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu, Threads = 3)]
    public static partial void ConvT3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 20, 20, 48, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu, Batch = 3)]
    public static partial void ConvB3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 20, 20, 48, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Activation = Activation.Relu, Batch = 3, Threads = 2)]
    public static partial void ConvB3T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Batch = 64, Threads = 2)]
    public static partial void DigitsB64T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd)]
    public static partial void Digits(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- one fixed order on every path ---
    [Conv2D(8, 10, 10, 8, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Deterministic = true, Activation = Activation.Tanh)]
    public static partial void Fixed(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
}
