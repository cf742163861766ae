using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KernelGen.Generator.Model;

/// <summary>One containing type as it must be redeclared: <c>partial record struct Outer&lt;T&gt;</c>.</summary>
internal sealed record TypeInfo(string Keyword, string NameWithTypeParameters);

/// <summary>
/// Where a kernel lives: its namespace (null for the global namespace) and its containing types, outermost first
/// (after ComputeSharp's <c>HierarchyInfo</c>). Holds strings only, so it is value-equal across compilations.
/// </summary>
internal sealed record HierarchyInfo(string? Namespace, EquatableArray<TypeInfo> Types)
{
    public static HierarchyInfo From(INamedTypeSymbol type)
    {
        var types = new List<TypeInfo>();
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            types.Insert(0, new TypeInfo(KeywordOf(current), current.ToDisplayString(NameFormat)));
        }

        string? ns = type.ContainingNamespace is { IsGlobalNamespace: false } n
            ? n.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
            : null;
        return new HierarchyInfo(ns, types.ToEquatableArray());
    }

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
