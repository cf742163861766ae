using System;
using System.Numerics;
using KernelGen;
using Xunit;

namespace KernelGen.Testing;

/// <summary>
/// Holds a kernel's results to the contract's accuracy bound against <see cref="ReferenceInterpreter"/>:
/// <c>|z - exact| &lt;= n * u * (sum |products| + |bias|)</c> before the activation, then the activation's own
/// sensitivity and an <c>8u(1 + |f|)</c> allowance for Sigmoid and Tanh. Shared by the test projects.
/// </summary>
public static class Accuracy
{
    public static double UnitRoundoff<T>() => typeof(T) == typeof(float) ? Math.Pow(2, -24) : Math.Pow(2, -53);

    /// <summary>The bound on the pre-activation error for <paramref name="terms"/> products with the given magnitude.</summary>
    public static double Bound<T>(int terms, double magnitude) =>
        // one more than the contract's n for the final rounding to T, plus room for subnormal results
        (terms + 2) * UnitRoundoff<T>() * magnitude + (typeof(T) == typeof(float) ? 1e-37 : 1e-300);

    public static void AssertDot<T>(T actual, ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double exact = ReferenceInterpreter.DotProductExact(x, y, length);
        double magnitude = 0;
        for (int i = 0; i < length; i++)
        {
            magnitude += Math.Abs(double.CreateTruncating(x[i]) * double.CreateTruncating(y[i]));
        }

        double error = Math.Abs(double.CreateTruncating(actual) - exact);
        double bound = Bound<T>(length, magnitude);
        Assert.True(error <= bound, $"{context}: dot = {actual}, exact {exact:R}, error {error:E3} > bound {bound:E3}");
    }

    /// <summary>The contract's cosine bound: <c>|r - exact| &lt;= 4 (n + 2) u (1 + sum |x y| / (|x| |y|))</c>.</summary>
    public static void AssertCosine<T>(T actual, ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double exact = ReferenceInterpreter.CosineSimilarityExact(x, y, length);
        double products = 0, xx = 0, yy = 0;
        for (int i = 0; i < length; i++)
        {
            double a = double.CreateTruncating(x[i]), b = double.CreateTruncating(y[i]);
            products += Math.Abs(a * b);
            xx += a * a;
            yy += b * b;
        }

        double error = Math.Abs(double.CreateTruncating(actual) - exact);
        double bound = 4 * (length + 2) * UnitRoundoff<T>() * (1 + (products / (Math.Sqrt(xx) * Math.Sqrt(yy))));
        Assert.True(error <= bound, $"{context}: cosine = {actual}, exact {exact:R}, error {error:E3} > bound {bound:E3}");
    }

    public static void AssertDense<T>(ReadOnlySpan<T> actual, ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias,
        int inputs, int outputs, Activation activation, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[outputs];
        ReferenceInterpreter.DensePreActivation(input, weights, bias, z, inputs, outputs);
        for (int o = 0; o < outputs; o++)
        {
            double magnitude = bias.IsEmpty ? 0 : Math.Abs(double.CreateTruncating(bias[o]));
            for (int i = 0; i < inputs; i++)
            {
                magnitude += Math.Abs(double.CreateTruncating(weights[o * inputs + i]) * double.CreateTruncating(input[i]));
            }

            AssertActivated(double.CreateTruncating(actual[o]), z[o], Bound<T>(inputs + 1, magnitude), activation, UnitRoundoff<T>(),
                $"{context}, output {o}");
        }
    }

    /// <summary>
    /// Checks a convolution's outputs. The magnitude term of each output's bound (sum of |products| + |bias|) is the
    /// same convolution over the absolute values, which the reference interpreter computes as well.
    /// </summary>
    public static void AssertConv<T>(ReadOnlySpan<T> actual, ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias,
        Conv2DShape shape, Activation activation, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[shape.OutputLength];
        var magnitude = new double[shape.OutputLength];
        ReferenceInterpreter.Conv2DPreActivation(input, weights, bias, z, shape);
        ReferenceInterpreter.Conv2DPreActivation<T>(Abs(input), Abs(weights), Abs(bias), magnitude, shape);
        int taps = shape.InChannels / shape.Groups * shape.KernelHeight * shape.KernelWidth;
        for (int i = 0; i < z.Length; i++)
        {
            AssertActivated(double.CreateTruncating(actual[i]), z[i], Bound<T>(taps + 1, magnitude[i]), activation, UnitRoundoff<T>(),
                $"{context}, output {i} (channel {i / (shape.OutHeight * shape.OutWidth)}, row {i / shape.OutWidth % shape.OutHeight}, column {i % shape.OutWidth})");
        }
    }

    /// <summary>Checks a 1-D convolution's outputs, as <see cref="AssertConv{T}"/> does.</summary>
    public static void AssertConv1D<T>(ReadOnlySpan<T> actual, ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias,
        Conv1DShape shape, Activation activation, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[shape.OutputLength];
        var magnitude = new double[shape.OutputLength];
        ReferenceInterpreter.Conv1DPreActivation(input, weights, bias, z, shape);
        ReferenceInterpreter.Conv1DPreActivation<T>(Abs(input), Abs(weights), Abs(bias), magnitude, shape);
        int taps = shape.InChannels / shape.Groups * shape.KernelSize;
        for (int i = 0; i < z.Length; i++)
        {
            AssertActivated(double.CreateTruncating(actual[i]), z[i], Bound<T>(taps + 1, magnitude[i]), activation, UnitRoundoff<T>(),
                $"{context}, output {i} (channel {i / shape.OutLength}, position {i % shape.OutLength})");
        }
    }

