using System;
using System.Linq;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Kernels with weights known at compile time, built by the real build, against the reference interpreter given the
/// same values as spans, on random inputs; and against the same filters passed at run time.
/// </summary>
public class ConstantWeightsTests
{
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    private static Random NewRandom(string what) => new(HashCode.Combine(Seed, what.Length, what[0]));

    [Fact]
    public void Classic_filter_is_exact_on_small_integers()
    {
        float[] image = Enumerable.Range(0, 25).Select(i => (float)(i % 7)).ToArray();
        var output = new float[9];
        ConstantKernels.Classic(image, output);
        var expected = new float[9];
        ReferenceInterpreter.Conv2D<float>(image, ConstantKernels.ClassicValues, ReadOnlySpan<float>.Empty, expected, new Conv2DShape(1, 5, 5, 1, 3, 3));
        Assert.Equal(expected, output);
    }

    [Theory]
    [InlineData(480, 640)]
    [InlineData(479, 641)]
    public void Sobel_at_image_sizes_matches_the_reference(int height, int width)
    {
        var shape = new Conv2DShape(1, height, width, 1, 3, 3, PaddingY: 1, PaddingX: 1);
        float[] image = Accuracy.RandomArray<float>(NewRandom("sobel" + width), shape.InputLength);
        var output = new float[shape.OutputLength];
        if (width == 640)
        {
            ConstantKernels.SobelX480x640(image, output);
        }
        else
        {
            ConstantKernels.SobelX479x641(image, output);
        }

        Accuracy.AssertConv<float>(output, image, ConstantKernels.SobelXValues, ReadOnlySpan<float>.Empty, shape, Activation.None, $"Sobel {height}x{width} (seed {Seed})");
    }

    [Fact]
    public void Gaussian_and_box_match_the_reference()
    {
        var gaussian = new Conv2DShape(1, 64, 61, 1, 5, 5, PaddingY: 2, PaddingX: 2);
        float[] image = Accuracy.RandomArray<float>(NewRandom("gauss"), gaussian.InputLength);
        var blurred = new float[gaussian.OutputLength];
        ConstantKernels.Gaussian(image, blurred);
        Accuracy.AssertConv<float>(blurred, image, ConstantKernels.GaussianValues, ReadOnlySpan<float>.Empty, gaussian, Activation.None, $"Gaussian (seed {Seed})");

        var box = new Conv2DShape(3, 32, 30, 3, 3, 3, PaddingY: 1, PaddingX: 1, Groups: 3);
        double[] input = Accuracy.RandomArray<double>(NewRandom("box"), box.InputLength);
        var boxed = new double[box.OutputLength];
        ConstantKernels.Box(input, boxed);
        Accuracy.AssertConv<double>(boxed, input, ConstantKernels.BoxValues, ConstantKernels.BoxBiasValues, box, Activation.Relu, $"Box (seed {Seed})");
    }

    [Fact]
    public void Banded_and_separable_image_filters_match_the_reference()
    {
        var gaussian = new Conv2DShape(1, 479, 641, 1, 5, 5, PaddingY: 2, PaddingX: 2);
        float[] image = Accuracy.RandomArray<float>(NewRandom("gauss-large"), gaussian.InputLength);
        var output = new float[gaussian.OutputLength];
        ConstantKernels.GaussianLarge(image, output);
        Accuracy.AssertConv<float>(output, image, ConstantKernels.GaussianValues, ReadOnlySpan<float>.Empty, gaussian, Activation.None, $"Gaussian 479x641 (seed {Seed})");

        var box = new Conv2DShape(1, 479, 641, 1, 3, 3, PaddingY: 1, PaddingX: 1);
        var boxed = new float[box.OutputLength];
        ConstantKernels.BoxLarge(image, boxed);
        Accuracy.AssertConv<float>(boxed, image, ConstantKernels.Box1Values, new[] { 0.5f }, box, Activation.Sigmoid, $"box 479x641 (seed {Seed})");

        var strided = new Conv2DShape(1, 601, 513, 1, 3, 3, 2, 2, 1, 1);
        float[] small = Accuracy.RandomArray<float>(NewRandom("sobel-s2"), strided.InputLength);
        var stridedOut = new float[strided.OutputLength];
        ConstantKernels.SobelStride2(small, stridedOut);
        Accuracy.AssertConv<float>(stridedOut, small, ConstantKernels.SobelXValues, ReadOnlySpan<float>.Empty, strided, Activation.None, $"Sobel stride 2 (seed {Seed})");

        // a second call on other data: the band copy must not leave rows of the first image behind
        float[] other = Accuracy.RandomArray<float>(NewRandom("gauss-other"), gaussian.InputLength);
        ConstantKernels.GaussianLarge(other, output);
        Accuracy.AssertConv<float>(output, other, ConstantKernels.GaussianValues, ReadOnlySpan<float>.Empty, gaussian, Activation.None, $"Gaussian second call (seed {Seed})");
    }

