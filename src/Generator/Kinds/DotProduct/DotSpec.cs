using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.DotProduct;

/// <summary><c>[DotProduct(length)]</c>: <c>sum over i &lt; length of x[i] * y[i]</c>.</summary>
internal sealed record DotSpec(ElementType Element, int Length) : KernelSpec(Element)
{
    public override KernelKind Kind => DotKind.Instance;

    public override string Describe() => $"DotProduct({Length})";

    public override long Flops => 2L * Length;

    public override long LengthOf(ParameterRole role) => Length;

    public override long ProductsPerOutput => Length;
}
