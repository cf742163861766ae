using KernelGen.Generator.Model;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary><c>[Conv2D(...)]</c>: PyTorch's <c>nn.Conv2d</c> at batch 1, CHW input, OIHW weights.</summary>
internal sealed record ConvSpec(
    ElementType Element,
    int InChannels,
    int Height,
    int Width,
    int OutChannels,
    int KernelHeight,
    int KernelWidth,
    int StrideY,
    int StrideX,
    int PaddingY,
    int PaddingX,
    int DilationY,
    int DilationX,
    int Groups,
    bool HasBias,
    ActivationKind Activation) : KernelSpec(Element)
{
    public int OutHeight => ((Height + (2 * PaddingY) - (DilationY * (KernelHeight - 1)) - 1) / StrideY) + 1;

    public int OutWidth => ((Width + (2 * PaddingX) - (DilationX * (KernelWidth - 1)) - 1) / StrideX) + 1;

    /// <summary><c>Algorithm = ConvAlgorithm.Winograd</c>: planned by <c>WinogradPlanner</c>. Part of equality.</summary>
    public bool Winograd { get; init; }

    public int InPerGroup => InChannels / Groups;

    public int OutPerGroup => OutChannels / Groups;

    /// <summary>Taps of one filter: input channels of a group times the filter's area.</summary>
    public int TapsPerFilter => InPerGroup * KernelHeight * KernelWidth;

    public long InputLength => (long)InChannels * Height * Width;

    public long WeightsLength => (long)OutChannels * TapsPerFilter;

    public long OutputLength => (long)OutChannels * OutHeight * OutWidth;

    public override long Flops => (2L * OutputLength * TapsPerFilter) + (HasBias ? OutputLength : 0);

    public override KernelKind Kind => Conv2DKind.Instance;

    public override long LengthOf(ParameterRole role) => role.Name switch
    {
        "input" => InputLength,
        "weights" => WeightsLength,
        "bias" or "scale" => OutChannels,
        _ => OutputLength,
    };

    public override long ProductsPerOutput => TapsPerFilter;

    public override string Describe()
    {
        var parts = new System.Collections.Generic.List<string> { $"Conv2D({InChannels}, {Height}, {Width}, {OutChannels}, {KernelHeight}, {KernelWidth}" };
        void Axis(string name, int y, int x, int none)
        {
            if (y == x && y != none)
            {
                parts.Add($"{name} = {y}");
            }
            else if (y != x)
            {
                parts.Add($"{name}Y = {y}, {name}X = {x}");
            }
        }

        Axis("Stride", StrideY, StrideX, 1);
        Axis("Padding", PaddingY, PaddingX, 0);
        Axis("Dilation", DilationY, DilationX, 1);
        if (Groups != 1)
        {
            parts.Add($"Groups = {Groups}");
        }

        if (Activation != ActivationKind.None)
        {
            parts.Add($"Activation = Activation.{Activation}");
        }

        if (Winograd)
        {
            parts.Add("Algorithm = ConvAlgorithm.Winograd");
        }

        if (Images > 1)
        {
            parts.Add($"Batch = {Images}");
        }

        return string.Join(", ", parts) + $"), {(HasBias ? "with bias" : "no bias")}";
    }
}
