using System;

namespace KernelGen;

/// <summary>
/// Generates the body of a <c>static partial</c> method computing a 2-D convolution as PyTorch's <c>nn.Conv2d</c> does at
/// batch 1: cross-correlation (the filter is not flipped), zero padding, input <c>[inChannels][height][width]</c>,
/// weights <c>[outChannels][inChannels / Groups][kernelHeight][kernelWidth]</c>, bias <c>[outChannels]</c>, output
/// <c>[outChannels][outHeight][outWidth]</c> with
/// <c>outHeight = (height + 2 * PaddingY - DilationY * (kernelHeight - 1) - 1) / StrideY + 1</c> (likewise the width).
/// The parameters are <c>(input, weights, bias, output)</c>, or <c>(input, weights, output)</c> without bias.
/// </summary>
/// <example>
/// <code>
/// [Conv2D(3, 32, 32, 16, 3, 3, Padding = 1, Activation = Activation.Relu)]
/// public static partial void Conv1(ReadOnlySpan&lt;float&gt; input, ReadOnlySpan&lt;float&gt; weights,
///     ReadOnlySpan&lt;float&gt; bias, Span&lt;float&gt; output);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class Conv2DAttribute : Attribute
{
    /// <summary>Declares a convolution over a <paramref name="inChannels"/> x <paramref name="height"/> x
    /// <paramref name="width"/> input with <paramref name="outChannels"/> filters of
    /// <paramref name="kernelHeight"/> x <paramref name="kernelWidth"/>.</summary>
    public Conv2DAttribute(int inChannels, int height, int width, int outChannels, int kernelHeight, int kernelWidth)
    {
        InChannels = inChannels;
        Height = height;
        Width = width;
        OutChannels = outChannels;
        KernelHeight = kernelHeight;
        KernelWidth = kernelWidth;
    }

    /// <summary>Input channels.</summary>
    public int InChannels { get; }

    /// <summary>Input height.</summary>
    public int Height { get; }

    /// <summary>Input width.</summary>
    public int Width { get; }

    /// <summary>Output channels (filters).</summary>
    public int OutChannels { get; }

    /// <summary>Filter height.</summary>
    public int KernelHeight { get; }

    /// <summary>Filter width.</summary>
    public int KernelWidth { get; }

    /// <summary>Stride on both axes (default 1).</summary>
    public int Stride { get; set; } = 1;

    /// <summary>Vertical stride; must agree with <see cref="Stride"/> when both are given.</summary>
    public int StrideY { get; set; } = 1;

    /// <summary>Horizontal stride; must agree with <see cref="Stride"/> when both are given.</summary>
    public int StrideX { get; set; } = 1;

    /// <summary>Zero padding on both axes, each side (default 0).</summary>
    public int Padding { get; set; }

    /// <summary>Vertical zero padding, top and bottom.</summary>
    public int PaddingY { get; set; }

    /// <summary>Horizontal zero padding, left and right.</summary>
    public int PaddingX { get; set; }

    /// <summary>Dilation on both axes (default 1).</summary>
    public int Dilation { get; set; } = 1;

    /// <summary>Vertical dilation.</summary>
    public int DilationY { get; set; } = 1;

    /// <summary>Horizontal dilation.</summary>
    public int DilationX { get; set; } = 1;

    /// <summary>Channel groups (default 1); must divide both channel counts. <c>Groups == inChannels == outChannels</c>
    /// is a depthwise convolution.</summary>
    public int Groups { get; set; } = 1;

    /// <summary>The function applied to each output after the bias; <see cref="KernelGen.Activation.None"/> by default.</summary>
    public Activation Activation { get; set; }

    /// <summary>
    /// How the convolution is computed: <see cref="ConvAlgorithm.Direct"/> (the default) or
    /// <see cref="ConvAlgorithm.Winograd"/> (3x3 filters, stride 1, dilation 1, one group; fewer multiplications, a
    /// looser accuracy bound). The file's header says which tile the planner chose and why.
    /// </summary>
    public ConvAlgorithm Algorithm { get; set; }

    /// <summary>
    /// The most multiply-adds one unrolled block may hold before the generator puts a loop around it
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

    /// <summary>
    /// The name (<c>nameof</c>) of a static member holding the weights, <c>[outChannels][inChannels / Groups][kernelHeight][kernelWidth]</c> as C# constants: a <c>static ReadOnlySpan&lt;T&gt;</c>
    /// property whose body is an array or collection initializer, or a <c>static readonly T[]</c> field with one; one filter of one channel may also be a <c>T[,]</c> of <c>[kernelHeight, kernelWidth]</c>.
    /// The weights parameter then leaves the signature; the generator folds the values into the code.
    /// </summary>
    public string? Weights { get; set; }

    /// <summary>
    /// The name (<c>nameof</c>) of a static member holding the bias as C# constants (the forms <see cref="Weights"/>
    /// takes); the bias parameter then leaves the signature.
    /// </summary>
    public string? Bias { get; set; }

    /// <summary>
    /// Integer kernels (<c>byte</c> or <c>sbyte</c> input): the input's zero point, the value that stands for a real zero
    /// (the padding reads it); each product is <c>(x - InputZeroPoint) * w</c>. 0..255 for <c>byte</c>, -128..127 for
    /// <c>sbyte</c>; default 0.
    /// </summary>
    public int InputZeroPoint { get; set; }

    /// <summary>
    /// Integer kernels with a requantized (<c>byte</c>/<c>sbyte</c>) output: the output's zero point, added after
    /// rounding, before saturating to the type's range. Default 0.
    /// </summary>
    public int OutputZeroPoint { get; set; }

    /// <summary>
    /// Integer kernels with a requantized or dequantized output: the name (<c>nameof</c>) of a static member holding the
    /// <c>float</c> scale per output channel as C# constants (the forms <see cref="Weights"/> takes); the scale parameter
    /// then leaves the signature.
    /// </summary>
    public string? Scale { get; set; }
}
