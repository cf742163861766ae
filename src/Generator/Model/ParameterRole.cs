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
internal sealed record ParameterRole(string Name, RoleUse Use, bool Optional = false, string? Local = null, string? GivenBy = null, bool PerImage = false)
{
    public static ParameterRole Input(string name, bool optional = false, string? givenBy = null) => new(name, RoleUse.Read, optional, name, givenBy);

    public static ParameterRole Output(string name, bool perImage = false) => new(name, RoleUse.Written, Local: name, PerImage: perImage);

    public static ParameterRole Result(string name) => new(name, RoleUse.Returned);
}
