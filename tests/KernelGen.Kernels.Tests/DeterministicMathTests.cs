using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// <see cref="DeterministicMath"/>, the activations of deterministic kernels (the same code on every path): within the
/// contract's <c>8u(1 + |f|)</c> of the exact function, odd or symmetric where the function is, and right at the edges.
/// </summary>
public class DeterministicMathTests
{
    private static IEnumerable<double> Arguments()
    {
        var random = new Random(2026);
        for (int i = 0; i < 20000; i++)
        {
            yield return (random.NextDouble() * 80) - 40;
            yield return ((random.NextDouble() * 2) - 1) * Math.Pow(2, -random.Next(0, 60));
        }

        foreach (double x in new[] { 0.0, -0.0, 0.0009765625, -0.0009765625, 0.00097656249, 22, 22.0000001, -22, 0.5, 1, 2, 18.5, 19.1 })
        {
            yield return x;
        }
    }

    [Fact]
    public void Exp_is_within_two_ulps_across_the_whole_range()
    {
        var random = new Random(11);
        foreach (double x in Enumerable.Range(0, 50000).Select(_ => (random.NextDouble() * 1450) - 740).Concat(new[] { 0, 1, -1, 709.78, -708.39, -744.4, 1e-300, -1e-300 }))
        {
            double expected = Math.Exp(x), actual = DeterministicMath.Exp(x);
            double ulp = Math.Max(Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected), double.Epsilon);
            Assert.True(actual == expected || Math.Abs(actual - expected) <= 2 * ulp, $"Exp({x:R}) = {actual:R}, Math.Exp {expected:R}");
        }

        Assert.Equal(1.0, DeterministicMath.Exp(0));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(710));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(double.PositiveInfinity));
        Assert.Equal(0.0, DeterministicMath.Exp(-746));
        Assert.Equal(0.0, DeterministicMath.Exp(double.NegativeInfinity));
        Assert.True(double.IsNaN(DeterministicMath.Exp(double.NaN)));
    }

    [Fact]
    public void Sigmoid_and_tanh_are_within_the_bound_in_double_and_float()
    {
        const double u = 1.0 / (1L << 53), uf = 1.0 / (1 << 24);
        foreach (double z in Arguments())
        {
            double sigmoid = 1 / (1 + Math.Exp(-z)), tanh = Math.Tanh(z);
            Assert.True(Math.Abs(DeterministicMath.Sigmoid(z) - sigmoid) <= 8 * u * (1 + sigmoid), $"Sigmoid({z:R}) = {DeterministicMath.Sigmoid(z):R}, exact {sigmoid:R}");
            Assert.True(Math.Abs(DeterministicMath.Tanh(z) - tanh) <= 8 * u * (1 + Math.Abs(tanh)), $"Tanh({z:R}) = {DeterministicMath.Tanh(z):R}, exact {tanh:R}");
            float zf = (float)z;
            double sigmoidF = 1 / (1 + Math.Exp(-(double)zf)), tanhF = Math.Tanh(zf);
            Assert.True(Math.Abs(DeterministicMath.Sigmoid(zf) - sigmoidF) <= 8 * uf * (1 + sigmoidF), $"Sigmoid({zf:R}f) = {DeterministicMath.Sigmoid(zf):R}, exact {sigmoidF:R}");
            Assert.True(Math.Abs(DeterministicMath.Tanh(zf) - tanhF) <= 8 * uf * (1 + Math.Abs(tanhF)), $"Tanh({zf:R}f) = {DeterministicMath.Tanh(zf):R}, exact {tanhF:R}");
            Assert.Equal(-DeterministicMath.Tanh(z), DeterministicMath.Tanh(-z)); // odd, bit for bit
        }
    }

    [Fact]
    public void Edges_signed_zeros_and_NaN()
    {
        Assert.Equal(0.5, DeterministicMath.Sigmoid(0.0));
        Assert.Equal(1.0, DeterministicMath.Sigmoid(double.PositiveInfinity));
        Assert.Equal(0.0, DeterministicMath.Sigmoid(double.NegativeInfinity));
        Assert.Equal(1f, DeterministicMath.Sigmoid(float.PositiveInfinity));
        Assert.True(double.IsNaN(DeterministicMath.Sigmoid(double.NaN)) && float.IsNaN(DeterministicMath.Sigmoid(float.NaN)));
        Assert.True(double.IsNegative(DeterministicMath.Tanh(-0.0)) && float.IsNegative(DeterministicMath.Tanh(-0f)), "tanh(-0) is -0");
        Assert.Equal(1.0, DeterministicMath.Tanh(double.PositiveInfinity));
        Assert.Equal(-1.0, DeterministicMath.Tanh(double.NegativeInfinity));
        Assert.Equal(-1f, DeterministicMath.Tanh(float.NegativeInfinity));
        Assert.True(double.IsNaN(DeterministicMath.Tanh(double.NaN)) && float.IsNaN(DeterministicMath.Tanh(float.NaN)));
    }
}
