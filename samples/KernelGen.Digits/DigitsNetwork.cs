using System;
using System.IO;
using System.Runtime.InteropServices;

namespace KernelGen.Digits;

/// <summary>
/// The trained digits CNN: its weights (read from train.py's files) and one buffer per layer, so that a prediction
/// allocates nothing. Not thread-safe: one instance per thread.
/// </summary>
public sealed class DigitsNetwork
{
    public const int ImageSize = 8 * 8, Classes = 10;

    public DigitsNetwork(float[] conv1Weight, float[] conv1Bias, float[] conv2Weight, float[] conv2Bias, float[] fcWeight, float[] fcBias)
    {
        Conv1Weight = Require(conv1Weight, 16 * 9, nameof(conv1Weight));
        Conv1Bias = Require(conv1Bias, 16, nameof(conv1Bias));
        Conv2Weight = Require(conv2Weight, 32 * 16 * 9, nameof(conv2Weight));
        Conv2Bias = Require(conv2Bias, 32, nameof(conv2Bias));
        FcWeight = Require(fcWeight, Classes * 128, nameof(fcWeight));
        FcBias = Require(fcBias, Classes, nameof(fcBias));
    }

    public float[] Conv1Weight { get; }
    public float[] Conv1Bias { get; }
    public float[] Conv2Weight { get; }
    public float[] Conv2Bias { get; }
    public float[] FcWeight { get; }
    public float[] FcBias { get; }

    /// <summary>The activations of the last <see cref="Predict"/>, layer by layer.</summary>
    public float[] Conv1Output { get; } = new float[16 * 8 * 8];
    public float[] Pool1Output { get; } = new float[16 * 4 * 4];
    public float[] Conv2Output { get; } = new float[32 * 4 * 4];
    public float[] Pool2Output { get; } = new float[32 * 2 * 2];

    /// <summary>Reads the weights train.py wrote into <paramref name="directory"/> (little-endian float32, PyTorch's layouts).</summary>
    public static DigitsNetwork Load(string directory) => new(
        DigitsData.ReadFloats(Path.Combine(directory, "conv1.weight.bin")), DigitsData.ReadFloats(Path.Combine(directory, "conv1.bias.bin")),
        DigitsData.ReadFloats(Path.Combine(directory, "conv2.weight.bin")), DigitsData.ReadFloats(Path.Combine(directory, "conv2.bias.bin")),
        DigitsData.ReadFloats(Path.Combine(directory, "fc.weight.bin")), DigitsData.ReadFloats(Path.Combine(directory, "fc.bias.bin")));

    /// <summary>The ten logits of one 8x8 image (pixels / 16, as train.py scales them), every layer a generated kernel.</summary>
    public void Predict(ReadOnlySpan<float> image, Span<float> logits)
    {
        DigitsLayers.Conv1(image, Conv1Weight, Conv1Bias, Conv1Output);
        DigitsLayers.Pool1(Conv1Output, Pool1Output);
        DigitsLayers.Conv2(Pool1Output, Conv2Weight, Conv2Bias, Conv2Output);
        DigitsLayers.Pool2(Conv2Output, Pool2Output);
        DigitsLayers.Classifier(Pool2Output, FcWeight, FcBias, logits);
    }

    /// <summary>The predicted digit: the index of the largest logit.</summary>
    public int Classify(ReadOnlySpan<float> image)
    {
        Span<float> logits = stackalloc float[Classes];
        Predict(image, logits);
        return ArgMax(logits);
    }

    public static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static float[] Require(float[] values, int length, string name) =>
        values.Length == length ? values : throw new ArgumentException($"'{name}' must hold {length} values, but it holds {values.Length}.", name);
}

/// <summary>train.py's test split: the images, their labels and PyTorch's logits for each.</summary>
public sealed record DigitsData(float[] Images, byte[] Labels, float[] TorchLogits)
{
    public int Count => Labels.Length;

    public ReadOnlySpan<float> Image(int i) => Images.AsSpan(i * DigitsNetwork.ImageSize, DigitsNetwork.ImageSize);

    public ReadOnlySpan<float> TorchLogitsOf(int i) => TorchLogits.AsSpan(i * DigitsNetwork.Classes, DigitsNetwork.Classes);

    /// <summary>The directory the data is copied to beside the built assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "digits");

    public static DigitsData Load(string directory)
    {
        var data = new DigitsData(ReadFloats(Path.Combine(directory, "test_images.bin")), File.ReadAllBytes(Path.Combine(directory, "test_labels.bin")),
            ReadFloats(Path.Combine(directory, "test_logits.bin")));
        if (data.Images.Length != data.Count * DigitsNetwork.ImageSize || data.TorchLogits.Length != data.Count * DigitsNetwork.Classes)
        {
            throw new InvalidDataException($"The test split in '{directory}' is inconsistent: {data.Count} labels, {data.Images.Length} pixels, {data.TorchLogits.Length} logits.");
        }

        return data;
    }

    /// <summary>A file of little-endian float32 values.</summary>
    public static float[] ReadFloats(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length % 4 != 0 || !BitConverter.IsLittleEndian)
        {
            throw new InvalidDataException($"'{path}' is not a little-endian float32 file on this machine.");
        }

        return MemoryMarshal.Cast<byte, float>(bytes).ToArray();
    }
}
