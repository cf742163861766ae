using System;

namespace KernelGen.Digits;

/// <summary>What running the int8 network over the whole test split shows, beside PyTorch's int8 model and our float network.</summary>
/// <param name="Correct">Images whose int8 digit is the label.</param>
/// <param name="TorchCorrect">The same for PyTorch's quantized model.</param>
/// <param name="FloatCorrect">The same for the generated float network.</param>
/// <param name="AgreeingTorch">Images where the int8 network and PyTorch's quantized model predict the same digit.</param>
/// <param name="SameLogits">Images whose ten logits are PyTorch's quantized model's, bit for bit.</param>
/// <param name="AgreeingFloat">Images where the int8 and the float network predict the same digit.</param>
public sealed record DigitsQuantizedReport(int Count, int Correct, int TorchCorrect, int FloatCorrect, int AgreeingTorch, int SameLogits, int AgreeingFloat)
{
    public double Accuracy => (double)Correct / Count;

    public double TorchAccuracy => (double)TorchCorrect / Count;

    public double FloatAccuracy => (double)FloatCorrect / Count;

    /// <summary>The target: the same digit as PyTorch's quantized model on at least 99 % of the images.</summary>
    public bool Holds => AgreeingTorch * 100 >= Count * 99;
}

/// <summary>Runs the int8 network over the test split against PyTorch's quantized model and the float network.</summary>
public static class DigitsQuantizedCheck
{
    public static DigitsQuantizedReport Run(DigitsQuantizedNetwork network, DigitsNetwork floatNetwork, DigitsData data, DigitsQuantizedReference torch)
    {
        if (torch.Count != data.Count)
        {
            throw new ArgumentException($"PyTorch's int8 results cover {torch.Count} images, the test split {data.Count}.", nameof(torch));
        }

        int correct = 0, torchCorrect = 0, floatCorrect = 0, agreeingTorch = 0, sameLogits = 0, agreeingFloat = 0;
        Span<float> logits = stackalloc float[DigitsNetwork.Classes];
        for (int i = 0; i < data.Count; i++)
        {
            network.Predict(data.Image(i), logits);
            int ours = DigitsNetwork.ArgMax(logits), theirs = torch.TorchDigits[i], ourFloat = floatNetwork.Classify(data.Image(i));
            correct += ours == data.Labels[i] ? 1 : 0;
            torchCorrect += theirs == data.Labels[i] ? 1 : 0;
            floatCorrect += ourFloat == data.Labels[i] ? 1 : 0;
            agreeingTorch += ours == theirs ? 1 : 0;
            sameLogits += logits.SequenceEqual(torch.TorchLogitsOf(i)) ? 1 : 0;
            agreeingFloat += ours == ourFloat ? 1 : 0;
        }

        return new DigitsQuantizedReport(data.Count, correct, torchCorrect, floatCorrect, agreeingTorch, sameLogits, agreeingFloat);
    }
}
