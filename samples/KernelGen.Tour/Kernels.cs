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

    [Dense(2, 1, Activation = Activation.Step)]
    public static partial void Perceptron(ReadOnlySpan<float> point, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    [Dense(784, 10, Activation = Activation.Sigmoid)]
    public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
}
