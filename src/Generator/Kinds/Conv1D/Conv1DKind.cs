using KernelGen.Generator.Catalog;
using System.Linq;
using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Diagnostics;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv1D;

/// <summary>
/// The <c>[Conv1D(...)]</c> slice: PyTorch's <c>nn.Conv1d</c> at batch 1, <c>void Conv(input, weights, [bias,] output)</c>.
/// It reads and describes its own attribute, and plans and writes the body as the equivalent one-row <c>Conv2D</c>
/// (<see cref="Conv1DSpec.AsConv2D"/>): long signals vectorize along the output, a FIR filter's taps unrolled.
/// </summary>
internal sealed class Conv1DKind : KernelKind<Conv1DSpec, KernelPlan>
{
    public static Conv1DKind Instance { get; } = new();

    public override string AttributeName => "Conv1D";

    public override IReadOnlyList<ParameterRole> Roles => Conv2DKind.Instance.Roles;

    public override bool SupportsIntegers => true;

    /// <summary>An integer convolution's filters reordered once per call, as <c>Conv2D</c>'s (the same plan).</summary>
    public override void WritePreparation(IndentedWriter w, KernelPlan plan, MethodInfo method) => Conv2DKind.Instance.WritePreparation(w, plan, method);

    public override KernelSpec? Read(KernelDeclaration declaration)
    {
        AttributeArguments arguments = declaration.Arguments;
        List<DiagnosticInfo> diagnostics = declaration.Diagnostics;
        int? c = arguments.PositiveSize(0, "inChannels", diagnostics);
        int? n = arguments.PositiveSize(1, "length", diagnostics);
        int? oc = arguments.PositiveSize(2, "outChannels", diagnostics);
        int? k = arguments.PositiveSize(3, "kernelSize", diagnostics);
        int? stride = arguments.PositiveNamed("Stride", 1, diagnostics);
        int? dilation = arguments.PositiveNamed("Dilation", 1, diagnostics);
        int? groups = arguments.PositiveNamed("Groups", 1, diagnostics);
        int padding = arguments.Named("Padding", 0);
        if (padding < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SizeNegative, arguments.NamedLocation("Padding"), "Padding", Text(padding)));
        }

        ActivationKind? activation = arguments.Activation(diagnostics);
        if (c is not { } inChannels || n is not { } length || oc is not { } outChannels || k is not { } size
            || stride is not { } s || dilation is not { } d || groups is not { } g || padding < 0 || activation is not { } a)
        {
            return null;
        }

        if (inChannels % g != 0 || outChannels % g != 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GroupsDoNotDivide, arguments.NamedLocation("Groups"),
                Text(g), Text(inChannels), Text(outChannels)));
            return null;
        }

        long span = ((long)d * (size - 1)) + 1, padded = length + (2L * padding);
        if (span > padded)
        {
            declaration.Report(DiagnosticDescriptors.FilterLargerThanInput, declaration.ShapeLocation, declaration.MethodName, $"{span}", $"{padded}");
            return null;
        }

        var spec = new Conv1DSpec(declaration.Element, inChannels, length, outChannels, size, s, padding, d, g, declaration.Binds("bias"), a);
        ConvSpec conv = spec.AsConv2D();
        return declaration.AllFit(("input", conv.InputLength), ("weights", conv.WeightsLength), ("output", conv.OutputLength),
            ("the padded input copy", ConvPlanner.Layout(conv).ScratchLengthFor(inChannels))) ? spec : null;
    }

    protected override KernelPlan Plan(Conv1DSpec spec, TargetInfo target, int budget) => Conv2DKind.Choose(spec.AsConv2D(), target, budget);

    protected override CatalogReference Reference(Conv1DSpec c, CatalogOperands o)
    {
        string shape = "new global::KernelGen.Conv1DShape(" + string.Join(", ", new[]
        {
            c.InChannels, c.Length, c.OutChannels, c.KernelSize, c.Stride, c.Padding, c.Dilation, c.Groups,
        }.Select(v => CatalogOperands.N(v))) + ")";
        return new(
            $"{o.Reference("Conv1D")}({o.In("input")}, {o.In("weights")}, {o.In("bias")}, {o.Output}, {shape}, {CatalogOperands.Activation(c.Activation)})",
            $"{o.Reference("Conv1DPreActivation")}({o.Abs("input")}, {o.Abs("weights")}, {o.Abs("bias")}, {o.Exact}, {shape})",
            (c.InChannels / c.Groups * c.KernelSize) + 1,
            c.Activation);
    }

    protected override void WriteComputation(IndentedWriter w, Conv1DSpec conv)
    {
        string f = conv.Activation == ActivationKind.None ? "" : conv.Activation + "(";
        string index = (conv.Stride == 1 ? "ox" : $"ox * {conv.Stride}") + (conv.Padding == 0 ? "" : $" - {conv.Padding}") + (conv.Dilation == 1 ? " + k" : $" + k * {conv.Dilation}");
        string channel = conv.Groups == 1 ? "ic" : $"g * {conv.InChannels / conv.Groups} + ic";
        w.Line($"// Computes: output[oc, ox] = {f}{(conv.HasBias ? "bias[oc] + " : "")}sum over ic < {conv.InChannels / conv.Groups}, k < {conv.KernelSize} of weights[oc, ic, k] * input[{channel}, {index}]{(f.Length > 0 ? ")" : "")},");
        w.Line(conv.Groups == 1
            ? "//           input outside the signal reads as 0 (cross-correlation, as PyTorch's Conv1d)"
            : $"//           g = oc / {conv.OutChannels / conv.Groups} (the group); input outside the signal reads as 0 (cross-correlation, as PyTorch's Conv1d)");
        w.Line($"// Layout:   input [{conv.InChannels}][{conv.Length}], weights [{conv.OutChannels}][{conv.InChannels / conv.Groups}][{conv.KernelSize}], output [{conv.OutChannels}][{conv.OutLength}]");
        w.Line("//           planned as the one-row Conv2D with the same layouts: the rows below speak of width and filter columns");
    }

    protected override void WritePlan(IndentedWriter w, KernelPlan plan) => Conv2DKind.WritePlanOf(w, plan);

    protected override void WriteMembers(IndentedWriter w, KernelPlan plan, MethodInfo method) => Conv2DKind.WriteMembersOf(w, plan, method);

    protected override void WriteBody(IndentedWriter w, KernelPlan plan, MethodInfo method) => Conv2DKind.WriteBodyOf(w, plan, method);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
