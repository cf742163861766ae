using System;
using System.Linq;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// The contract's bad-input rules: a short span throws <see cref="ArgumentException"/> naming the parameter (as the
/// user wrote it) with both lengths; an output overlapping an input throws; and in both cases nothing is written.
/// </summary>
public class BadInputTests
{
    [Theory]
    [InlineData(0, 27)]
    [InlineData(26, 27)]
    [InlineData(27, 0)]
    [InlineData(27, 26)]
    public void Short_dot_span_throws_with_name_and_lengths(int xLength, int yLength)
    {
        var e = Assert.Throws<ArgumentException>(() => Declared.Dot_float_27(new float[xLength], new float[yLength]));
        string name = xLength < 27 ? "x" : "y";
        Assert.Equal(name, e.ParamName);
        Assert.Contains("27", e.Message);
        Assert.Contains((xLength < 27 ? xLength : yLength).ToString(), e.Message);
    }

    [Theory]
    [InlineData("input", 63)]
    [InlineData("weights", (64 * 33) - 1)]
    [InlineData("bias", 32)]
    [InlineData("output", 32)]
    [InlineData("output", 0)]
    public void Short_dense_span_throws_and_writes_nothing(string parameter, int length)
    {
        float[] input = new float[parameter == "input" ? length : 64];
        float[] weights = new float[parameter == "weights" ? length : 64 * 33];
        float[] bias = new float[parameter == "bias" ? length : 33];
        float[] output = Enumerable.Repeat(7f, parameter == "output" ? length : 33).ToArray();
        Array.Fill(input, 1f);
        Array.Fill(weights, 1f);

        var e = Assert.Throws<ArgumentException>(() => Declared.Dense_float_64x33_None(input, weights, bias, output));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(length.ToString(), e.Message);
        Assert.All(output, v => Assert.Equal(7f, v));
    }

    [Theory]
    [InlineData("input")]
    [InlineData("weights")]
    [InlineData("bias")]
    public void Output_overlapping_an_input_throws_and_writes_nothing(string overlapped)
    {
        double[] buffer = Enumerable.Range(0, 2000).Select(i => (double)i).ToArray();
        double[] before = buffer.ToArray();
        Span<double> all = buffer;
        Span<double> input = all.Slice(0, 100), weights = all.Slice(100, 700), bias = all.Slice(800, 7);
        Span<double> output = overlapped switch
        {
            "input" => all.Slice(95, 7),
            "weights" => all.Slice(799, 7),
            _ => all.Slice(806, 7),
        };

        try
        {
            Declared.Dense_double_100x7_None(input, weights, bias, output);
            Assert.Fail("expected an ArgumentException");
        }
        catch (ArgumentException e)
        {
            Assert.Equal("output", e.ParamName);
            Assert.Contains(overlapped, e.Message);
        }

        Assert.Equal(before, buffer);
    }

    [Fact]
    public void Reference_interpreter_checks_its_arguments_too()
    {
        Assert.Throws<ArgumentException>(() => ReferenceInterpreter.DotProduct<float>(new float[3], new float[2], 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceInterpreter.DotProduct<float>(new float[3], new float[3], 0));
    }
}
