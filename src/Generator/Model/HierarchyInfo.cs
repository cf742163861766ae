using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KernelGen.Generator.Model;

/// <summary>One containing type as it must be redeclared: <c>partial record struct Outer&lt;T&gt;</c>.</summary>
internal sealed record TypeInfo(string Keyword, string NameWithTypeParameters);

/// <summary>
/// Where a kernel lives: its namespace (null for the global namespace) and its containing types, outermost first
/// (after ComputeSharp's <c>HierarchyInfo</c>). Holds strings only, so it is value-equal across compilations.
/// </summary>
/// <param name="Unlisted">Null when code elsewhere in the assembly can reach the types (each at least <c>internal</c>, none
/// generic), so that the kernel catalog can list the kernel; otherwise why not, for KGEN104.</param>
internal sealed record HierarchyInfo(string? Namespace, EquatableArray<TypeInfo> Types, string? Unlisted = null)
{
    public static HierarchyInfo From(INamedTypeSymbol type)
    {
        var types = new List<TypeInfo>();
        string? unlisted = null;
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            types.Insert(0, new TypeInfo(KeywordOf(current), current.ToDisplayString(NameFormat)));
            if (current.IsGenericType)
            {
                unlisted = $"its containing type '{current.Name}' is generic";
            }
            else if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                unlisted = $"its containing type '{current.Name}' is {Words(current.DeclaredAccessibility)}";
            }
        }

        string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } n
            ? n.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
            : null;
        return new HierarchyInfo(ns, types.ToEquatableArray(), unlisted);
    }

    /// <summary>The containing types as C# names them from <c>global::</c> (only for a listed hierarchy: no type parameters).</summary>
    public string GlobalTypeName
    {
        get
        {
            var parts = new List<string>();
            foreach (TypeInfo t in Types)
            {
                parts.Add(t.NameWithTypeParameters);
            }

            return "global::" + (Namespace is null ? "" : Namespace + ".") + string.Join(".", parts);
        }
    }

    private static string Words(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Private => "private",
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => accessibility.ToString().ToLowerInvariant(),
    };

    /// <summary>The dotted name used in hint names and headers, e.g. <c>Demo.Outer.Inner</c> (type parameters as arity).</summary>
    public string FullTypeName
    {
        get
        {
            var parts = new List<string>();
            if (Namespace is not null)
            {
                parts.Add(Namespace);
            }

            foreach (TypeInfo t in Types)
            {
                int lt = t.NameWithTypeParameters.IndexOf('<');
                parts.Add(lt < 0 ? t.NameWithTypeParameters
                    : t.NameWithTypeParameters.Substring(0, lt) + "`" + (t.NameWithTypeParameters.Split(',').Length));
            }

            return string.Join(".", parts);
        }
    }

    private static readonly SymbolDisplayFormat NameFormat = new(
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static string KeywordOf(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (false, TypeKind.Struct) => "struct",
        (false, TypeKind.Interface) => "interface",
        _ => "class",
    };
}
