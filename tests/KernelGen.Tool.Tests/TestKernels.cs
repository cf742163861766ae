using System;

namespace KernelGen.Tool.Tests;

/// <summary>The kernels the <c>--assembly</c> tests find in this test assembly's own catalog.</summary>
public static partial class TestKernels
{
    [DotProduct(100)]
    public static partial float Dot100(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

    [Dense(64, 10, Activation = Activation.Relu)]
    public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [MaxPool2D(4, 16, 16, 2, 2)]
    public static partial void Pool(ReadOnlySpan<double> input, Span<double> output);
}
