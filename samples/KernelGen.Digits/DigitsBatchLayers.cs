using System;
using KernelGen;

namespace KernelGen.Digits;

/// <summary>
/// The digits CNN's layers over <see cref="Images"/> images per call (<c>Batch</c>), on as many threads as
/// <see cref="KernelThreads.Limit"/> allows (<c>Threads = 0</c>): the same arithmetic as <see cref="DigitsLayers"/>,
/// image by image, with the batch folded into each layer's plan.
/// </summary>
public static partial class DigitsBatchLayers
{
    public const int Images = 64;

    /// <summary>[64][1][8][8] -> [64][16][8][8].</summary>
    [Conv2D(1, 8, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = Images, Threads = 0)]
    public static partial void Conv1(ReadOnlySpan<float> images, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    /// <summary>[64][16][8][8] -> [64][16][4][4].</summary>
    [MaxPool2D(16, 8, 8, 2, 2, Batch = Images, Threads = 0)]
    public static partial void Pool1(ReadOnlySpan<float> input, Span<float> output);

    /// <summary>[64][16][4][4] -> [64][32][4][4].</summary>
    [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = Images, Threads = 0)]
    public static partial void Conv2(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);

    /// <summary>[64][32][4][4] -> [64][32][2][2]: each image's 128 values are the dense layer's inputs.</summary>
    [MaxPool2D(32, 4, 4, 2, 2, Batch = Images, Threads = 0)]
    public static partial void Pool2(ReadOnlySpan<float> input, Span<float> output);

    /// <summary>[64][128] -> [64][10] logits.</summary>
    [Dense(128, 10, Batch = Images, Threads = 0)]
    public static partial void Classifier(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> logits);
}

/// <summary>
/// The digits CNN over 64 images per call, every layer a batched kernel, with one buffer per layer (a prediction
/// allocates nothing). Not thread-safe: one instance per thread (the kernels themselves may use several).
/// </summary>
public sealed class DigitsBatchNetwork
{
    public const int Images = DigitsBatchLayers.Images;

    private readonly DigitsNetwork _weights;

    /// <summary>The activations of the last <see cref="Predict"/>, layer by layer, image after image.</summary>
    public float[] Conv1Output { get; } = new float[Images * 16 * 8 * 8];
    public float[] Pool1Output { get; } = new float[Images * 16 * 4 * 4];
    public float[] Conv2Output { get; } = new float[Images * 32 * 4 * 4];
    public float[] Pool2Output { get; } = new float[Images * 32 * 2 * 2];

    /// <summary>The batched network over the weights of <paramref name="network"/>.</summary>
    public DigitsBatchNetwork(DigitsNetwork network) => _weights = network ?? throw new ArgumentNullException(nameof(network));

    /// <summary>The ten logits of each of 64 images ([64][8][8] in, [64][10] out).</summary>
    public void Predict(ReadOnlySpan<float> images, Span<float> logits)
    {
        DigitsBatchLayers.Conv1(images, _weights.Conv1Weight, _weights.Conv1Bias, Conv1Output);
        DigitsBatchLayers.Pool1(Conv1Output, Pool1Output);
        DigitsBatchLayers.Conv2(Pool1Output, _weights.Conv2Weight, _weights.Conv2Bias, Conv2Output);
        DigitsBatchLayers.Pool2(Conv2Output, Pool2Output);
        DigitsBatchLayers.Classifier(Pool2Output, _weights.FcWeight, _weights.FcBias, logits);
    }
}
