using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Every kernel the real build generated for <see cref="KernelCatalog"/>, on fresh random inputs (a new seed per run,
/// printed on failure), held to the contract's accuracy bound against the reference interpreter.
/// </summary>
public class EquivalenceTests
{
    private const int Trials = 3;
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    public static IEnumerable<object[]> DotLengths() => KernelCatalog.CompiledDotLengths.Select(n => new object[] { n });

    public static IEnumerable<object[]> DenseCases() => Enumerable.Range(0, Declared.FloatDense.Length).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(DotLengths))]
    public void Dot_matches_reference(int length)
    {
        CheckDot(Declared.FloatDots.Single(d => d.Length == length).Kernel, length);
        CheckDot(Declared.DoubleDots.Single(d => d.Length == length).Kernel, length);
    }

    [Theory]
    [MemberData(nameof(DenseCases))]
    public void Dense_matches_reference(int index)
    {
        CheckDense(Declared.FloatDense[index]);
        CheckDense(Declared.DoubleDense[index]);
    }

    [Fact]
    public void Longer_spans_are_fine_and_only_the_required_part_is_read_or_written()
    {
        var random = new Random(Seed);
        float[] x = Accuracy.RandomArray<float>(random, 40), y = Accuracy.RandomArray<float>(random, 40);
        Assert.Equal(Declared.Dot_float_27(x.AsSpan(0, 27), y.AsSpan(0, 27)), Declared.Dot_float_27(x, y));

        DenseCase<float> c = Declared.FloatDense.First(d => d.Inputs == 64 && d.Outputs == 33 && d.WithBias is not null && d.Activation == Activation.None);
        float[] input = Accuracy.RandomArray<float>(random, 70), weights = Accuracy.RandomArray<float>(random, (64 * 33) + 9), bias = Accuracy.RandomArray<float>(random, 40);
        float[] output = Enumerable.Repeat(123f, 50).ToArray();
        c.WithBias!(input, weights, bias, output);
        Accuracy.AssertDense<float>(output.AsSpan(0, 33), input, weights, bias.AsSpan(0, 33), 64, 33, Activation.None, "long spans");
        Assert.All(output.Skip(33), v => Assert.Equal(123f, v));
    }

    /// <summary>
    /// Every start offset within a cache line, for x and for y independently, gives a right result (the kernels read
    /// with unaligned loads; a variant that aligned x at run time was measured and dropped, see benchmarks/README.md).
    /// </summary>
    [Theory]
    [InlineData(256)]
    [InlineData(1024)]
    [InlineData(4096)]
    [InlineData(288)]
    public void Dot_is_right_at_every_alignment_of_either_input(int length)
    {
        var random = new Random(length);
        float[] xs = Accuracy.RandomArray<float>(random, length + 32), ys = Accuracy.RandomArray<float>(random, length + 32);
        double[] xd = Accuracy.RandomArray<double>(random, length + 32), yd = Accuracy.RandomArray<double>(random, length + 32);
        DotKernel<float> f = Declared.FloatDots.Single(d => d.Length == length).Kernel;
        DotKernel<double> g = Declared.DoubleDots.Single(d => d.Length == length).Kernel;
        for (int ox = 0; ox < 17; ox++)
        {
            int oy = (ox * 7) % 17;
            Accuracy.AssertDot<float>(f(xs.AsSpan(ox, length), ys.AsSpan(oy, length)), xs.AsSpan(ox, length), ys.AsSpan(oy, length), length, $"float {length} at x+{ox}, y+{oy}");
            Accuracy.AssertDot<double>(g(xd.AsSpan(ox, length), yd.AsSpan(oy, length)), xd.AsSpan(ox, length), yd.AsSpan(oy, length), length, $"double {length} at x+{ox}, y+{oy}");
        }
    }

    [Fact]
    public void Slices_of_one_buffer_work_when_they_do_not_overlap()
    {
        var random = new Random(Seed);
        float[] buffer = Accuracy.RandomArray<float>(random, 16 + (16 * 16) + 16 + 16);
        Span<float> all = buffer;
        float[] copy = buffer.ToArray();
        Declared.Dense_float_16x16_Tanh(all.Slice(0, 16), all.Slice(16, 256), all.Slice(272, 16), all.Slice(288, 16));
        Accuracy.AssertDense<float>(buffer.AsSpan(288, 16), copy.AsSpan(0, 16), copy.AsSpan(16, 256), copy.AsSpan(272, 16), 16, 16, Activation.Tanh, "slices");
    }

    [Fact]
    public void Special_values_follow_IEEE_and_the_contract()
    {
        float[] one = { 1f }, nan = { float.NaN }, negZero = { -0f };
        float[] output = new float[1];
        Declared.Dense_float_1x1_Relu_NoBias(nan, one, output);
        Assert.True(float.IsNaN(output[0]), "Relu(NaN) is NaN");
        Declared.Dense_float_1x1_Step_NoBias(nan, one, output);
        Assert.Equal(0f, output[0]); // Step(NaN) = 0
        Declared.Dense_float_1x1_Step_NoBias(negZero, one, output);
        Assert.Equal(1f, output[0]); // Step(-0) = 1
        Declared.Dense_float_1x1_Sigmoid(new[] { float.PositiveInfinity }, one, new[] { 0f }, output);
        Assert.Equal(1f, output[0]);
        Assert.True(float.IsNaN(Declared.Dot_float_100(Enumerable.Repeat(float.NaN, 100).ToArray(), new float[100])));
        Assert.Equal(float.PositiveInfinity, Declared.Dot_float_100(Enumerable.Repeat(float.PositiveInfinity, 100).ToArray(), Enumerable.Repeat(1f, 100).ToArray()));
    }

    public static IEnumerable<object[]> DeterministicDotLengths() => KernelCatalog.DeterministicDotLengths.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(DeterministicDotLengths))]
    public void Deterministic_dot_matches_reference(int length)
    {
        CheckDot(Declared.FloatDeterministicDots.Single(d => d.Length == length).Kernel, length);
        CheckDot(Declared.DoubleDeterministicDots.Single(d => d.Length == length).Kernel, length);
    }

    [Fact]
    public void Deterministic_dot_keeps_signed_zeros_and_special_values()
    {
        // the accumulators start at +0 on every path, so a sum of -0 products is +0 (as the reference's is), never -0
        foreach (var (length, kernel) in Declared.FloatDeterministicDots)
        {
            float z = kernel(Enumerable.Repeat(-0f, length).ToArray(), Enumerable.Repeat(1f, length).ToArray());
            Assert.True(z == 0 && !float.IsNegative(z), $"Dot({length}) of -0s is {z}, not +0");
        }

        float[] ones = Enumerable.Repeat(1f, 100).ToArray();
        Assert.True(float.IsNaN(Declared.DeterministicDot_float_100(Enumerable.Repeat(float.NaN, 100).ToArray(), ones)));
        Assert.Equal(float.PositiveInfinity, Declared.DeterministicDot_float_100(Enumerable.Repeat(float.PositiveInfinity, 100).ToArray(), ones));
    }

    private static void CheckDot<T>(DotKernel<T> kernel, int length)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(HashCode.Combine(Seed, length, typeof(T).Name));
        for (int trial = 0; trial < Trials; trial++)
        {
            T[] x = Accuracy.RandomArray<T>(random, length), y = Accuracy.RandomArray<T>(random, length);
            Accuracy.AssertDot<T>(kernel(x, y), x, y, length, $"Dot({length}) {typeof(T).Name}, seed {Seed}");
        }
    }

    private static void CheckDense<T>(DenseCase<T> c)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(HashCode.Combine(Seed, c.Inputs, c.Outputs, c.Activation, c.WithBias is null));
        for (int trial = 0; trial < Trials; trial++)
        {
            T[] input = Accuracy.RandomArray<T>(random, c.Inputs), weights = Accuracy.RandomArray<T>(random, c.Inputs * c.Outputs);
            T[] bias = c.WithBias is null ? Array.Empty<T>() : Accuracy.RandomArray<T>(random, c.Outputs);
            T[] output = new T[c.Outputs];
            if (c.WithBias is { } withBias)
            {
                withBias(input, weights, bias, output);
            }
            else
            {
                c.NoBias!(input, weights, output);
            }

            Accuracy.AssertDense<T>(output, input, weights, bias, c.Inputs, c.Outputs, c.Activation, $"{c}, seed {Seed}");
        }
    }
}
