using System;
using KernelGen;

namespace KernelGen.Digits;

/// <summary>
/// The digits CNN quantized to int8 by PyTorch (train.py's <c>quantize()</c>, QNNPACK engine), every layer a generated
/// integer kernel: uint8 activations with the zero points below, int8 weights (zero point 0, one scale per output
/// channel), int32 bias, each layer requantized to uint8 by its per-channel multiplier, as QNNPACK computes it. The zero
/// points are compile-time constants: <see cref="DigitsQuantizedNetwork.Load"/> checks that quantized.json has them.
/// </summary>
public static partial class DigitsQuantizedLayers
{
    /// <summary>The quantized image's zero point (the input is 0..1, so the observer's range starts at 0).</summary>
    public const int InputZeroPoint = 0;

    /// <summary>conv1's output zero point: 0, as after every fused ReLU (the observed range starts at 0).</summary>
    public const int Conv1ZeroPoint = 0;

    /// <summary>conv2's output zero point: 0, after its fused ReLU.</summary>
    public const int Conv2ZeroPoint = 0;

    /// <summary>The logits' zero point (they are signed, so the range straddles 0).</summary>
    public const int LogitsZeroPoint = 164;

    /// <summary>[1][8][8] -> [16][8][8], ReLU as a clamp at the output zero point.</summary>
    [Conv2D(1, 8, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu, InputZeroPoint = InputZeroPoint, OutputZeroPoint = Conv1ZeroPoint)]
    public static partial void Conv1(ReadOnlySpan<byte> image, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    /// <summary>[16][8][8] -> [16][4][4]: the maxima of the bytes (quantization keeps the order).</summary>
    [MaxPool2D(16, 8, 8, 2, 2)]
    public static partial void Pool1(ReadOnlySpan<byte> input, Span<byte> output);

    /// <summary>[16][4][4] -> [32][4][4].</summary>
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, InputZeroPoint = Conv1ZeroPoint, OutputZeroPoint = Conv2ZeroPoint)]
    public static partial void Conv2(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);

    /// <summary>[32][4][4] -> [32][2][2], flattened in this order as the dense layer's 128 inputs.</summary>
    [MaxPool2D(32, 4, 4, 2, 2)]
    public static partial void Pool2(ReadOnlySpan<byte> input, Span<byte> output);

    /// <summary>128 -> 10 logits, requantized to uint8 as PyTorch's quantized <c>Linear</c> gives them.</summary>
    [Dense(128, 10, InputZeroPoint = Conv2ZeroPoint, OutputZeroPoint = LogitsZeroPoint)]
    public static partial void Classifier(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> logits);
}
