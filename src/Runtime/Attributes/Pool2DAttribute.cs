using System;

namespace KernelGen;

/// <summary>
/// What <see cref="MaxPool2DAttribute"/> and <see cref="AvgPool2DAttribute"/> share: PyTorch's <c>nn.MaxPool2d</c> and
/// <c>nn.AvgPool2d</c> at batch 1 over an input <c>[channels][height][width]</c>, output <c>[channels][outHeight][outWidth]</c>
/// with <c>outHeight = floor_or_ceil((height + 2 * PaddingY - DilationY * (kernelHeight - 1) - 1) / StrideY) + 1</c>
/// (with <see cref="CeilMode"/> the division rounds up, and the last window must start inside the image or its top
/// padding). The parameters are <c>(input, output)</c>. A property that only one kind has (<c>Dilation</c>: max;
/// <c>CountIncludePad</c>: avg) is a compile-time error on the other.
/// </summary>
public abstract class Pool2DAttribute : Attribute
{
    /// <summary>Declares pooling over a <paramref name="channels"/> x <paramref name="height"/> x <paramref name="width"/>
    /// input with a <paramref name="kernelHeight"/> x <paramref name="kernelWidth"/> window.</summary>
    protected Pool2DAttribute(int channels, int height, int width, int kernelHeight, int kernelWidth)
    {
        Channels = channels;
        Height = height;
        Width = width;
        KernelHeight = kernelHeight;
        KernelWidth = kernelWidth;
    }

    /// <summary>Channels (each pooled on its own).</summary>
    public int Channels { get; }

    /// <summary>Input height.</summary>
    public int Height { get; }

    /// <summary>Input width.</summary>
    public int Width { get; }

    /// <summary>Window height.</summary>
    public int KernelHeight { get; }

    /// <summary>Window width.</summary>
    public int KernelWidth { get; }

    /// <summary>Stride on both axes; when no stride is given it is the window's size, as in PyTorch.</summary>
    public int Stride { get; set; }

    /// <summary>Vertical stride (default: the window height); must agree with <see cref="Stride"/> when both are given.</summary>
    public int StrideY { get; set; }

    /// <summary>Horizontal stride (default: the window width); must agree with <see cref="Stride"/> when both are given.</summary>
    public int StrideX { get; set; }

    /// <summary>Implicit padding on both axes, each side (default 0), at most half the window: padding never wins a max
    /// and counts in an average only with <see cref="CountIncludePad"/>.</summary>
    public int Padding { get; set; }

    /// <summary>Vertical padding, top and bottom, at most half the window height.</summary>
    public int PaddingY { get; set; }

    /// <summary>Horizontal padding, left and right, at most half the window width.</summary>
    public int PaddingX { get; set; }

    /// <summary>Whether the output size rounds up (PyTorch's <c>ceil_mode</c>; default false).</summary>
    public bool CeilMode { get; set; }

    /// <summary>Dilation of the window on both axes (<see cref="MaxPool2DAttribute"/> only; default 1).</summary>
    public int Dilation { get; set; } = 1;

    /// <summary>Vertical dilation (<see cref="MaxPool2DAttribute"/> only).</summary>
    public int DilationY { get; set; } = 1;

    /// <summary>Horizontal dilation (<see cref="MaxPool2DAttribute"/> only).</summary>
    public int DilationX { get; set; } = 1;

    /// <summary>Whether an average divides by the window including its padding (<see cref="AvgPool2DAttribute"/> only;
    /// default true, as PyTorch).</summary>
    public bool CountIncludePad { get; set; } = true;

    /// <summary>
    /// The most window taps one unrolled block may hold before the generator loops over blocks
    /// (0, the default, takes the project's <c>KernelGenUnrollBudget</c>, else 256).
    /// </summary>
    public int UnrollBudget { get; set; }

    /// <summary>
    /// The same inputs give the same bits on every path the kernel has (Vector512, Vector256, Vector128, scalar; x64 and
    /// Arm64), at every JIT tier and under NativeAOT, activations included: one fixed order of every sum, fused
    /// multiply-adds on every path. Default: the project's <c>KernelGenDeterministic</c> property, else false.
    /// </summary>
    public bool Deterministic { get; set; }

    /// <summary>
    /// The most threads one call may use, the calling thread included: 1 (the default: the project's
    /// <c>KernelGenThreads</c>, else 1) runs on the calling thread, 0 on as many as the machine has. The generator
    /// splits the outputs into parts at compile time (see the file's header) and a kernel whose work is too small to
    /// gain runs on one thread; <see cref="KernelThreads.Limit"/> caps every call at run time. The result is
    /// bit-identical for every thread count.
    /// </summary>
    public int Threads { get; set; } = 1;

    /// <summary>
    /// Images per call (default 1): the input is <c>[Batch][...]</c> and the output <c>[Batch][...]</c>, one image after
    /// another as in PyTorch's leading batch dimension; weights and bias are shared by every image.
    /// </summary>
    public int Batch { get; set; } = 1;
}

/// <summary>
/// Generates the body of a <c>static partial</c> method computing max pooling as PyTorch's <c>nn.MaxPool2d</c> does at
/// batch 1: each output is the largest of its window's taps that fall inside the image (padding never wins), and a NaN
/// in the window makes it NaN. See <see cref="Pool2DAttribute"/> for sizes and properties.
/// </summary>
/// <example>
/// <code>
/// [MaxPool2D(16, 8, 8, 2, 2)]
/// public static partial void Pool(ReadOnlySpan&lt;float&gt; input, Span&lt;float&gt; output);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class MaxPool2DAttribute : Pool2DAttribute
{
    /// <inheritdoc cref="Pool2DAttribute(int, int, int, int, int)"/>
    public MaxPool2DAttribute(int channels, int height, int width, int kernelHeight, int kernelWidth)
        : base(channels, height, width, kernelHeight, kernelWidth)
    {
    }
}

/// <summary>
/// Generates the body of a <c>static partial</c> method computing average pooling as PyTorch's <c>nn.AvgPool2d</c> does
/// at batch 1: the sum over the window's taps inside the image divided by the window's size (padding included, as
/// <see cref="Pool2DAttribute.CountIncludePad"/> says). See <see cref="Pool2DAttribute"/> for sizes and properties.
/// </summary>
/// <example>
/// <code>
/// [AvgPool2D(64, 56, 56, 3, 3, Stride = 2, Padding = 1)]
/// public static partial void Pool(ReadOnlySpan&lt;float&gt; input, Span&lt;float&gt; output);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AvgPool2DAttribute : Pool2DAttribute
{
    /// <inheritdoc cref="Pool2DAttribute(int, int, int, int, int)"/>
    public AvgPool2DAttribute(int channels, int height, int width, int kernelHeight, int kernelWidth)
        : base(channels, height, width, kernelHeight, kernelWidth)
    {
    }
}
