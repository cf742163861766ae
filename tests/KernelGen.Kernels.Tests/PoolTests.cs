using System;
using System.Collections.Generic;
using System.Linq;
using KernelGen.Testing;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>The <see cref="PoolKernels"/> against the reference interpreter.</summary>
public class PoolTests
{
    private static readonly int Seed = Environment.GetEnvironmentVariable("KERNELGEN_SEED") is { } s ? int.Parse(s) : Random.Shared.Next();

    public delegate void Kernel<T>(ReadOnlySpan<T> input, Span<T> output);

    private static Pool2DShape S(int c, int h, int w, int kh, int kw, int? sy = null, int? sx = null, int py = 0, int px = 0, int dy = 1, int dx = 1,
        bool ceil = false, bool countPad = true) => new(c, h, w, kh, kw, sy, sx, py, px, dy, dx, ceil, countPad);

    public static IEnumerable<(string Name, bool Max, Pool2DShape Shape, object Kernel)> Kernels() => new (string, bool, Pool2DShape, object)[]
    {
        ("Max7x9", true, S(1, 7, 9, 2, 2), (Kernel<float>)PoolKernels.Max7x9),
        ("Max7x9Ceil", true, S(3, 7, 9, 2, 2, ceil: true), (Kernel<float>)PoolKernels.Max7x9Ceil),
        ("Avg7x9", false, S(1, 7, 9, 2, 2), (Kernel<double>)PoolKernels.Avg7x9),
        ("Avg7x9Ceil", false, S(3, 7, 9, 2, 2, ceil: true), (Kernel<float>)PoolKernels.Avg7x9Ceil),
        ("Avg7x9CeilNoPad", false, S(3, 7, 9, 3, 3, 2, 2, 1, 1, ceil: true, countPad: false), (Kernel<double>)PoolKernels.Avg7x9CeilNoPad),
        ("MaxDigits1", true, S(16, 8, 8, 2, 2), (Kernel<float>)PoolKernels.MaxDigits1),
        ("MaxDigits2", true, S(32, 4, 4, 2, 2), (Kernel<float>)PoolKernels.MaxDigits2),
        ("MaxResNet", true, S(64, 56, 56, 3, 3, 2, 2, 1, 1), (Kernel<float>)PoolKernels.MaxResNet),
        ("MaxResNetCeil", true, S(64, 56, 56, 3, 3, 2, 2, 1, 1, ceil: true), (Kernel<double>)PoolKernels.MaxResNetCeil),
        ("AvgSmooth", false, S(64, 56, 56, 3, 3, 1, 1, 1, 1), (Kernel<float>)PoolKernels.AvgSmooth),
        ("AvgHalf", false, S(16, 33, 35, 2, 2), (Kernel<float>)PoolKernels.AvgHalf),
        ("MaxSame", true, S(3, 32, 33, 3, 3, 1, 1, 1, 1), (Kernel<float>)PoolKernels.MaxSame),
        ("MaxDilated", true, S(2, 20, 21, 3, 3, 1, 1, 1, 1, 2, 2), (Kernel<double>)PoolKernels.MaxDilated),
        ("MaxDilatedStride2", true, S(3, 40, 41, 3, 3, 2, 2, dx: 2), (Kernel<float>)PoolKernels.MaxDilatedStride2),
        ("MaxStride3", true, S(1, 30, 31, 3, 3), (Kernel<float>)PoolKernels.MaxStride3),
        ("AvgRows", false, S(3, 17, 100, 1, 3, 2, 1, 0, 1), (Kernel<double>)PoolKernels.AvgRows),
        ("MaxEmptyWindow", true, S(1, 2, 9, 2, 2, 2, 2, 1, 1, 3, 3), (Kernel<float>)PoolKernels.MaxEmptyWindow),
        ("AvgLooped", false, S(1, 1000, 1000, 4, 4), (Kernel<float>)PoolKernels.AvgLooped),
        ("MaxLarge", true, S(3, 100, 100, 7, 7, 1, 1, 3, 3), (Kernel<float>)PoolKernels.MaxLarge),
        ("AvgLarge", false, S(2, 40, 37, 7, 5, 1, 1, 3, 2, ceil: true, countPad: false), (Kernel<double>)PoolKernels.AvgLarge),
        ("AvgLargeCeil", false, S(2, 40, 37, 7, 7, 2, 2, 3, 3, ceil: true), (Kernel<float>)PoolKernels.AvgLargeCeil),
    };

    public static TheoryData<string> Names() => new(Kernels().Select(k => k.Name));

    /// <summary>Runs a kernel on <paramref name="input"/> into a buffer pre-filled with a marker, checks every output against the reference.</summary>
    private static void Check<T>(string name, bool max, Pool2DShape shape, Kernel<T> kernel, T[] input, string what)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var output = Enumerable.Repeat(T.CreateTruncating(12345), shape.OutputLength + 3).ToArray();
        kernel(input, output);
        string context = $"{name} {what} (seed {Seed})";
        if (max)
        {
            Accuracy.AssertMaxPool<T>(output, input, shape, context);
        }
        else
        {
            Accuracy.AssertAvgPool<T>(output, input, shape, context);
        }

