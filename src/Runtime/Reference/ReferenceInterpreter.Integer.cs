using System;
using System.Numerics;

namespace KernelGen;

public static partial class ReferenceInterpreter
{
    /// <summary>
    /// The exact sum of <c>(x[i] - inputZeroPoint) * y[i]</c> over <paramref name="length"/> elements, in
    /// <see cref="long"/>: the integer dot product's definition.
    /// </summary>
    /// <typeparam name="TIn">The activations' type, <see cref="byte"/> or <see cref="sbyte"/>.</typeparam>
    public static long DotProductInteger<TIn>(ReadOnlySpan<TIn> x, ReadOnlySpan<sbyte> y, int length, int inputZeroPoint = 0)
        where TIn : unmanaged, IBinaryInteger<TIn>
    {
        RequirePositive(length, nameof(length));
        RequireLength(x, length, nameof(x));
        RequireLength(y, length, nameof(y));
        long sum = 0;
        for (int i = 0; i < length; i++)
        {
            sum += (long.CreateTruncating(x[i]) - inputZeroPoint) * y[i];
        }

        return sum;
    }

    /// <summary>
    /// An integer dense layer over a batch: <c>acc[b, o] = bias[o] + sum over i of (input[b, i] - inputZeroPoint) *
    /// weights[o, i]</c> exactly (in <see cref="long"/>), then each output in <typeparamref name="TOut"/>'s form
    /// (<see cref="Requantize{TOut}"/>, <see cref="Dequantize"/>, or <c>acc</c> itself for <see cref="int"/>).
    /// </summary>
    /// <param name="input">The activations, <c>[batch][inputs]</c>.</param>
    /// <param name="weights">The weights, row-major <c>[outputs][inputs]</c>.</param>
    /// <param name="bias">The bias per output, or empty for none.</param>
    /// <param name="scale">The scale per output (unused for an <see cref="int"/> output).</param>
    /// <param name="output">The outputs, <c>[batch][outputs]</c>: <see cref="int"/>, <see cref="byte"/>, <see cref="sbyte"/> or <see cref="float"/>.</param>
    /// <param name="inputs">Inputs per row.</param>
    /// <param name="outputs">Outputs per row.</param>
    /// <param name="batch">Rows.</param>
    /// <param name="inputZeroPoint">The activations' zero point.</param>
    /// <param name="outputZeroPoint">A requantized output's zero point.</param>
    /// <param name="activation">The activation, in the output's own terms.</param>
    public static void DenseInteger<TIn, TOut>(ReadOnlySpan<TIn> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale,
        Span<TOut> output, int inputs, int outputs, int batch = 1, int inputZeroPoint = 0, int outputZeroPoint = 0, Activation activation = Activation.None)
        where TIn : unmanaged, IBinaryInteger<TIn>
        where TOut : unmanaged
    {
        RequirePositive(inputs, nameof(inputs));
        RequirePositive(outputs, nameof(outputs));
        RequirePositive(batch, nameof(batch));
        RequireLength(input, inputs * batch, nameof(input));
        RequireLength(weights, inputs * outputs, nameof(weights));
        RequireLength(output, outputs * batch, nameof(output));
        for (int b = 0; b < batch; b++)
        {
            for (int o = 0; o < outputs; o++)
            {
                long acc = bias.IsEmpty ? 0 : bias[o];
                acc += DotProductInteger(input.Slice(b * inputs, inputs), weights.Slice(o * inputs, inputs), inputs, inputZeroPoint);
                output[(b * outputs) + o] = Output<TOut>(acc, typeof(TOut) == typeof(int) ? 0 : scale[o], outputZeroPoint, activation);
            }
        }
    }

