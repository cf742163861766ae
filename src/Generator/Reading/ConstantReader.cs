using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Kinds;
using KernelGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace KernelGen.Generator.Reading;

/// <summary>A role whose values the attribute gives at compile time: <c>Weights = nameof(Filter)</c>.</summary>
/// <param name="Property">The attribute property: <c>Weights</c> or <c>Bias</c>.</param>
/// <param name="Member">The member's name as written in the attribute.</param>
internal sealed record GivenRole(ParameterRole Role, string Property, string Member, Location? Location);

/// <summary>
/// Reads the values of roles given at compile time: finds the named member in the kernel's type or a type that
/// contains it, checks its form (a <c>static ReadOnlySpan&lt;T&gt;</c> property whose body is an array or collection
/// initializer, a <c>static readonly T[]</c> field with one, or a <c>T[,]</c> where the kind takes a single 2-D filter),
/// and reads every element with Roslyn's constant values. Every misuse is a diagnostic (KGEN022-KGEN028, KGEN102).
/// </summary>
internal static class ConstantReader
{
    /// <summary>The roles the attribute's <c>Weights</c>/<c>Bias</c> arguments give; KGEN028 for a property no role takes.</summary>
    public static List<GivenRole> Given(AttributeData attribute, KernelKind kind, AttributeArguments arguments, string method, List<DiagnosticInfo> diagnostics)
    {
        var given = new List<GivenRole>();
        foreach (KeyValuePair<string, TypedConstant> pair in attribute.NamedArguments)
        {
            if (pair.Key is not ("Weights" or "Bias" or "Scale") || pair.Value.Value is not string member)
            {
                continue;
            }

            ParameterRole? role = kind.Roles.FirstOrDefault(r => r.GivenBy == pair.Key);
            if (role is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConstantNotAccepted, arguments.NamedLocation(pair.Key),
                    method, pair.Key, member, $"a {kind.AttributeName} kernel has no operand that {pair.Key} can give"));
                continue;
            }

