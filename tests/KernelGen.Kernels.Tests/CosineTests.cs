using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// <c>[CosineSimilarity(n)]</c> (plain and deterministic), on fresh random inputs
/// (a new seed per run, printed on failure), held to the contract's bounds against the reference interpreter.
/// </summary>
public class CosineTests
{
    private const int Trials = 3;
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    public static IEnumerable<object[]> CosineLengths() => KernelCatalog.CosineLengths.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(CosineLengths))]
    public void Cosine_matches_reference(int length)
    {
        var f = Declared.FloatCosines.Single(c => c.Length == length);
        var d = Declared.DoubleCosines.Single(c => c.Length == length);
        Check(f.Plain, length, "plain");
        Check(f.Deterministic, length, "deterministic");
        Check(d.Plain, length, "plain");
        Check(d.Deterministic, length, "deterministic");
    }

    [Theory]
    [MemberData(nameof(CosineLengths))]
    public void Cosine_of_a_zero_vector_is_NaN_and_of_parallel_vectors_is_one(int length)
    {
        foreach (var (_, plain, deterministic) in Declared.FloatCosines.Where(c => c.Length == length))
        {
            var random = new Random(HashCode.Combine(Seed, length));
            float[] x = Accuracy.RandomArray<float>(random, length), zero = new float[length];
            x[0] = 0.5f; // never the zero vector
            foreach (DotKernel<float> kernel in new[] { plain, deterministic })
            {
                Assert.True(float.IsNaN(kernel(x, zero)), $"cos(x, 0), n = {length}");
                Assert.True(float.IsNaN(kernel(zero, x)), $"cos(0, x), n = {length}");
                Assert.True(float.IsNaN(kernel(zero, zero)), $"cos(0, 0), n = {length}");
                float[] scaled = x.Select(v => v * 4).ToArray(), negated = x.Select(v => -v).ToArray();
                Accuracy.AssertCosine<float>(kernel(x, scaled), x, scaled, length, $"cos(x, 4x), n = {length}");
                Assert.InRange(kernel(x, scaled), 1 - (4e-7f * (length + 2)), 1 + (4e-7f * (length + 2)));
                Assert.InRange(kernel(x, negated), -1 - (4e-7f * (length + 2)), -1 + (4e-7f * (length + 2)));
            }
        }
    }

    [Fact]
    public void Cosine_checks_its_spans_and_reads_only_the_first_elements()
    {
        float[] x = { 1, 2, 3, 4, 99 }, y = { 4, 3, 2, 1 };
        var e = Assert.Throws<ArgumentException>(() => Declared.Cosine_float_4(x, y.AsSpan(0, 3)));
        Assert.Equal("y", e.ParamName);
        Assert.Contains("4", e.Message);
        Assert.Equal(Declared.Cosine_float_4(x.AsSpan(0, 4), y), Declared.Cosine_float_4(x, y));
        Assert.Equal(20f / 30f, Declared.Cosine_float_4(x, y), 6);
        Assert.Equal(20f / 30f, Declared.DeterministicCosine_float_4(x, y), 6);
    }

    private static void Check<T>(DotKernel<T> kernel, int length, string mode)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(HashCode.Combine(Seed, length, typeof(T).Name, mode));
        for (int trial = 0; trial < Trials; trial++)
        {
            T[] x = Accuracy.RandomArray<T>(random, length), y = Accuracy.RandomArray<T>(random, length);
            Accuracy.AssertCosine<T>(kernel(x, y), x, y, length, $"{mode} CosineSimilarity({length}) {typeof(T).Name}, seed {Seed}");
        }
    }
}
