using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Kinds;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KernelGen.Generator.Reading;

/// <summary>
/// Reads one attributed method into a <see cref="KernelModel"/>: the checks every kind shares (static partial, partial
/// containers, language version, the signature against the kind's roles, names the generated code needs), then the
/// kind's own reading of its attribute. Every misuse becomes a <see cref="DiagnosticInfo"/>; nothing here throws on
/// user input.
/// </summary>
internal static class DeclarationReader
{
    public static ParseResult Read(GeneratorAttributeSyntaxContext context, KernelKind kind, CancellationToken cancellationToken)
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
            .Where(a => a.AttributeClass is { } c && KernelKinds.All.Any(k => k.AttributeMetadataName == c.ToDisplayString())).ToArray();
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

        // A second defining declaration of one signature (the compiler reports CS0111 and CS0756 at it; `params` or a
        // different parameter name does not make a signature differ) gets no implementation part: only the first one
        // does, so that no compiler error lands in a generated file.
        if (diagnostics.Count == 0 && method.IsPartialDefinition && RepeatsAnEarlierDefinition(method))
        {
            return ParseResult.Nothing;
        }

        if (syntax.SyntaxTree.Options is CSharpParseOptions options && options.LanguageVersion < LanguageVersion.CSharp9)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LanguageVersionTooOld, syntax.Identifier.GetLocation(),
                name, options.LanguageVersion.ToDisplayString()));
        }

        // Roles given at compile time (Weights = nameof(...)) leave the signature before it is checked.
        var arguments = new AttributeArguments(attribute, cancellationToken);
        List<GivenRole> given = ConstantReader.Given(attribute, kind, arguments, name, diagnostics);
        ElementType? element = CheckSignature(method, syntax, kind, given, diagnostics, out List<BoundParameter> bound, out IntegerScheme? integer);

        KernelSpec? spec = null;
        int budget = 0;
        bool? deterministic = null;
        int? threads = null;
        if (element is { } e)
        {
            var declaration = new KernelDeclaration(arguments, e, name, syntax.Identifier.GetLocation(),
                bound.Select(b => b.Role).Concat(given.Select(g => g.Role.Name)), diagnostics);
            spec = kind.Read(declaration);
            if (spec is not null)
            {
                spec = IntegerReader.Read(spec, integer, arguments, given, name, syntax.Identifier.GetLocation(), diagnostics);
            }

            if (spec is not null && given.Count > 0)
            {
                spec = ReadConstants(spec, given, method, context.SemanticModel, diagnostics, cancellationToken);
            }

            if (spec is not null)
            {
                spec = ReadBatch(spec, kind, arguments, name, syntax, diagnostics);
            }

            budget = arguments.Named("UnrollBudget", 0);
            deterministic = arguments.NamedBool("Deterministic");
            if (arguments.HasNamed("Threads"))
            {
                threads = arguments.Named("Threads", 1);
                if (threads < 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidThreads, arguments.NamedLocation("Threads") ?? syntax.Identifier.GetLocation(),
                        name, threads.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
            if (budget < 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidUnrollBudget, arguments.NamedLocation("UnrollBudget") ?? syntax.Identifier.GetLocation(),
                    budget.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (spec is null || diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error))
        {
            // Refused for what its attribute says, the declaration itself sound: a throwing body keeps CS8795 away.
            bool sound = element is not null && !diagnostics.Any(d => ShapeErrors.Contains(d.Descriptor.Id));
            KernelStub? stub = sound && diagnostics.FirstOrDefault(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error) is { } error
                ? KernelFileWriter.Stub(HierarchyInfo.From(method.ContainingType!), ReadMethod(method, syntax, bound), kind, element!.Value, integer, error.Descriptor.Id)
                : null;
            return Result(null, diagnostics, syntax) with { Stub = stub };
        }

        string attributeText = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).ToString() ?? spec.Describe();
        attributeText = string.Join(" ", attributeText.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
        var model = new KernelModel(HierarchyInfo.From(method.ContainingType!), ReadMethod(method, syntax, bound), spec, budget, deterministic, attributeText, threads);
        return Result(model, diagnostics, syntax);
    }

    /// <summary>
    /// The spec with its <c>Batch</c> on a kind whose operands repeat per image (KGEN006 for a batch under 1, KGEN007
    /// when the batched spans would not fit), or null after a diagnostic. Other kinds have no such property, or read
    /// their own (<c>Dense</c>'s batch is the rows of its matrix product).
    /// </summary>
    private static KernelSpec? ReadBatch(KernelSpec spec, KernelKind kind, AttributeArguments arguments, string name, MethodDeclarationSyntax syntax,
        List<DiagnosticInfo> diagnostics)
    {
        if (!kind.Roles.Any(r => r.PerImage) || !arguments.HasNamed("Batch"))
        {
            return spec;
        }

        if (arguments.PositiveNamed("Batch", 1, diagnostics) is not { } images)
        {
            return null;
        }

        foreach (ParameterRole role in kind.Roles.Where(r => r.PerImage))
        {
            long length = spec.LengthOf(role) * images;
            if (length > int.MaxValue)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SizeTooLarge, arguments.NamedLocation("Batch") ?? syntax.Identifier.GetLocation(),
                    name, length.ToString(System.Globalization.CultureInfo.InvariantCulture), role.Name));
                return null;
            }
        }

        return spec with { Images = images };
    }

    /// <summary>The spec with the values of every given role, or null after a diagnostic.</summary>
    private static KernelSpec? ReadConstants(KernelSpec spec, List<GivenRole> given, IMethodSymbol method, SemanticModel semanticModel,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var constants = new List<ConstantOperand>();
        foreach (GivenRole role in given)
        {
            ConstantOperand? constant = ConstantReader.Read(role, method, semanticModel, spec.TypeOf(role.Role), spec.LengthOf(role.Role),
                spec.Kind.MatrixShapeOf(spec, role.Role.Name), diagnostics, cancellationToken);
            if (constant is null)
            {
                return null;
            }

            constants.Add(constant);
        }

        return spec with { Constants = constants.ToEquatableArray() };
    }

    /// <summary>Errors about the declaration itself: a method with one of them gets no stub (its implementation part could not be written).</summary>
    private static readonly HashSet<string> ShapeErrors = new(new[]
    {
        DiagnosticDescriptors.NotStaticPartial.Id, DiagnosticDescriptors.HasBody.Id, DiagnosticDescriptors.TypeNotPartial.Id,
        DiagnosticDescriptors.FileLocalType.Id, DiagnosticDescriptors.LanguageVersionTooOld.Id, DiagnosticDescriptors.NoAccessibility.Id,
    });

    private static ParseResult Result(KernelModel? model, List<DiagnosticInfo> diagnostics, MethodDeclarationSyntax syntax)
        => new(model, diagnostics.ToEquatableArray(), syntax.SyntaxTree, syntax.Identifier.Span);

    private static MethodInfo ReadMethod(IMethodSymbol method, MethodDeclarationSyntax syntax, List<BoundParameter> bound)
    {
        var modifiers = syntax.Modifiers
            .Where(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword
                or SyntaxKind.NewKeyword or SyntaxKind.UnsafeKeyword)
            .Select(m => m.Text)
            .Concat(new[] { "static", "partial" });


        // Generated locals start with "__"; if a parameter does too, lengthen the prefix until none does.
        string prefix = "__";
        while (method.Parameters.Any(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            prefix += "_";
        }

        // Overloads share a name: tell them apart by what a kernel's signature can differ in (element type, arity). A
        // duplicate declaration (CS0111, reported by the compiler) also gets its position, so file names never clash.
        static string Key(IMethodSymbol m) =>
            $"_{(m.Parameters.FirstOrDefault()?.Type is INamedTypeSymbol { TypeArguments.Length: 1 } span ? span.TypeArguments[0].Name : "x")}{m.Parameters.Length}";
        var sameName = method.ContainingType?.GetMembers(method.Name).OfType<IMethodSymbol>().ToList() ?? new List<IMethodSymbol>();
        string overload = "";
        bool duplicate = false;
        if (sameName.Count > 1)
        {
            overload = Key(method);
            if (sameName.Count(m => Key(m) == overload) > 1)
            {
                duplicate = true;
                overload += "_" + sameName.FindIndex(m => SymbolEqualityComparer.Default.Equals(m, method)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return new MethodInfo(Escape(method.Name), string.Join(" ", modifiers), bound.ToEquatableArray(), prefix, overload, duplicate);
    }

    /// <summary>Whether a partial definition declared before <paramref name="method"/> in its type has its signature.</summary>
    private static bool RepeatsAnEarlierDefinition(IMethodSymbol method)
    {
        if (method.ContainingType is not { } type)
        {
            return false;
        }

        foreach (IMethodSymbol other in type.GetMembers(method.Name).OfType<IMethodSymbol>())
        {
            if (SymbolEqualityComparer.Default.Equals(other, method))
            {
                return false;
            }

            if (other.IsPartialDefinition && other.TypeParameters.Length == method.TypeParameters.Length
                && other.Parameters.Length == method.Parameters.Length
                && other.Parameters.Zip(method.Parameters, (a, b) => SymbolEqualityComparer.Default.Equals(a.Type, b.Type)
                    && (a.RefKind == RefKind.None) == (b.RefKind == RefKind.None)).All(same => same))
            {
                return true;
            }
        }

        return false;
    }

    private static string Escape(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;

    /// <summary>
    /// Checks the parameter list against the kind's roles and binds each parameter to its role (an optional role left
    /// out when the list is shorter); returns the element type, or null after a diagnostic.
    /// </summary>
    private static ElementType? CheckSignature(IMethodSymbol method, MethodDeclarationSyntax syntax, KernelKind kind,
        List<GivenRole> given, List<DiagnosticInfo> diagnostics, out List<BoundParameter> bound, out IntegerScheme? integer)
    {
        bound = new List<BoundParameter>();
        integer = null;
        string name = method.Name;
        Location where = syntax.Identifier.GetLocation();
        IReadOnlyList<ParameterRole> roles = kind.Roles;
        ParameterRole[] all = roles.Where(r => r.Use != RoleUse.Returned && !given.Any(g => g.Role == r) && !r.IntegerOnly).ToArray();
        ParameterRole[] required = all.Where(r => !r.Optional).ToArray();
        ParameterRole? returned = roles.FirstOrDefault(r => r.Use == RoleUse.Returned);

        // Element type: the first span's type argument (or the return type of a dot product). A byte or sbyte one makes
        // an integer kernel on a kind that has them: its output type is the written span's (or the return type), and
        // each role's type follows from what it holds (IntegerScheme.TypeOf).
        ITypeSymbol? elementSymbol = method.Parameters.Select(p => SpanElement(p.Type)).FirstOrDefault(t => t is not null);
        ElementType element = elementSymbol?.SpecialType == SpecialType.System_Double ? ElementType.Double : ElementType.Float;
        IntegerScheme? scheme = null;
        if (kind.SupportsIntegers && TypeOf(elementSymbol) is ElementType.Byte or ElementType.SByte)
        {
            ITypeSymbol? outputSymbol = returned is not null ? method.ReturnType : method.Parameters.Select(p => SpanElement(p.Type)).LastOrDefault();
            ElementType output = TypeOf(outputSymbol) is { } o && o != ElementType.Double ? o : ElementType.Int32;
            if (!roles.Any(r => r.IntegerOnly) || returned?.Quantity == Quantity.Real)
            {
                output = returned?.Quantity == Quantity.Real ? ElementType.Float : ElementType.Int32;
            }

            element = roles[0].Quantity == Quantity.Activation ? TypeOf(elementSymbol)!.Value : ElementType.SByte;
            bool selects = roles.Any(r => r.Use == RoleUse.Written && r.Quantity == Quantity.Activation);
            scheme = new IntegerScheme(element, selects ? element : output, 0, 0) { Selects = selects };
            all = roles.Where(r => r.Use != RoleUse.Returned && !given.Any(g => g.Role == r) && (!r.IntegerOnly || scheme.HasScale)).ToArray();
            required = all.Where(r => !r.Optional).ToArray();
        }

        integer = scheme;
        string TypeText(ParameterRole role) => IntegerScheme.TypeOf(role, element, scheme).Keyword();
        string t = element.Keyword();
        string Spelled(ParameterRole role) => $"{(role.Use == RoleUse.Written ? "Span" : "ReadOnlySpan")}<{TypeText(role)}> {role.Name}";
        string[] optional = all.Where(r => r.Optional).Select(r => r.Name).ToArray();
        string expected = $"public static partial {(returned is null ? "void" : TypeText(returned))} {name}({string.Join(", ", all.Select(Spelled))})"
            + (optional.Length == 0 ? "" : $" ({string.Join(" and ", optional)} may be left out)");

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
        else if (ps.Length != all.Length && ps.Length != required.Length
            && given.Count > 0 && StillPresent(ps, kind, given, scheme) is { } present)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConstantParameterPresent, where, name,
                present.Given.Role.Name, present.Given.Member, present.Given.Property, present.Parameter, expected));
            return null;
        }
        else if (ps.Length != all.Length && ps.Length != required.Length)
        {
            string counts = all.Length == required.Length ? $"{all.Length}" : $"{required.Length} or {all.Length}";
            problem = $"has {ps.Length} parameter{(ps.Length == 1 ? "" : "s")} instead of {counts}";
        }
        else
        {
            ParameterRole[] bind = ps.Length == all.Length ? all : required;
            for (int i = 0; i < ps.Length && problem is null; i++)
            {
                bool output = bind[i].Use == RoleUse.Written;
                if (!IsSpan(ps[i].Type, readOnly: !output)
                    || (scheme is not null && TypeOf(SpanElement(ps[i].Type)) != IntegerScheme.TypeOf(bind[i], element, scheme)))
                {
                    problem = $"has parameter '{ps[i].Name}' of type '{ps[i].Type.ToDisplayString()}' where {(output ? "Span" : "ReadOnlySpan")}<{TypeText(bind[i])}> is expected";
                }
            }

            if (problem is null)
            {
                bool returnsOk = returned is not null
                    ? !method.ReturnsVoid && (scheme is null || TypeOf(method.ReturnType) == IntegerScheme.TypeOf(returned, element, scheme))
                    : method.ReturnsVoid;
                if (!returnsOk)
                {
                    problem = $"returns '{method.ReturnType.ToDisplayString()}' instead of '{(returned is not null ? TypeText(returned) : "void")}'";
                }
            }

            if (problem is null)
            {
                // The implementing part repeats the parameter modifiers C# requires to match (scoped, params); the names too.
                for (int i = 0; i < ps.Length; i++)
                {
                    string modifiers = string.Concat(syntax.ParameterList.Parameters[i].Modifiers
                        .Where(m => m.Kind() is SyntaxKind.ScopedKeyword or SyntaxKind.ParamsKeyword).Select(m => m.Text + " "));
                    bound.Add(new BoundParameter(bind[i].Name, Escape(ps[i].Name), modifiers));
                }
            }
        }

        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongSignature, where, name, problem, expected));
            return null;
        }

        if (scheme is not null)
        {
            CheckAccessibility(method, syntax, where, name, diagnostics);
            return element;
        }

        // Every span and the return value must share one element type, float or double.
        var types = ps.Select(p => SpanElement(p.Type)!).ToList();
        if (returned is not null)
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

        CheckAccessibility(method, syntax, where, name, diagnostics);
        return first.SpecialType == SpecialType.System_Single ? ElementType.Float : ElementType.Double;
    }

    /// <summary>A partial method returning a value needs an accessibility modifier (C#'s CS8796): KGEN, and no implementation part.</summary>
    private static void CheckAccessibility(IMethodSymbol method, MethodDeclarationSyntax syntax, Location where, string name, List<DiagnosticInfo> diagnostics)
    {
        if (!method.ReturnsVoid && !syntax.Modifiers.Any(m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword
                or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoAccessibility, where, name));
        }
    }

    /// <summary>
    /// When the parameter list would fit the roles with the given ones put back, the first given role and the
    /// parameter that stands where it would be: the user kept a parameter that <c>Weights</c>/<c>Bias</c> replaced.
    /// </summary>
    private static (GivenRole Given, string Parameter)? StillPresent(ImmutableArray<IParameterSymbol> ps, KernelKind kind, List<GivenRole> given, IntegerScheme? scheme)
    {
        ParameterRole[] full = kind.Roles.Where(r => r.Use != RoleUse.Returned && (!r.IntegerOnly || scheme is { HasScale: true })).ToArray();
        ParameterRole[] fullRequired = full.Where(r => !r.Optional || given.Any(g => g.Role == r)).ToArray();
        ParameterRole[]? bind = ps.Length == full.Length ? full : ps.Length == fullRequired.Length ? fullRequired : null;
        if (bind is null)
        {
            return null;
        }

        for (int i = 0; i < bind.Length; i++)
        {
            if (given.FirstOrDefault(g => g.Role == bind[i]) is { } g)
            {
                return (g, ps[i].Name);
            }
        }

        return null;
    }

    /// <summary>The element type a type symbol names, or null for a type no kernel computes on.</summary>
    private static ElementType? TypeOf(ITypeSymbol? type) => type?.SpecialType switch
    {
        SpecialType.System_Single => ElementType.Float,
        SpecialType.System_Double => ElementType.Double,
        SpecialType.System_Byte => ElementType.Byte,
        SpecialType.System_SByte => ElementType.SByte,
        SpecialType.System_Int32 => ElementType.Int32,
        _ => null,
    };

    private static ITypeSymbol? SpanElement(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
        && named.ContainingNamespace?.ToDisplayString() == "System"
        && named.Name is "Span" or "ReadOnlySpan"
            ? named.TypeArguments[0] : null;

    private static bool IsSpan(ITypeSymbol type, bool readOnly) =>
        type is INamedTypeSymbol { IsGenericType: true } named && SpanElement(type) is not null
        && named.Name == (readOnly ? "ReadOnlySpan" : "Span");
}
