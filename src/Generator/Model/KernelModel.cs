namespace KernelGen.Generator.Model;

/// <summary>The element type of a kernel, read from its signature.</summary>
internal enum ElementType
{
    Float,
    Double,
}

/// <summary>What the emitters need to know of an <see cref="ElementType"/>.</summary>
internal static class ElementTypes
{
    /// <summary>The C# keyword: <c>float</c> or <c>double</c>.</summary>
    public static string Keyword(this ElementType element) => element == ElementType.Float ? "float" : "double";

    /// <summary>Bytes per element.</summary>
    public static int Size(this ElementType element) => element == ElementType.Float ? 4 : 8;
}

/// <summary>Mirrors <c>KernelGen.Activation</c> (the generator cannot reference the runtime assembly).</summary>
internal enum ActivationKind
{
    None = 0,
    Relu = 1,
    Sigmoid = 2,
    Tanh = 3,
    Step = 4,
}

/// <summary>
/// The method being implemented: its name and modifiers as written, and its parameter names (the user's own; each
/// parameter's role comes from its position), with the modifiers the implementing part must repeat (<c>scoped</c>,
/// <c>params</c>). <see cref="LocalPrefix"/> starts every generated local, chosen so that no
/// parameter name starts with it.
/// </summary>
/// <param name="Overload">Empty, or when the containing type has other methods of the same name, what tells this one
/// apart (element type and parameter count): it keeps file and member names unique.</param>
internal sealed record MethodInfo(string Name, string Modifiers, EquatableArray<string> ParameterNames, EquatableArray<string> ParameterModifiers, string LocalPrefix, string Overload)
{
    /// <summary>The method's name plus <see cref="Overload"/>, for generated file and member names.</summary>
    public string UniqueName => Name.Replace("@", "") + Overload;
}

/// <summary>What a kernel computes, independent of where it is declared.</summary>
internal abstract record KernelSpec(ElementType Element)
{
    /// <summary>The attribute as a user would write it, for file headers.</summary>
    public abstract string Describe();

    /// <summary>Floating-point operations per call, counting a multiply-add as two.</summary>
    public abstract long Flops { get; }
}

/// <summary><c>[DotProduct(length)]</c>.</summary>
internal sealed record DotSpec(ElementType Element, int Length) : KernelSpec(Element)
{
    public override string Describe() => $"DotProduct({Length})";

    public override long Flops => 2L * Length;
}

/// <summary><c>[Dense(inputs, outputs)]</c>, with or without a bias parameter.</summary>
internal sealed record DenseSpec(ElementType Element, int Inputs, int Outputs, bool HasBias, ActivationKind Activation) : KernelSpec(Element)
{
    public override string Describe() =>
        $"Dense({Inputs}, {Outputs}{(Activation == ActivationKind.None ? "" : ", Activation = Activation." + Activation)}), {(HasBias ? "with bias" : "no bias")}";

    public override long Flops => 2L * Inputs * Outputs + (HasBias ? Outputs : 0);
}

/// <summary>
/// Everything the planner and emitter need about one kernel: value-equal, with no symbols, syntax or compilation in it,
/// so that an edit elsewhere leaves it (and the generated file) cached.
/// </summary>
/// <param name="UnrollBudget">The attribute's budget, or 0 for the project's.</param>
internal sealed record KernelModel(HierarchyInfo Hierarchy, MethodInfo Method, KernelSpec Spec, int UnrollBudget)
{
    public string HintName => $"{Hierarchy.FullTypeName.Replace("@", "")}.{Method.UniqueName}.g.cs";
}

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

    public int InPerGroup => InChannels / Groups;

    public int OutPerGroup => OutChannels / Groups;

    /// <summary>Taps of one filter: input channels of a group times the filter's area.</summary>
    public int TapsPerFilter => InPerGroup * KernelHeight * KernelWidth;

    public long InputLength => (long)InChannels * Height * Width;

    public long WeightsLength => (long)OutChannels * TapsPerFilter;

    public long OutputLength => (long)OutChannels * OutHeight * OutWidth;

    public override long Flops => (2L * OutputLength * TapsPerFilter) + (HasBias ? OutputLength : 0);

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

        return string.Join(", ", parts) + $"), {(HasBias ? "with bias" : "no bias")}";
    }
}