            given.Add(new GivenRole(role, pair.Key, member, arguments.NamedLocation(pair.Key)));
        }

        return given;
    }

    /// <summary>
    /// The values of <paramref name="given"/>, <paramref name="length"/> of them, or null after a diagnostic.
    /// <paramref name="matrix"/> is the shape a <c>T[,]</c> may have for this role, or null when the role takes none.
    /// </summary>
    public static ConstantOperand? Read(GivenRole given, IMethodSymbol method, SemanticModel semanticModel, ElementType element,
        long length, (int Rows, int Columns)? matrix, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        string t = element.Keyword();
        string name = given.Member;
        void Report(DiagnosticDescriptor descriptor, Location? at, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, at ?? given.Location, arguments));
        void WrongForm(string problem) => Report(DiagnosticDescriptors.ConstantWrongForm, given.Location, name, given.Property, method.Name, problem, t);

        ISymbol? symbol = null;
        for (INamedTypeSymbol? container = method.ContainingType; container is not null && symbol is null; container = container.ContainingType)
        {
            symbol = container.GetMembers(name).FirstOrDefault();
        }

        if (symbol is null)
        {
            Report(DiagnosticDescriptors.ConstantNotFound, given.Location, given.Property, name, method.Name, method.ContainingType?.Name ?? "", t);
            return null;
        }

        ITypeSymbol type;
        ExpressionSyntax? initializer;
        bool writable = false;
        switch (symbol)
        {
            case IFieldSymbol field:
                if (!field.IsStatic)
                {
                    WrongForm("is not static");
                    return null;
                }

                if (!field.IsReadOnly || field.IsConst)
                {
                    WrongForm(field.IsConst ? "is a const, not an array" : "is not readonly (code could replace the array)");
                    return null;
                }

                type = field.Type;
                initializer = (field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as VariableDeclaratorSyntax)?.Initializer?.Value;
                writable = true;
                break;

            case IPropertySymbol property:
                if (!property.IsStatic)
                {
                    WrongForm("is not static");
                    return null;
                }

                type = property.Type;
                initializer = Body(property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as PropertyDeclarationSyntax);
                break;

            default:
                WrongForm($"is a {symbol.Kind.ToString().ToLowerInvariant()}, not a field or property");
                return null;
        }

        // The element type, and whether the shape is one the role takes.
        ITypeSymbol? elementType;
        int rank = 1;
        if (type is IArrayTypeSymbol array && symbol is IFieldSymbol)
        {
            elementType = array.ElementType;
            rank = array.Rank;
        }
        else if (symbol is IPropertySymbol && type is INamedTypeSymbol { Name: "ReadOnlySpan", TypeArguments.Length: 1 } span
            && span.ContainingNamespace?.ToDisplayString() == "System")
        {
            elementType = span.TypeArguments[0];
        }
        else
        {
            WrongForm(symbol is IFieldSymbol ? $"is of type '{type.ToDisplayString()}', not an array" : $"is of type '{type.ToDisplayString()}', not ReadOnlySpan<{t}>");
            return null;
        }

        SpecialType wanted = element switch
        {
            ElementType.Float => SpecialType.System_Single,
            ElementType.Double => SpecialType.System_Double,
            ElementType.Byte => SpecialType.System_Byte,
            ElementType.SByte => SpecialType.System_SByte,
            _ => SpecialType.System_Int32,
        };
        if (elementType.SpecialType != wanted)
        {
            Report(DiagnosticDescriptors.ConstantWrongType, given.Location, name, given.Property, method.Name, elementType.ToDisplayString(), t);
            return null;
        }

        if (rank > 2 || (rank == 2 && matrix is null))
        {
            Report(DiagnosticDescriptors.ConstantNotAccepted, given.Location, method.Name, given.Property, name,
                rank > 2 ? $"an array of rank {rank} has no layout here; use a flat {t}[]"
                    : $"a {t}[,] holds one 2-D filter of one channel, and this kernel's {given.Role.Name} is not one; use a flat {t}[] in its layout");
            return null;
        }

        if (initializer is null)
        {
            WrongForm(symbol is IFieldSymbol ? "has no initializer" : "has no body that is an initializer ('=> [ ... ]')");
            return null;
        }

        SemanticModel model = initializer.SyntaxTree == semanticModel.SyntaxTree
            ? semanticModel
            : semanticModel.Compilation.GetSemanticModel(initializer.SyntaxTree);
        IOperation? operation = model.GetOperation(initializer, cancellationToken);
        var elements = new List<IOperation>();
        int rows = -1;
        if (!Elements(operation, rank, elements, ref rows))
        {
            WrongForm("is not initialized with an array or collection initializer of constants");
            return null;
        }

        if (rank == 2 && (rows != matrix!.Value.Rows || elements.Count != matrix.Value.Rows * matrix.Value.Columns))
        {
            Report(DiagnosticDescriptors.ConstantWrongLength, given.Location, name, given.Property, method.Name,
                $"{rows} x {(rows <= 0 ? 0 : elements.Count / rows)}", $"{matrix.Value.Rows} x {matrix.Value.Columns}", given.Role.Name);
            return null;
        }

        if (elements.Count != length)
        {
            Report(DiagnosticDescriptors.ConstantWrongLength, given.Location, name, given.Property, method.Name,
                elements.Count.ToString(CultureInfo.InvariantCulture), length.ToString(CultureInfo.InvariantCulture), given.Role.Name);
            return null;
        }

        var values = new double[elements.Count];
        for (int i = 0; i < values.Length; i++)
        {
            if (Value(elements[i]) is not { } value)
            {
                Report(DiagnosticDescriptors.ConstantNotConstant, elements[i].Syntax.GetLocation(), i.ToString(CultureInfo.InvariantCulture), name, given.Property, method.Name);
                return null;
            }

            values[i] = element == ElementType.Float ? (float)value : value;
        }

        if (writable)
        {
            Report(DiagnosticDescriptors.WritableConstantArray, given.Location, name, given.Property, method.Name, t);
        }

        return ConstantOperand.From(given.Role.Name, name, values);
    }

    /// <summary>The expression a property returns: <c>=> expr</c>, <c>get => expr</c> or <c>get { return expr; }</c>.</summary>
    private static ExpressionSyntax? Body(PropertyDeclarationSyntax? property)
    {
        if (property?.ExpressionBody is { } arrow)
        {
            return arrow.Expression;
        }

        AccessorDeclarationSyntax? getter = property?.AccessorList?.Accessors.FirstOrDefault(a => a.Keyword.ValueText == "get");
        return getter?.ExpressionBody?.Expression
            ?? (getter?.Body?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax r ? r.Expression : null);
    }

    /// <summary>The element operations of an array creation, array initializer or collection expression, row by row for rank 2.</summary>
    private static bool Elements(IOperation? operation, int rank, List<IOperation> elements, ref int rows)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        switch (operation)
        {
            case IArrayCreationOperation creation when creation.Initializer is { } init:
                return Elements(init, rank, elements, ref rows);
            case ICollectionExpressionOperation collection when rank == 1:
                elements.AddRange(collection.Elements);
                return true;
            case IArrayInitializerOperation init when rank == 1:
                elements.AddRange(init.ElementValues);
                return true;
            case IArrayInitializerOperation init:
                rows = init.ElementValues.Length;
                int columns = -1;
                foreach (IOperation row in init.ElementValues)
                {
                    if (row is not IArrayInitializerOperation r || (columns >= 0 && r.ElementValues.Length != columns))
                    {
                        return false;
                    }

                    columns = r.ElementValues.Length;
                    elements.AddRange(r.ElementValues);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>An element's constant value (after its conversion to the element type), or null.</summary>
    private static double? Value(IOperation element)
    {
        if (element is ISpreadOperation || !element.ConstantValue.HasValue)
        {
            return null;
        }

        return element.ConstantValue.Value switch
        {
            float f => f,
            double d => d,
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            ushort us => us,
            uint ui => ui,
            ulong ul => ul,
            char c => c,
            decimal m => (double)m,
            _ => null,
        };
    }
}
