namespace KernelGen.Generator.Model;

/// <summary>How a kernel uses one of its operands.</summary>
internal enum RoleUse
{
    /// <summary>A <c>ReadOnlySpan&lt;T&gt;</c> parameter the kernel reads.</summary>
    Read,

    /// <summary>The <c>Span&lt;T&gt;</c> parameter the kernel writes.</summary>
    Written,

    /// <summary>The method's return value (<c>T</c>), not a parameter.</summary>
    Returned,
}

/// <summary>What an operand holds, which decides its type in an integer kernel (<see cref="IntegerScheme.TypeOf"/>).</summary>
internal enum Quantity
{
    /// <summary>Activations: <c>byte</c> or <c>sbyte</c> with the input zero point.</summary>
    Activation,

    /// <summary>Weights: <c>sbyte</c>, symmetric (zero point 0).</summary>
    Weight,

    /// <summary>A bias in the accumulator's scale: <c>int</c>.</summary>
    Bias,

    /// <summary>The multiplier per output of a requantized or dequantized kernel: <c>float</c>.</summary>
    Scale,

    /// <summary>The result: <c>int</c>, <c>byte</c>, <c>sbyte</c> or <c>float</c> as the declaration says.</summary>
    Result,

    /// <summary>A real-valued result whatever the operands (a cosine similarity's): <c>float</c>.</summary>
    Real,
}

/// <summary>
/// One operand of a kind, declared once as data: its name in messages and in the expected declaration, how it is used,
/// whether the declaration may leave it out, and the ref local the body reads it through (null: the kind reads it
/// its own way). The element type is the kernel's for every role. The ordered list of a kind's roles alone drives
/// signature validation, the KGEN004 message, the span-length and overlap checks, and the ref locals; the required
/// length of each comes from the spec (<see cref="KernelSpec.LengthOf"/>).
/// <see cref="GivenBy"/> names the attribute property (<c>Weights</c>, <c>Bias</c>) that may give the role's values at
/// compile time instead: the parameter then leaves the signature and the ref local points at the generated data.
/// </summary>
/// <see cref="PerImage"/> marks the operands a batch repeats per image (a convolution's input and output): with
/// <c>Batch = n</c> their spans hold <c>n</c> images of <see cref="KernelSpec.LengthOf"/> elements each, while the others
/// (weights, bias) are shared by every image.
/// <see cref="Quantity"/> types the operand in an integer kernel; <see cref="IntegerOnly"/> marks an operand only an
/// integer kernel with a requantized or dequantized output has (the scale): a floating-point kernel's signature leaves it out.
internal sealed record ParameterRole(string Name, RoleUse Use, bool Optional = false, string? Local = null, string? GivenBy = null, bool PerImage = false,
    Quantity Quantity = Quantity.Activation, bool IntegerOnly = false)
{
    public static ParameterRole Input(string name, bool optional = false, string? givenBy = null) => new(name, RoleUse.Read, optional, name, givenBy);

    public static ParameterRole Output(string name, bool perImage = false) => new(name, RoleUse.Written, Local: name, PerImage: perImage, Quantity: Quantity.Result);

    public static ParameterRole Result(string name) => new(name, RoleUse.Returned, Quantity: Quantity.Result);

    /// <summary>The scale of an integer kernel's requantized or dequantized output, given at compile time by <c>Scale</c>.</summary>
    public static ParameterRole Scale() => new("scale", RoleUse.Read, Local: "scale", GivenBy: "Scale", Quantity: Quantity.Scale, IntegerOnly: true);
}
