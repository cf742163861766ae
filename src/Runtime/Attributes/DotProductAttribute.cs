using System;

namespace KernelGen;

/// <summary>
/// Generates the body of a <c>static partial</c> method that returns the dot product of its two spans over exactly
/// <see cref="Length"/> elements: <c>sum over i &lt; length of x[i] * y[i]</c>. On <c>(ReadOnlySpan&lt;byte or sbyte&gt; x,
/// ReadOnlySpan&lt;sbyte&gt; y)</c> it returns the exact <c>int</c> sum of <c>(x[i] - InputZeroPoint) * y[i]</c>.
/// </summary>
/// <example>
/// <code>
/// [DotProduct(27)]
/// public static partial float Dot27(ReadOnlySpan&lt;float&gt; x, ReadOnlySpan&lt;float&gt; y);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class DotProductAttribute : Attribute
{
    /// <summary>Declares a dot product over <paramref name="length"/> elements.</summary>
    /// <param name="length">The number of elements multiplied and summed; at least 1.</param>
    public DotProductAttribute(int length) => Length = length;

    /// <summary>The number of elements multiplied and summed.</summary>
    public int Length { get; }

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
    /// The name (<c>nameof</c>) of a static member holding the second vector (<c>y</c>) as C# constants: a <c>static ReadOnlySpan&lt;T&gt;</c>
    /// property whose body is an array or collection initializer, or a <c>static readonly T[]</c> field with one.
    /// The y parameter then leaves the signature; the generator folds the values into the code.
    /// </summary>
    public string? Weights { get; set; }

    /// <summary>
    /// Integer kernels (<c>byte</c> or <c>sbyte</c> activations): the activations' zero point, the value that stands for a
    /// real zero; each product is <c>(x - InputZeroPoint) * w</c>. 0..255 for <c>byte</c>, -128..127 for <c>sbyte</c>; default 0.
    /// </summary>
    public int InputZeroPoint { get; set; }
}
