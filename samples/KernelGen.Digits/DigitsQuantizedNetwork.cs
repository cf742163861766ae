using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace KernelGen.Digits;

/// <summary>
/// The digits CNN quantized to int8 by PyTorch (train.py's q_*.bin and quantized.json): the float image quantized to
/// uint8 here, then every layer an integer kernel of <see cref="DigitsQuantizedLayers"/>, then the uint8 logits
/// dequantized. One buffer per layer, so a prediction allocates nothing. Not thread-safe: one instance per thread.
/// </summary>
public sealed class DigitsQuantizedNetwork
{
    /// <param name="inputScale">The image's quantization step: <c>q = clamp(round_even(x * (1 / inputScale)) + InputZeroPoint, 0, 255)</c>.</param>
    /// <param name="logitScale">The logits' step: <c>logit = (q - LogitsZeroPoint) * logitScale</c>.</param>
    /// <param name="conv1Weight">int8 <c>[16][1][3][3]</c>; the biases are int32 in each accumulator's scale, the scales each output channel's requantization multiplier.</param>
    public DigitsQuantizedNetwork(float inputScale, sbyte[] conv1Weight, int[] conv1Bias, float[] conv1Scale,
        sbyte[] conv2Weight, int[] conv2Bias, float[] conv2Scale, sbyte[] fcWeight, int[] fcBias, float[] fcScale, float logitScale)
    {
        InputScale = inputScale > 0 ? inputScale : throw new ArgumentOutOfRangeException(nameof(inputScale), inputScale, "The input scale must be positive.");
        LogitScale = logitScale > 0 ? logitScale : throw new ArgumentOutOfRangeException(nameof(logitScale), logitScale, "The logit scale must be positive.");
        Conv1Weight = Require(conv1Weight, 16 * 9, nameof(conv1Weight));
        Conv1Bias = Require(conv1Bias, 16, nameof(conv1Bias));
        Conv1Scale = Require(conv1Scale, 16, nameof(conv1Scale));
        Conv2Weight = Require(conv2Weight, 32 * 16 * 9, nameof(conv2Weight));
        Conv2Bias = Require(conv2Bias, 32, nameof(conv2Bias));
        Conv2Scale = Require(conv2Scale, 32, nameof(conv2Scale));
        FcWeight = Require(fcWeight, DigitsNetwork.Classes * 128, nameof(fcWeight));
        FcBias = Require(fcBias, DigitsNetwork.Classes, nameof(fcBias));
        FcScale = Require(fcScale, DigitsNetwork.Classes, nameof(fcScale));
    }

    public float InputScale { get; }
    public float LogitScale { get; }
    public sbyte[] Conv1Weight { get; }
    public int[] Conv1Bias { get; }
    public float[] Conv1Scale { get; }
    public sbyte[] Conv2Weight { get; }
    public int[] Conv2Bias { get; }
    public float[] Conv2Scale { get; }
    public sbyte[] FcWeight { get; }
    public int[] FcBias { get; }
    public float[] FcScale { get; }

    /// <summary>The activations of the last <see cref="Predict"/>, layer by layer, as uint8.</summary>
    public byte[] Input { get; } = new byte[DigitsNetwork.ImageSize];
    public byte[] Conv1Output { get; } = new byte[16 * 8 * 8];
    public byte[] Pool1Output { get; } = new byte[16 * 4 * 4];
    public byte[] Conv2Output { get; } = new byte[32 * 4 * 4];
    public byte[] Pool2Output { get; } = new byte[32 * 2 * 2];
    public byte[] QuantizedLogits { get; } = new byte[DigitsNetwork.Classes];

