using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Integer (quantized) kernels: every one equal to the reference interpreter on random operands, on the extreme ones
/// that would saturate a careless VPMADDUBSW, on range corners and on requantization ties (the same checks
/// KernelGen.PathCheck runs on every vector path); bad input; the reference's own rounding.
/// </summary>
public class IntegerTests
{
    public static IEnumerable<object[]> Kernels => IntegerKernels.Checks.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Every_integer_kernel_equals_the_reference_exactly(string name)
    {
        Func<Random, Fill, string?> run = IntegerKernels.Checks.Single(c => c.Name == name).Run;
        foreach (Fill fill in Enum.GetValues<Fill>())
        {
            for (int seed = 0; seed < 4; seed++)
            {
                string? problem = run(new Random((seed * 31) + (int)fill), fill);
                Assert.True(problem is null, $"{name}, {fill}, seed {seed}: {problem}");
            }
        }
    }

    [Fact]
    public void A_careless_saturating_pair_sum_would_differ_here()
    {
        // 255 x -128 twice: what VPMADDUBSW would clamp to -32768; the kernels' exact sum is the reference's
        byte[] x = Enumerable.Repeat((byte)255, 100).ToArray();
        sbyte[] y = Enumerable.Repeat(sbyte.MinValue, 4096).ToArray();
        Assert.Equal((255 - 128) * -128 * 100, IntegerKernels.Dot100_byte(x, y)); // its input zero point is 128
        Assert.Equal(ReferenceInterpreter.DotProductInteger<byte>(x, y, 100, 128), IntegerKernels.Dot100_byte(x, y));
    }

    [Fact]
    public void The_reference_rounds_requantization_ties_to_even_and_saturates()
    {
        Assert.Equal((byte)2, ReferenceInterpreter.Requantize<byte>(3, 0.5f, 0));
        Assert.Equal((byte)2, ReferenceInterpreter.Requantize<byte>(5, 0.5f, 0));
        Assert.Equal((byte)4, ReferenceInterpreter.Requantize<byte>(7, 0.5f, 0));
        Assert.Equal((sbyte)-2, ReferenceInterpreter.Requantize<sbyte>(-3, 0.5f, 0));
        Assert.Equal((sbyte)-1, ReferenceInterpreter.Requantize<sbyte>(-3, 0.5f, 1));
        Assert.Equal((byte)255, ReferenceInterpreter.Requantize<byte>(100000, 0.5f, 0));
        Assert.Equal((sbyte)-128, ReferenceInterpreter.Requantize<sbyte>(-100000, 0.5f, 0));
        Assert.Equal((sbyte)5, ReferenceInterpreter.Requantize<sbyte>(-100, 0.5f, 5, Activation.Relu));
    }

    [Fact]
    public void A_requantized_kernel_rounds_every_tie_to_even()
    {
        // DenseConstant: weights, bias and scale at compile time; inputs chosen so that float(acc) * scale is often x.5
        var random = new Random(7);
        int ties = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            sbyte[] x = Enumerable.Range(0, 8).Select(_ => (sbyte)random.Next(-128, 128)).ToArray();
            var y = new sbyte[3];
            var want = new sbyte[3];
            IntegerKernels.DenseConstant(x, y);
            ReferenceInterpreter.DenseInteger<sbyte, sbyte>(x, IntegerKernels.SmallWeightValues, IntegerKernels.SmallBiasValues,
                IntegerKernels.SmallScaleValues, want, 8, 3, 1, 4, -1);
            Assert.Equal(want, y);
            long acc = IntegerKernels.SmallBiasValues[1] + ReferenceInterpreter.DotProductInteger<sbyte>(x, IntegerKernels.SmallWeightValues.AsSpan(8, 8), 8, 4);
            ties += acc % 2 != 0 ? 1 : 0; // scale 0.5: an odd sum is a tie
        }

        Assert.True(ties > 50, $"only {ties} ties");
    }

    [Fact]
    public void A_short_span_is_refused_by_name_and_nothing_is_written()
    {
        var output = new int[128];
        var error = Assert.Throws<ArgumentException>(() =>
            IntegerKernels.Dense9(new byte[784], new sbyte[784 * 128 - 1], new int[128], output));
        Assert.Equal("weights", error.ParamName);
        Assert.Contains("100352", error.Message);
        Assert.All(output, v => Assert.Equal(0, v));
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => IntegerKernels.Dot100_byte(new byte[100], new sbyte[99])).ParamName);
    }

    [Fact]
    public void An_output_over_an_input_of_another_type_is_refused()
    {
        // the int output's bytes overlap the byte input's: the overlap check compares bytes, whatever the types
        var buffer = new int[1000];
        var error = Assert.Throws<ArgumentException>(() =>
            IntegerKernels.Dense2(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan()).Slice(0, 16), new sbyte[64], buffer.AsSpan(2, 4)));
        Assert.Equal("output", error.ParamName);
        IntegerKernels.Dense2(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan()).Slice(0, 16), new sbyte[64], buffer.AsSpan(4, 4)); // neighbours are fine
    }
}
