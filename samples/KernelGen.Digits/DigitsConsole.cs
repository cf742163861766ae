using System;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace KernelGen.Digits;

/// <summary>What the sample and the tour print: digits as text art, the report, a latency.</summary>
public static class DigitsConsole
{
    /// <summary>An 8x8 image (0..1) as eight lines of text, two characters per pixel, darker is more ink.</summary>
    public static string[] Art(ReadOnlySpan<float> image)
    {
        const string Shades = " .:-=+*#%@";
        var lines = new string[8];
        for (int y = 0; y < 8; y++)
        {
            var line = new StringBuilder();
            for (int x = 0; x < 8; x++)
            {
                char c = Shades[Math.Clamp((int)(image[(y * 8) + x] * (Shades.Length - 1) + 0.5f), 0, Shades.Length - 1)];
                line.Append(c).Append(c);
            }

            lines[y] = line.ToString();
        }

        return lines;
    }

    /// <summary>A few test digits side by side, each with its label and the generated network's prediction.</summary>
    public static void PrintDigits(DigitsNetwork network, DigitsData data, int first, int count)
    {
        int[] indices = Enumerable.Range(first, count).ToArray();
        var arts = indices.Select(i => Art(data.Image(i))).ToArray();
        Console.WriteLine(string.Join("   ", indices.Select(i => $"label {data.Labels[i]}, says {network.Classify(data.Image(i))}".PadRight(18))));
        for (int y = 0; y < 8; y++)
        {
            Console.WriteLine(string.Join("   ", arts.Select(a => "|" + a[y] + "|")));
        }
    }

    public static void PrintReport(DigitsReport report)
    {
        Console.WriteLine($"test images:          {report.Count} (train.py's split of the 1,797 UCI optical digits sklearn ships)");
        Console.WriteLine($"accuracy:             {report.Accuracy:P2} ({report.Correct} right); PyTorch: {report.TorchAccuracy:P2} ({report.TorchCorrect} right)");
        Console.WriteLine($"same digit as PyTorch: {report.Agreeing} of {report.Count} images");
        Console.WriteLine($"largest logit difference from PyTorch: {report.MaxDifference:E2} (the propagated bound there: {report.MaxBound:E2})");
        Console.WriteLine($"worst logit error against the exact network, as a fraction of its bound: {report.WorstRatio:P1}");
    }

    public static void PrintQuantizedReport(DigitsQuantizedReport report)
    {
        Console.WriteLine($"int8 accuracy:        {report.Accuracy:P2} ({report.Correct} right); PyTorch's int8 model: {report.TorchAccuracy:P2} ({report.TorchCorrect} right); our float network: {report.FloatAccuracy:P2}");
        Console.WriteLine($"same digit as PyTorch's int8 model: {report.AgreeingTorch} of {report.Count} images ({report.SameLogits} with all ten logits equal, bit for bit)");
        Console.WriteLine($"same digit as our float network:    {report.AgreeingFloat} of {report.Count} images");
    }

    /// <summary>Median nanoseconds per image over several passes of the test split (a rough figure: the benchmarks measure).</summary>
    public static double LatencyNanoseconds(DigitsNetwork network, DigitsData data, int passes = 15)
    {
        float[] logits = new float[DigitsNetwork.Classes];
        return Median(data, passes, i => network.Predict(data.Image(i), logits));
    }

    /// <summary>The same for the int8 network (the image's quantization and the logits' dequantization included).</summary>
    public static double LatencyNanoseconds(DigitsQuantizedNetwork network, DigitsData data, int passes = 15)
    {
        float[] logits = new float[DigitsNetwork.Classes];
        return Median(data, passes, i => network.Predict(data.Image(i), logits));
    }

    private static double Median(DigitsData data, int passes, Action<int> predict)
    {
        var times = new double[passes];
        for (int pass = -2; pass < passes; pass++) // two warm-up passes
        {
            long start = Stopwatch.GetTimestamp();
            for (int repeat = 0; repeat < 20; repeat++)
            {
                for (int i = 0; i < data.Count; i++)
                {
                    predict(i);
                }
            }

            if (pass >= 0)
            {
                times[pass] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / (20.0 * data.Count);
            }
        }

        Array.Sort(times);
        return times[passes / 2];
    }
}
