using System;
using System.Linq;

namespace KernelGen.Digits;

/// <summary>What running the generated network over the whole test split shows.</summary>
/// <param name="Correct">Images whose predicted digit is the label.</param>
/// <param name="TorchCorrect">The same for PyTorch's logits.</param>
/// <param name="Agreeing">Images where the generated network and PyTorch predict the same digit.</param>
/// <param name="MaxDifference">The largest |logit - PyTorch's logit| over every image and class.</param>
/// <param name="MaxBound">The propagated bound at that logit: each side's error from the exact network, so twice ours.</param>
/// <param name="WorstRatio">The largest |logit - exact| / (its propagated bound) over every logit: at most 1.</param>
public sealed record DigitsReport(int Count, int Correct, int TorchCorrect, int Agreeing, double MaxDifference, double MaxBound, double WorstRatio)
{
    public double Accuracy => (double)Correct / Count;

    public double TorchAccuracy => (double)TorchCorrect / Count;

    /// <summary>Whether everything holds: same accuracy, same prediction on every image, every logit within its bound.</summary>
    public bool Holds => Correct == TorchCorrect && Agreeing == Count && WorstRatio <= 1 && MaxDifference <= MaxBound;
}

/// <summary>
/// Runs the generated network over the test split against PyTorch's logits and against the exact network (the
/// reference interpreter in double, layer by layer). The bound is the contract's propagated through the layers: a
/// convolution or dense layer adds <c>n u (sum |w x| + |b|)</c> to the error it receives through <c>|W|</c>; ReLU and
/// max pooling never grow an error.
/// </summary>
public static class DigitsCheck
{
    private const double U = 1.0 / (1 << 24);

    public static DigitsReport Run(DigitsNetwork network, DigitsData data)
    {
        int correct = 0, torchCorrect = 0, agreeing = 0;
        double maxDifference = 0, maxBound = 0, worst = 0;
        Span<float> logits = stackalloc float[DigitsNetwork.Classes];
        for (int i = 0; i < data.Count; i++)
        {
            network.Predict(data.Image(i), logits);
            (double[] exact, double[] bound) = ExactWithBound(network, data.Image(i));
            ReadOnlySpan<float> torch = data.TorchLogitsOf(i);
            int ours = DigitsNetwork.ArgMax(logits), theirs = DigitsNetwork.ArgMax(torch);
            correct += ours == data.Labels[i] ? 1 : 0;
            torchCorrect += theirs == data.Labels[i] ? 1 : 0;
            agreeing += ours == theirs ? 1 : 0;
            for (int c = 0; c < DigitsNetwork.Classes; c++)
            {
                double difference = Math.Abs(logits[c] - torch[c]);
                if (difference > maxDifference)
                {
                    maxDifference = difference;
                    maxBound = 2 * bound[c];
                }

                worst = Math.Max(worst, Math.Abs(logits[c] - exact[c]) / bound[c]);
            }
        }

        return new DigitsReport(data.Count, correct, torchCorrect, agreeing, maxDifference, maxBound, worst);
    }

    /// <summary>
    /// The exact network's logits for <paramref name="image"/> and the bound on the generated network's distance from
    /// them, from the activations <paramref name="network"/> holds after predicting that image.
    /// </summary>
    public static (double[] Logits, double[] Bound) ExactWithBound(DigitsNetwork network, ReadOnlySpan<float> image)
    {
        var conv1 = new Conv2DShape(1, 8, 8, 16, 3, 3, PaddingY: 1, PaddingX: 1);
        var pool1 = new Pool2DShape(16, 8, 8, 2, 2);
        var conv2 = new Conv2DShape(16, 4, 4, 32, 3, 3, PaddingY: 1, PaddingX: 1);
        var pool2 = new Pool2DShape(32, 4, 4, 2, 2);

        // conv1 + ReLU: the image is exact, so the error is conv1's own rounding
        double[] z1 = Conv(ToDouble(image), network.Conv1Weight, network.Conv1Bias, conv1);
        double[] e1 = Layer(network.Conv1Weight, network.Conv1Bias, ToDouble(image), new double[image.Length], conv1, taps: 9);
        double[] a1 = z1.Select(z => Math.Max(0, z)).ToArray();

        // max pool: the error of an output is at most the largest of its window's
        double[] p1 = MaxPool(a1, pool1), d1 = MaxPool(e1, pool1);

        double[] z2 = Conv(p1, network.Conv2Weight, network.Conv2Bias, conv2);
        double[] e2 = Layer(network.Conv2Weight, network.Conv2Bias, ToDouble(network.Pool1Output), d1, conv2, taps: 16 * 9);
        double[] a2 = z2.Select(z => Math.Max(0, z)).ToArray();
        double[] p2 = MaxPool(a2, pool2), d2 = MaxPool(e2, pool2);

        // the dense layer as a 1x1 convolution over 128 channels of one pixel
        var fc = new Conv2DShape(128, 1, 1, DigitsNetwork.Classes, 1, 1);
        double[] logits = Conv(p2, network.FcWeight, network.FcBias, fc);
        double[] bound = Layer(network.FcWeight, network.FcBias, ToDouble(network.Pool2Output), d2, fc, taps: 128);
        return (logits, bound);
    }

    /// <summary>
    /// A layer's bound: the incoming error through <c>|W|</c> plus its own rounding, <c>n u (|W| * |x| + |b|)</c> with
    /// <c>n</c> the taps plus the bias (the contract's count), over the computed inputs <paramref name="computed"/>.
    /// </summary>
    private static double[] Layer(float[] weights, float[] bias, double[] computed, double[] incoming, Conv2DShape shape, int taps)
    {
        double[] absWeights = weights.Select(w => Math.Abs((double)w)).ToArray();
        double[] magnitude = Conv(computed.Select(Math.Abs).ToArray(), absWeights, bias.Select(b => Math.Abs((double)b)).ToArray(), shape);
        double[] propagated = Conv(incoming, absWeights, Array.Empty<double>(), shape);
        return magnitude.Select((m, i) => propagated[i] + ((taps + 1) * U * m)).ToArray();
    }

    private static double[] Conv(double[] input, float[] weights, float[] bias, Conv2DShape shape) =>
        Conv(input, ToDouble(weights), ToDouble(bias), shape);

    private static double[] Conv(double[] input, double[] weights, double[] bias, Conv2DShape shape)
    {
        var z = new double[shape.OutputLength];
        ReferenceInterpreter.Conv2DPreActivation<double>(input, weights, bias, z, shape);
        return z;
    }

    private static double[] MaxPool(double[] input, Pool2DShape shape)
    {
        var output = new double[shape.OutputLength];
        ReferenceInterpreter.MaxPool2D<double>(input, output, shape);
        return output;
    }

    private static double[] ToDouble(ReadOnlySpan<float> values)
    {
        var result = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = values[i];
        }

        return result;
    }
}
