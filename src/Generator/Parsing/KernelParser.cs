using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Emitting;
using KernelGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KernelGen.Generator.Parsing;

/// <summary>The kinds of kernel, one per attribute.</summary>
internal enum KernelKind
{
    DotProduct,
    Dense,
    Conv2D,
}

/// <summary>
/// Reads one attributed method into a <see cref="KernelModel"/>, checking everything the contract asks of a declaration.
/// Every misuse becomes a <see cref="DiagnosticInfo"/>; nothing here throws on user input.
/// </summary>
internal static class KernelParser
{
    public const string DotProductAttribute = "KernelGen.DotProductAttribute";
    public const string DenseAttribute = "KernelGen.DenseAttribute";
    public const string Conv2DAttribute = "KernelGen.Conv2DAttribute";

    private static readonly string[] KernelAttributes = { DotProductAttribute, DenseAttribute, Conv2DAttribute };

    public static ParseResult Parse(GeneratorAttributeSyntaxContext context, KernelKind kind, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.TargetNode is not MethodDeclarationSyntax syntax
            || context.Attributes.IsEmpty)
        {
            return ParseResult.Nothing;
        }

        AttributeData attribute = context.Attributes[0];
        var diagnostics = new List<DiagnosticInfo>();
        string name = method.Name;

