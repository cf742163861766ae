using System;
using System.Linq;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>Run-time-weight <c>[Conv1D]</c> kernels (<see cref="Conv1DKernels"/>) against the reference, and their bad input.</summary>
public class Conv1DTests
{
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    private delegate void WithBias<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> y);
    private delegate void NoBias<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, Span<T> y);

    private static void Check<T>(Conv1DShape shape, Activation activation, bool bias, Action<T[], T[], T[], T[]> run, string name)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(Seed ^ name.Length);
        T[] x = Accuracy.RandomArray<T>(random, shape.InputLength);
        T[] w = Accuracy.RandomArray<T>(random, shape.WeightsLength);
        T[] b = bias ? Accuracy.RandomArray<T>(random, shape.OutChannels) : Array.Empty<T>();
        var y = new T[shape.OutputLength];
        run(x, w, b, y);
        Accuracy.AssertConv1D<T>(y, x, w, b, shape, activation, $"{name} (seed {Seed})");
    }

    [Fact]
    public void Every_declared_conv1d_matches_the_reference()
    {
        Check<float>(new Conv1DShape(1, 1000, 1, 9), Activation.None, false, (x, w, b, y) => Conv1DKernels.Fir9(x, w, y), "Fir9");
        Check<float>(new Conv1DShape(3, 257, 8, 5, 2, 2), Activation.Relu, true, (x, w, b, y) => Conv1DKernels.Strided(x, w, b, y), "Strided");
        Check<double>(new Conv1DShape(4, 100, 6, 3, 1, 3, 3, 2), Activation.Tanh, true, (x, w, b, y) => Conv1DKernels.Grouped(x, w, b, y), "Grouped");
        Check<float>(new Conv1DShape(16, 64, 16, 3, 1, 1, 1, 16), Activation.None, false, (x, w, b, y) => Conv1DKernels.Depthwise(x, w, y), "Depthwise");
        Check<double>(new Conv1DShape(2, 7, 3, 7, 3, 3), Activation.Sigmoid, false, (x, w, b, y) => Conv1DKernels.Short(x, w, y), "Short");
    }

    [Theory]
    [InlineData("input", 3 * 257 - 1)]
    [InlineData("weights", 8 * 3 * 5 - 1)]
    [InlineData("bias", 7)]
    [InlineData("output", 8 * 129 - 1)]
    public void Short_spans_throw_with_the_name_and_write_nothing(string parameter, int length)
    {
        var shape = new Conv1DShape(3, 257, 8, 5, 2, 2);
        Assert.Equal(129, shape.OutLength);
        float[] x = new float[parameter == "input" ? length : shape.InputLength];
        float[] w = new float[parameter == "weights" ? length : shape.WeightsLength];
        float[] b = new float[parameter == "bias" ? length : 8];
        float[] y = Enumerable.Repeat(7f, parameter == "output" ? length : shape.OutputLength).ToArray();
        var e = Assert.Throws<ArgumentException>(() => Conv1DKernels.Strided(x, w, b, y));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(length.ToString(), e.Message);
        Assert.All(y, v => Assert.Equal(7f, v));
    }

    [Fact]
    public void An_output_overlapping_the_input_throws_and_writes_nothing()
    {
        var buffer = Enumerable.Repeat(3f, 2000).ToArray();
        var e = Assert.Throws<ArgumentException>(() => Conv1DKernels.Fir9(buffer.AsSpan(0, 1000), new float[9], buffer.AsSpan(500, 992)));
        Assert.Contains("signal", e.Message);
        Assert.All(buffer, v => Assert.Equal(3f, v));
        // neighbouring slices of one buffer are fine
        Conv1DKernels.Fir9(buffer.AsSpan(0, 1000), Enumerable.Repeat(1f, 9).ToArray(), buffer.AsSpan(1000, 992));
        Assert.All(buffer.Skip(1000).Take(992), v => Assert.Equal(27f, v));
    }
}
