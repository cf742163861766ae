using System;

namespace KernelGen;

/// <summary>
/// The sizes of a 2-D pooling, as <see cref="MaxPool2DAttribute"/> and <see cref="AvgPool2DAttribute"/> declare them,
/// for the reference interpreter. A stride left null is the window's size, as in PyTorch.
/// </summary>
public readonly record struct Pool2DShape(
    int Channels, int Height, int Width, int KernelHeight, int KernelWidth,
    int? StrideY = null, int? StrideX = null, int PaddingY = 0, int PaddingX = 0, int DilationY = 1, int DilationX = 1,
    bool CeilMode = false, bool CountIncludePad = true)
{
    /// <summary>The vertical stride: <see cref="StrideY"/>, else the window height.</summary>
    public int StepY => StrideY ?? KernelHeight;

    /// <summary>The horizontal stride: <see cref="StrideX"/>, else the window width.</summary>
    public int StepX => StrideX ?? KernelWidth;

    /// <summary>Output height, as PyTorch's <c>pooling_output_shape</c> computes it.</summary>
    public int OutHeight => OutputSize(Height, KernelHeight, PaddingY, StepY, DilationY, CeilMode);

    /// <summary>Output width, as PyTorch's <c>pooling_output_shape</c> computes it.</summary>
    public int OutWidth => OutputSize(Width, KernelWidth, PaddingX, StepX, DilationX, CeilMode);

    /// <summary>Elements of the input, <c>[Channels][Height][Width]</c>.</summary>
    public int InputLength => checked(Channels * Height * Width);

    /// <summary>Elements of the output, <c>[Channels][OutHeight][OutWidth]</c>.</summary>
    public int OutputLength => checked(Channels * OutHeight * OutWidth);

    /// <summary>Throws when the sizes do not describe a pooling PyTorch accepts.</summary>
    public void Validate()
    {
        if (Channels < 1 || Height < 1 || Width < 1 || KernelHeight < 1 || KernelWidth < 1 || StepY < 1 || StepX < 1
            || DilationY < 1 || DilationX < 1 || PaddingY < 0 || PaddingX < 0)
        {
            throw new ArgumentException($"Sizes must be positive (padding non-negative): {this}.");
        }

        if (PaddingY > KernelHeight / 2 || PaddingX > KernelWidth / 2)
        {
            throw new ArgumentException($"Padding must be at most half the window: {this}.");
        }

        if (OutHeight < 1 || OutWidth < 1)
        {
            throw new ArgumentException($"The window is larger than the padded input: {this}.");
        }
    }

    // PyTorch: div_rtn(size + 2 pad - dilation (k - 1) - 1 + (ceil ? stride - 1 : 0), stride) + 1, and in ceil mode
    // one less when the last window would start in the bottom padding or beyond.
    private static int OutputSize(int size, int kernel, int padding, int stride, int dilation, bool ceil)
    {
        long numerator = (long)size + (2L * padding) - ((long)dilation * (kernel - 1)) - 1 + (ceil ? stride - 1 : 0);
        long output = (numerator >= 0 ? numerator / stride : -((-numerator + stride - 1) / stride)) + 1;
        if (ceil && (output - 1) * stride >= (long)size + padding)
        {
            output--;
        }

        return (int)Math.Clamp(output, int.MinValue, int.MaxValue);
    }
}
