using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.Cosine;

/// <summary><c>[CosineSimilarity(length)]</c>: <c>(x . y) / (sqrt(x . x) * sqrt(y . y))</c> over <c>length</c> elements.</summary>
internal sealed record CosineSpec(ElementType Element, int Length) : KernelSpec(Element)
{
    public override KernelKind Kind => CosineKind.Instance;

    public override string Describe() => $"CosineSimilarity({Length})";

    /// <summary>Three multiply-adds per element (x.y, x.x, y.y), then two square roots, a multiply and a divide.</summary>
    public override long Flops => (6L * Length) + 4;

    public override long LengthOf(ParameterRole role) => Length;

    public override long ProductsPerOutput => Length;
}
