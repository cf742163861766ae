using KernelGen.Generator.Kinds.MatMul;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.Dense;

/// <summary>
/// <c>[Dense(inputs, outputs, Batch = b)]</c>, with or without a bias parameter: PyTorch's <c>nn.Linear</c> on a
/// <c>[b, inputs]</c> tensor, weights row-major <c>[outputs][inputs]</c>.
/// </summary>
internal sealed record DenseSpec(ElementType Element, int Inputs, int Outputs, bool HasBias, ActivationKind Activation, int Batch = 1) : KernelSpec(Element)
{
    public override KernelKind Kind => DenseKind.Instance;

    public override string Describe() =>
        $"Dense({Inputs}, {Outputs}{(Batch == 1 ? "" : $", Batch = {Batch}")}{(Activation == ActivationKind.None ? "" : ", Activation = Activation." + Activation)}), {(HasBias ? "with bias" : "no bias")}";

    public override long Flops => Batch * ((2L * Inputs * Outputs) + (HasBias ? Outputs : 0));

    public override long LengthOf(ParameterRole role) => role.Name switch
    {
        "input" => (long)Batch * Inputs,
        "weights" => (long)Inputs * Outputs,
        "bias" or "scale" => Outputs,
        _ => (long)Batch * Outputs,
    };

    public override long ProductsPerOutput => Inputs;

    /// <summary>A batch is one matrix product: <c>output = f(input · weightsᵀ + bias)</c>, with <c>m = Batch</c>.</summary>
    public MatMulSpec AsMatMul() => new(Element, Batch, Inputs, Outputs, TransposeB: true, HasBias, Activation) { Deterministic = Deterministic };
}
