using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Model;
using Microsoft.CodeAnalysis;
using KernelGen.Generator.Reading;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>Reads and checks the arguments of <c>[Conv2D]</c>: sizes, per-axis properties, groups, activation.</summary>
internal static class ConvReader
{
    public static ConvSpec? Read(KernelDeclaration declaration)
    {
        AttributeArguments arguments = declaration.Arguments;
        List<DiagnosticInfo> diagnostics = declaration.Diagnostics;
        int? c = arguments.PositiveSize(0, "inChannels", diagnostics);
        int? h = arguments.PositiveSize(1, "height", diagnostics);
        int? w = arguments.PositiveSize(2, "width", diagnostics);
        int? oc = arguments.PositiveSize(3, "outChannels", diagnostics);
        int? kh = arguments.PositiveSize(4, "kernelHeight", diagnostics);
        int? kw = arguments.PositiveSize(5, "kernelWidth", diagnostics);
        (int Y, int X)? stride = Axis(arguments, "Stride", 1, 1, diagnostics);
        (int Y, int X)? padding = Axis(arguments, "Padding", 0, 0, diagnostics);
        (int Y, int X)? dilation = Axis(arguments, "Dilation", 1, 1, diagnostics);
        int groups = arguments.Named("Groups", 1);
        if (groups < 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SizeNotPositive, arguments.NamedLocation("Groups"), "Groups", Text(groups)));
        }

        ActivationKind? activation = arguments.Activation(diagnostics);
        if (c is not { } inChannels || h is not { } height || w is not { } width || oc is not { } outChannels
            || kh is not { } kernelHeight || kw is not { } kernelWidth || stride is not { } s || padding is not { } p
            || dilation is not { } d || groups < 1 || activation is not { } a)
        {
            return null;
        }

        if (inChannels % groups != 0 || outChannels % groups != 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GroupsDoNotDivide, arguments.NamedLocation("Groups"),
                Text(groups), Text(inChannels), Text(outChannels)));
            return null;
        }

        long spanY = ((long)d.Y * (kernelHeight - 1)) + 1, spanX = ((long)d.X * (kernelWidth - 1)) + 1;
        long paddedY = height + (2L * p.Y), paddedX = width + (2L * p.X);
        if (spanY > paddedY || spanX > paddedX)
        {
            declaration.Report(DiagnosticDescriptors.FilterLargerThanInput, declaration.ShapeLocation,
                declaration.MethodName, $"{spanY}x{spanX}", $"{paddedY}x{paddedX}");
            return null;
        }

        var spec = new ConvSpec(declaration.Element, inChannels, height, width, outChannels, kernelHeight, kernelWidth,
            s.Y, s.X, p.Y, p.X, d.Y, d.X, groups, declaration.Binds("bias"), a);

        // Every span, and the padded scratch copy of the input as the planner lays it out, must fit in an int-indexed span.
        ConvLayout layout = ConvPlanner.Layout(spec);
        if (!declaration.AllFit(("input", spec.InputLength), ("weights", spec.WeightsLength), ("output", spec.OutputLength),
            ("the padded input copy", layout.ScratchLengthFor(inChannels))))
        {
            return null;
        }

        return spec;
    }

    /// <summary>
    /// One per-axis property: <c>Name</c> (both axes), <c>NameY</c>, <c>NameX</c>. Each given value must be at least
    /// <paramref name="minimum"/>; an axis given twice must agree (KGEN018).
    /// </summary>
    private static (int Y, int X)? Axis(AttributeArguments arguments, string name, int fallback, int minimum, List<DiagnosticInfo> diagnostics)
    {
        bool ok = true;
        int? Given(string property)
        {
            if (!arguments.HasNamed(property))
            {
                return null;
            }

            int value = arguments.Named(property, fallback);
            if (value < minimum)
            {
                diagnostics.Add(DiagnosticInfo.Create(minimum == 0 ? DiagnosticDescriptors.SizeNegative : DiagnosticDescriptors.SizeNotPositive,
                    arguments.NamedLocation(property), property, Text(value)));
                ok = false;
            }

            return value;
        }

        int? both = Given(name), y = Given(name + "Y"), x = Given(name + "X");
        foreach ((string axis, int? value) in new[] { (name + "Y", y), (name + "X", x) })
        {
            if (both is { } b && value is { } v && v != b)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ConflictingAxis, arguments.NamedLocation(axis), axis, Text(v), name, Text(b)));
                ok = false;
            }
        }

        return ok ? (y ?? both ?? fallback, x ?? both ?? fallback) : null;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
