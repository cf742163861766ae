using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KernelGen.Generator.Reading;

/// <summary>Reads a kernel attribute's arguments, and finds the syntax of each one so diagnostics point at it.</summary>
internal sealed class AttributeArguments
{
    private readonly AttributeData _attribute;
    private readonly AttributeSyntax? _syntax;

    public AttributeArguments(AttributeData attribute, CancellationToken cancellationToken)
    {
        _attribute = attribute;
        _syntax = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;
    }

    public Location? AttributeLocation => _syntax?.GetLocation();

    /// <summary>The location of the <paramref name="index"/>-th positional argument, else of the attribute.</summary>
    public Location? PositionalLocation(int index)
    {
        SeparatedSyntaxList<AttributeArgumentSyntax>? args = _syntax?.ArgumentList?.Arguments;
        var positional = args?.Where(a => a.NameEquals is null).ToList();
        return positional is not null && index < positional.Count ? positional[index].GetLocation() : AttributeLocation;
    }

    public Location? NamedLocation(string name) =>
        _syntax?.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.GetLocation()
        ?? AttributeLocation;

    public int? Positional(int index) =>
        index < _attribute.ConstructorArguments.Length && _attribute.ConstructorArguments[index].Value is int value ? value : null;

    public int Named(string name, int fallback)
    {
        foreach (KeyValuePair<string, TypedConstant> pair in _attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is int value)
            {
                return value;
            }
        }

        return fallback;
    }

    /// <summary>A named <c>bool</c> argument, or null when it is not given.</summary>
    public bool? NamedBool(string name)
    {
        foreach (KeyValuePair<string, TypedConstant> pair in _attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is bool value)
            {
                return value;
            }
        }

        return null;
    }

    public bool HasNamed(string name) => _attribute.NamedArguments.Any(p => p.Key == name);

    /// <summary>A size that must be at least 1; reports KGEN006 (at the argument) and returns null otherwise.</summary>
    public int? PositiveSize(int index, string parameter, List<DiagnosticInfo> diagnostics)
    {
        if (Positional(index) is not { } value)
        {
            return null; // the compiler reports a missing or mistyped argument itself
        }

        if (value < 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SizeNotPositive, PositionalLocation(index),
                parameter, value.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return value;
    }

    /// <summary>A named size that must be at least 1 (<paramref name="fallback"/> when absent); reports KGEN006 at the argument.</summary>
    public int? PositiveNamed(string name, int fallback, List<DiagnosticInfo> diagnostics)
    {
        int value = Named(name, fallback);
        if (value < 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SizeNotPositive, NamedLocation(name), name,
                value.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return value;
    }

    /// <summary>A named <c>bool</c> (<paramref name="fallback"/> when absent).</summary>
    public bool NamedFlag(string name, bool fallback)
    {
        foreach (KeyValuePair<string, TypedConstant> pair in _attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Value is bool value)
            {
                return value;
            }
        }

        return fallback;
    }

    /// <summary>The <c>Activation</c> named argument (None when absent); reports KGEN014 for a value out of range.</summary>
    public ActivationKind? Activation(List<DiagnosticInfo> diagnostics)
    {
        int value = Named("Activation", 0);
        if (value is < 0 or > (int)ActivationKind.Step)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownActivation, NamedLocation("Activation"),
                value.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        return (ActivationKind)value;
    }

    /// <summary>
    /// One per-axis property: <c>Name</c> (both axes), <c>NameY</c>, <c>NameX</c>. Each given value must be at least
    /// <paramref name="minimum"/>; an axis given twice must agree (KGEN018). An axis not given is its fallback.
    /// </summary>
    public (int Y, int X)? Axis(string name, int fallbackY, int fallbackX, int minimum, List<DiagnosticInfo> diagnostics)
    {
        bool ok = true;
        int? Given(string property)
        {
            if (!HasNamed(property))
            {
                return null;
            }

            int value = Named(property, 0);
            if (value < minimum)
            {
                diagnostics.Add(DiagnosticInfo.Create(minimum == 0 ? DiagnosticDescriptors.SizeNegative : DiagnosticDescriptors.SizeNotPositive,
                    NamedLocation(property), property, Number(value)));
                ok = false;
            }

            return value;
        }

        int? both = Given(name), y = Given(name + "Y"), x = Given(name + "X");
        foreach ((string axis, int? value) in new[] { (name + "Y", y), (name + "X", x) })
        {
            if (both is { } b && value is { } v && v != b)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingAxis, NamedLocation(axis), axis, Number(v), name, Number(b)));
                ok = false;
            }
        }

        return ok ? (y ?? both ?? fallbackY, x ?? both ?? fallbackX) : null;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
