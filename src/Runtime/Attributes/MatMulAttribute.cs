using System;

namespace KernelGen;

/// <summary>
/// Generates the body of a <c>static partial</c> method computing a matrix product (CS231n's "one large matrix
/// multiply"): <c>c[i*n + j] = f(sum over p &lt; k of a[i*k + p] * b[p*n + j] + bias[j])</c>, with <c>a</c>
/// <c>[m][k]</c>, <c>b</c> <c>[k][n]</c> (or <c>[n][k]</c> with <see cref="TransposeB"/>), <c>bias</c> <c>[n]</c> and
/// <c>c</c> <c>[m][n]</c>, all row-major. The method's parameters are <c>(a, b, bias, c)</c>, or <c>(a, b, c)</c>
/// without bias.
/// </summary>
/// <example>
/// <code>
/// [MatMul(16, 32, 8)]
/// public static partial void Gemm(ReadOnlySpan&lt;float&gt; a, ReadOnlySpan&lt;float&gt; b, ReadOnlySpan&lt;float&gt; bias, Span&lt;float&gt; c);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class MatMulAttribute : Attribute
{
    /// <summary>Declares the product of an <paramref name="m"/> x <paramref name="k"/> matrix and a <paramref name="k"/> x <paramref name="n"/> one.</summary>
    /// <param name="m">Rows of <c>a</c> and <c>c</c>; at least 1.</param>
    /// <param name="k">Columns of <c>a</c>, rows of <c>b</c>: the length of each sum; at least 1.</param>
    /// <param name="n">Columns of <c>b</c> and <c>c</c>; at least 1.</param>
    public MatMulAttribute(int m, int k, int n)
    {
        M = m;
        K = k;
        N = n;
    }

    /// <summary>Rows of <c>a</c> and <c>c</c>.</summary>
    public int M { get; }

    /// <summary>Columns of <c>a</c>, rows of <c>b</c>.</summary>
    public int K { get; }

    /// <summary>Columns of <c>b</c> and <c>c</c>.</summary>
    public int N { get; }

    /// <summary>Takes <c>b</c> as <c>[n][k]</c> (<c>b[j*k + p]</c>), the layout of an <c>nn.Linear</c> weight; false by default.</summary>
    public bool TransposeB { get; set; }

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
    /// The name (<c>nameof</c>) of a static member holding the matrix <c>b</c> in its layout as C# constants: a <c>static ReadOnlySpan&lt;T&gt;</c>
    /// property whose body is an array or collection initializer, or a <c>static readonly T[]</c> field with one.
    /// The b parameter then leaves the signature; the generator folds the values into the code.
    /// </summary>
    public string? Weights { get; set; }

    /// <summary>
    /// The name (<c>nameof</c>) of a static member holding the bias as C# constants (the forms <see cref="Weights"/>
    /// takes); the bias parameter then leaves the signature.
    /// </summary>
    public string? Bias { get; set; }

    /// <summary>
    /// Integer kernels (<c>byte</c> or <c>sbyte</c> <c>a</c>): its zero point; each product is <c>(a - InputZeroPoint) * b</c>.
    /// 0..255 for <c>byte</c>, -128..127 for <c>sbyte</c>; default 0.
    /// </summary>
    public int InputZeroPoint { get; set; }

    /// <summary>Integer kernels with a requantized (<c>byte</c>/<c>sbyte</c>) output: the output's zero point. Default 0.</summary>
    public int OutputZeroPoint { get; set; }

    /// <summary>
    /// Integer kernels with a requantized or dequantized output: the name (<c>nameof</c>) of a static member holding the
    /// <c>float</c> scale per column of <c>c</c>; the scale parameter then leaves the signature.
    /// </summary>
    public string? Scale { get; set; }
}
