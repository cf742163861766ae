using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// The contract of <c>Deterministic = true</c> written out as a plain model of its order, independent of the generator:
/// a logical vector of L lanes (16 floats or 8 doubles, fewer for short vectors), K logical accumulators starting at +0,
/// element i fused into lane i % L of accumulator (i / L) % K, the tail one logical vector ending at the last element
/// that adds only its new lanes, per lane the balanced tree over the accumulators, then the lanes halved (lane l plus
/// lane l + half) down to four floats or two doubles, summed as (e0 + e2) + (e1 + e3) or e0 + e1. Every deterministic
/// dot product and cosine similarity must give the model's bits exactly, whichever vector path this process runs
/// (DeterministicKernelTests runs the others in child processes).
/// </summary>
public class FixedOrderModelTests
{
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    public static IEnumerable<object[]> DotLengths() => KernelCatalog.DeterministicDotLengths.Select(n => new object[] { n });

    public static IEnumerable<object[]> CosineLengths() => KernelCatalog.CosineLengths.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(DotLengths))]
    public void Deterministic_dot_gives_the_models_bits(int length)
    {
        var random = new Random(HashCode.Combine(Seed, length));
        for (int trial = 0; trial < 3; trial++)
        {
            float[] x = Mixed<float>(random, length), y = Mixed<float>(random, length);
            double[] xd = Mixed<double>(random, length), yd = Mixed<double>(random, length);
            Same(FixedSum<float>(x, y, length, 4), Declared.FloatDeterministicDots.Single(d => d.Length == length).Kernel(x, y), $"float Dot({length})");
            Same(FixedSum<double>(xd, yd, length, 4), Declared.DoubleDeterministicDots.Single(d => d.Length == length).Kernel(xd, yd), $"double Dot({length})");
        }
    }

    [Theory]
    [MemberData(nameof(CosineLengths))]
    public void Deterministic_cosine_gives_the_models_bits(int length)
    {
        var random = new Random(HashCode.Combine(Seed, length, "cosine"));
        for (int trial = 0; trial < 3; trial++)
        {
            float[] x = Mixed<float>(random, length), y = Mixed<float>(random, length);
            double[] xd = Mixed<double>(random, length), yd = Mixed<double>(random, length);
            Same(Cosine<float>(x, y, length), Declared.FloatCosines.Single(c => c.Length == length).Deterministic(x, y), $"float Cosine({length})");
            Same(Cosine<double>(xd, yd, length), Declared.DoubleCosines.Single(c => c.Length == length).Deterministic(xd, yd), $"double Cosine({length})");
        }
    }

    /// <summary>Bit for bit (so -0 differs from +0), with the seed on failure.</summary>
    private static void Same<T>(T expected, T actual, string what)
        where T : IFloatingPointIeee754<T>
    {
        long Bits(T v) => v is float f ? BitConverter.SingleToInt32Bits(f) : BitConverter.DoubleToInt64Bits(double.CreateTruncating(v));
        Assert.True(Bits(expected) == Bits(actual), $"{what}: the model gives {expected:R}, the kernel {actual:R} (seed {Seed})");
    }

    private static T Cosine<T>(T[] x, T[] y, int n)
        where T : IFloatingPointIeee754<T> =>
        FixedSum(x, y, n, 2) / (T.Sqrt(FixedSum(x, x, n, 2)) * T.Sqrt(FixedSum(y, y, n, 2)));

    /// <summary>The fixed order, element by element (see the class summary); <paramref name="chains"/> is the kind's K.</summary>
    private static T FixedSum<T>(T[] a, T[] b, int n, int chains)
        where T : IFloatingPointIeee754<T>
    {
        int size = typeof(T) == typeof(float) ? 4 : 8;
        int lanes = new[] { 64 / size, 32 / size, 16 / size }.FirstOrDefault(l => n >= l, 1);
        int k = Math.Max(1, Math.Min(chains, (n + lanes - 1) / lanes));
        var acc = new T[k, lanes];
        for (int i = 0; i < k; i++)
        {
            for (int l = 0; l < lanes; l++)
            {
                acc[i, l] = T.Zero;
            }
        }

        int full = n / lanes;
        for (int j = 0; j < full; j++)
        {
            for (int l = 0; l < lanes; l++)
            {
                acc[j % k, l] = T.FusedMultiplyAdd(a[(j * lanes) + l], b[(j * lanes) + l], acc[j % k, l]);
            }
        }

        if (n % lanes != 0)
        {
            for (int l = lanes - (n % lanes); l < lanes; l++)
            {
                acc[full % k, l] = T.FusedMultiplyAdd(a[n - lanes + l], b[n - lanes + l], acc[full % k, l]);
            }
        }

        var sums = new T[lanes];
        for (int l = 0; l < lanes; l++)
        {
            sums[l] = Tree(acc, l, 0, k);
        }

        int width = lanes, last = typeof(T) == typeof(float) ? 4 : 2;
        for (; width > last; width /= 2)
        {
            for (int l = 0; l < width / 2; l++)
            {
                sums[l] += sums[l + (width / 2)];
            }
        }

        return width == 4 ? (sums[0] + sums[2]) + (sums[1] + sums[3]) : width == 2 ? sums[0] + sums[1] : sums[0];
    }

    /// <summary>The balanced tree: the first half (rounded up) plus the rest, recursively.</summary>
    private static T Tree<T>(T[,] acc, int lane, int start, int count)
        where T : IFloatingPointIeee754<T>
    {
        if (count == 1)
        {
            return acc[start, lane];
        }

        int half = (count + 1) / 2;
        return Tree(acc, lane, start, half) + Tree(acc, lane, start + half, count - half);
    }

    /// <summary>Values over four orders of magnitude, so that another order of the sum shows in the low bits.</summary>
    private static T[] Mixed<T>(Random random, int n)
        where T : IFloatingPointIeee754<T>
    {
        var values = new T[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = T.CreateTruncating(((random.NextDouble() * 2) - 1) * Math.Pow(10, random.Next(-2, 3)));
        }

        return values;
    }
}
