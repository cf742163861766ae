using System;

namespace KernelGen.Kernels.Tests;

/// <summary>Run-time-weight <c>[Conv1D]</c> kernels: strides, padding, dilation, groups, depthwise, float and double.</summary>
public static partial class Conv1DKernels
{
    [Conv1D(1, 1000, 1, 9)]
    public static partial void Fir9(ReadOnlySpan<float> signal, ReadOnlySpan<float> taps, Span<float> output);

    [Conv1D(3, 257, 8, 5, Stride = 2, Padding = 2, Activation = Activation.Relu)]
    public static partial void Strided(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Conv1D(4, 100, 6, 3, Dilation = 3, Padding = 3, Groups = 2, Activation = Activation.Tanh)]
    public static partial void Grouped(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);

    [Conv1D(16, 64, 16, 3, Padding = 1, Groups = 16)]
    public static partial void Depthwise(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);

    [Conv1D(2, 7, 3, 7, Stride = 3, Padding = 3, Activation = Activation.Sigmoid)]
    public static partial void Short(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
}
