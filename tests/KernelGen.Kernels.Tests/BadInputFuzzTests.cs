using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Run-time bad input, fuzzed over every declared kernel kind and shape: spans short by one, empty, or of a random
/// short length must throw <see cref="ArgumentException"/> naming that parameter and leave the output untouched; longer
/// spans must work and touch nothing past the required part; an output overlapping an input by even one element must
/// throw and write nothing, while adjacent slices of one buffer are fine.
/// </summary>
public class BadInputFuzzTests
{
    /// <summary>A kernel with its span parameters (names as declared, required lengths); the last is the output unless it is a dot product.</summary>
    private sealed record Target<T>(string Name, string[] Names, int[] Lengths, bool HasOutput, Action<Memory<T>[]> Invoke);

    private static IEnumerable<Target<T>> Targets<T>(IEnumerable<(int Length, DotKernel<T> Kernel)> dots, IEnumerable<DenseCase<T>> dense, IEnumerable<ConvCase<T>> conv,
        IEnumerable<MatMulCase<T>> gemm)
    {
        // Matrix products and batched dense layers: (a, b, [bias,] c) with the batched layer's names.
        foreach (MatMulCase<T> g in gemm)
        {
            bool batched = g.Name.StartsWith("Dense", StringComparison.Ordinal);
            string[] names = batched ? new[] { "input", "weights", "bias", "output" } : new[] { "a", "b", "bias", "c" };
            int[] lengths = { g.M * g.K, g.K * g.N, g.N, g.M * g.N };
            yield return g.WithBias is { } wb
                ? new Target<T>(g.ToString(), names, lengths, true, m => wb(m[0].Span, m[1].Span, m[2].Span, m[3].Span))
                : new Target<T>(g.ToString(), new[] { names[0], names[1], names[3] }, new[] { lengths[0], lengths[1], lengths[3] }, true,
                    m => g.NoBias!(m[0].Span, m[1].Span, m[2].Span));
        }

        foreach ((int n, DotKernel<T> k) in dots.Where(d => d.Length <= 40 || d.Length % 61 == 0 || d.Length > 1000))
        {
            yield return new Target<T>($"Dot({n})", new[] { "x", "y" }, new[] { n, n }, false, m => k(m[0].Span, m[1].Span));
        }

        foreach (DenseCase<T> d in dense)
        {
            yield return d.WithBias is { } wb
                ? new Target<T>(d.ToString(), new[] { "input", "weights", "bias", "output" }, new[] { d.Inputs, d.Inputs * d.Outputs, d.Outputs, d.Outputs }, true,
                    m => wb(m[0].Span, m[1].Span, m[2].Span, m[3].Span))
                : new Target<T>(d.ToString(), new[] { "input", "weights", "output" }, new[] { d.Inputs, d.Inputs * d.Outputs, d.Outputs }, true,
                    m => d.NoBias!(m[0].Span, m[1].Span, m[2].Span));
        }

        foreach (ConvCase<T> c in conv)
        {
            Conv2DShape s = c.Shape;
            yield return c.WithBias is { } wb
                ? new Target<T>(c.ToString(), new[] { "input", "weights", "bias", "output" }, new[] { s.InputLength, s.WeightsLength, s.OutChannels, s.OutputLength }, true,
                    m => wb(m[0].Span, m[1].Span, m[2].Span, m[3].Span))
                : new Target<T>(c.ToString(), new[] { "input", "weights", "output" }, new[] { s.InputLength, s.WeightsLength, s.OutputLength }, true,
                    m => c.NoBias!(m[0].Span, m[1].Span, m[2].Span));
        }
    }

    [Fact]
    public void Float_kernels_reject_bad_spans_and_write_nothing() =>
        Fuzz(Targets(Declared.FloatDots, Declared.FloatDense, Declared.FloatConv, Declared.FloatMatMul).ToList(), seed: 11);

    [Fact]
    public void Double_kernels_reject_bad_spans_and_write_nothing() =>
        Fuzz(Targets(Declared.DoubleDots, Declared.DoubleDense, Declared.DoubleConv, Declared.DoubleMatMul).ToList(), seed: 12);