    [Fact]
    public void A_constant_bias_with_run_time_weights_matches_the_reference()
    {
        var shape = new Conv2DShape(2, 9, 11, 4, 3, 3, 2, 2, 1, 1);
        var random = NewRandom("bias");
        float[] input = Accuracy.RandomArray<float>(random, shape.InputLength);
        float[] weights = Accuracy.RandomArray<float>(random, shape.WeightsLength);
        var output = new float[shape.OutputLength];
        ConstantKernels.ConstantBiasOnly(input, weights, output);
        Accuracy.AssertConv<float>(output, input, weights, ConstantKernels.FourBiasValues, shape, Activation.None, $"constant bias (seed {Seed})");
    }

    [Fact]
    public void Fir_filters_match_the_reference()
    {
        var valid = new Conv1DShape(1, 48000, 1, 63);
        float[] signal = Accuracy.RandomArray<float>(NewRandom("fir"), valid.InputLength);
        var filtered = new float[valid.OutputLength];
        ConstantKernels.Fir(signal, filtered);
        Accuracy.AssertConv1D<float>(filtered, signal, ConstantKernels.LowPassValues, ReadOnlySpan<float>.Empty, valid, Activation.None, $"FIR (seed {Seed})");

        var same = new Conv1DShape(1, 4801, 1, 63, Padding: 31);
        float[] shortSignal = Accuracy.RandomArray<float>(NewRandom("fir-same"), same.InputLength);
        var sameOut = new float[same.OutputLength];
        ConstantKernels.FirSame(shortSignal, sameOut);
        Assert.Equal(4801, sameOut.Length);
        Accuracy.AssertConv1D<float>(sameOut, shortSignal, ConstantKernels.LowPassValues, ReadOnlySpan<float>.Empty, same, Activation.None, $"FIR same (seed {Seed})");
    }

    [Fact]
    public void Constant_matrices_and_vectors_match_the_reference()
    {
        var random = NewRandom("matmul");
        float[] a = Accuracy.RandomArray<float>(random, 7 * 5);
        var c = new float[7 * 12];
        ConstantKernels.Project(a, c);
        Accuracy.AssertMatMul<float>(c, a, ConstantKernels.ProjectionValues, ConstantKernels.ProjectionBiasValues, 7, 5, 12, false, Activation.Relu, $"Project (seed {Seed})");

        float[] a2 = Accuracy.RandomArray<float>(random, 7 * 12);
        var c2 = new float[7 * 5];
        ConstantKernels.ProjectTransposed(a2, c2);
        Accuracy.AssertMatMul<float>(c2, a2, ConstantKernels.ProjectionValues, ReadOnlySpan<float>.Empty, 7, 12, 5, true, Activation.None, $"ProjectTransposed (seed {Seed})");

        float[] input = Accuracy.RandomArray<float>(random, 12);
        float[] bias = Accuracy.RandomArray<float>(random, 5);
        var output = new float[5];
        ConstantKernels.DenseConstant(input, bias, output);
        Accuracy.AssertDense<float>(output, input, ConstantKernels.ProjectionValues, bias, 12, 5, Activation.Tanh, $"Dense (seed {Seed})");

        double[] x = Accuracy.RandomArray<double>(random, 20);
        Accuracy.AssertDot(ConstantKernels.DotConstant(x), x, ConstantKernels.CoefficientsValues, 20, $"Dot (seed {Seed})");
    }

    [Fact]
    public void Short_spans_throw_and_write_nothing()
    {
        var output = new float[9];
        var e = Assert.Throws<ArgumentException>(() => ConstantKernels.Classic(new float[24], output));
        Assert.Equal("image", e.ParamName);
        Assert.All(output, v => Assert.Equal(0f, v));
        var bias = Assert.Throws<ArgumentException>(() => ConstantKernels.DenseConstant(new float[12], new float[4], new float[5]));
        Assert.Equal("bias", bias.ParamName);
    }

    [Fact]
    public void Writing_into_the_declared_array_does_not_change_the_kernel()
    {
        var box = new Conv2DShape(3, 32, 30, 3, 3, 3, PaddingY: 1, PaddingX: 1, Groups: 3);
        double[] input = Accuracy.RandomArray<double>(NewRandom("write"), box.InputLength);
        var before = new double[box.OutputLength];
        ConstantKernels.Box(input, before);
        double[] field = (double[])typeof(ConstantKernels).GetField("BoxFilter", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        double saved = field[4];
        field[4] = 1000;
        try
        {
            var after = new double[box.OutputLength];
            ConstantKernels.Box(input, after);
            Assert.Equal(before, after);
        }
        finally
        {
            field[4] = saved;
        }
    }
}
