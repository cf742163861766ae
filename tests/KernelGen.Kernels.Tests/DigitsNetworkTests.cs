#if NET10_0_OR_GREATER
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using KernelGen.Digits;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// The digits CNN of samples/KernelGen.Digits, every layer a generated kernel, over train.py's whole test split:
/// the accuracy PyTorch had, the same digit as PyTorch on every image, every logit within the contract's bound
/// propagated through the layers (against the exact network, and twice that against PyTorch's own float logits).
/// </summary>
public class DigitsNetworkTests
{
    private static readonly DigitsNetwork Network = DigitsNetwork.Load(DigitsData.DefaultDirectory);
    private static readonly DigitsData Data = DigitsData.Load(DigitsData.DefaultDirectory);

    [Fact]
    public void Reproduces_PyTorch_on_every_test_image()
    {
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(DigitsData.DefaultDirectory, "summary.json")));
        int expectedCorrect = summary.RootElement.GetProperty("correct").GetInt32();
        Assert.Equal(summary.RootElement.GetProperty("test").GetInt32(), Data.Count);

        DigitsReport report = DigitsCheck.Run(Network, Data);

        Assert.Equal(expectedCorrect, report.TorchCorrect); // the committed logits are the ones train.py reported
        Assert.Equal(expectedCorrect, report.Correct);
        Assert.Equal(Data.Count, report.Agreeing);
        Assert.True(report.WorstRatio <= 1, $"a logit is {report.WorstRatio:P1} of its propagated bound from the exact network");
        Assert.True(report.MaxDifference <= report.MaxBound, $"largest difference from PyTorch {report.MaxDifference:E2} > bound {report.MaxBound:E2}");
        Assert.True(report.Accuracy > 0.95, $"accuracy {report.Accuracy:P2}: the committed weights are not the trained ones");
    }

    [Fact]
    public void Each_layer_matches_the_reference_interpreter()
    {
        var image = Data.Image(7).ToArray();
        Network.Predict(image, new float[DigitsNetwork.Classes]);
        var conv1 = new Conv2DShape(1, 8, 8, 16, 3, 3, PaddingY: 1, PaddingX: 1);
        Accuracy.AssertConv<float>(Network.Conv1Output, image, Network.Conv1Weight, Network.Conv1Bias, conv1, Activation.Relu, "conv1");
        Accuracy.AssertMaxPool<float>(Network.Pool1Output, Network.Conv1Output, new Pool2DShape(16, 8, 8, 2, 2), "pool1");
        var conv2 = new Conv2DShape(16, 4, 4, 32, 3, 3, PaddingY: 1, PaddingX: 1);
        Accuracy.AssertConv<float>(Network.Conv2Output, Network.Pool1Output, Network.Conv2Weight, Network.Conv2Bias, conv2, Activation.Relu, "conv2");
        Accuracy.AssertMaxPool<float>(Network.Pool2Output, Network.Conv2Output, new Pool2DShape(32, 4, 4, 2, 2), "pool2");
        var logits = new float[DigitsNetwork.Classes];
        DigitsLayers.Classifier(Network.Pool2Output, Network.FcWeight, Network.FcBias, logits);
        Accuracy.AssertDense<float>(logits, Network.Pool2Output, Network.FcWeight, Network.FcBias, 128, 10, Activation.None, "classifier");
    }

    [Fact]
    public void The_batched_network_gives_each_image_the_one_image_networks_activations()
    {
        var batch = new DigitsBatchNetwork(Network);
        int images = DigitsBatchNetwork.Images;
        float[] input = Data.Images.AsSpan(0, images * DigitsNetwork.ImageSize).ToArray();
        var logits = new float[images * DigitsNetwork.Classes];
        batch.Predict(input, logits);
        var single = DigitsNetwork.Load(DigitsData.DefaultDirectory);
        var expected = new float[DigitsNetwork.Classes];
        for (int i = 0; i < images; i++)
        {
            single.Predict(Data.Image(i), expected);
            // the conv and pooling layers run the batch-1 arithmetic image by image (the folded product included): the same bits
            Assert.True(single.Conv1Output.AsSpan().SequenceEqual(batch.Conv1Output.AsSpan(i * 1024, 1024)), $"conv1, image {i}");
            Assert.True(single.Conv2Output.AsSpan().SequenceEqual(batch.Conv2Output.AsSpan(i * 512, 512)), $"conv2, image {i}");
            Assert.True(single.Pool2Output.AsSpan().SequenceEqual(batch.Pool2Output.AsSpan(i * 128, 128)), $"pool2, image {i}");
            // the batched dense layer is one matrix product (another summation order): within the contract's bound
            Accuracy.AssertDense<float>(logits.AsSpan(i * 10, 10), single.Pool2Output, Network.FcWeight, Network.FcBias, 128, 10, Activation.None, $"logits, image {i}");
            Assert.Equal(DigitsNetwork.ArgMax(expected), DigitsNetwork.ArgMax(logits.AsSpan(i * 10, 10)));
        }
    }

    [Fact]
    public void Bad_weights_are_refused_with_the_parameter_named()
    {
        var e = Assert.Throws<ArgumentException>(() => new DigitsNetwork(new float[143], new float[16], new float[32 * 144], new float[32], new float[1280], new float[10]));
        Assert.Equal("conv1Weight", e.ParamName);
        string path = Path.Combine(Path.GetTempPath(), $"kernelgen-digits-{Guid.NewGuid():N}.bin");
        try
        {
            File.WriteAllBytes(path, new byte[7]); // not a whole number of floats
            Assert.Throws<InvalidDataException>(() => DigitsData.ReadFloats(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
#endif
