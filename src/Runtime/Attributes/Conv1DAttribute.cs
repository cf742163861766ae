using System;

namespace KernelGen;

/// <summary>
/// Generates the body of a <c>static partial</c> method computing a 1-D convolution as PyTorch's <c>nn.Conv1d</c> does
/// at batch 1: cross-correlation, zero padding, input <c>[inChannels][length]</c>, weights
/// <c>[outChannels][inChannels / Groups][kernelSize]</c>, bias <c>[outChannels]</c>, output <c>[outChannels][outLength]</c>
/// with <c>outLength = (length + 2 * Padding - Dilation * (kernelSize - 1) - 1) / Stride + 1</c>. The parameters are
/// <c>(input, weights, bias, output)</c>, or <c>(input, weights, output)</c> without bias. A FIR filter is
/// <c>Conv1D(1, samples, 1, taps)</c>.
/// </summary>
/// <example>
/// <code>
/// static ReadOnlySpan&lt;float&gt; LowPass =&gt; [0.25f, 0.5f, 0.25f];
/// [Conv1D(1, 48000, 1, 3, Padding = 1, Weights = nameof(LowPass))]
/// public static partial void Smooth(ReadOnlySpan&lt;float&gt; signal, Span&lt;float&gt; output);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class Conv1DAttribute : Attribute
{
    /// <summary>Declares a convolution over <paramref name="inChannels"/> x <paramref name="length"/> samples with
    /// <paramref name="outChannels"/> filters of <paramref name="kernelSize"/> taps.</summary>
    public Conv1DAttribute(int inChannels, int length, int outChannels, int kernelSize)
    {
        InChannels = inChannels;
        Length = length;
        OutChannels = outChannels;
        KernelSize = kernelSize;
    }

    /// <summary>Input channels.</summary>
    public int InChannels { get; }

    /// <summary>Samples per input channel.</summary>
    public int Length { get; }

    /// <summary>Output channels (filters).</summary>
    public int OutChannels { get; }

    /// <summary>Taps per filter.</summary>
    public int KernelSize { get; }

    /// <summary>Stride (default 1).</summary>
    public int Stride { get; set; } = 1;

    /// <summary>Zero padding at each end (default 0).</summary>
    public int Padding { get; set; }

    /// <summary>Dilation (default 1).</summary>
    public int Dilation { get; set; } = 1;

    /// <summary>Channel groups (default 1); must divide both channel counts.</summary>
    public int Groups { get; set; } = 1;

    /// <summary>The function applied to each output after the bias; <see cref="KernelGen.Activation.None"/> by default.</summary>
    public Activation Activation { get; set; }

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
    /// The name (<c>nameof</c>) of a static member holding the weights, <c>[outChannels][inChannels / Groups][kernelSize]</c>,
    /// as C# constants: a <c>static ReadOnlySpan&lt;T&gt;</c> property whose body is an array or collection initializer,
    /// or a <c>static readonly T[]</c> field with one. The weights parameter then leaves the signature.
    /// </summary>
    public string? Weights { get; set; }

    /// <summary>
    /// The name (<c>nameof</c>) of a static member holding the bias as C# constants (the forms <see cref="Weights"/>
    /// takes); the bias parameter then leaves the signature.
    /// </summary>
    public string? Bias { get; set; }

    /// <summary>
    /// Integer kernels (<c>byte</c> or <c>sbyte</c> input): the input's zero point, the value that stands for a real zero
    /// (the padding reads it). 0..255 for <c>byte</c>, -128..127 for <c>sbyte</c>; default 0.
    /// </summary>
    public int InputZeroPoint { get; set; }

    /// <summary>Integer kernels with a requantized (<c>byte</c>/<c>sbyte</c>) output: the output's zero point. Default 0.</summary>
    public int OutputZeroPoint { get; set; }

    /// <summary>
    /// Integer kernels with a requantized or dequantized output: the name (<c>nameof</c>) of a static member holding the
    /// <c>float</c> scale per output channel; the scale parameter then leaves the signature.
    /// </summary>
    public string? Scale { get; set; }
}
