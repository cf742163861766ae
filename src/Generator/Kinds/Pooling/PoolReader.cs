using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Model;
using KernelGen.Generator.Reading;

namespace KernelGen.Generator.Kinds.Pooling;

/// <summary>
/// Reads and checks <c>[MaxPool2D]</c> and <c>[AvgPool2D]</c>: sizes, per-axis strides (default: the window),
/// padding (at most half the window, KGEN029), dilation (max only) and <c>CountIncludePad</c> (avg only, KGEN030),
/// a window that fits the padded input (KGEN016).
/// </summary>
internal static class PoolReader
{
    public static PoolSpec? Read(KernelDeclaration declaration, PoolOp op)
    {
        AttributeArguments arguments = declaration.Arguments;
        List<DiagnosticInfo> diagnostics = declaration.Diagnostics;
        int? c = arguments.PositiveSize(0, "channels", diagnostics);
        int? h = arguments.PositiveSize(1, "height", diagnostics);
        int? w = arguments.PositiveSize(2, "width", diagnostics);
        int? kh = arguments.PositiveSize(3, "kernelHeight", diagnostics);
        int? kw = arguments.PositiveSize(4, "kernelWidth", diagnostics);
        string kind = op == PoolOp.Max ? "MaxPool2D" : "AvgPool2D";
        bool applicable = true;
        foreach (string property in op == PoolOp.Max ? new[] { "CountIncludePad" } : new[] { "Dilation", "DilationY", "DilationX" })
        {
            if (arguments.HasNamed(property))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PoolPropertyNotApplicable, arguments.NamedLocation(property), property, kind,
                    op == PoolOp.Max ? "a maximum ignores padding, so there is nothing to count" : "PyTorch's AvgPool2d has no dilation (MaxPool2D has)"));
                applicable = false;
            }
        }

        if (c is not { } channels || h is not { } height || w is not { } width || kh is not { } kernelHeight || kw is not { } kernelWidth)
        {
            return null;
        }

        (int Y, int X)? stride = arguments.Axis("Stride", kernelHeight, kernelWidth, 1, diagnostics);
        (int Y, int X)? padding = arguments.Axis("Padding", 0, 0, 0, diagnostics);
        (int Y, int X)? dilation = op == PoolOp.Max ? arguments.Axis("Dilation", 1, 1, 1, diagnostics) : (1, 1);
        if (stride is not { } s || padding is not { } p || dilation is not { } d || !applicable)
        {
            return null;
        }

        bool paddingFits = true;
        var reported = new HashSet<string>();
        foreach ((string axis, int value, int kernel, string size) in new[] { ("Y", p.Y, kernelHeight, "height"), ("X", p.X, kernelWidth, "width") })
        {
            if (value > kernel / 2)
            {
                string property = arguments.HasNamed("Padding" + axis) ? "Padding" + axis : "Padding";
                if (reported.Add(property))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PoolPaddingTooLarge, arguments.NamedLocation(property),
                        property, Text(value), size, Text(kernel), Text(kernel / 2)));
                }

                paddingFits = false;
            }
        }

        if (!paddingFits)
        {
            return null;
        }

        if (!declaration.WindowFits(height, width, (kernelHeight, kernelWidth), p, d))
        {
            return null;
        }

        bool ceil = arguments.NamedFlag("CeilMode", false);
        var spec = new PoolSpec(declaration.Element, op, channels, height, width, kernelHeight, kernelWidth, s.Y, s.X, p.Y, p.X, d.Y, d.X,
            ceil, arguments.NamedFlag("CountIncludePad", true));
        return declaration.AllFit(("input", spec.InputLength), ("output", (long)channels
            * PoolSpec.OutputSize(height, kernelHeight, p.Y, s.Y, d.Y, ceil) * PoolSpec.OutputSize(width, kernelWidth, p.X, s.X, d.X, ceil))) ? spec : null;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
