using System;

namespace KernelGen;

/// <summary>
/// Generates the body of a <c>static partial</c> method computing a dense layer (PyTorch's <c>nn.Linear</c>):
/// <c>output[o] = f(sum_i weights[o * inputs + i] * input[i] + bias[o])</c>, with <c>weights</c> row-major
/// <c>[outputs][inputs]</c>. The method's parameters are <c>(input, weights, bias, output)</c>, or
/// <c>(input, weights, output)</c> for a layer without bias. With <see cref="Batch"/>, the rows of a batch go through the layer at once.
/// With <c>byte</c> or <c>sbyte</c> input and <c>sbyte</c> weights it is an integer (quantized) layer: exact <c>int</c>
/// sums, an <c>int</c> bias, and an <c>int</c> output, or with a <c>ReadOnlySpan&lt;float&gt; scale</c> before the output
/// a requantized <c>byte</c>/<c>sbyte</c> or a dequantized <c>float</c> one (the contract's "Integer (quantized) kernels").
/// </summary>
/// <example>
/// <code>
/// [Dense(784, 10, Activation = Activation.Sigmoid)]
/// public static partial void Layer(ReadOnlySpan&lt;float&gt; input, ReadOnlySpan&lt;float&gt; weights,
///     ReadOnlySpan&lt;float&gt; bias, Span&lt;float&gt; output);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class DenseAttribute : Attribute
{
    /// <summary>Declares a dense layer with <paramref name="inputs"/> inputs and <paramref name="outputs"/> outputs.</summary>
    /// <param name="inputs">The length of the input vector; at least 1.</param>
    /// <param name="outputs">The number of neurons (rows of the weight matrix); at least 1.</param>
    public DenseAttribute(int inputs, int outputs)
    {
        Inputs = inputs;
        Outputs = outputs;
    }

    /// <summary>The length of the input vector.</summary>
    public int Inputs { get; }

    /// <summary>The number of outputs (rows of the weight matrix).</summary>
    public int Outputs { get; }

    /// <summary>
    /// Rows of the batch (default 1): <c>input</c> is then <c>[batch][inputs]</c> and <c>output</c>
    /// <c>[batch][outputs]</c>, each row through the same layer, as <c>nn.Linear</c> on a <c>[batch, inputs]</c> tensor.
    /// </summary>
    public int Batch { get; set; } = 1;

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
    /// The name (<c>nameof</c>) of a static member holding the weights, row-major <c>[outputs][inputs]</c> as C# constants: a <c>static ReadOnlySpan&lt;T&gt;</c>
    /// property whose body is an array or collection initializer, or a <c>static readonly T[]</c> field with one.
    /// The weights parameter then leaves the signature; the generator folds the values into the code.
    /// </summary>
    public string? Weights { get; set; }

    /// <summary>
    /// The name (<c>nameof</c>) of a static member holding the bias as C# constants (the forms <see cref="Weights"/>
    /// takes); the bias parameter then leaves the signature.
    /// </summary>
    public string? Bias { get; set; }

    /// <summary>
    /// Integer kernels (<c>byte</c> or <c>sbyte</c> activations): the activations' zero point, the value that stands for a
    /// real zero; each product is <c>(x - InputZeroPoint) * w</c>. 0..255 for <c>byte</c>, -128..127 for <c>sbyte</c>; default 0.
    /// </summary>
    public int InputZeroPoint { get; set; }

    /// <summary>
    /// Integer kernels with a requantized (<c>byte</c>/<c>sbyte</c>) output: the output's zero point, added after
    /// rounding, before saturating to the type's range. Default 0.
    /// </summary>
    public int OutputZeroPoint { get; set; }

    /// <summary>
    /// Integer kernels with a requantized or dequantized output: the name (<c>nameof</c>) of a static member holding the
    /// <c>float</c> scale per output as C# constants (the forms <see cref="Weights"/> takes); the scale parameter then
    /// leaves the signature.
    /// </summary>
    public string? Scale { get; set; }
}