        // Two kernel attributes: the first one reports, the others stay silent.
        AttributeData[] kernelAttributes = method.GetAttributes()
            .Where(a => a.AttributeClass is { } c && KernelAttributes.Contains(c.ToDisplayString())).ToArray();
        if (kernelAttributes.Select(a => a.AttributeClass!.ToDisplayString()).Distinct().Count() > 1)
        {
            if (!SymbolEqualityComparer.Default.Equals(kernelAttributes[0].AttributeClass, attribute.AttributeClass))
            {
                return ParseResult.Nothing;
            }

            string names = string.Join(", ", kernelAttributes.Select(a => a.AttributeClass!.Name.Replace("Attribute", "")).Distinct());
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MultipleKernelAttributes, syntax.Identifier.GetLocation(), name, names));
            return Result(null, diagnostics, syntax);
        }

        if (!method.IsStatic || !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotStaticPartial, syntax.Identifier.GetLocation(), name));
        }
        else if (syntax.Body is not null || syntax.ExpressionBody is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.HasBody, syntax.Identifier.GetLocation(), name));
        }

        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            bool partial = type.DeclaringSyntaxReferences.All(r =>
                r.GetSyntax(cancellationToken) is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!partial || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeNotPartial, syntax.Identifier.GetLocation(), type.Name, name));
                break;
            }

            if (type.IsFileLocal)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileLocalType, syntax.Identifier.GetLocation(), type.Name, name));
                break;
            }
        }

        if (syntax.SyntaxTree.Options is CSharpParseOptions options && options.LanguageVersion < LanguageVersion.CSharp9)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooOld, syntax.Identifier.GetLocation(),
                name, options.LanguageVersion.ToDisplayString()));
        }

        ElementType? element = CheckSignature(method, syntax, kind, diagnostics, out bool hasBias);
        CheckHiddenNames(method, syntax, diagnostics);

        KernelSpec? spec = null;
        int budget = 0;
        if (element is { } e)
        {
            var arguments = new AttributeArguments(attribute, cancellationToken);
            spec = kind switch
            {
                KernelKind.DotProduct => ReadDot(arguments, e, diagnostics),
                KernelKind.Dense => ReadDense(arguments, e, hasBias, name, syntax, diagnostics),
                _ => ConvParser.Read(arguments, e, hasBias, name, syntax, diagnostics),
            };
            budget = arguments.Named("UnrollBudget", 0);
            if (budget < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUnrollBudget, arguments.NamedLocation("UnrollBudget") ?? syntax.Identifier.GetLocation(),
                    budget.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (spec is null || diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
        {
            return Result(null, diagnostics, syntax);
        }

        var model = new KernelModel(HierarchyInfo.From(method.ContainingType!), ReadMethod(method, syntax), spec, budget);
        return Result(model, diagnostics, syntax);
    }

    private static ParseResult Result(KernelModel? model, List<DiagnosticInfo> diagnostics, MethodDeclarationSyntax syntax)
        => new(model, diagnostics.ToEquatableArray(), syntax.SyntaxTree, syntax.Identifier.Span);

    private static MethodInfo ReadMethod(IMethodSymbol method, MethodDeclarationSyntax syntax)
    {
        var modifiers = syntax.Modifiers
            .Where(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword
                or SyntaxKind.NewKeyword or SyntaxKind.UnsafeKeyword)
            .Select(m => m.Text)
            .Concat(new[] { "static", "partial" });

        // The implementing part repeats the parameter modifiers C# requires to match (scoped, params); the names too.
        string[] names = method.Parameters.Select(p => Escape(p.Name)).ToArray();
        string[] parameterModifiers = syntax.ParameterList.Parameters
            .Select(p => string.Concat(p.Modifiers.Where(m => m.Kind() is SyntaxKind.ScopedKeyword or SyntaxKind.ParamsKeyword).Select(m => m.Text + " ")))
            .ToArray();

        // Generated locals start with "__"; if a parameter does too, lengthen the prefix until none does.
        string prefix = "__";
        while (method.Parameters.Any(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            prefix += "_";
        }

        // Overloads share a name: tell them apart by what a kernel's signature can differ in (element type, arity).
        string overload = method.ContainingType is { } type && type.GetMembers(method.Name).Length > 1
            ? $"_{(method.Parameters.FirstOrDefault()?.Type is INamedTypeSymbol { TypeArguments.Length: 1 } span ? span.TypeArguments[0].Name : "x")}{method.Parameters.Length}"
            : "";
        return new MethodInfo(Escape(method.Name), string.Join(" ", modifiers), names.ToEquatableArray(), parameterModifiers.ToEquatableArray(), prefix, overload);
    }

    private static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>Checks the parameter list against the kind; returns the element type, or null after a diagnostic.</summary>
    private static ElementType? CheckSignature(IMethodSymbol method, MethodDeclarationSyntax syntax, KernelKind kind,
        List<DiagnosticInfo> diagnostics, out bool hasBias)
    {
        hasBias = false;
        string name = method.Name;
        Location where = syntax.Identifier.GetLocation();

        // Element type: the first span's type argument (or the return type of a dot product).
        ITypeSymbol? elementSymbol = method.Parameters.Select(p => SpanElement(p.Type)).FirstOrDefault(t => t is not null);
        string t = elementSymbol?.SpecialType switch
        {
            SpecialType.System_Double => "double",
            _ => "float",
        };

        string expected = kind switch
        {
            KernelKind.DotProduct => $"public static partial {t} {name}(ReadOnlySpan<{t}> x, ReadOnlySpan<{t}> y)",
            _ => $"public static partial void {name}(ReadOnlySpan<{t}> input, ReadOnlySpan<{t}> weights, ReadOnlySpan<{t}> bias, Span<{t}> output) (bias may be left out)",
        };

        string? problem = null;
        ImmutableArray<IParameterSymbol> ps = method.Parameters;
        if (method.IsGenericMethod)
        {
            problem = "is generic";
        }
        else if (method.IsExtensionMethod)
        {
            problem = "is an extension method";
        }
        else if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            problem = "returns by reference";
        }
        else if (ps.FirstOrDefault(p => p.RefKind != RefKind.None) is { } byRef)
        {
            problem = $"passes parameter '{byRef.Name}' by reference";
        }
        else if (kind == KernelKind.DotProduct && ps.Length != 2)
        {
            problem = $"has {ps.Length} parameter{(ps.Length == 1 ? "" : "s")} instead of 2";
        }
        else if (kind != KernelKind.DotProduct && ps.Length is not (3 or 4))
        {
            problem = $"has {ps.Length} parameter{(ps.Length == 1 ? "" : "s")} instead of 3 or 4";
        }
        else
        {
            for (int i = 0; i < ps.Length && problem is null; i++)
            {
                bool output = kind != KernelKind.DotProduct && i == ps.Length - 1;
                if (!IsSpan(ps[i].Type, readOnly: !output))
                {
                    problem = $"has parameter '{ps[i].Name}' of type '{ps[i].Type.ToDisplayString()}' where {(output ? "Span" : "ReadOnlySpan")}<{t}> is expected";
                }
            }

            if (problem is null)
            {
                bool returnsOk = kind == KernelKind.DotProduct ? !method.ReturnsVoid : method.ReturnsVoid;
                if (!returnsOk)
                {
                    problem = $"returns '{method.ReturnType.ToDisplayString()}' instead of '{(kind == KernelKind.DotProduct ? t : "void")}'";
                }
            }
        }

        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongSignature, where, name, problem, expected));
            return null;
        }

        // Every span and the return value must share one element type, float or double.
        var types = ps.Select(p => SpanElement(p.Type)!).ToList();
        if (kind == KernelKind.DotProduct)
        {
            types.Add(method.ReturnType);
        }

        ITypeSymbol first = types[0];
        ITypeSymbol? odd = types.FirstOrDefault(x => x.SpecialType is not (SpecialType.System_Single or SpecialType.System_Double)
            || x.SpecialType != first.SpecialType);
        if (odd is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongElementType, where, name, odd.ToDisplayString()));
            return null;
        }

        if (!method.ReturnsVoid && !syntax.Modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword
                or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoAccessibility, where, name));
        }

        hasBias = kind != KernelKind.DotProduct && ps.Length == 4;
        return first.SpecialType == SpecialType.System_Single ? ElementType.Float : ElementType.Double;
    }

    private static ITypeSymbol? SpanElement(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
        && named.ContainingNamespace?.ToDisplayString() == "System"
        && named.Name is "Span" or "ReadOnlySpan"
            ? named.TypeArguments[0] : null;

    private static bool IsSpan(ITypeSymbol type, bool readOnly) =>
        type is INamedTypeSymbol { IsGenericType: true } named && SpanElement(type) is not null
        && named.Name == (readOnly ? "ReadOnlySpan" : "Span");

    /// <summary>
    /// KGEN019: a parameter named like a type the generated body uses in expressions (<c>Vector512.LoadUnsafe</c>,
    /// <c>Unsafe.Add</c>, ...) would capture that name inside the body. KGEN009: a type declared where the kernel
    /// lives, with a name the generated code uses unqualified.
    /// </summary>
    private static void CheckHiddenNames(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        foreach (ParameterSyntax parameter in syntax.ParameterList.Parameters)
        {
            string name = parameter.Identifier.ValueText;
            if (System.Array.IndexOf(KernelEmitter.NamesUsed, name) >= 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ParameterHidesName, parameter.Identifier.GetLocation(), name, method.Name));
                return;
            }
        }

        foreach (string used in KernelEmitter.NamesUsed)
        {
            ISymbol? hider = null;
            for (INamedTypeSymbol? type = method.ContainingType; type is not null && hider is null; type = type.ContainingType)
            {
                hider = type.TypeParameters.FirstOrDefault(p => p.Name == used);
                for (INamedTypeSymbol? t = type; t is not null && hider is null; t = t.BaseType)
                {
                    hider = t.GetMembers(used).FirstOrDefault();
                }
            }

            for (INamespaceSymbol? ns = method.ContainingType?.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace && hider is null; ns = ns.ContainingNamespace)
            {
                hider = ns.GetTypeMembers(used).FirstOrDefault();
            }

            if (hider is not null && hider.ContainingAssembly?.Name is not ("System.Runtime" or "System.Private.CoreLib" or "KernelGen.Runtime" or "netstandard"))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameHidden, syntax.Identifier.GetLocation(),
                    hider.ToDisplayString(), method.Name, used));
                return;
            }
        }
    }

    private static DotSpec? ReadDot(AttributeArguments arguments, ElementType element, List<DiagnosticInfo> diagnostics)
    {
        int? length = arguments.PositiveSize(0, "length", diagnostics);
        return length is { } l ? new DotSpec(element, l) : null;
    }

    private static DenseSpec? ReadDense(AttributeArguments arguments, ElementType element, bool hasBias, string name,
        MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
    {
        int? inputs = arguments.PositiveSize(0, "inputs", diagnostics);
        int? outputs = arguments.PositiveSize(1, "outputs", diagnostics);
        ActivationKind? activation = arguments.Activation(diagnostics);
        if (inputs is not { } i || outputs is not { } o || activation is not { } a)
        {
            return null;
        }

        if ((long)i * o > int.MaxValue)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SizeTooLarge, arguments.AttributeLocation ?? syntax.Identifier.GetLocation(),
                name, ((long)i * o).ToString(System.Globalization.CultureInfo.InvariantCulture), "weights"));
            return null;
        }

        return new DenseSpec(element, i, o, hasBias, a);
    }
}
