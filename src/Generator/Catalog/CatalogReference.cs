using System.Globalization;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Catalog;

/// <summary>
/// What a kind tells the kernel catalog about one spec: the reference interpreter's call that computes the kernel's
/// result (rounded to the element type, activation applied), the call that writes its exact values in double, the
/// contract's <c>n</c> for the accuracy bound, and the activation. Written by each kind's
/// <see cref="Kinds.KernelKind.Reference"/> from the operand expressions <see cref="CatalogOperands"/> hands it.
/// </summary>
/// <param name="Call">An expression: the rounded result (for a kind that returns one) or a call that writes <see cref="CatalogOperands.Output"/>.</param>
/// <param name="Exact">An expression statement writing the exact values into <see cref="CatalogOperands.Exact"/>.</param>
internal sealed record CatalogReference(string Call, string Exact, int Terms, ActivationKind Activation = ActivationKind.None);

/// <summary>The C# expressions of a catalog entry's operands, in the reference lambdas the entry writer emits.</summary>
internal sealed class CatalogOperands
{
    private readonly System.Func<string, string> _operand;

    public CatalogOperands(string element, System.Func<string, string> operand, string output, string exact, string absolute)
    {
        T = element;
        _operand = operand;
        Output = output;
        Exact = exact;
        Absolute = absolute;
    }

    /// <summary>The element type's keyword.</summary>
    public string T { get; }

    /// <summary>The output span (<c>Span&lt;T&gt;</c>).</summary>
    public string Output { get; }

    /// <summary>The exact values' span (<c>Span&lt;double&gt;</c>).</summary>
    public string Exact { get; }

    /// <summary>The exact lambda's flag: replace every operand by its absolute value.</summary>
    public string Absolute { get; }

    /// <summary>A read role as a <c>ReadOnlySpan&lt;T&gt;</c>: the invoker's slot, the compile-time data, or <c>default</c> (left out).</summary>
    public string In(string role) => _operand(role);

    /// <summary>A read role for the exact call: its absolute values when the flag says so.</summary>
    public string Abs(string role) => $"global::KernelGen.Catalog.KernelReference.Abs<{T}>({_operand(role)}, {Absolute})";

    /// <summary>The runtime's <c>Activation</c> member.</summary>
    public static string Activation(ActivationKind activation) => "global::KernelGen.Activation." + activation;

    /// <summary>The reference interpreter's static method <paramref name="name"/> with the element type argument.</summary>
    public string Reference(string name) => $"global::KernelGen.ReferenceInterpreter.{name}<{T}>";

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
