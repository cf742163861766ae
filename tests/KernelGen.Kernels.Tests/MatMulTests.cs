using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// Every matrix product and batched dense layer the real build generated for <see cref="KernelCatalog"/>, on fresh
/// random inputs, against <see cref="ReferenceInterpreter.MatMul{T}"/> and <see cref="ReferenceInterpreter.DenseBatch{T}"/>
/// within the contract's bound; longer spans, neighbouring slices and bad input.
/// </summary>
public class MatMulTests
{
    private const int Trials = 2;
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    public static IEnumerable<object[]> Cases() => Declared.FloatMatMul.Select(c => new object[] { c.Name.Replace("_float", "") });

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatMul_matches_reference(string name)
    {
        Check(Declared.FloatMatMul.Single(c => c.Name.Replace("_float", "") == name));
        Check(Declared.DoubleMatMul.Single(c => c.Name.Replace("_double", "") == name));
    }

    [Fact]
    public void Batched_dense_is_the_batch_1_layer_row_by_row()
    {
        var random = new Random(Seed);
        float[] input = Accuracy.RandomArray<float>(random, 64 * 784), weights = Accuracy.RandomArray<float>(random, 784 * 10), bias = Accuracy.RandomArray<float>(random, 10);
        float[] batched = new float[64 * 10];
        Declared.Dense_float_784x10_Batch64_None(input, weights, bias, batched);
        for (int b = 0; b < 64; b++)
        {
            Accuracy.AssertDense<float>(batched.AsSpan(b * 10, 10), input.AsSpan(b * 784, 784), weights, bias, 784, 10, Activation.None, $"row {b}, seed {Seed}");
        }

        // the whole batch as the matrix product it is (input x weights^T), held to the same bound
        Accuracy.AssertMatMul<float>(batched, input, weights, bias, 64, 784, 10, true, Activation.None, $"batch, seed {Seed}");
    }

    [Fact]
    public void Longer_spans_are_fine_and_only_the_required_part_is_written()
    {
        var random = new Random(Seed);
        MatMulCase<float> c = Declared.FloatMatMul.First(k => k.M == 17 && k.K == 19 && k.N == 23 && !k.TransposeB);
        float[] a = Accuracy.RandomArray<float>(random, (17 * 19) + 5), b = Accuracy.RandomArray<float>(random, (19 * 23) + 7), bias = Accuracy.RandomArray<float>(random, 30);
        float[] output = Enumerable.Repeat(123f, (17 * 23) + 11).ToArray();
        Run(c, a, b, bias, output);
        Accuracy.AssertMatMul<float>(output.AsSpan(0, 17 * 23), a, b, c.WithBias is null ? default : bias.AsSpan(0, 23), 17, 19, 23, false, c.Activation, "long spans");
        Assert.All(output.Skip(17 * 23), v => Assert.Equal(123f, v));
    }

    [Fact]
    public void Neighbouring_slices_of_one_buffer_work_and_overlap_throws_before_writing()
    {
        var random = new Random(Seed);
        float[] buffer = Accuracy.RandomArray<float>(random, (16 * 16 * 3) + 16);
        float[] copy = buffer.ToArray();
        Span<float> all = buffer;
        Declared.MatMul16x16x16_Step_float(all.Slice(0, 256), all.Slice(256, 256), all.Slice(512, 16), all.Slice(528, 256));
        Accuracy.AssertMatMul<float>(buffer.AsSpan(528, 256), copy.AsSpan(0, 256), copy.AsSpan(256, 256), copy.AsSpan(512, 16), 16, 16, 16, false, Activation.Step, "slices");

        float[] before = buffer.ToArray();
        var e = Assert.Throws<ArgumentException>(() => Declared.MatMul16x16x16_Step_float(buffer.AsSpan(0, 256), buffer.AsSpan(256, 256), buffer.AsSpan(512, 16), buffer.AsSpan(200, 256)));
        Assert.Equal("c", e.ParamName);
        Assert.Equal(before, buffer);
    }

    [Fact]
    public void Short_spans_throw_naming_the_parameter_and_write_nothing()
    {
        float[] a = new float[16 * 16], b = new float[16 * 16], bias = new float[16], c = Enumerable.Repeat(5f, 16 * 16).ToArray();
        var e = Assert.Throws<ArgumentException>(() => Declared.MatMul16x16x16_Step_float(a, b.AsSpan(0, 255), bias, c));
        Assert.Equal("b", e.ParamName);
        Assert.Contains("256", e.Message);
        Assert.Contains("255", e.Message);
        e = Assert.Throws<ArgumentException>(() => Declared.MatMul16x16x16_Step_float(a, b, bias.AsSpan(0, 3), c));
        Assert.Equal("bias", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => Declared.MatMul16x16x16_Step_float(a, b, bias, c.AsSpan(0, 100)));
        Assert.Equal("c", e.ParamName);
        Assert.All(c, v => Assert.Equal(5f, v));
        var d = Assert.Throws<ArgumentException>(() => Declared.Dense_float_784x10_Batch64_None(new float[784 * 63], new float[7840], new float[10], new float[640]));
        Assert.Equal("input", d.ParamName);
    }

    private static void Check<T>(MatMulCase<T> c)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(HashCode.Combine(Seed, c.Name, typeof(T).Name));
        for (int trial = 0; trial < Trials; trial++)
        {
            T[] a = Accuracy.RandomArray<T>(random, c.M * c.K), b = Accuracy.RandomArray<T>(random, c.K * c.N);
            T[] bias = c.WithBias is null ? Array.Empty<T>() : Accuracy.RandomArray<T>(random, c.N);
            T[] output = new T[c.M * c.N];
            Run(c, a, b, bias, output);
            Accuracy.AssertMatMul<T>(output, a, b, bias, c.M, c.K, c.N, c.TransposeB, c.Activation, $"{c}, seed {Seed}");
        }
    }

    private static void Run<T>(MatMulCase<T> c, T[] a, T[] b, T[] bias, T[] output)
    {
        if (c.WithBias is { } withBias)
        {
            withBias(a, b, bias, output);
        }
        else
        {
            c.NoBias!(a, b, output);
        }
    }
}