    /// <summary>
    /// An integer 2-D convolution, one image: <c>acc[oc, oy, ox] = bias[oc] + sum of (input - inputZeroPoint) * weights</c>
    /// exactly (in <see cref="long"/>), a tap in the padding reading the zero point (a real zero); then each output in
    /// <typeparamref name="TOut"/>'s form, as <see cref="DenseInteger{TIn, TOut}"/>.
    /// </summary>
    /// <param name="input">The activations, <c>[inChannels][height][width]</c>.</param>
    /// <param name="weights">The filters, <c>[outChannels][inChannels / groups][kernelHeight][kernelWidth]</c>.</param>
    /// <param name="bias">The bias per output channel, or empty for none.</param>
    /// <param name="scale">The scale per output channel (unused for an <see cref="int"/> output).</param>
    /// <param name="output">The outputs, <c>[outChannels][outHeight][outWidth]</c>.</param>
    /// <param name="shape">The convolution's sizes.</param>
    /// <param name="inputZeroPoint">The activations' zero point.</param>
    /// <param name="outputZeroPoint">A requantized output's zero point.</param>
    /// <param name="activation">The activation, in the output's own terms.</param>
    public static void Conv2DInteger<TIn, TOut>(ReadOnlySpan<TIn> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale,
        Span<TOut> output, Conv2DShape shape, int inputZeroPoint = 0, int outputZeroPoint = 0, Activation activation = Activation.None)
        where TIn : unmanaged, IBinaryInteger<TIn>
        where TOut : unmanaged
    {
        shape.Validate();
        RequireLength(input, shape.InputLength, nameof(input));
        RequireLength(weights, shape.WeightsLength, nameof(weights));
        RequireLength(output, shape.OutputLength, nameof(output));
        int inPerGroup = shape.InChannels / shape.Groups, outPerGroup = shape.OutChannels / shape.Groups;
        int oh = shape.OutHeight, ow = shape.OutWidth;
        for (int oc = 0; oc < shape.OutChannels; oc++)
        {
            int g = oc / outPerGroup;
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    long acc = bias.IsEmpty ? 0 : bias[oc];
                    for (int ic = 0; ic < inPerGroup; ic++)
                    {
                        for (int ky = 0; ky < shape.KernelHeight; ky++)
                        {
                            for (int kx = 0; kx < shape.KernelWidth; kx++)
                            {
                                int iy = (oy * shape.StrideY) - shape.PaddingY + (ky * shape.DilationY);
                                int ix = (ox * shape.StrideX) - shape.PaddingX + (kx * shape.DilationX);
                                long x = iy < 0 || iy >= shape.Height || ix < 0 || ix >= shape.Width
                                    ? inputZeroPoint
                                    : long.CreateTruncating(input[(((g * inPerGroup) + ic) * shape.Height + iy) * shape.Width + ix]);
                                acc += (x - inputZeroPoint) * weights[(((oc * inPerGroup) + ic) * shape.KernelHeight + ky) * shape.KernelWidth + kx];
                            }
                        }
                    }

                    output[((oc * oh) + oy) * ow + ox] = Output<TOut>(acc, typeof(TOut) == typeof(int) ? 0 : scale[oc], outputZeroPoint, activation);
                }
            }
        }
    }

    /// <summary>
    /// An integer max pooling (<see cref="byte"/> or <see cref="sbyte"/>), as <see cref="MaxPool2D{T}"/> defines the
    /// windows: the exact maximum of the taps inside the image; a window with none gives the type's minimum.
    /// </summary>
    public static void MaxPool2DInteger<T>(ReadOnlySpan<T> input, Span<T> output, Pool2DShape shape)
        where T : unmanaged, IBinaryInteger<T>, IMinMaxValue<T>
    {
        shape.Validate();
        RequireLength(input, shape.InputLength, nameof(input));
        RequireLength(output, shape.OutputLength, nameof(output));
        int oh = shape.OutHeight, ow = shape.OutWidth;
        for (int c = 0; c < shape.Channels; c++)
        {
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    T max = T.MinValue;
                    for (int ky = 0; ky < shape.KernelHeight; ky++)
                    {
                        for (int kx = 0; kx < shape.KernelWidth; kx++)
                        {
                            int iy = (oy * shape.StepY) - shape.PaddingY + (ky * shape.DilationY);
                            int ix = (ox * shape.StepX) - shape.PaddingX + (kx * shape.DilationX);
                            if (iy >= 0 && iy < shape.Height && ix >= 0 && ix < shape.Width)
                            {
                                max = T.Max(max, input[(((c * shape.Height) + iy) * shape.Width) + ix]);
                            }
                        }
                    }

                    output[(((c * oh) + oy) * ow) + ox] = max;
                }
            }
        }
    }

    /// <summary>
    /// The cosine similarity of two <see cref="sbyte"/> vectors: the three sums exactly in integers, then
    /// <c>(float)(xy / Math.Sqrt((double)xx * yy))</c>; NaN when either vector is all zeros.
    /// </summary>
    public static float CosineSimilarity(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y, int length)
    {
        long xy = DotProductInteger(x, y, length), xx = DotProductInteger(x, x, length), yy = DotProductInteger(y, y, length);
        return (float)(xy / Math.Sqrt((double)xx * yy));
    }

    /// <summary>
    /// The requantized output of an exact sum: <c>clamp(round_half_even(float(acc) * scale) + outputZeroPoint, min,
    /// max)</c> of <typeparamref name="TOut"/> (<see cref="byte"/> or <see cref="sbyte"/>); with <c>Relu</c>, at least
    /// the zero point.
    /// </summary>
    public static TOut Requantize<TOut>(long acc, float scale, int outputZeroPoint, Activation activation = Activation.None)
        where TOut : unmanaged, IBinaryInteger<TOut>, IMinMaxValue<TOut>
    {
        float product = (float)acc * scale;
        double y = Math.Round((double)product, MidpointRounding.ToEven) + outputZeroPoint;
        double min = double.CreateTruncating(TOut.MinValue), max = double.CreateTruncating(TOut.MaxValue);
        if (activation == Activation.Relu)
        {
            min = Math.Max(min, outputZeroPoint);
        }

        return TOut.CreateTruncating(Math.Min(Math.Max(y, min), max));
    }

    /// <summary>The dequantized output of an exact sum: <c>float(acc) * scale</c>, then the activation.</summary>
    public static float Dequantize(long acc, float scale, Activation activation = Activation.None)
    {
        float y = (float)acc * scale;
        return activation switch
        {
            Activation.None => y,
            Activation.Relu => y < 0 ? 0 : y,
            Activation.Step => y >= 0 ? 1 : 0,
            _ => (float)Activate(activation, y),
        };
    }

    private static TOut Output<TOut>(long acc, float scale, int outputZeroPoint, Activation activation)
        where TOut : unmanaged
    {
        if (typeof(TOut) == typeof(int))
        {
            long value = activation == Activation.Relu ? Math.Max(acc, 0) : acc;
            return (TOut)(object)checked((int)value);
        }

        if (typeof(TOut) == typeof(float))
        {
            return (TOut)(object)Dequantize(acc, scale, activation);
        }

        if (typeof(TOut) == typeof(byte))
        {
            return (TOut)(object)Requantize<byte>(acc, scale, outputZeroPoint, activation);
        }

        if (typeof(TOut) == typeof(sbyte))
        {
            return (TOut)(object)Requantize<sbyte>(acc, scale, outputZeroPoint, activation);
        }

        throw new ArgumentException($"An integer kernel's output is int, byte, sbyte or float, not {typeof(TOut).Name}.", nameof(TOut));
    }
}
