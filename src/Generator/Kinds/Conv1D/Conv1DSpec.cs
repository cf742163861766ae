using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.Conv1D;

/// <summary><c>[Conv1D(...)]</c>: PyTorch's <c>nn.Conv1d</c> at batch 1, input <c>[inChannels][length]</c>, weights <c>[out][in / groups][k]</c>.</summary>
internal sealed record Conv1DSpec(
    ElementType Element,
    int InChannels,
    int Length,
    int OutChannels,
    int KernelSize,
    int Stride,
    int Padding,
    int Dilation,
    int Groups,
    bool HasBias,
    ActivationKind Activation) : KernelSpec(Element)
{
    public int OutLength => ((Length + (2 * Padding) - (Dilation * (KernelSize - 1)) - 1) / Stride) + 1;

    public override KernelKind Kind => Conv1DKind.Instance;

    public override long Flops => AsConv2D().Flops;

    public override long LengthOf(ParameterRole role) => AsConv2D().LengthOf(role);

    /// <summary>
    /// The same convolution as a <c>Conv2D</c> over one row (height 1, a 1 x k filter): the layouts coincide element for
    /// element, so the 2-D planner and emitter compute it, vectorized along the output. The constants come along.
    /// </summary>
    public ConvSpec AsConv2D() => new(Element, InChannels, 1, Length, OutChannels, 1, KernelSize, 1, Stride, 0, Padding, 1, Dilation,
        Groups, HasBias, Activation) { Constants = Constants, Images = Images, Integer = Integer };

    public override long ProductsPerOutput => AsConv2D().ProductsPerOutput;

    public override string Describe()
    {
        var parts = new System.Collections.Generic.List<string> { $"Conv1D({InChannels}, {Length}, {OutChannels}, {KernelSize}" };
        if (Stride != 1)
        {
            parts.Add($"Stride = {Stride}");
        }

        if (Padding != 0)
        {
            parts.Add($"Padding = {Padding}");
        }

        if (Dilation != 1)
        {
            parts.Add($"Dilation = {Dilation}");
        }

        if (Groups != 1)
        {
            parts.Add($"Groups = {Groups}");
        }

        if (Activation != ActivationKind.None)
        {
            parts.Add($"Activation = Activation.{Activation}");
        }

        if (Images > 1)
        {
            parts.Add($"Batch = {Images}");
        }

        return string.Join(", ", parts) + $"), {(HasBias ? "with bias" : "no bias")}";
    }
}
