using System;
using System.Numerics;

namespace KernelGen;

/// <summary>
/// Computes every KernelGen kernel straight from its definition, with the plainest loops and a <see cref="double"/>
/// accumulator. It shares no code with the generator: tests hold generated kernels to it, and users can check their own
/// kernels with it. It is meant to be obviously right, not fast.
/// </summary>
public static partial class ReferenceInterpreter
{
    /// <summary>The dot product <c>sum over i &lt; length of x[i] * y[i]</c>, accumulated in double.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">A span is shorter than <paramref name="length"/>.</exception>
    public static T DotProduct<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => T.CreateTruncating(DotProductExact(x, y, length));

    /// <summary>The dot product as a <see cref="double"/>, before rounding to <typeparamref name="T"/>.</summary>
    public static double DotProductExact<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, int length)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        RequirePositive(length, nameof(length));
        RequireLength(x, length, nameof(x));
        RequireLength(y, length, nameof(y));
        double sum = 0;
        for (int i = 0; i < length; i++)
        {
            sum += double.CreateTruncating(x[i]) * double.CreateTruncating(y[i]);
        }

        return sum;
    }

    /// <summary>
    /// A dense layer: <c>output[o] = f(sum_i weights[o * inputs + i] * input[i] + bias[o])</c>, weights row-major
    /// <c>[outputs][inputs]</c>.
    /// </summary>
    public static void Dense<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, Span<T> output,
        int inputs, int outputs, Activation activation = Activation.None)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        RequireLength(bias, outputs, nameof(bias));
        DenseCore(input, weights, bias, hasBias: true, output, inputs, outputs, activation);
    }

    /// <summary>A dense layer without bias: <c>output[o] = f(sum_i weights[o * inputs + i] * input[i])</c>.</summary>
    public static void Dense<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, Span<T> output,
        int inputs, int outputs, Activation activation = Activation.None)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
        => DenseCore(input, weights, default, hasBias: false, output, inputs, outputs, activation);

    /// <summary>
    /// The pre-activation values <c>z[o] = sum_i weights[o * inputs + i] * input[i] + bias[o]</c> of a dense layer in
    /// double, before rounding; pass an empty <paramref name="bias"/> for none.
    /// </summary>
    public static void DensePreActivation<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias,
        Span<double> z, int inputs, int outputs)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        RequirePositive(inputs, nameof(inputs));
        RequirePositive(outputs, nameof(outputs));
        RequireLength(input, inputs, nameof(input));
        RequireLength(weights, checked(inputs * outputs), nameof(weights));
        RequireLength(z, outputs, nameof(z));
        for (int o = 0; o < outputs; o++)
        {
            double sum = bias.IsEmpty ? 0 : double.CreateTruncating(bias[o]);
            for (int i = 0; i < inputs; i++)
            {
                sum += double.CreateTruncating(weights[o * inputs + i]) * double.CreateTruncating(input[i]);
            }

            z[o] = sum;
        }
    }

    /// <summary>
    /// A dense layer over a batch: each of the <paramref name="batch"/> rows of <paramref name="input"/> (<c>[batch][inputs]</c>)
    /// through the layer into the same row of <paramref name="output"/> (<c>[batch][outputs]</c>); pass an empty
    /// <paramref name="bias"/> for none.
    /// </summary>
    public static void DenseBatch<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, Span<T> output,
        int inputs, int outputs, int batch, Activation activation = Activation.None)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        RequirePositive(batch, nameof(batch));
        RequireLength(input, checked(batch * inputs), nameof(input));
        RequireLength(output, checked(batch * outputs), nameof(output));
        for (int b = 0; b < batch; b++)
        {
            DenseCore(input.Slice(b * inputs, inputs), weights, bias, hasBias: !bias.IsEmpty, output.Slice(b * outputs, outputs), inputs, outputs, activation);
        }
    }

    /// <summary>
    /// The matrix product <c>c[i*n + j] = f(sum over p &lt; k of a[i*k + p] * b[p*n + j] + bias[j])</c> (with
    /// <paramref name="transposeB"/>, <c>b[j*k + p]</c>), from the definition; pass an empty <paramref name="bias"/> for none.
    /// </summary>
    public static void MatMul<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> bias, Span<T> c,
        int m, int k, int n, bool transposeB = false, Activation activation = Activation.None)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[checked(m * n)];
        MatMulPreActivation(a, b, bias, z, m, k, n, transposeB);
        RequireLength(c, z.Length, nameof(c));
        for (int i = 0; i < z.Length; i++)
        {
            c[i] = T.CreateTruncating(Activate(activation, z[i]));
        }
    }

    /// <summary>The pre-activation values of <see cref="MatMul{T}"/> in double, before rounding.</summary>
    public static void MatMulPreActivation<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, ReadOnlySpan<T> bias, Span<double> z,
        int m, int k, int n, bool transposeB = false)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        RequirePositive(m, nameof(m));
        RequirePositive(k, nameof(k));
        RequirePositive(n, nameof(n));
        RequireLength(a, checked(m * k), nameof(a));
        RequireLength(b, checked(k * n), nameof(b));
        if (!bias.IsEmpty)
        {
            RequireLength(bias, n, nameof(bias));
        }

        RequireLength(z, m * n, nameof(z));
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = bias.IsEmpty ? 0 : double.CreateTruncating(bias[j]);
                for (int p = 0; p < k; p++)
                {
                    T bv = transposeB ? b[(j * k) + p] : b[(p * n) + j];
                    sum += double.CreateTruncating(a[(i * k) + p]) * double.CreateTruncating(bv);
                }

                z[(i * n) + j] = sum;
            }
        }
    }

    /// <summary>
    /// A 2-D convolution as PyTorch's <c>nn.Conv2d</c> computes it at batch 1 (see <see cref="Conv2DAttribute"/>), with
    /// plain loops over the definition: every tap of every filter, input indices outside the image reading as zero.
    /// Pass an empty <paramref name="bias"/> for none.
    /// </summary>
    public static void Conv2D<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, Span<T> output,
        Conv2DShape shape, Activation activation = Activation.None)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[shape.OutputLength];
        Conv2DPreActivation(input, weights, bias, z, shape);
        RequireLength(output, shape.OutputLength, nameof(output));
        for (int i = 0; i < z.Length; i++)
        {
            output[i] = T.CreateTruncating(Activate(activation, z[i]));
        }
    }

    /// <summary>The pre-activation values of <see cref="Conv2D{T}"/> in double, before rounding.</summary>
    public static void Conv2DPreActivation<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias,
        Span<double> z, Conv2DShape shape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        shape.Validate();
        RequireLength(input, shape.InputLength, nameof(input));
        RequireLength(weights, shape.WeightsLength, nameof(weights));
        if (!bias.IsEmpty)
        {
            RequireLength(bias, shape.OutChannels, nameof(bias));
        }

        RequireLength(z, shape.OutputLength, nameof(z));
        int inPerGroup = shape.InChannels / shape.Groups, outPerGroup = shape.OutChannels / shape.Groups;
        int oh = shape.OutHeight, ow = shape.OutWidth;
        for (int oc = 0; oc < shape.OutChannels; oc++)
        {
            int g = oc / outPerGroup;
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    double sum = bias.IsEmpty ? 0 : double.CreateTruncating(bias[oc]);
                    for (int ic = 0; ic < inPerGroup; ic++)
                    {
                        for (int ky = 0; ky < shape.KernelHeight; ky++)
                        {
                            for (int kx = 0; kx < shape.KernelWidth; kx++)
                            {
                                int iy = (oy * shape.StrideY) - shape.PaddingY + (ky * shape.DilationY);
                                int ix = (ox * shape.StrideX) - shape.PaddingX + (kx * shape.DilationX);
                                if (iy < 0 || iy >= shape.Height || ix < 0 || ix >= shape.Width)
                                {
                                    continue; // zero padding
                                }

                                double w = double.CreateTruncating(weights[(((oc * inPerGroup) + ic) * shape.KernelHeight + ky) * shape.KernelWidth + kx]);
                                double x = double.CreateTruncating(input[(((g * inPerGroup) + ic) * shape.Height + iy) * shape.Width + ix]);
                                sum += w * x;
                            }
                        }
                    }

                    z[((oc * oh) + oy) * ow + ox] = sum;
                }
            }
        }
    }

    /// <summary>
    /// A 1-D convolution as PyTorch's <c>nn.Conv1d</c> computes it at batch 1 (see <see cref="Conv1DAttribute"/>), with
    /// plain loops over the definition, input indices outside the signal reading as zero. Pass an empty
    /// <paramref name="bias"/> for none.
    /// </summary>
    public static void Conv1D<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, Span<T> output,
        Conv1DShape shape, Activation activation = Activation.None)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[shape.OutputLength];
        Conv1DPreActivation(input, weights, bias, z, shape);
        RequireLength(output, shape.OutputLength, nameof(output));
        for (int i = 0; i < z.Length; i++)
        {
            output[i] = T.CreateTruncating(Activate(activation, z[i]));
        }
    }

    /// <summary>The pre-activation values of <see cref="Conv1D{T}"/> in double, before rounding.</summary>
    public static void Conv1DPreActivation<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias,
        Span<double> z, Conv1DShape shape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        shape.Validate();
        RequireLength(input, shape.InputLength, nameof(input));
        RequireLength(weights, shape.WeightsLength, nameof(weights));
        if (!bias.IsEmpty)
        {
            RequireLength(bias, shape.OutChannels, nameof(bias));
        }

        RequireLength(z, shape.OutputLength, nameof(z));
        int inPerGroup = shape.InChannels / shape.Groups, outPerGroup = shape.OutChannels / shape.Groups;
        int outLength = shape.OutLength;
        for (int oc = 0; oc < shape.OutChannels; oc++)
        {
            int g = oc / outPerGroup;
            for (int ox = 0; ox < outLength; ox++)
            {
                double sum = bias.IsEmpty ? 0 : double.CreateTruncating(bias[oc]);
                for (int ic = 0; ic < inPerGroup; ic++)
                {
                    for (int k = 0; k < shape.KernelSize; k++)
                    {
                        int ix = (ox * shape.Stride) - shape.Padding + (k * shape.Dilation);
                        if (ix < 0 || ix >= shape.Length)
                        {
                            continue; // zero padding
                        }

                        sum += double.CreateTruncating(weights[(((oc * inPerGroup) + ic) * shape.KernelSize) + k])
                            * double.CreateTruncating(input[(((g * inPerGroup) + ic) * shape.Length) + ix]);
                    }
                }

                z[(oc * outLength) + ox] = sum;
            }
        }
    }

    /// <summary>Applies <paramref name="activation"/> to <paramref name="z"/> as the contract defines it.</summary>
    public static double Activate(Activation activation, double z) => activation switch
    {
        Activation.None => z,
        Activation.Relu => double.IsNaN(z) ? z : Math.Max(0.0, z),
        Activation.Sigmoid => 1.0 / (1.0 + Math.Exp(-z)),
        Activation.Tanh => Math.Tanh(z),
        Activation.Step => z >= 0 ? 1.0 : 0.0,
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };

    private static void DenseCore<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias, bool hasBias,
        Span<T> output, int inputs, int outputs, Activation activation)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        RequireLength(output, outputs, nameof(output));
        var z = new double[outputs];
        DensePreActivation(input, weights, hasBias ? bias : default, z, inputs, outputs);
        for (int o = 0; o < outputs; o++)
        {
            output[o] = T.CreateTruncating(Activate(activation, z[o]));
        }
    }

    private static void RequirePositive(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be at least 1.");
        }
    }

    private static void RequireLength<T>(ReadOnlySpan<T> span, int required, string name)
    {
        if (span.Length < required)
        {
            throw new ArgumentException($"The span '{name}' must hold at least {required} elements, but it holds {span.Length}.", name);
        }
    }

    private static void RequireLength<T>(Span<T> span, int required, string name) => RequireLength((ReadOnlySpan<T>)span, required, name);
}
