using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.MatMul;

/// <summary>
/// <c>[MatMul(m, k, n)]</c>: <c>c[i*n + j] = f(sum over p &lt; k of a[i*k + p] * b[p*n + j] + bias[j])</c>, all row-major;
/// with <see cref="TransposeB"/>, <c>b</c> is <c>[n][k]</c> (<c>b[j*k + p]</c>, the layout of an <c>nn.Linear</c> weight).
/// </summary>
internal sealed record MatMulSpec(ElementType Element, int M, int K, int N, bool TransposeB, bool HasBias, ActivationKind Activation) : KernelSpec(Element)
{
    public override KernelKind Kind => MatMulKind.Instance;

    public override string Describe() =>
        $"MatMul({M}, {K}, {N}{(TransposeB ? ", TransposeB = true" : "")}{(Activation == ActivationKind.None ? "" : ", Activation = Activation." + Activation)}), {(HasBias ? "with bias" : "no bias")}";

    public override long Flops => (2L * M * N * K) + (HasBias ? (long)M * N : 0);

    public override long LengthOf(ParameterRole role) => role.Name switch
    {
        "a" => (long)M * K,
        "b" => (long)K * N,
        "bias" or "scale" => N,
        _ => (long)M * N,
    };

    public override long ProductsPerOutput => K;

    /// <summary>An integer product as the dense layer it is: <c>k</c> inputs, <c>n</c> outputs, <c>m</c> rows.</summary>
    public Dense.DenseSpec AsIntegerDense() =>
        new(Element, K, N, HasBias, Activation, M) { Integer = Integer, Deterministic = Deterministic, Threads = Threads };
}
