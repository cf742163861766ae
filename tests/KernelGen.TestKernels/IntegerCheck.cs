using System;
using System.Numerics;

namespace KernelGen.Kernels.Tests;

/// <summary>How a check fills its operands.</summary>
public enum Fill
{
    /// <summary>Uniform over each type's whole range.</summary>
    Random,

    /// <summary>
    /// Every activation at the end of its range farthest from the zero point and every weight -128: the products a
    /// careless <c>VPMADDUBSW</c> would saturate (255 x -128 twice is below -32768).
    /// </summary>
    Extreme,

    /// <summary>Each operand at one end of its range or the other, at random.</summary>
    Corners,

    /// <summary>Random operands with every scale 0.5 or 0.25: requantization ties land exactly on .5.</summary>
    Ties,
}

/// <summary>A dot product kernel under test.</summary>
public delegate int DotCall<TIn>(ReadOnlySpan<TIn> x, ReadOnlySpan<sbyte> y);

/// <summary>A cosine similarity kernel under test.</summary>
public delegate float CosineCall(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);

/// <summary>A pooling kernel under test.</summary>
public delegate void PoolCall<T>(ReadOnlySpan<T> x, Span<T> y);

/// <summary>A dense kernel under test, given every operand (it passes on those its signature takes).</summary>
public delegate void DenseCall<TIn, TOut>(ReadOnlySpan<TIn> x, ReadOnlySpan<sbyte> w, ReadOnlySpan<int> b, ReadOnlySpan<float> s, Span<TOut> y);

/// <summary>
/// Runs one integer kernel on operands drawn by a <see cref="Fill"/> and compares it with the reference interpreter:
/// null when equal, else what differs. Operands given at compile time are passed as the kernel holds them.
/// </summary>
public static class IntegerCheck
{
    public static string? Dot<TIn>(Random random, Fill fill, int length, int zeroPoint, DotCall<TIn> kernel, sbyte[]? constant = null)
        where TIn : unmanaged, IBinaryInteger<TIn>, IMinMaxValue<TIn>
    {
        TIn[] x = Activations<TIn>(random, fill, length, zeroPoint);
        sbyte[] y = constant ?? Weights(random, fill, length);
        int got = kernel(x, y);
        long want = ReferenceInterpreter.DotProductInteger<TIn>(x, y, length, zeroPoint);
        return got == want ? null : $"{got} instead of {want}";
    }

    public static string? Cosine(Random random, Fill fill, int length, CosineCall kernel)
    {
        sbyte[] x = Weights(random, fill, length), y = Weights(random, fill == Fill.Extreme ? Fill.Corners : fill, length);
        float got = kernel(x, y), want = ReferenceInterpreter.CosineSimilarity(x, y, length);
        return got.Equals(want) ? null : $"{got:R} instead of {want:R}";
    }

    public static string? Dense<TIn, TOut>(Random random, Fill fill, int inputs, int outputs, int batch, int inputZeroPoint, int outputZeroPoint,
        Activation activation, bool hasBias, DenseCall<TIn, TOut> kernel, sbyte[]? weights = null, int[]? bias = null, float[]? scale = null)
        where TIn : unmanaged, IBinaryInteger<TIn>, IMinMaxValue<TIn>
        where TOut : unmanaged, IEquatable<TOut>
    {
        TIn[] x = Activations<TIn>(random, fill, inputs * batch, inputZeroPoint);
        sbyte[] w = weights ?? Weights(random, fill, inputs * outputs);
        int[] b = bias ?? new int[hasBias ? outputs : 0];
        if (bias is null)
        {
            for (int i = 0; i < b.Length; i++)
            {
                b[i] = fill == Fill.Ties ? random.Next(-3, 4) : random.Next(-(1 << 20), 1 << 20);
            }
        }

        float[] s = scale ?? new float[outputs];
        if (scale is null)
        {
            for (int i = 0; i < s.Length; i++)
            {
                // wide enough that requantized outputs reach both ends of their range and saturate
                s[i] = fill == Fill.Ties ? (i % 2 == 0 ? 0.5f : 0.25f) : (float)(random.NextDouble() * 16.0 / (inputs * 128.0 + 1));
            }
        }

        var got = new TOut[outputs * batch];
        var want = new TOut[outputs * batch];
        kernel(x, w, b, s, got);
        ReferenceInterpreter.DenseInteger<TIn, TOut>(x, w, b, s, want, inputs, outputs, batch, inputZeroPoint, outputZeroPoint, activation);
        for (int i = 0; i < got.Length; i++)
        {
            bool same = got[i].Equals(want[i]);
            if (!same && got[i] is float g && want[i] is float e && activation is Activation.Sigmoid or Activation.Tanh)
            {
                // the contract's bound on the transcendental activations of a float output: 8u(1 + |f|)
                same = Math.Abs(g - e) <= 8 * Math.ScaleB(1.0, -24) * (1 + Math.Abs(e));
            }

            if (!same)
            {
                return $"output {i}: {got[i]} instead of {want[i]}";
            }
        }

        return null;
    }