        Assert.All(output.Skip(shape.OutputLength), v => Assert.Equal(T.CreateTruncating(12345), v)); // nothing written past the output
    }

    private static void Run(string name, Action<bool, Pool2DShape, object> each)
    {
        var k = Kernels().Single(k => k.Name == name);
        each(k.Max, k.Shape, k.Kernel);
    }

    private static void ForType(object kernel, Action<Kernel<float>> single, Action<Kernel<double>> dbl)
    {
        if (kernel is Kernel<float> f)
        {
            single(f);
        }
        else
        {
            dbl((Kernel<double>)kernel);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_the_reference_on_random_inputs(string name) => Run(name, (max, shape, kernel) =>
    {
        var random = new Random(Seed ^ name.GetHashCode(StringComparison.Ordinal));
        ForType(kernel,
            f => { for (int i = 0; i < 3; i++) Check(name, max, shape, f, Accuracy.RandomArray<float>(random, shape.InputLength), $"random {i}"); },
            d => { for (int i = 0; i < 3; i++) Check(name, max, shape, d, Accuracy.RandomArray<double>(random, shape.InputLength), $"random {i}"); });
    });

    [Theory]
    [MemberData(nameof(Names))]
    public void NaN_and_infinities_in_a_window_propagate_as_PyTorch_does(string name) => Run(name, (max, shape, kernel) =>
    {
        var random = new Random(Seed ^ name.Length);
        T[] Spiked<T>()
            where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
        {
            T[] x = Accuracy.RandomArray<T>(random, shape.InputLength);
            // a few NaN, and infinities of both signs, anywhere (the first and the last element too)
            x[0] = T.NaN;
            x[^1] = T.NaN;
            for (int i = 0; i < Math.Max(3, x.Length / 50); i++)
            {
                x[random.Next(x.Length)] = (i % 3) switch { 0 => T.NaN, 1 => T.PositiveInfinity, _ => T.NegativeInfinity };
            }

            return x;
        }

        // one NaN alone, anywhere: the kernel must notice it wherever it is (a max pooling scans its input for NaN)
        T[] Single<T>()
            where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
        {
            T[] x = Accuracy.RandomArray<T>(random, shape.InputLength);
            x[random.Next(x.Length)] = T.NaN;
            return x;
        }

        ForType(kernel, f => Check(name, max, shape, f, Spiked<float>(), "with NaN"), d => Check(name, max, shape, d, Spiked<double>(), "with NaN"));
        for (int i = 0; i < 4; i++)
        {
            ForType(kernel, f => Check(name, max, shape, f, Single<float>(), $"one NaN ({i})"), d => Check(name, max, shape, d, Single<double>(), $"one NaN ({i})"));
        }
    });

    [Fact]
    public void Output_sizes_are_PyTorchs()
    {
        // from torch.nn.functional.max_pool2d / avg_pool2d on these shapes
        Assert.Equal((3, 4), (S(1, 7, 9, 2, 2).OutHeight, S(1, 7, 9, 2, 2).OutWidth));
        Assert.Equal((4, 5), (S(1, 7, 9, 2, 2, ceil: true).OutHeight, S(1, 7, 9, 2, 2, ceil: true).OutWidth));
        Assert.Equal((28, 28), (S(1, 56, 56, 3, 3, 2, 2, 1, 1).OutHeight, S(1, 56, 56, 3, 3, 2, 2, 1, 1).OutWidth));
        Assert.Equal(29, S(1, 56, 56, 3, 3, 2, 2, 1, 1, ceil: true).OutHeight); // the 29th window starts at row 55, in the image
        Assert.Equal(3, S(1, 5, 5, 2, 2, 2, 2, 1, 1, ceil: true).OutHeight); // a 4th would start in the bottom padding: dropped
        Assert.Equal(4, S(1, 7, 7, 3, 3, 2, 2, 1, 1, ceil: true).OutHeight);
        Assert.Equal(10, S(1, 30, 31, 3, 3).OutWidth);
    }

    [Fact]
    public void Short_spans_throw_with_the_name_and_write_nothing()
    {
        var y = Enumerable.Repeat(7f, 16 * 16).ToArray();
        var e = Assert.Throws<ArgumentException>(() => PoolKernels.MaxDigits1(new float[16 * 64 - 1], y));
        Assert.Equal("input", e.ParamName);
        Assert.Contains("1023", e.Message);
        e = Assert.Throws<ArgumentException>(() => PoolKernels.MaxDigits1(new float[16 * 64], y.AsSpan(0, 255)));
        Assert.Equal("output", e.ParamName);
        Assert.All(y, v => Assert.Equal(7f, v));
    }

    [Fact]
    public void An_output_overlapping_the_input_throws_and_writes_nothing()
    {
        var buffer = Enumerable.Range(0, 2000).Select(i => (float)i).ToArray();
        var before = buffer.ToArray();
        Assert.Throws<ArgumentException>(() => PoolKernels.MaxDigits1(buffer.AsSpan(0, 1024), buffer.AsSpan(1000, 256)));
        Assert.Equal(before, buffer);
        PoolKernels.MaxDigits1(buffer.AsSpan(0, 1024), buffer.AsSpan(1024, 256)); // neighbouring slices are fine
        Assert.Equal(9f, buffer[1024]); // max of 0, 1, 8, 9
    }
}
