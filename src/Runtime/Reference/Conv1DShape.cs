using System;

namespace KernelGen;

/// <summary>The sizes of a 1-D convolution, as <see cref="Conv1DAttribute"/> declares them, for the reference interpreter.</summary>
public readonly record struct Conv1DShape(
    int InChannels, int Length, int OutChannels, int KernelSize, int Stride = 1, int Padding = 0, int Dilation = 1, int Groups = 1)
{
    /// <summary>Output length: <c>(Length + 2 Padding - Dilation (KernelSize - 1) - 1) / Stride + 1</c>.</summary>
    public int OutLength => ((Length + (2 * Padding) - (Dilation * (KernelSize - 1)) - 1) / Stride) + 1;

    /// <summary>Elements of the input, <c>[InChannels][Length]</c>.</summary>
    public int InputLength => checked(InChannels * Length);

    /// <summary>Elements of the weights, <c>[OutChannels][InChannels / Groups][KernelSize]</c>.</summary>
    public int WeightsLength => checked(OutChannels * (InChannels / Groups) * KernelSize);

    /// <summary>Elements of the output, <c>[OutChannels][OutLength]</c>.</summary>
    public int OutputLength => checked(OutChannels * OutLength);

    /// <summary>Throws when the sizes do not describe a convolution with a non-empty output.</summary>
    public void Validate()
    {
        if (InChannels < 1 || Length < 1 || OutChannels < 1 || KernelSize < 1 || Stride < 1 || Dilation < 1 || Groups < 1 || Padding < 0)
        {
            throw new ArgumentException($"Sizes must be positive (padding non-negative): {this}.");
        }

        if (InChannels % Groups != 0 || OutChannels % Groups != 0)
        {
            throw new ArgumentException($"Groups ({Groups}) must divide InChannels ({InChannels}) and OutChannels ({OutChannels}).");
        }

        if (Length + (2 * Padding) - (Dilation * (KernelSize - 1)) - 1 < 0)
        {
            throw new ArgumentException($"The filter is larger than the padded input: {this}.");
        }
    }
}
