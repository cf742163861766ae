using KernelGen.Generator.Kinds;

namespace KernelGen.Generator.Model;

/// <summary>The element type of a kernel, read from its signature.</summary>
/// <remarks>
/// A floating-point kernel computes in one type (<see cref="Float"/> or <see cref="Double"/>) for every operand. An
/// integer kernel (<see cref="KernelSpec.Integer"/>) is named by its activations' type (<see cref="Byte"/> or
/// <see cref="SByte"/>); its other operands' types come from <see cref="IntegerScheme"/> and the role's
/// <see cref="Quantity"/>.
/// </remarks>
internal enum ElementType
{
    Float,
    Double,
    Byte,
    SByte,
    Int32,
}

/// <summary>What the emitters need to know of an <see cref="ElementType"/>.</summary>
internal static class ElementTypes
{
    /// <summary>The C# keyword: <c>float</c>, <c>double</c>, <c>byte</c>, <c>sbyte</c>, <c>int</c>.</summary>
    public static string Keyword(this ElementType element) => element switch
    {
        ElementType.Float => "float",
        ElementType.Double => "double",
        ElementType.Byte => "byte",
        ElementType.SByte => "sbyte",
        _ => "int",
    };

    /// <summary>Bytes per element.</summary>
    public static int Size(this ElementType element) => element switch
    {
        ElementType.Double => 8,
        ElementType.Byte or ElementType.SByte => 1,
        _ => 4,
    };

    /// <summary>Whether the type is an integer one (the quantized kernels' operands).</summary>
    public static bool IsInteger(this ElementType element) => element is ElementType.Byte or ElementType.SByte or ElementType.Int32;
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
/// One parameter of the method being implemented: the role it plays (by the kind's role list), its name as the user
/// wrote it (escaped when it is a keyword), and the modifiers the implementing part must repeat (<c>scoped</c>, <c>params</c>).
/// </summary>
internal sealed record BoundParameter(string Role, string Name, string Modifiers);

/// <summary>
/// The method being implemented: its name and modifiers as written, and its parameters bound to their roles.
/// <see cref="LocalPrefix"/> starts every generated local, chosen so that no parameter name starts with it.
/// </summary>
/// <param name="Overload">Empty, or when the containing type has other methods of the same name, what tells this one
/// apart (element type and parameter count): it keeps file and member names unique.</param>
/// <param name="Duplicate">Whether another method of the type has the same signature (CS0111): its file is still
/// written, but a call to it would be ambiguous, so the catalog leaves it out.</param>
internal sealed record MethodInfo(string Name, string Modifiers, EquatableArray<BoundParameter> Parameters, string LocalPrefix, string Overload,
    bool Duplicate = false)
{
    /// <summary>The method's name plus <see cref="Overload"/>, for generated file and member names.</summary>
    public string UniqueName => Name.Replace("@", "") + Overload;

    /// <summary>The parameter bound to <paramref name="role"/>, or null when the declaration leaves that role out.</summary>
    public BoundParameter? Find(string role)
    {
        foreach (BoundParameter parameter in Parameters)
        {
            if (parameter.Role == role)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>The user's name of the parameter bound to <paramref name="role"/> (which must be bound).</summary>
    public string NameOf(string role) => Find(role)!.Name;
}

/// <summary>What a kernel computes, independent of where it is declared. Each kind's spec lives in its slice.</summary>
internal abstract record KernelSpec(ElementType Element)
{
    /// <summary>The kind that reads, plans and writes this spec (a property without a field: not part of equality).</summary>
    public abstract KernelKind Kind { get; }

    /// <summary>The attribute as a user would write it, for file headers.</summary>
    public abstract string Describe();

    /// <summary>Floating-point operations per call, counting a multiply-add as two.</summary>
    public abstract long Flops { get; }

    /// <summary>How many elements the span of <paramref name="role"/> must hold for one image.</summary>
    public abstract long LengthOf(ParameterRole role);

    /// <summary>
    /// Images per call (<c>Batch = n</c> on the kinds whose roles are <see cref="ParameterRole.PerImage"/>; 1 otherwise):
    /// the per-image roles then hold that many images one after another. Part of equality.
    /// </summary>
    public int Images { get; init; } = 1;

    /// <summary>
    /// The threads one call may use, the caller included (<c>Threads = t</c> or the project's <c>KernelGenThreads</c>,
    /// resolved when the kernel is planned): 1 runs on the calling thread, 0 on as many as the machine has. Part of equality.
    /// </summary>
    public int Threads { get; init; } = 1;

    /// <summary>How many elements the span of <paramref name="role"/> must hold for the whole call (every image).</summary>
    public long TotalLengthOf(ParameterRole role) => LengthOf(role) * (role.PerImage ? Images : 1);

    /// <summary>Floating-point operations of the whole call (every image).</summary>
    public long TotalFlops => Flops * Images;

    /// <summary>
    /// One fixed order of every sum on every path (<c>Deterministic = true</c> or the project's
    /// <c>KernelGenDeterministic</c>, resolved when the kernel is planned); part of equality.
    /// </summary>
    public bool Deterministic { get; init; }

    /// <summary>
    /// Null for a floating-point kernel; for an integer (quantized) kernel its types, zero points and output form
    /// (<see cref="IntegerScheme"/>), read from the signature and the attribute. Part of equality.
    /// </summary>
    public IntegerScheme? Integer { get; init; }

    /// <summary>
    /// The products summed into one output (a dot product's length, a dense layer's inputs): what the integer
    /// overflow rule weighs (<see cref="IntegerScheme.MaxProducts"/>). 0 for a kind without integer kernels.
    /// </summary>
    public virtual long ProductsPerOutput => 0;

    /// <summary>The type of the operand of <paramref name="role"/>: the kernel's element type, or an integer kernel's by the role's quantity.</summary>
    public ElementType TypeOf(ParameterRole role) => IntegerScheme.TypeOf(role, Element, Integer);

    /// <summary>The roles whose values were given at compile time (<c>Weights</c>, <c>Bias</c>); part of equality.</summary>
    public EquatableArray<ConstantOperand> Constants { get; init; }

    /// <summary>The compile-time values of <paramref name="role"/>, or null when it is a parameter.</summary>
    public ConstantOperand? ConstantOf(string role)
    {
        foreach (ConstantOperand constant in Constants)
        {
            if (constant.Role == role)
            {
                return constant;
            }
        }

        return null;
    }
}

/// <summary>
/// Everything the planner and emitter need about one kernel: value-equal, with no symbols, syntax or compilation in it,
/// so that an edit elsewhere leaves it (and the generated file) cached.
/// </summary>
/// <param name="UnrollBudget">The attribute's budget, or 0 for the project's.</param>
/// <param name="Deterministic">The attribute's <c>Deterministic</c>, or null for the project's <c>KernelGenDeterministic</c>.</param>
/// <param name="AttributeText">The attribute as written (whitespace collapsed), for the kernel catalog.</param>
/// <param name="Threads">The attribute's <c>Threads</c>, or null for the project's <c>KernelGenThreads</c> (default 1).</param>
internal sealed record KernelModel(HierarchyInfo Hierarchy, MethodInfo Method, KernelSpec Spec, int UnrollBudget, bool? Deterministic = null,
    string AttributeText = "", int? Threads = null)
{
    /// <summary>The kernel's full name as the catalog lists it: <c>Namespace.Type.Method</c>.</summary>
    public string FullName => Hierarchy.FullTypeName + "." + Method.Name.Replace("@", "");

    public string HintName => $"{Hierarchy.FullTypeName.Replace("@", "")}.{Method.UniqueName}.g.cs";
}
