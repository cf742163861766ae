using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KernelGen.Generator.Model;

/// <summary>
/// A diagnostic as data: the descriptor, the syntax tree and span it points at (not a path-based <see cref="Location"/>,
/// so <c>#pragma warning disable</c> works), and its message arguments. Reported in one place by the pipeline.
/// </summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, SyntaxTree? Tree, TextSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SyntaxNode? node, params string[] arguments)
        => new(descriptor, node?.SyntaxTree, node?.Span ?? default, arguments.ToEquatableArray());

    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => new(descriptor, location?.SourceTree, location?.SourceSpan ?? default, arguments.ToEquatableArray());

    public Diagnostic ToDiagnostic()
    {
        Location location = Tree is null ? Location.None : Location.Create(Tree, Span);
        var args = new object[Arguments.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(Descriptor, location, args);
    }
}
