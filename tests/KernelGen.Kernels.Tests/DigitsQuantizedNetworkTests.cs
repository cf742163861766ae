#if NET10_0_OR_GREATER
using System;
using System.IO;
using System.Text.Json;
using KernelGen.Digits;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// The int8 digits CNN of samples/KernelGen.Digits (PyTorch's post-training static quantization, every layer a
/// generated integer kernel) over train.py's whole test split: PyTorch's quantized model's digit on at least 99 % of
/// the images (QNNPACK's arithmetic is the contract's, so in fact its logits bit for bit), an accuracy within a point
/// of the float network's, and each layer exactly the reference interpreter's integer forms.
/// </summary>
public class DigitsQuantizedNetworkTests
{
    private static readonly DigitsData Data = DigitsData.Load(DigitsData.DefaultDirectory);
    private static readonly DigitsQuantizedReference Torch = DigitsQuantizedReference.Load(DigitsData.DefaultDirectory);

    [Fact]
    public void Gives_the_digit_of_PyTorchs_quantized_model_on_at_least_99_percent_of_the_test_images()
    {
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(DigitsData.DefaultDirectory, "quantized.json")));
        Assert.Equal(summary.RootElement.GetProperty("test").GetInt32(), Data.Count);

        DigitsQuantizedReport report = DigitsQuantizedCheck.Run(DigitsQuantizedNetwork.Load(DigitsData.DefaultDirectory), DigitsNetwork.Load(DigitsData.DefaultDirectory), Data, Torch);

        Assert.Equal(summary.RootElement.GetProperty("correct").GetInt32(), report.TorchCorrect); // the committed digits are the ones train.py reported
        Assert.True(report.AgreeingTorch * 100 >= report.Count * 99, $"the same digit as PyTorch's int8 model on only {report.AgreeingTorch} of {report.Count} images");
        // train.py quantizes for QNNPACK, whose int32 bias, float multiplier and round-half-even are the contract's:
        // every layer gives PyTorch's integers, so every logit is PyTorch's
        Assert.Equal(report.Count, report.SameLogits);
        Assert.True(report.Holds);
    }

    [Fact]
    public void Its_accuracy_is_within_one_point_of_the_float_networks()
    {
        DigitsQuantizedReport report = DigitsQuantizedCheck.Run(DigitsQuantizedNetwork.Load(DigitsData.DefaultDirectory), DigitsNetwork.Load(DigitsData.DefaultDirectory), Data, Torch);

        Assert.True(Math.Abs(report.Accuracy - report.FloatAccuracy) <= 0.01, $"int8 {report.Accuracy:P2}, float {report.FloatAccuracy:P2}");
        Assert.True(report.Accuracy > 0.95, $"int8 accuracy {report.Accuracy:P2}: the committed integer layers are not the quantized model's");
        Assert.True(report.AgreeingFloat * 100 >= report.Count * 98, $"the same digit as the float network on only {report.AgreeingFloat} of {report.Count} images");
    }

    [Fact]
    public void Each_integer_layer_equals_the_reference_interpreters_integer_form()
    {
        DigitsQuantizedNetwork n = DigitsQuantizedNetwork.Load(DigitsData.DefaultDirectory);
        var conv1 = new Conv2DShape(1, 8, 8, 16, 3, 3, PaddingY: 1, PaddingX: 1);
        var conv2 = new Conv2DShape(16, 4, 4, 32, 3, 3, PaddingY: 1, PaddingX: 1);
        var pool1 = new Pool2DShape(16, 8, 8, 2, 2);
        var pool2 = new Pool2DShape(32, 4, 4, 2, 2);
        byte[] input = new byte[64], c1 = new byte[1024], p1 = new byte[256], c2 = new byte[512], p2 = new byte[128], q = new byte[10];
        var logits = new float[DigitsNetwork.Classes];
        float inverse = 1f / n.InputScale;
        for (int i = 0; i < Data.Count; i++)
        {
            n.Predict(Data.Image(i), logits);
            for (int p = 0; p < input.Length; p++)
            {
                input[p] = (byte)Math.Clamp(MathF.Round(Data.Image(i)[p] * inverse, MidpointRounding.ToEven) + DigitsQuantizedLayers.InputZeroPoint, 0, 255);
            }

            ReferenceInterpreter.Conv2DInteger<byte, byte>(n.Input, n.Conv1Weight, n.Conv1Bias, n.Conv1Scale, c1, conv1,
                DigitsQuantizedLayers.InputZeroPoint, DigitsQuantizedLayers.Conv1ZeroPoint, Activation.Relu);
            ReferenceInterpreter.MaxPool2DInteger<byte>(n.Conv1Output, p1, pool1);
            ReferenceInterpreter.Conv2DInteger<byte, byte>(n.Pool1Output, n.Conv2Weight, n.Conv2Bias, n.Conv2Scale, c2, conv2,
                DigitsQuantizedLayers.Conv1ZeroPoint, DigitsQuantizedLayers.Conv2ZeroPoint, Activation.Relu);
            ReferenceInterpreter.MaxPool2DInteger<byte>(n.Conv2Output, p2, pool2);
            ReferenceInterpreter.DenseInteger<byte, byte>(n.Pool2Output, n.FcWeight, n.FcBias, n.FcScale, q, 128, DigitsNetwork.Classes,
                inputZeroPoint: DigitsQuantizedLayers.Conv2ZeroPoint, outputZeroPoint: DigitsQuantizedLayers.LogitsZeroPoint);

            AssertEqual(input, n.Input, "the quantized image", i);
            AssertEqual(c1, n.Conv1Output, "conv1", i);
            AssertEqual(p1, n.Pool1Output, "pool1", i);
            AssertEqual(c2, n.Conv2Output, "conv2", i);
            AssertEqual(p2, n.Pool2Output, "pool2", i);
            AssertEqual(q, n.QuantizedLogits, "classifier", i);
            for (int c = 0; c < DigitsNetwork.Classes; c++)
            {
                Assert.Equal((q[c] - DigitsQuantizedLayers.LogitsZeroPoint) * n.LogitScale, logits[c]);
            }
        }
    }

    [Fact]
    public void A_zero_point_other_than_the_compiled_one_and_bad_layers_are_refused()
    {
        string directory = Path.Combine(Path.GetTempPath(), $"kernelgen-digits-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            foreach (string file in Directory.GetFiles(DigitsData.DefaultDirectory, "q_*.bin"))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }

            string json = File.ReadAllText(Path.Combine(DigitsData.DefaultDirectory, "quantized.json"));
            string zeroPoint = $"\"zero_point\": {DigitsQuantizedLayers.LogitsZeroPoint}";
            Assert.Contains(zeroPoint, json);
            File.WriteAllText(Path.Combine(directory, "quantized.json"), json.Replace(zeroPoint, $"\"zero_point\": {DigitsQuantizedLayers.LogitsZeroPoint + 1}"));
            var e = Assert.Throws<InvalidDataException>(() => DigitsQuantizedNetwork.Load(directory));
            Assert.Contains("logits zero point", e.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        var bad = Assert.Throws<ArgumentException>(() => new DigitsQuantizedNetwork(0.5f, new sbyte[144], new int[16], new float[16],
            new sbyte[32 * 144], new int[31], new float[32], new sbyte[1280], new int[10], new float[10], 0.5f));
        Assert.Equal("conv2Bias", bad.ParamName);
    }

    private static void AssertEqual(byte[] expected, byte[] actual, string layer, int image)
    {
        int at = expected.AsSpan().CommonPrefixLength(actual);
        Assert.True(at == expected.Length && actual.Length == expected.Length,
            $"{layer}, test image {image}: differs from the reference interpreter at {at} ({(at < expected.Length ? expected[at] : -1)} expected, {(at < actual.Length ? actual[at] : -1)} computed)");
    }
}
#endif