    /// <summary>
    /// Reads train.py's integer layers from <paramref name="directory"/> and the scales from its quantized.json, whose
    /// zero points must be the compile-time ones of <see cref="DigitsQuantizedLayers"/>.
    /// </summary>
    public static DigitsQuantizedNetwork Load(string directory)
    {
        string jsonPath = Path.Combine(directory, "quantized.json");
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(jsonPath));
        JsonElement root = json.RootElement, layers = root.GetProperty("layers");
        RequireZeroPoint(root.GetProperty("input"), DigitsQuantizedLayers.InputZeroPoint, "input", jsonPath);
        RequireZeroPoint(layers.GetProperty("conv1"), DigitsQuantizedLayers.Conv1ZeroPoint, "conv1", jsonPath, "output_zero_point");
        RequireZeroPoint(layers.GetProperty("conv2"), DigitsQuantizedLayers.Conv2ZeroPoint, "conv2", jsonPath, "output_zero_point");
        RequireZeroPoint(root.GetProperty("logits"), DigitsQuantizedLayers.LogitsZeroPoint, "logits", jsonPath);
        string Data(string name) => Path.Combine(directory, name);
        return new DigitsQuantizedNetwork(root.GetProperty("input").GetProperty("scale").GetSingle(),
            ReadSBytes(Data("q_conv1.weight.bin")), ReadInts(Data("q_conv1.bias.bin")), DigitsData.ReadFloats(Data("q_conv1.scale.bin")),
            ReadSBytes(Data("q_conv2.weight.bin")), ReadInts(Data("q_conv2.bias.bin")), DigitsData.ReadFloats(Data("q_conv2.scale.bin")),
            ReadSBytes(Data("q_fc.weight.bin")), ReadInts(Data("q_fc.bias.bin")), DigitsData.ReadFloats(Data("q_fc.scale.bin")),
            root.GetProperty("logits").GetProperty("scale").GetSingle());
    }

    /// <summary>
    /// The float image (pixels / 16) as uint8, as PyTorch's <c>quantize_per_tensor</c> does it:
    /// <c>clamp(round_even(x * (1 / InputScale)) + InputZeroPoint, 0, 255)</c>, the product in float; 16 pixels per
    /// step where 128-bit vectors are accelerated.
    /// </summary>
    public void Quantize(ReadOnlySpan<float> image, Span<byte> quantized)
    {
        if (image.Length != DigitsNetwork.ImageSize || quantized.Length != DigitsNetwork.ImageSize)
        {
            throw new ArgumentException($"An image has {DigitsNetwork.ImageSize} pixels, not {image.Length} (quantized: {quantized.Length}).", nameof(image));
        }

        float inverse = 1f / InputScale;
        int i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            Vector128<float> scale = Vector128.Create(inverse);
            Vector128<int> zero = Vector128.Create(DigitsQuantizedLayers.InputZeroPoint), high = Vector128.Create(255);
            ref float x = ref MemoryMarshal.GetReference(image);
            ref byte q = ref MemoryMarshal.GetReference(quantized);
            for (; i <= image.Length - 16; i += 16)
            {
                Vector128<int> q0 = Level(Vector128.LoadUnsafe(ref x, (nuint)i), scale, zero, high);
                Vector128<int> q1 = Level(Vector128.LoadUnsafe(ref x, (nuint)i + 4), scale, zero, high);
                Vector128<int> q2 = Level(Vector128.LoadUnsafe(ref x, (nuint)i + 8), scale, zero, high);
                Vector128<int> q3 = Level(Vector128.LoadUnsafe(ref x, (nuint)i + 12), scale, zero, high);
                Vector128.Narrow(Vector128.Narrow(q0, q1).AsUInt16(), Vector128.Narrow(q2, q3).AsUInt16()).StoreUnsafe(ref q, (nuint)i);
            }
        }

        for (; i < image.Length; i++)
        {
            float q = MathF.Round(image[i] * inverse, MidpointRounding.ToEven) + DigitsQuantizedLayers.InputZeroPoint;
            quantized[i] = (byte)Math.Clamp(q, 0f, 255f);
        }
    }

    private static Vector128<int> Level(Vector128<float> x, Vector128<float> inverse, Vector128<int> zero, Vector128<int> high) =>
        Vector128.Min(Vector128.Max(Vector128.ConvertToInt32(Vector128.Round(x * inverse)) + zero, Vector128<int>.Zero), high);

    /// <summary>The ten dequantized logits of one 8x8 image (pixels / 16), every layer a generated integer kernel.</summary>
    public void Predict(ReadOnlySpan<float> image, Span<float> logits)
    {
        Quantize(image, Input);
        DigitsQuantizedLayers.Conv1(Input, Conv1Weight, Conv1Bias, Conv1Scale, Conv1Output);
        DigitsQuantizedLayers.Pool1(Conv1Output, Pool1Output);
        DigitsQuantizedLayers.Conv2(Pool1Output, Conv2Weight, Conv2Bias, Conv2Scale, Conv2Output);
        DigitsQuantizedLayers.Pool2(Conv2Output, Pool2Output);
        DigitsQuantizedLayers.Classifier(Pool2Output, FcWeight, FcBias, FcScale, QuantizedLogits);
        for (int c = 0; c < DigitsNetwork.Classes; c++)
        {
            logits[c] = (QuantizedLogits[c] - DigitsQuantizedLayers.LogitsZeroPoint) * LogitScale;
        }
    }

    /// <summary>The predicted digit: the first largest logit (as PyTorch's argmax).</summary>
    public int Classify(ReadOnlySpan<float> image)
    {
        Span<float> logits = stackalloc float[DigitsNetwork.Classes];
        Predict(image, logits);
        return DigitsNetwork.ArgMax(logits);
    }

    /// <summary>A file of int8 values.</summary>
    public static sbyte[] ReadSBytes(string path) => MemoryMarshal.Cast<byte, sbyte>(File.ReadAllBytes(path)).ToArray();

    /// <summary>A file of little-endian int32 values.</summary>
    public static int[] ReadInts(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length % 4 != 0 || !BitConverter.IsLittleEndian)
        {
            throw new InvalidDataException($"'{path}' is not a little-endian int32 file on this machine.");
        }

        return MemoryMarshal.Cast<byte, int>(bytes).ToArray();
    }

    private static void RequireZeroPoint(JsonElement element, int compiled, string what, string path, string property = "zero_point")
    {
        int written = element.GetProperty(property).GetInt32();
        if (written != compiled)
        {
            throw new InvalidDataException($"'{path}' gives the {what} zero point {written}, but DigitsQuantizedLayers is compiled with {compiled}: update its constant.");
        }
    }

    private static T[] Require<T>(T[] values, int length, string name) =>
        values.Length == length ? values : throw new ArgumentException($"'{name}' must hold {length} values, but it holds {values.Length}.", name);
}

/// <summary>PyTorch's quantized model on train.py's test split: its dequantized logits and its digit for each image.</summary>
public sealed record DigitsQuantizedReference(float[] TorchLogits, byte[] TorchDigits)
{
    public int Count => TorchDigits.Length;

    public ReadOnlySpan<float> TorchLogitsOf(int i) => TorchLogits.AsSpan(i * DigitsNetwork.Classes, DigitsNetwork.Classes);

    public static DigitsQuantizedReference Load(string directory)
    {
        var reference = new DigitsQuantizedReference(DigitsData.ReadFloats(Path.Combine(directory, "q_test_logits.bin")),
            File.ReadAllBytes(Path.Combine(directory, "q_test_digits.bin")));
        if (reference.TorchLogits.Length != reference.Count * DigitsNetwork.Classes)
        {
            throw new InvalidDataException($"PyTorch's int8 results in '{directory}' are inconsistent: {reference.Count} digits, {reference.TorchLogits.Length} logits.");
        }

        return reference;
    }
}
