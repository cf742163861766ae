using System;
using System.Numerics;

namespace KernelGen;

public static partial class ReferenceInterpreter
{
    /// <summary>
    /// The exact pre-activation values of a convolution (<paramref name="absolute"/> false: <see cref="Conv2DPreActivation{T}"/>),
    /// or (true) the magnitude term of the contract's Winograd accuracy bound for each output:
    /// <c>|bias[oc]| + sum over ic of (sum over the 9 taps of |weights[oc, ic, ., .]|) * M[ic]</c>, where <c>M[ic]</c> is
    /// the largest <c>|input[ic, y, x]|</c> over rows <c>oy - paddingY - 5</c> to <c>oy - paddingY + 7</c> and columns
    /// <c>ox - paddingX - 5</c> to <c>ox - paddingX + 7</c> (positions outside the image count as 0). The bound is
    /// <c>256 * n * u</c> times it, <c>n</c> the taps of a filter plus one.
    /// </summary>
    public static void Conv2DWinogradExact<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> weights, ReadOnlySpan<T> bias,
        Span<double> z, Conv2DShape shape, bool absolute)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!absolute)
        {
            Conv2DPreActivation(input, weights, bias, z, shape);
            return;
        }

        shape.Validate();
        RequireLength(input, shape.InputLength, nameof(input));
        RequireLength(weights, shape.WeightsLength, nameof(weights));
        if (!bias.IsEmpty)
        {
            RequireLength(bias, shape.OutChannels, nameof(bias));
        }

        RequireLength(z, shape.OutputLength, nameof(z));
        int inPerGroup = shape.InChannels / shape.Groups, outPerGroup = shape.OutChannels / shape.Groups;
        int taps = shape.KernelHeight * shape.KernelWidth, oh = shape.OutHeight, ow = shape.OutWidth;

        // M[c][oy][ox], the largest |input| of channel c over each output's 13 x 13 window, found separably (the largest
        // of each row's window, then the largest of those over the window's rows): it does not depend on the filter
        var rowMax = new double[shape.Height * ow];
        var windowMax = new double[shape.InChannels * oh * ow];
        for (int c = 0; c < shape.InChannels; c++)
        {
            for (int y = 0; y < shape.Height; y++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    double largest = 0;
                    for (int x = Math.Max(0, ox - shape.PaddingX - 5); x <= Math.Min(shape.Width - 1, ox - shape.PaddingX + 7); x++)
                    {
                        largest = Math.Max(largest, Math.Abs(double.CreateTruncating(input[(((c * shape.Height) + y) * shape.Width) + x])));
                    }

                    rowMax[(y * ow) + ox] = largest;
                }
            }

            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    double largest = 0;
                    for (int y = Math.Max(0, oy - shape.PaddingY - 5); y <= Math.Min(shape.Height - 1, oy - shape.PaddingY + 7); y++)
                    {
                        largest = Math.Max(largest, rowMax[(y * ow) + ox]);
                    }

                    windowMax[(((c * oh) + oy) * ow) + ox] = largest;
                }
            }
        }

        var filter = new double[inPerGroup];
        for (int oc = 0; oc < shape.OutChannels; oc++)
        {
            int g = oc / outPerGroup;
            for (int ic = 0; ic < inPerGroup; ic++)
            {
                double sum = 0;
                for (int k = 0; k < taps; k++)
                {
                    sum += Math.Abs(double.CreateTruncating(weights[(((oc * inPerGroup) + ic) * taps) + k]));
                }

                filter[ic] = sum;
            }

            double b = bias.IsEmpty ? 0 : Math.Abs(double.CreateTruncating(bias[oc]));
            for (int oy = 0; oy < oh; oy++)
            {
                for (int ox = 0; ox < ow; ox++)
                {
                    double sum = b;
                    for (int ic = 0; ic < inPerGroup; ic++)
                    {
                        sum += filter[ic] * windowMax[(((((g * inPerGroup) + ic) * oh) + oy) * ow) + ox];
                    }

                    z[(((oc * oh) + oy) * ow) + ox] = sum;
                }
            }
        }
    }
}
