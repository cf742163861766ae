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

        bool? winograd = Algorithm(arguments, diagnostics, (kernelHeight, kernelWidth), s, d, groups);
        if (winograd is not { } isWinograd)
        {
            return null;
        }

        var spec = new ConvSpec(declaration.Element, inChannels, height, width, outChannels, kernelHeight, kernelWidth,
            s.Y, s.X, p.Y, p.X, d.Y, d.X, groups, declaration.Binds("bias"), a) { Winograd = isWinograd };

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
    /// The <c>Algorithm</c> named argument: whether it is Winograd (null after a diagnostic: a value that is not a
    /// <c>ConvAlgorithm</c>, KGEN034, or Winograd on a convolution it does not compute, KGEN033, at the argument).
    /// </summary>
    private static bool? Algorithm(AttributeArguments arguments, List<DiagnosticInfo> diagnostics, (int Y, int X) kernel,
        (int Y, int X) stride, (int Y, int X) dilation, int groups)
    {
        int value = arguments.Named("Algorithm", 0);
        if (value is not (0 or 1))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAlgorithm, arguments.NamedLocation("Algorithm"), Text(value)));
            return null;
        }

        if (value == 0)
        {
            return false;
        }

        var found = new List<string>();
        var change = new List<string>();
        if (kernel != (3, 3))
        {
            found.Add($"a {Text(kernel.Y)}x{Text(kernel.X)} filter");
            change.Add("the filter");
        }

        if (stride != (1, 1))
        {
            found.Add(stride.Y == stride.X ? $"stride {Text(stride.Y)}" : $"stride {Text(stride.Y)}x{Text(stride.X)}");
            change.Add("Stride");
        }

        if (dilation != (1, 1))
        {
            found.Add(dilation.Y == dilation.X ? $"dilation {Text(dilation.Y)}" : $"dilation {Text(dilation.Y)}x{Text(dilation.X)}");
            change.Add("Dilation");
        }

        if (groups != 1)
        {
            found.Add($"Groups = {Text(groups)}");
            change.Add("Groups");
        }

        if (found.Count == 0)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WinogradNotApplicable, arguments.NamedLocation("Algorithm"),
            string.Join(", ", found), string.Join(", ", change)));
        return null;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
