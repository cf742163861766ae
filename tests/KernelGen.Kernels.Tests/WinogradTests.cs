using System;
using KernelGen.Testing;
using Xunit;
using Xunit.Abstractions;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Winograd convolutions from the real build (<see cref="WinogradKernels"/>; the catalog test and the path check hold
/// every one to the elementwise bound on every path): the contract's second accuracy promise, the relative L2 error on
/// normally distributed operands, beside the direct kernel's; the same bits for every thread count and batch; bad input
/// refused before the filters are transformed.
/// </summary>
public class WinogradTests
{
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    private readonly ITestOutputHelper _output;

    public WinogradTests(ITestOutputHelper output) => _output = output;

    private delegate void Four<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> c, Span<T> output);

    private static double[] Normal(Random random, int length)
    {
        var values = new double[length];
        for (int i = 0; i < length; i++)
        {
            // Box-Muller
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            values[i] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        return values;
    }

    private static T[] As<T>(double[] values)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T> =>
        Array.ConvertAll(values, v => T.CreateTruncating(v));

    /// <summary><c>||z - exact||_2 / ||exact||_2</c> of one call on normal operands, the exact values in double from the reference.</summary>
    private static double RelativeError<T>(Conv2DShape shape, bool bias, Four<T> kernel, Random random)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        T[] input = As<T>(Normal(random, shape.InputLength)), weights = As<T>(Normal(random, shape.WeightsLength));
        T[] b = bias ? As<T>(Normal(random, shape.OutChannels)) : Array.Empty<T>();
        var output = new T[shape.OutputLength];
        kernel(input, weights, b, output);
        var exact = new double[shape.OutputLength];
        ReferenceInterpreter.Conv2DPreActivation<T>(input, weights, b, exact, shape);
        double error = 0, norm = 0;
        for (int i = 0; i < exact.Length; i++)
        {
            double d = double.CreateTruncating(output[i]) - exact[i];
            error += d * d;
            norm += exact[i] * exact[i];
        }

        return Math.Sqrt(error / norm);
    }

    public static TheoryData<string> Shapes => new() { "Res64", "Res256", "Deep512", "One4x4", "Double12" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_relative_L2_error_on_normal_operands_is_within_the_contract(string name)
    {
        var random = new Random(Seed);
        (double error, double limit) = name switch
        {
            "Res64" => (RelativeError<float>(new Conv2DShape(64, 56, 56, 64, 3, 3, PaddingY: 1, PaddingX: 1), true, WinogradKernels.Res64, random), 1e-5),
            "Res256" => (RelativeError<float>(new Conv2DShape(256, 14, 14, 256, 3, 3, PaddingY: 1, PaddingX: 1), true, WinogradKernels.Res256, random), 1e-5),
            "Deep512" => (RelativeError<float>(new Conv2DShape(512, 6, 6, 32, 3, 3, PaddingY: 1, PaddingX: 1), false, (i, w, _, o) => WinogradKernels.Deep512(i, w, o), random), 1e-5),
            "One4x4" => (RelativeError<float>(new Conv2DShape(1, 4, 4, 1, 3, 3, PaddingY: 1, PaddingX: 1), false, (i, w, _, o) => WinogradKernels.One4x4(i, w, o), random), 1e-5),
            _ => (RelativeError<double>(new Conv2DShape(8, 12, 12, 8, 3, 3, PaddingY: 1, PaddingX: 1), true, WinogradKernels.Double12, random), 1e-13),
        };
        _output.WriteLine($"{name}: relative L2 error {error:0.00e0} (limit {limit:0e0}, seed {Seed})");
        Assert.True(error <= limit, $"{name}: relative L2 error {error:0.00e0} > {limit:0e0} (seed {Seed})");
        Assert.True(error > 0 || name == "One4x4", $"{name}: an error of exactly 0 is not plausible for a Winograd kernel (seed {Seed})");
    }

    [Fact]
    public void The_direct_twin_is_more_accurate_and_both_are_near_the_exact_result()
    {
        var random = new Random(Seed);
        var shape = new Conv2DShape(64, 56, 56, 64, 3, 3, PaddingY: 1, PaddingX: 1);
        double winograd = RelativeError<float>(shape, true, WinogradKernels.Res64, new Random(Seed));
        double direct = RelativeError<float>(shape, true, WinogradKernels.Res64Direct, new Random(Seed));
        _output.WriteLine($"64x56x56: relative L2 error Winograd {winograd:0.00e0}, direct {direct:0.00e0}");
        Assert.True(direct < winograd, $"direct {direct:0.00e0}, Winograd {winograd:0.00e0}");
        Assert.True(winograd < 100 * direct, $"direct {direct:0.00e0}, Winograd {winograd:0.00e0}: more than 100x apart");
    }

    [Fact]
    public void Every_thread_count_and_batch_gives_the_one_thread_bits()
    {
        Check(32 * 20 * 20, 48 * 32 * 9, 48, 48 * 20 * 20, WinogradKernels.Conv,
            ("Threads = 2", 1, WinogradKernels.ConvT2), ("Threads = 3", 1, WinogradKernels.ConvT3),
            ("Batch = 3", 3, WinogradKernels.ConvB3), ("Batch = 3, Threads = 2", 3, WinogradKernels.ConvB3T2));
        Check(16 * 4 * 4, 32 * 16 * 9, 32, 32 * 4 * 4, WinogradKernels.Digits, ("Batch = 64, Threads = 2", 64, WinogradKernels.DigitsB64T2));
    }

    private static void Check(int inputLength, int weightsLength, int biasLength, int outputLength, Four<float> single, params (string Name, int Images, Four<float> Kernel)[] variants)
    {
        var random = new Random(Seed);
        int most = 64;
        float[] input = Accuracy.RandomArray<float>(random, inputLength * most), weights = Accuracy.RandomArray<float>(random, weightsLength), bias = Accuracy.RandomArray<float>(random, biasLength);
        var expected = new float[outputLength * most];
        for (int i = 0; i < most; i++)
        {
            single(input.AsSpan(i * inputLength, inputLength), weights, bias, expected.AsSpan(i * outputLength, outputLength));
        }

        foreach ((string name, int images, Four<float> kernel) in variants)
        {
            for (int repeat = 0; repeat < 2; repeat++)
            {
                var output = new float[outputLength * images];
                kernel(input.AsSpan(0, inputLength * images), weights, bias, output);
                for (int i = 0; i < output.Length; i++)
                {
                    Assert.True(BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(output[i]),
                        $"{name} (seed {Seed}): element {i} is {output[i]}, expected {expected[i]}");
                }
            }
        }
    }

    [Theory]
    [InlineData(3, 9, 11, 4, 1, 1, 1)]
    [InlineData(2, 20, 17, 6, 0, 1, 2)]
    [InlineData(1, 5, 30, 1, 1, 0, 1)]
    public void The_reference_magnitude_is_the_contracts_definition(int c, int h, int w, int oc, int py, int px, int groups)
    {
        // the reference finds each window's largest |input| separably; here it is the definition's plain loops
        var random = new Random(Seed);
        var shape = new Conv2DShape(c * groups, h, w, oc * groups, 3, 3, PaddingY: py, PaddingX: px, Groups: groups);
        double[] input = Accuracy.RandomArray<double>(random, shape.InputLength), weights = Accuracy.RandomArray<double>(random, shape.WeightsLength);
        double[] bias = Accuracy.RandomArray<double>(random, shape.OutChannels);
        var magnitude = new double[shape.OutputLength];
        ReferenceInterpreter.Conv2DWinogradExact<double>(input, weights, bias, magnitude, shape, absolute: true);
        int oh = shape.OutHeight, ow = shape.OutWidth;
        for (int o = 0; o < shape.OutChannels; o++)
        {
            int g = o / oc;
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    double expected = Math.Abs(bias[o]);
                    for (int ic = 0; ic < c; ic++)
                    {
                        double filter = 0, largest = 0;
                        for (int k = 0; k < 9; k++)
                        {
                            filter += Math.Abs(weights[(((o * c) + ic) * 9) + k]);
                        }

                        for (int y = oy - py - 5; y <= oy - py + 7; y++)
                        {
                            for (int x = ox - px - 5; x <= ox - px + 7; x++)
                            {
                                if (y >= 0 && y < h && x >= 0 && x < w)
                                {
                                    largest = Math.Max(largest, Math.Abs(input[((((g * c) + ic) * h) + y) * w + x]));
                                }
                            }
                        }

                        expected += filter * largest;
                    }

                    double actual = magnitude[(((o * oh) + oy) * ow) + ox];
                    Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"output ({o}, {oy}, {ox}): {actual}, expected {expected} (seed {Seed})");
                }
            }
        }

        var exact = new double[shape.OutputLength];
        var direct = new double[shape.OutputLength];
        ReferenceInterpreter.Conv2DWinogradExact<double>(input, weights, bias, exact, shape, absolute: false);
        ReferenceInterpreter.Conv2DPreActivation<double>(input, weights, bias, direct, shape);
        Assert.Equal(direct, exact);
    }

    [Fact]
    public void Bad_input_is_refused_before_the_filters_are_transformed_and_nothing_is_written()
    {
        var output = new float[48 * 20 * 20];
        Array.Fill(output, 7f);
        float[] input = new float[32 * 20 * 20], weights = new float[48 * 32 * 9], bias = new float[48];
        Assert.Throws<ArgumentException>(() => WinogradKernels.ConvT2(input, weights.AsSpan(1).ToArray(), bias, output));
        Assert.Throws<ArgumentException>(() => WinogradKernels.ConvT2(input, weights, bias.AsSpan(1).ToArray(), output));
        Assert.Throws<ArgumentException>(() => WinogradKernels.ConvB3(input, weights, bias, new float[48 * 20 * 20 * 3]));
        Assert.All(output, v => Assert.Equal(7f, v));
    }
}
