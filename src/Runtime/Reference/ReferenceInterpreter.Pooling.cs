using System;
using System.Numerics;

namespace KernelGen;

public static partial class ReferenceInterpreter
{
    /// <summary>
    /// Max pooling as PyTorch's <c>nn.MaxPool2d</c> computes it at batch 1 (aten's <c>cpu_max_pool</c>): per output, the
    /// window's first row and column are moved into the image by whole dilation steps, and a tap replaces the maximum
    /// when it is larger or NaN. A window with no tap inside the image gives negative infinity.
    /// </summary>
    public static void MaxPool2D<T>(ReadOnlySpan<T> input, Span<T> output, Pool2DShape shape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
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
                    int ih0 = (oy * shape.StepY) - shape.PaddingY, iw0 = (ox * shape.StepX) - shape.PaddingX;
                    int ih1 = Math.Min(ih0 + ((shape.KernelHeight - 1) * shape.DilationY) + 1, shape.Height);
                    int iw1 = Math.Min(iw0 + ((shape.KernelWidth - 1) * shape.DilationX) + 1, shape.Width);
                    while (ih0 < 0)
                    {
                        ih0 += shape.DilationY;
                    }

                    while (iw0 < 0)
                    {
                        iw0 += shape.DilationX;
                    }

                    T max = T.NegativeInfinity;
                    for (int iy = ih0; iy < ih1; iy += shape.DilationY)
                    {
                        for (int ix = iw0; ix < iw1; ix += shape.DilationX)
                        {
                            T value = input[(((c * shape.Height) + iy) * shape.Width) + ix];
                            if (value > max || T.IsNaN(value))
                            {
                                max = value;
                            }
                        }
                    }

                    output[(((c * oh) + oy) * ow) + ox] = max;
                }
            }
        }
    }

    /// <summary>
    /// Average pooling as PyTorch's <c>nn.AvgPool2d</c> computes it at batch 1 (aten's <c>cpu_avg_pool</c>), the sum
    /// taken in double and rounded once.
    /// </summary>
    public static void AvgPool2D<T>(ReadOnlySpan<T> input, Span<T> output, Pool2DShape shape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var z = new double[shape.OutputLength];
        AvgPool2DExact(input, z, shape);
        RequireLength(output, z.Length, nameof(output));
        for (int i = 0; i < z.Length; i++)
        {
            output[i] = T.CreateTruncating(z[i]);
        }
    }

    /// <summary>The maxima of <see cref="MaxPool2D{T}"/> widened to double (a maximum is exact: nothing is rounded).</summary>
    public static void MaxPool2DExact<T>(ReadOnlySpan<T> input, Span<double> z, Pool2DShape shape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var output = new T[shape.OutputLength];
        MaxPool2D<T>(input, output, shape);
        RequireLength(z, output.Length, nameof(z));
        for (int i = 0; i < output.Length; i++)
        {
            z[i] = double.CreateTruncating(output[i]);
        }
    }

    /// <summary>
    /// The averages of <see cref="AvgPool2D{T}"/> in double, before rounding: with <c>hstart = oy * strideY - paddingY</c>,
    /// <c>hend = min(hstart + kernelHeight, height + paddingY)</c> (likewise the width), the divisor is
    /// <c>(hend - hstart) * (wend - wstart)</c>, or with <c>CountIncludePad = false</c> the count of taps inside the image.
    /// </summary>
    public static void AvgPool2DExact<T>(ReadOnlySpan<T> input, Span<double> z, Pool2DShape shape)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        shape.Validate();
        if (shape.DilationY != 1 || shape.DilationX != 1)
        {
            throw new ArgumentException($"Average pooling has no dilation (PyTorch's AvgPool2d): {shape}.", nameof(shape));
        }

        RequireLength(input, shape.InputLength, nameof(input));
        RequireLength(z, shape.OutputLength, nameof(z));
        int oh = shape.OutHeight, ow = shape.OutWidth;
        for (int c = 0; c < shape.Channels; c++)
        {
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    int ih0 = (oy * shape.StepY) - shape.PaddingY, iw0 = (ox * shape.StepX) - shape.PaddingX;
                    int ih1 = Math.Min(ih0 + shape.KernelHeight, shape.Height + shape.PaddingY);
                    int iw1 = Math.Min(iw0 + shape.KernelWidth, shape.Width + shape.PaddingX);
                    int poolSize = (ih1 - ih0) * (iw1 - iw0);
                    ih0 = Math.Max(ih0, 0);
                    iw0 = Math.Max(iw0, 0);
                    ih1 = Math.Min(ih1, shape.Height);
                    iw1 = Math.Min(iw1, shape.Width);
                    double sum = 0;
                    for (int iy = ih0; iy < ih1; iy++)
                    {
                        for (int ix = iw0; ix < iw1; ix++)
                        {
                            sum += double.CreateTruncating(input[(((c * shape.Height) + iy) * shape.Width) + ix]);
                        }
                    }

                    int divisor = shape.CountIncludePad ? poolSize : (ih1 - ih0) * (iw1 - iw0);
                    z[(((c * oh) + oy) * ow) + ox] = ih0 >= ih1 || iw0 >= iw1 ? 0 : sum / divisor;
                }
            }
        }
    }
}
