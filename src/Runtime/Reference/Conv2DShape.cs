using System;

namespace KernelGen;

/// <summary>
/// The sizes of a 2-D convolution, as <see cref="Conv2DAttribute"/> declares them, for the reference interpreter.
/// </summary>
public readonly record struct Conv2DShape(
    int InChannels, int Height, int Width, int OutChannels, int KernelHeight, int KernelWidth,
    int StrideY = 1, int StrideX = 1, int PaddingY = 0, int PaddingX = 0, int DilationY = 1, int DilationX = 1, int Groups = 1)
{
    /// <summary>Output height: <c>(Height + 2 PaddingY - DilationY (KernelHeight - 1) - 1) / StrideY + 1</c>.</summary>
    public int OutHeight => ((Height + (2 * PaddingY) - (DilationY * (KernelHeight - 1)) - 1) / StrideY) + 1;

    /// <summary>Output width: <c>(Width + 2 PaddingX - DilationX (KernelWidth - 1) - 1) / StrideX + 1</c>.</summary>
    public int OutWidth => ((Width + (2 * PaddingX) - (DilationX * (KernelWidth - 1)) - 1) / StrideX) + 1;

    /// <summary>Elements of the input, <c>[InChannels][Height][Width]</c>.</summary>
    public int InputLength => checked(InChannels * Height * Width);

    /// <summary>Elements of the weights, <c>[OutChannels][InChannels / Groups][KernelHeight][KernelWidth]</c>.</summary>
    public int WeightsLength => checked(OutChannels * (InChannels / Groups) * KernelHeight * KernelWidth);

    /// <summary>Elements of the output, <c>[OutChannels][OutHeight][OutWidth]</c>.</summary>
    public int OutputLength => checked(OutChannels * OutHeight * OutWidth);

    /// <summary>Throws when the sizes do not describe a convolution with a non-empty output.</summary>
    public void Validate()
    {
        if (InChannels < 1 || Height < 1 || Width < 1 || OutChannels < 1 || KernelHeight < 1 || KernelWidth < 1
            || StrideY < 1 || StrideX < 1 || DilationY < 1 || DilationX < 1 || Groups < 1 || PaddingY < 0 || PaddingX < 0)
        {
            throw new ArgumentException($"Sizes must be positive (padding non-negative): {this}.");
        }

        if (InChannels % Groups != 0 || OutChannels % Groups != 0)
        {
            throw new ArgumentException($"Groups ({Groups}) must divide InChannels ({InChannels}) and OutChannels ({OutChannels}).");
        }

        if (Height + (2 * PaddingY) - (DilationY * (KernelHeight - 1)) - 1 < 0 || Width + (2 * PaddingX) - (DilationX * (KernelWidth - 1)) - 1 < 0)
        {
            throw new ArgumentException($"The filter is larger than the padded input: {this}.");
        }
    }
}
