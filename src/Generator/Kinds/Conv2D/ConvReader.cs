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
        (int Y, int X)? stride = arguments.Axis("Stride", 1, 1, 1, diagnostics);
        (int Y, int X)? padding = arguments.Axis("Padding", 0, 0, 0, diagnostics);
        (int Y, int X)? dilation = arguments.Axis("Dilation", 1, 1, 1, diagnostics);
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

        if (!declaration.WindowFits(height, width, (kernelHeight, kernelWidth), p, d))
        {
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

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
