using System;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Kernels with <c>Batch</c> and <c>Threads</c>, each beside its one-thread, batch-1 twin: every kind, every way a
/// plan divides an image (output-channel tiles, bands of a banded copy, groups, folded tiles, a small plane's tiles,
/// channels of a pooling, row tiles of a matrix product, row blocks of a dense layer), sizes large enough that the
/// planner does use several threads, and one too small to.
/// </summary>
public static partial class ThreadedKernels
{
    // --- Conv2D, output-channel tiles (one padded copy per part) ---
    [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Activation = Activation.Relu)]
    public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 2)]
    public static partial void ConvT2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 3)]
    public static partial void ConvT3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 4)]
    public static partial void ConvT4(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 0)]
    public static partial void ConvT0(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 3)]
    public static partial void ConvB3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 3, Threads = 2)]
    public static partial void ConvB3T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- Conv2D, stride 2 without bias (phases), double ---
    [Conv2D(3, 41, 39, 24, 5, 5, Stride = 2, Padding = 2)]
    public static partial void Stem(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);

    [Conv2D(3, 41, 39, 24, 5, 5, Stride = 2, Padding = 2, Batch = 2, Threads = 4)]
    public static partial void StemB2T4(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);

    // --- Conv2D as flat runs over the padded rows (rows of 14 and 30 outputs: not whole vectors), dilated too ---
    [Conv2D(24, 14, 14, 32, 3, 3, Padding = 1, Activation = Activation.Relu)]
    public static partial void Flat14(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(24, 14, 14, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 2, Batch = 2)]
    public static partial void Flat14B2T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(8, 30, 30, 16, 3, 3, Padding = 2, Dilation = 2)]
    public static partial void FlatDilated(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);

    [Conv2D(8, 30, 30, 16, 3, 3, Padding = 2, Dilation = 2, Threads = 3)]
    public static partial void FlatDilatedT3(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);

    // --- Conv2D, a 635 KB padded copy: banded (bands of 16 output rows), at one thread and shared by two ---
    [Conv2D(3, 224, 224, 16, 7, 7, Stride = 2, Padding = 3)]
    public static partial void Stem224(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(3, 224, 224, 16, 7, 7, Stride = 2, Padding = 3, Threads = 2)]
    public static partial void Stem224T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- Conv2D, bands of a banded copy (the padded input is over 512 KB) ---
    [Conv2D(64, 56, 56, 16, 3, 3, Padding = 1)]
    public static partial void Banded(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(64, 56, 56, 16, 3, 3, Padding = 1, Threads = 3)]
    public static partial void BandedT3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- Conv2D, groups (each group's copy made by the part that computes it): depthwise ---
    [Conv2D(32, 30, 30, 32, 3, 3, Padding = 1, Groups = 32)]
    public static partial void Depthwise(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 30, 30, 32, 3, 3, Padding = 1, Groups = 32, Threads = 2, Batch = 2)]
    public static partial void DepthwiseB2T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 30, 30, 32, 3, 3, Padding = 1, Groups = 32, Threads = 4)]
    public static partial void DepthwiseT4(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- Conv2D, constant weights folded into the code: a banded Sobel, and folded tiles ---
    private static ReadOnlySpan<float> SobelX => [-1, 0, 1, -2, 0, 2, -1, 0, 1];

    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(SobelX))]
    public static partial void Sobel(ReadOnlySpan<float> image, Span<float> edges);

    [Conv2D(1, 480, 640, 1, 3, 3, Padding = 1, Weights = nameof(SobelX), Threads = 2)]
    public static partial void SobelT2(ReadOnlySpan<float> image, Span<float> edges);

    private static ReadOnlySpan<float> Filters16 =>
    [
        1, 0, -1, 2, 0, -2, 1, 0, -1, 0.5f, 0.25f, 0.5f, 1, 1, 1, 0, 0, 0, -1, -1, -1, 1, 2, 1, 0, 0, 0, -1, -2, -1,
        0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0,
        2, -1, 2, -1, 2, -1, 2, -1, 2, 0.125f, 0, 0.125f, 0, 0.5f, 0, 0.125f, 0, 0.125f, 3, 0, 0, 0, 0, 0, 0, 0, -3,
        1, 1, 0, 1, 0, -1, 0, -1, -1, 0, 1, 0, 1, -4, 1, 0, 1, 0, -0.5f, 1, -0.5f, 1, -2, 1, -0.5f, 1, -0.5f,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
        -1, 2, -1, 2, -4, 2, -1, 2, -1, 0.25f, 0.5f, 0.25f, 0.5f, 1, 0.5f,
    ];

    [Conv2D(1, 100, 100, 16, 3, 3, Padding = 1, Weights = nameof(Filters16))]
    public static partial void Folded(ReadOnlySpan<float> image, ReadOnlySpan<float> bias, Span<float> maps);

    [Conv2D(1, 100, 100, 16, 3, 3, Padding = 1, Weights = nameof(Filters16), Threads = 2, Batch = 3)]
    public static partial void FoldedB3T2(ReadOnlySpan<float> image, ReadOnlySpan<float> bias, Span<float> maps);

    [Conv2D(1, 100, 100, 16, 3, 3, Padding = 1, Weights = nameof(Filters16), Threads = 3)]
    public static partial void FoldedT3(ReadOnlySpan<float> image, ReadOnlySpan<float> bias, Span<float> maps);

    // --- Conv2D, a small plane (one matrix product per image) ---
    [Conv2D(32, 6, 6, 64, 3, 3, Padding = 1, Activation = Activation.Tanh)]
    public static partial void Plane(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 6, 6, 64, 3, 3, Padding = 1, Activation = Activation.Tanh, Threads = 3)]
    public static partial void PlaneT3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(32, 6, 6, 64, 3, 3, Padding = 1, Activation = Activation.Tanh, Batch = 5, Threads = 2)]
    public static partial void PlaneB5T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- Conv2D, a small plane with the batch folded into the product (groups of images per body) ---
    // the digits CNN's second conv: 4 x 4 planes, each tap's columns one shuffle of the plane; groups of 4 images
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu)]
    public static partial void Plane4(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 12)]
    public static partial void Plane4B12(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 12, Threads = 2)]
    public static partial void Plane4B12T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 7, Threads = 0)]
    public static partial void Plane4B7T0(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- Conv2D, a batch of small planes with the images in the lanes (groups of 16 or 32 images, the padding's taps skipped) ---
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 32)]
    public static partial void Plane4B32(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 64, Threads = 0)]
    public static partial void Plane4B64T0(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 48, Threads = 2)]
    public static partial void Plane4B48T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // one group of 16 shared by two threads (tiles of output channels)
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 16, Threads = 2)]
    public static partial void Plane4B16T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // stride 2, padding 2, no bias, a lane-wise activation
    [Conv2D(8, 9, 7, 16, 3, 3, Stride = 2, Padding = 2, Activation = Activation.Tanh, Batch = 16)]
    public static partial void LanesStrideB16(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);

    // a dilated 5 x 5 filter, rectangular padding
    [Conv2D(8, 6, 8, 8, 5, 5, PaddingY = 3, PaddingX = 2, Dilation = 2, Activation = Activation.Sigmoid, Batch = 32, Threads = 2)]
    public static partial void LanesDilatedB32T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // padding wider than the filter reaches: the outer ring of outputs is the bias alone
    [Conv2D(48, 3, 3, 8, 3, 3, Padding = 3, Activation = Activation.Step, Batch = 16)]
    public static partial void LanesBiasOnlyB16(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv1D(32, 10, 32, 3, Padding = 1, Activation = Activation.Relu, Batch = 32)]
    public static partial void SignalLanesB32(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // 5 x 7 planes (35 pixels: the last vector of each image overlaps the one before), 6 images in one group, no bias
    [Conv2D(3, 5, 7, 12, 3, 3, Padding = 1, Activation = Activation.Tanh)]
    public static partial void Plane5x7(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);

    [Conv2D(3, 5, 7, 12, 3, 3, Padding = 1, Activation = Activation.Tanh, Batch = 6)]
    public static partial void Plane5x7B6(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);

    // double, a 2 x 4 plane: one Vector512<double> shuffled with long indices
    [Conv2D(8, 2, 4, 16, 3, 3, Padding = 1)]
    public static partial void Plane2x4(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);

    [Conv2D(8, 2, 4, 16, 3, 3, Padding = 1, Batch = 10, Threads = 3)]
    public static partial void Plane2x4B10T3(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);

    // --- Conv1D ---
    [Conv1D(4, 1000, 24, 5, Padding = 2, Activation = Activation.Sigmoid)]
    public static partial void Signal(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv1D(4, 1000, 24, 5, Padding = 2, Activation = Activation.Sigmoid, Batch = 3, Threads = 2)]
    public static partial void SignalB3T2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv1D(4, 1000, 24, 5, Padding = 2, Activation = Activation.Sigmoid, Threads = 3)]
    public static partial void SignalT3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- pooling ---
    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)]
    public static partial void MaxPool(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1, Threads = 3)]
    public static partial void MaxPoolT3(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1, Batch = 2, Threads = 0)]
    public static partial void MaxPoolB2T0(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(3, 17, 19, 3, 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)]
    public static partial void AvgPool(ReadOnlySpan<double> input, Span<double> output);

    [AvgPool2D(3, 17, 19, 3, 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false, Batch = 4, Threads = 2)]
    public static partial void AvgPoolB4T2(ReadOnlySpan<double> input, Span<double> output);

    // --- matrix products and dense layers ---
    [MatMul(96, 64, 80, Activation = Activation.Relu)]
    public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    [MatMul(96, 64, 80, Activation = Activation.Relu, Threads = 2)]
    public static partial void GemmT2(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    [MatMul(96, 64, 80, Activation = Activation.Relu, Threads = 3)]
    public static partial void GemmT3(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    // b of 416 KB: read panel by panel, column blocks outer, each panel packed into a contiguous scratch
    [MatMul(200, 520, 200, Activation = Activation.Relu)]
    public static partial void GemmPanels(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    [MatMul(200, 520, 200, Activation = Activation.Relu, Threads = 2)]
    public static partial void GemmPanelsT2(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);

    // b of 70 KB read by 34 row tiles: packed panels at one thread, in place at three (11 row tiles a thread); n = 90
    // leaves a last block with an overlapping vector
    [MatMul(200, 100, 90, Activation = Activation.Tanh)]
    public static partial void GemmPacked(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);

    [MatMul(200, 100, 90, Activation = Activation.Tanh, Threads = 3)]
    public static partial void GemmPackedT3(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> bias, Span<double> c);

    [MatMul(70, 129, 33, TransposeB = true)]
    public static partial void GemmTB(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);

    [MatMul(70, 129, 33, TransposeB = true, Threads = 4)]
    public static partial void GemmTBT4(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);

    [Dense(512, 301)]
    public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Dense(512, 301, Threads = 2)]
    public static partial void LayerT2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Dense(512, 301, Threads = 3)]
    public static partial void LayerT3(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Dense(64, 40, Batch = 50, Activation = Activation.Step)]
    public static partial void Rows(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Dense(64, 40, Batch = 50, Activation = Activation.Step, Threads = 2)]
    public static partial void RowsT2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    // --- a single reduction, and work too small to share: one thread whatever is asked ---
    [DotProduct(4096, Threads = 2)]
    public static partial float DotT2(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [Conv2D(1, 8, 8, 4, 3, 3, Threads = 4)]
    public static partial void TinyT4(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
}