    private static void Fuzz<T>(List<Target<T>> targets, int seed)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        T sentinel = T.CreateTruncating(-12345.5);
        int checks = 0;
        foreach (Target<T> target in targets)
        {
            for (int trial = 0; trial < 6; trial++)
            {
                string context = $"{target.Name}, seed {seed}, trial {trial}";
                switch (trial)
                {
                    case 0 or 1 or 2:
                    {
                        // One span too short: by one, empty, or a random length below the requirement.
                        int p = random.Next(target.Lengths.Length);
                        int need = target.Lengths[p];
                        int length = trial switch { 0 => need - 1, 1 => 0, _ => random.Next(need) };
                        int[] lengths = (int[])target.Lengths.Clone();
                        lengths[p] = length;
                        Memory<T>[] spans = Separate(random, lengths, sentinel, extra: 0);
                        var e = Assert.Throws<ArgumentException>(() => target.Invoke(spans));
                        Assert.True(e.ParamName == target.Names[p], $"{context}: ParamName {e.ParamName}, expected {target.Names[p]}");
                        Assert.Contains(need.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
                        Assert.Contains(length.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
                        AssertUntouched(spans, target, sentinel, context);
                        break;
                    }

                    case 3:
                    {
                        // Longer spans: fine, and nothing past the required part of the output is written.
                        Memory<T>[] spans = Separate(random, target.Lengths, sentinel, extra: 1 + random.Next(70));
                        target.Invoke(spans);
                        if (target.HasOutput)
                        {
                            Span<T> output = spans[^1].Span;
                            Assert.True(output[target.Lengths[^1]..].ToArray().All(v => v == sentinel), $"{context}: wrote past the output");
                            Assert.True(output[..target.Lengths[^1]].ToArray().All(v => v != sentinel), $"{context}: left an output unwritten");
                        }

                        break;
                    }

                    default:
                    {
                        if (!target.HasOutput)
                        {
                            continue;
                        }

                        // All spans in one buffer: output overlapping one input by 1..n elements throws; adjacent is fine.
                        int victim = random.Next(target.Lengths.Length - 1);
                        bool overlap = trial == 4;
                        (T[] buffer, Memory<T>[] spans) = InOneBuffer(random, target.Lengths, victim, overlap, sentinel);
                        T[] before = buffer.ToArray();
                        if (overlap)
                        {
                            var e = Assert.Throws<ArgumentException>(() => target.Invoke(spans));
                            Assert.True(e.ParamName is not null && target.Names.Contains(e.ParamName), $"{context}: ParamName {e.ParamName}");
                            Assert.True(buffer.AsSpan().SequenceEqual(before), $"{context}: wrote before throwing");
                        }
                        else
                        {
                            target.Invoke(spans);
                            for (int p = 0; p < spans.Length - 1; p++)
                            {
                                Assert.True(spans[p].Span.SequenceEqual(before.AsSpan(Offset(buffer, spans[p]), spans[p].Length)), $"{context}: changed input {p}");
                            }
                        }

                        break;
                    }
                }

                checks++;
            }
        }

        Assert.True(checks > 5 * targets.Count, $"only {checks} checks ran");
    }

    /// <summary>Each span in its own array, filled with random inputs; the output (if any) with the sentinel.</summary>
    private static Memory<T>[] Separate<T>(Random random, int[] lengths, T sentinel, int extra)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var spans = new Memory<T>[lengths.Length];
        for (int p = 0; p < lengths.Length; p++)
        {
            T[] values = Accuracy.RandomArray<T>(random, lengths[p] + extra);
            spans[p] = values;
        }

        spans[^1].Span.Fill(sentinel);

        return spans;
    }

    /// <summary>
    /// Lays the spans out in one buffer, inputs one after another, then the output either overlapping the required part
    /// of input <paramref name="victim"/> by 1..n elements (from either side) or right after the last input.
    /// </summary>
    private static (T[] Buffer, Memory<T>[] Spans) InOneBuffer<T>(Random random, int[] lengths, int victim, bool overlap, T sentinel)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int inputs = lengths.Length - 1, outLength = lengths[^1];
        var offsets = new int[lengths.Length];
        int cursor = outLength + 8; // room for an output placed before the first input
        for (int p = 0; p < inputs; p++)
        {
            offsets[p] = cursor;
            cursor += lengths[p];
        }

        if (overlap)
        {
            int shared = 1 + random.Next(Math.Min(outLength, lengths[victim]));
            offsets[^1] = random.Next(2) == 0
                ? offsets[victim] + lengths[victim] - shared   // output starts inside the victim's tail
                : offsets[victim] - outLength + shared;        // output ends inside the victim's head
        }
        else
        {
            offsets[^1] = cursor;
        }

        T[] buffer = Accuracy.RandomArray<T>(random, cursor + outLength + 8);
        var spans = new Memory<T>[lengths.Length];
        for (int p = 0; p < lengths.Length; p++)
        {
            spans[p] = new Memory<T>(buffer, offsets[p], lengths[p]);
        }

        if (!overlap)
        {
            spans[^1].Span.Fill(sentinel);
        }

        return (buffer, spans);
    }

    private static int Offset<T>(T[] buffer, Memory<T> span) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray((ReadOnlyMemory<T>)span, out ArraySegment<T> segment) ? segment.Offset : -1;

    private static void AssertUntouched<T>(Memory<T>[] spans, Target<T> target, T sentinel, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (target.HasOutput)
        {
            Assert.True(spans[^1].ToArray().All(v => v == sentinel), $"{context}: wrote to the output before throwing");
        }
    }
}
