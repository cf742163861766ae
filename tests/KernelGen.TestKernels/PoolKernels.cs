using System;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// <c>[MaxPool2D]</c> and <c>[AvgPool2D]</c> kernels: odd sizes (7x9 with 2x2, where ceil mode adds
/// a row and a column), channels 1, 3, 16, 64, strides 1, 2 and 3, padding, dilation, an empty window, float and double.
/// </summary>
public static partial class PoolKernels
{
    [MaxPool2D(1, 7, 9, 2, 2)]
    public static partial void Max7x9(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(3, 7, 9, 2, 2, CeilMode = true)]
    public static partial void Max7x9Ceil(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(1, 7, 9, 2, 2)]
    public static partial void Avg7x9(ReadOnlySpan<double> input, Span<double> output);

    [AvgPool2D(3, 7, 9, 2, 2, CeilMode = true)]
    public static partial void Avg7x9Ceil(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(3, 7, 9, 3, 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)]
    public static partial void Avg7x9CeilNoPad(ReadOnlySpan<double> input, Span<double> output);

    [MaxPool2D(16, 8, 8, 2, 2)]
    public static partial void MaxDigits1(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(32, 4, 4, 2, 2)]
    public static partial void MaxDigits2(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)]
    public static partial void MaxResNet(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1, CeilMode = true)]
    public static partial void MaxResNetCeil(ReadOnlySpan<double> input, Span<double> output);

    [AvgPool2D(64, 56, 56, 3, 3, Stride = 1, Padding = 1)]
    public static partial void AvgSmooth(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(16, 33, 35, 2, 2)]
    public static partial void AvgHalf(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(3, 32, 33, 3, 3, Stride = 1, Padding = 1)]
    public static partial void MaxSame(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(2, 20, 21, 3, 3, Stride = 1, Dilation = 2, Padding = 1)]
    public static partial void MaxDilated(ReadOnlySpan<double> input, Span<double> output);

    [MaxPool2D(3, 40, 41, 3, 3, Stride = 2, DilationX = 2)]
    public static partial void MaxDilatedStride2(ReadOnlySpan<float> input, Span<float> output);

    [MaxPool2D(1, 30, 31, 3, 3)]
    public static partial void MaxStride3(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(3, 17, 100, 1, 3, StrideY = 2, StrideX = 1, PaddingX = 1)]
    public static partial void AvgRows(ReadOnlySpan<double> input, Span<double> output);

    [MaxPool2D(1, 2, 9, 2, 2, Stride = 2, Padding = 1, Dilation = 3)]
    public static partial void MaxEmptyWindow(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(1, 1000, 1000, 4, 4, UnrollBudget = 16)]
    public static partial void AvgLooped(ReadOnlySpan<float> input, Span<float> output);

    // large windows with padding: the borders call one run-time-clipped window (the written-out plan would be too large)
    [MaxPool2D(3, 100, 100, 7, 7, Stride = 1, Padding = 3)]
    public static partial void MaxLarge(ReadOnlySpan<float> input, Span<float> output);

    [AvgPool2D(2, 40, 37, 7, 5, Stride = 1, PaddingY = 3, PaddingX = 2, CeilMode = true, CountIncludePad = false)]
    public static partial void AvgLarge(ReadOnlySpan<double> input, Span<double> output);

    [AvgPool2D(2, 40, 37, 7, 7, Stride = 2, Padding = 3, CeilMode = true)]
    public static partial void AvgLargeCeil(ReadOnlySpan<float> input, Span<float> output);
}
