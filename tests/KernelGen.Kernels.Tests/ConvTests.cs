using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Every convolution the real build generated for <see cref="KernelCatalog.ConvKernels"/> against the reference
/// interpreter on fresh random inputs, held to the contract's bound; and the two classic examples, exactly.
/// </summary>
public class ConvTests
{
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    public static IEnumerable<object[]> Cases() => Enumerable.Range(0, Declared.FloatConv.Length).Select(i => new object[] { Declared.FloatConv[i].Name });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Conv_matches_reference(string name)
    {
        Check(Declared.FloatConv.Single(c => c.Name == name));
        Check(Declared.DoubleConv.Single(c => c.Name == name));
    }

    /// <summary>
    /// Padded kernels keep a per-thread scratch whose padding is zeroed only once: the second and third calls, with
    /// other inputs (the first full of NaN, which must not leak), and a call on another thread must all be right.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Repeated_calls_and_other_threads_reuse_the_scratch_correctly(string name)
    {
        ConvCase<float> c = Declared.FloatConv.Single(k => k.Name == name);
        Conv2DShape s = c.Shape;
        float[] nan = Enumerable.Repeat(float.NaN, s.InputLength).ToArray();
        Run(c, nan, new Random(1));
        Check(c);
        Check(c);
        Exception? failure = null;
        var thread = new System.Threading.Thread(() =>
        {
            try
            {
                Check(c);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    private static void Run(ConvCase<float> c, float[] input, Random random)
    {
        Conv2DShape s = c.Shape;
        float[] weights = Accuracy.RandomArray<float>(random, s.WeightsLength), bias = Accuracy.RandomArray<float>(random, s.OutChannels);
        float[] output = new float[s.OutputLength];
        if (c.WithBias is { } withBias)
        {
            withBias(input, weights, bias, output);
        }
        else
        {
            c.NoBias!(input, weights, output);
        }
    }

    [Fact]
    public void Classic_binary_image_with_a_cross_filter()
    {
        float[] image =
        {
            1, 1, 1, 0, 0,
            0, 1, 1, 1, 0,
            0, 0, 1, 1, 1,
            0, 0, 1, 1, 0,
            0, 1, 1, 0, 0,
        };
        float[] filter = { 1, 0, 1, 0, 1, 0, 1, 0, 1 };
        float[] output = new float[9];
        Declared.Conv_float_Classic5x5_None(image, filter, new float[1], output);
        Assert.Equal(new float[] { 4, 3, 4, 2, 4, 3, 2, 3, 4 }, output);
    }

    [Fact]
    public void Classic_three_channels_two_filters_padding_1_stride_2()
    {
        // Integer data, so every result is exact: a 3x5x5 input, two 3x3x3 filters with biases 1 and 0.
        var random = new Random(7);
        double[] input = Enumerable.Range(0, 75).Select(_ => (double)random.Next(0, 3)).ToArray();
        double[] weights = Enumerable.Range(0, 54).Select(_ => (double)random.Next(-1, 2)).ToArray();
        double[] bias = { 1, 0 };
        double[] output = new double[18];
        Declared.Conv_double_Classic3x5x5S2P1_None(input, weights, bias, output);

        // The definition, written out once more: out[o, y, x] = b[o] + sum w[o, c, i, j] * in[c, 2y - 1 + i, 2x - 1 + j].
        var expected = new double[18];
        for (int o = 0; o < 2; o++)
        {
            for (int y = 0; y < 3; y++)
            {
                for (int x = 0; x < 3; x++)
                {
                    double sum = bias[o];
                    for (int c = 0; c < 3; c++)
                    {
                        for (int i = 0; i < 3; i++)
                        {
                            for (int j = 0; j < 3; j++)
                            {
                                int iy = (2 * y) - 1 + i, ix = (2 * x) - 1 + j;
                                if (iy is >= 0 and < 5 && ix is >= 0 and < 5)
                                {
                                    sum += weights[(((o * 3) + c) * 9) + (i * 3) + j] * input[(c * 25) + (iy * 5) + ix];
                                }
                            }
                        }
                    }

                    expected[(o * 9) + (y * 3) + x] = sum;
                }
            }
        }

        Assert.Equal(expected, output);
        var reference = new double[18];
        ReferenceInterpreter.Conv2D<double>(input, weights, bias, reference, new Conv2DShape(3, 5, 5, 2, 3, 3, 2, 2, 1, 1));
        Assert.Equal(expected, reference);
    }

    [Fact]
    public void Short_spans_throw_and_overlap_is_rejected_without_writing()
    {
        ConvCase<float> c = Declared.FloatConv.First(k => k.Name == "Act3x3P1_Relu");
        Conv2DShape s = c.Shape;
        float[] input = new float[s.InputLength], weights = new float[s.WeightsLength], bias = new float[s.OutChannels];
        float[] output = Enumerable.Repeat(5f, s.OutputLength).ToArray();
        DenseKernel<float> kernel = c.WithBias ?? throw new InvalidOperationException("expected a kernel with bias");

        var e = Assert.Throws<ArgumentException>(() => kernel(input.AsSpan(1), weights, bias, output));
        Assert.Equal("input", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => kernel(input, weights, bias, output.AsSpan(0, s.OutputLength - 1)));
        Assert.Equal("output", e.ParamName);
        Assert.All(output, v => Assert.Equal(5f, v));

        float[] shared = new float[s.InputLength + s.OutputLength];
        e = Assert.Throws<ArgumentException>(() => kernel(shared.AsSpan(0, s.InputLength), weights, bias, shared.AsSpan(s.InputLength - 1)));
        Assert.Equal("output", e.ParamName);
    }

    private static void Check<T>(ConvCase<T> c)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(HashCode.Combine(Seed, c.Name, typeof(T).Name));
        Conv2DShape s = c.Shape;
        T[] input = Accuracy.RandomArray<T>(random, s.InputLength), weights = Accuracy.RandomArray<T>(random, s.WeightsLength);
        T[] bias = c.WithBias is null ? Array.Empty<T>() : Accuracy.RandomArray<T>(random, s.OutChannels);
        T[] output = new T[s.OutputLength + 3];
        Array.Fill(output, T.CreateTruncating(42));
        if (c.WithBias is { } withBias)
        {
            withBias(input, weights, bias, output);
        }
        else
        {
            c.NoBias!(input, weights, output);
        }

        Accuracy.AssertConv<T>(output.AsSpan(0, s.OutputLength), input, weights, bias, s, c.Activation, $"{c}, seed {Seed}");
        Assert.All(output.Skip(s.OutputLength), v => Assert.Equal(T.CreateTruncating(42), v)); // nothing written past the output
    }
}
