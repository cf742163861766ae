using System.Collections.Generic;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.Pooling;

/// <summary>Which pooling: the largest tap of the window, or their average.</summary>
internal enum PoolOp
{
    Max,
    Avg,
}

/// <summary>
/// <c>[MaxPool2D(...)]</c> or <c>[AvgPool2D(...)]</c>: PyTorch's <c>nn.MaxPool2d</c> / <c>nn.AvgPool2d</c> at batch 1,
/// input <c>[channels][height][width]</c>, output <c>[channels][outHeight][outWidth]</c>. Strides are resolved (the
/// window's size when not given); dilation is 1 for an average.
/// </summary>
internal sealed record PoolSpec(
    ElementType Element,
    PoolOp Op,
    int Channels,
    int Height,
    int Width,
    int KernelHeight,
    int KernelWidth,
    int StrideY,
    int StrideX,
    int PaddingY,
    int PaddingX,
    int DilationY,
    int DilationX,
    bool CeilMode,
    bool CountIncludePad) : KernelSpec(Element)
{
    public int OutHeight => (int)OutputSize(Height, KernelHeight, PaddingY, StrideY, DilationY, CeilMode);

    public int OutWidth => (int)OutputSize(Width, KernelWidth, PaddingX, StrideX, DilationX, CeilMode);

    public long InputLength => (long)Channels * Height * Width;

    public long OutputLength => (long)Channels * OutHeight * OutWidth;

    public int Taps => KernelHeight * KernelWidth;

    public string AttributeName => Op == PoolOp.Max ? "MaxPool2D" : "AvgPool2D";

    /// <summary>One operation per tap: a comparison, or an add (the average's scaling counts as the first tap's).</summary>
    public override long Flops => OutputLength * Taps;

    public override KernelKind Kind => Op == PoolOp.Max ? MaxPool2DKind.Instance : AvgPool2DKind.Instance;

    public override long LengthOf(ParameterRole role) => role.Name == "input" ? InputLength : OutputLength;

    /// <summary>
    /// PyTorch's <c>pooling_output_shape</c>: <c>(size + 2 pad - dilation (k - 1) - 1 [+ stride - 1 in ceil mode]) / stride + 1</c>
    /// rounded toward negative infinity, and in ceil mode one less when the last window would start past the image and
    /// its top padding. Computed in long: the reader rejects what does not fit.
    /// </summary>
    public static long OutputSize(int size, int kernel, int padding, int stride, int dilation, bool ceil)
    {
        long numerator = (long)size + (2L * padding) - ((long)dilation * (kernel - 1)) - 1 + (ceil ? stride - 1 : 0);
        long output = (numerator >= 0 ? numerator / stride : -((-numerator + stride - 1) / stride)) + 1;
        if (ceil && (output - 1) * stride >= (long)size + padding)
        {
            output--;
        }

        return output;
    }

    public override string Describe()
    {
        var parts = new List<string> { $"{AttributeName}({Channels}, {Height}, {Width}, {KernelHeight}, {KernelWidth}" };
        void Axis(string name, int y, int x, int noneY, int noneX)
        {
            if (y == x && (y != noneY || x != noneX))
            {
                parts.Add($"{name} = {y}");
            }
            else if (y != x && (y != noneY || x != noneX))
            {
                parts.Add($"{name}Y = {y}, {name}X = {x}");
            }
        }

        Axis("Stride", StrideY, StrideX, KernelHeight, KernelWidth);
        Axis("Padding", PaddingY, PaddingX, 0, 0);
        Axis("Dilation", DilationY, DilationX, 1, 1);
        if (CeilMode)
        {
            parts.Add("CeilMode = true");
        }

        if (Op == PoolOp.Avg && !CountIncludePad)
        {
            parts.Add("CountIncludePad = false");
        }

        if (Images > 1)
        {
            parts.Add($"Batch = {Images}");
        }

        return string.Join(", ", parts) + ")";
    }
}