    /// <summary>
    /// Checks a matrix product's outputs (<c>c</c>, <c>[m][n]</c>); the magnitude term of each bound is the same product
    /// over the absolute values. A batched dense layer is the product with <paramref name="transposeB"/>.
    /// </summary>
    public static void AssertMatMul<T>(ReadOnlySpan<T> actual, ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> bias,
        int m, int k, int n, bool transposeB, Activation activation, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[m * n];
        var magnitude = new double[m * n];
        ReferenceInterpreter.MatMulPreActivation(a, b, bias, z, m, k, n, transposeB);
        ReferenceInterpreter.MatMulPreActivation<T>(Abs(a), Abs(b), Abs(bias), magnitude, m, k, n, transposeB);
        for (int i = 0; i < z.Length; i++)
        {
            AssertActivated(double.CreateTruncating(actual[i]), z[i], Bound<T>(k + 1, magnitude[i]), activation, UnitRoundoff<T>(),
                $"{context}, c[{i / n}, {i % n}]");
        }
    }

    /// <summary>
    /// Checks a max pooling: the contract says it is exact, so every output equals the reference's (NaN where it is NaN).
    /// Zeros of either sign are equal: which one a window of +0 and -0 gives is not specified.
    /// </summary>
    public static void AssertMaxPool<T>(ReadOnlySpan<T> actual, ReadOnlySpan<T> input, Pool2DShape shape, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var expected = new T[shape.OutputLength];
        ReferenceInterpreter.MaxPool2D<T>(input, expected, shape);
        for (int i = 0; i < expected.Length; i++)
        {
            bool same = T.IsNaN(expected[i]) ? T.IsNaN(actual[i]) : actual[i] == expected[i];
            Assert.True(same, $"{context}, output {i} ({Where(i, shape)}): got {actual[i]}, expected {expected[i]}");
        }
    }

    /// <summary>
    /// Checks an average pooling to the contract's bound, <c>(n + 1) u (sum |x| over the window) / divisor</c>; the
    /// magnitude term is the same pooling over the absolute values.
    /// </summary>
    public static void AssertAvgPool<T>(ReadOnlySpan<T> actual, ReadOnlySpan<T> input, Pool2DShape shape, string context)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var exact = new double[shape.OutputLength];
        var magnitude = new double[shape.OutputLength];
        ReferenceInterpreter.AvgPool2DExact(input, exact, shape);
        ReferenceInterpreter.AvgPool2DExact<T>(Abs(input), magnitude, shape);
        for (int i = 0; i < exact.Length; i++)
        {
            double value = double.CreateTruncating(actual[i]);
            double bound = Bound<T>(shape.KernelHeight * shape.KernelWidth, magnitude[i]);
            bool ok = double.IsNaN(exact[i]) ? double.IsNaN(value) : Math.Abs(value - exact[i]) <= bound || value == exact[i];
            Assert.True(ok, $"{context}, output {i} ({Where(i, shape)}): got {value:R}, expected {exact[i]:R}, bound {bound:E3}");
        }
    }

    private static string Where(int i, Pool2DShape shape) =>
        $"channel {i / (shape.OutHeight * shape.OutWidth)}, row {i / shape.OutWidth % shape.OutHeight}, column {i % shape.OutWidth}";

    private static T[] Abs<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var result = new T[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            result[i] = T.Abs(values[i]);
        }

        return result;
    }

    /// <summary>Checks <paramref name="actual"/> against <c>f(exactZ)</c> given the pre-activation bound.</summary>
    public static void AssertActivated(double actual, double exactZ, double bound, Activation activation, double u, string context)
    {
        double expected = ReferenceInterpreter.Activate(activation, exactZ);
        double allowed = activation switch
        {
            Activation.None or Activation.Relu => bound,
            Activation.Sigmoid => (0.25 * bound) + (8 * u * (1 + Math.Abs(expected))),
            Activation.Tanh => bound + (8 * u * (1 + Math.Abs(expected))),
            Activation.Step => Math.Abs(exactZ) <= bound ? 1 : 0, // within the bound of 0, either side is right
            _ => throw new ArgumentOutOfRangeException(nameof(activation)),
        };

        double error = Math.Abs(actual - expected);
        Assert.True(error <= allowed, $"{context}: {activation}: got {actual:R}, expected {expected:R} (z = {exactZ:R}), error {error:E3} > {allowed:E3}");
    }

    /// <summary>Random values in [-1, 1] times a scale drawn per call, so magnitudes vary between runs.</summary>
    public static T[] RandomArray<T>(Random random, int length)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        double scale = Math.Pow(10, random.Next(-2, 3));
        var values = new T[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = T.CreateTruncating(((random.NextDouble() * 2) - 1) * scale);
        }

        return values;
    }
}
