using System;
using KernelGen;

namespace KernelGen.Digits;

/// <summary>
/// Every layer of the digits CNN as a generated kernel, sizes fixed at compile time (PyTorch's layouts: the weights
/// train.py writes are read as they are):
/// Conv2d(1 -> 16, 3x3, pad 1) + ReLU, MaxPool 2, Conv2d(16 -> 32, 3x3, pad 1) + ReLU, MaxPool 2, Linear(128 -> 10).
/// </summary>
public static partial class DigitsLayers
{
    /// <summary>[1][8][8] -> [16][8][8].</summary>
    [Conv2D(1, 8, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu)]
    public static partial void Conv1(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    /// <summary>[16][8][8] -> [16][4][4].</summary>
    [MaxPool2D(16, 8, 8, 2, 2)]
    public static partial void Pool1(ReadOnlySpan<float> input, Span<float> output);

    /// <summary>[16][4][4] -> [32][4][4].</summary>
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu)]
    public static partial void Conv2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    /// <summary>[32][4][4] -> [32][2][2], which flattened in this order is the dense layer's 128 inputs (as torch.flatten).</summary>
    [MaxPool2D(32, 4, 4, 2, 2)]
    public static partial void Pool2(ReadOnlySpan<float> input, Span<float> output);

    /// <summary>128 -> 10 logits.</summary>
    [Dense(128, 10)]
    public static partial void Classifier(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> logits);
}