    /// <summary>A convolution (2-D, or 1-D as one row) against <see cref="ReferenceInterpreter.Conv2DInteger{TIn, TOut}"/>, image by image.</summary>
    public static string? Conv<TIn, TOut>(Random random, Fill fill, Conv2DShape shape, int batch, int inputZeroPoint, int outputZeroPoint,
        Activation activation, bool hasBias, DenseCall<TIn, TOut> kernel, sbyte[]? weights = null)
        where TIn : unmanaged, IBinaryInteger<TIn>, IMinMaxValue<TIn>
        where TOut : unmanaged, IEquatable<TOut>
    {
        TIn[] x = Activations<TIn>(random, fill, shape.InputLength * batch, inputZeroPoint);
        sbyte[] w = weights ?? Weights(random, fill, shape.WeightsLength);
        var b = new int[hasBias ? shape.OutChannels : 0];
        for (int i = 0; i < b.Length; i++)
        {
            b[i] = fill == Fill.Ties ? random.Next(-3, 4) : random.Next(-(1 << 20), 1 << 20);
        }

        int taps = shape.InChannels / shape.Groups * shape.KernelHeight * shape.KernelWidth;
        var s = new float[shape.OutChannels];
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = fill == Fill.Ties ? (i % 2 == 0 ? 0.5f : 0.25f) : (float)(random.NextDouble() * 16.0 / (taps * 128.0 + 1));
        }

        var got = new TOut[shape.OutputLength * batch];
        var want = new TOut[shape.OutputLength * batch];
        kernel(x, w, b, s, got);
        for (int n = 0; n < batch; n++)
        {
            ReferenceInterpreter.Conv2DInteger<TIn, TOut>(x.AsSpan(n * shape.InputLength, shape.InputLength), w, b, s,
                want.AsSpan(n * shape.OutputLength, shape.OutputLength), shape, inputZeroPoint, outputZeroPoint, activation);
        }

        for (int i = 0; i < got.Length; i++)
        {
            bool same = got[i].Equals(want[i]);
            if (!same && got[i] is float g && want[i] is float e && activation is Activation.Sigmoid or Activation.Tanh)
            {
                same = Math.Abs(g - e) <= 8 * Math.ScaleB(1.0, -24) * (1 + Math.Abs(e));
            }

            if (!same)
            {
                return $"output {i}: {got[i]} instead of {want[i]}";
            }
        }

        return null;
    }

    /// <summary>A matrix product against <see cref="ReferenceInterpreter.DenseInteger{TIn, TOut}"/> on <c>b</c> as <c>[n][k]</c>.</summary>
    public static string? MatMul<TIn, TOut>(Random random, Fill fill, int m, int k, int n, bool transposeB, int inputZeroPoint, int outputZeroPoint,
        Activation activation, bool hasBias, DenseCall<TIn, TOut> kernel, sbyte[]? weights = null)
        where TIn : unmanaged, IBinaryInteger<TIn>, IMinMaxValue<TIn>
        where TOut : unmanaged, IEquatable<TOut>
    {
        sbyte[] b = weights ?? Weights(random, fill, k * n);
        var columns = new sbyte[k * n];
        for (int p = 0; p < k; p++)
        {
            for (int j = 0; j < n; j++)
            {
                columns[(j * k) + p] = transposeB ? b[(j * k) + p] : b[(p * n) + j];
            }
        }

        // the kernel gets b as declared, the reference the columns: the same numbers
        return Dense<TIn, TOut>(random, fill, k, n, m, inputZeroPoint, outputZeroPoint, activation, hasBias,
            (x, w, bias, s, y) => kernel(x, b, bias, s, y), columns);
    }

    /// <summary>A max pooling of bytes or sbytes against <see cref="ReferenceInterpreter.MaxPool2DInteger{T}"/>, image by image.</summary>
    public static string? MaxPool<T>(Random random, Fill fill, Pool2DShape shape, int batch, PoolCall<T> kernel)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        T[] x = Activations<T>(random, fill == Fill.Extreme ? Fill.Corners : fill, shape.InputLength * batch, 0);
        var got = new T[shape.OutputLength * batch];
        var want = new T[shape.OutputLength * batch];
        kernel(x, got);
        for (int n = 0; n < batch; n++)
        {
            ReferenceInterpreter.MaxPool2DInteger<T>(x.AsSpan(n * shape.InputLength, shape.InputLength), want.AsSpan(n * shape.OutputLength, shape.OutputLength), shape);
        }

        for (int i = 0; i < got.Length; i++)
        {
            if (got[i] != want[i])
            {
                return $"output {i}: {got[i]} instead of {want[i]}";
            }
        }

        return null;
    }

    private static TIn[] Activations<TIn>(Random random, Fill fill, int length, int zeroPoint)
        where TIn : unmanaged, IBinaryInteger<TIn>, IMinMaxValue<TIn>
    {
        int min = int.CreateTruncating(TIn.MinValue), max = int.CreateTruncating(TIn.MaxValue);
        var values = new TIn[length];
        for (int i = 0; i < length; i++)
        {
            int v = fill switch
            {
                Fill.Extreme => max - zeroPoint >= zeroPoint - min ? max : min,
                Fill.Corners => random.Next(2) == 0 ? min : max,
                _ => random.Next(min, max + 1),
            };
            values[i] = TIn.CreateTruncating(v);
        }

        return values;
    }

    private static sbyte[] Weights(Random random, Fill fill, int length)
    {
        var values = new sbyte[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = fill switch
            {
                Fill.Extreme => sbyte.MinValue,
                Fill.Corners => random.Next(2) == 0 ? sbyte.MinValue : sbyte.MaxValue,
                _ => (sbyte)random.Next(-128, 128),
            };
        }

        return values;
    }
}
