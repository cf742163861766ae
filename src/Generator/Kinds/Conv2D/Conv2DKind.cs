using KernelGen.Generator.Catalog;
using System;
using System.Linq;
using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;
using KernelGen.Generator.Kinds.Conv2D.Integer;
using KernelGen.Generator.Kinds.Conv2D.Winograd;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// The <c>[Conv2D(...)]</c> slice: PyTorch's <c>nn.Conv2d</c> at batch 1, <c>void Conv(input, weights, [bias,] output)</c>.
/// The input has no ref local of the shared kind: the body reads it in place or through its padded scratch copy.
/// </summary>
internal sealed class Conv2DKind : KernelKind<ConvSpec, KernelPlan>
{
    public static Conv2DKind Instance { get; } = new();

    public override string AttributeName => "Conv2D";

    public override bool SupportsIntegers => true;

    public override IReadOnlyList<ParameterRole> Roles { get; } = new[]
    {
        new ParameterRole("input", RoleUse.Read, PerImage: true),
        ParameterRole.Input("weights", givenBy: "Weights") with { Quantity = Quantity.Weight },
        ParameterRole.Input("bias", optional: true, givenBy: "Bias") with { Quantity = Quantity.Bias },
        ParameterRole.Scale(),
        ParameterRole.Output("output", perImage: true),
    };

    public override KernelSpec? Read(KernelDeclaration declaration) => ConvReader.Read(declaration);

    public override (int Rows, int Columns)? MatrixShapeOf(KernelSpec spec, string role) =>
        role == "weights" && spec is ConvSpec { OutChannels: 1, InPerGroup: 1 } conv ? (conv.KernelHeight, conv.KernelWidth) : null;

    protected override KernelPlan Plan(ConvSpec spec, TargetInfo target, int budget) => Choose(spec, target, budget);

    /// <summary>
    /// The convolution's plan: a batch of small planes with the images in the lanes when
    /// <see cref="BatchLanePlanner.Applies"/>, the small-plane matrix product when <see cref="PlanePlanner.Applies"/>,
    /// else the row plan (vectors along the output rows). Shared with <c>Conv1D</c>.
    /// </summary>
    internal static KernelPlan Choose(ConvSpec spec, TargetInfo target, int budget) =>
        spec.Integer is not null ? IntegerConvPlanner.Plan(spec, target, budget)
        : spec.Winograd ? WinogradPlanner.Plan(spec, target, budget)
        : BatchLanePlanner.Applies(spec, target) ? BatchLanePlanner.Plan(spec, target, budget)
        : PlanePlanner.Applies(spec, target) ? PlanePlanner.Plan(spec, target, budget)
        : ConvPlanner.Plan(spec, target, budget);

    protected override CatalogReference Reference(ConvSpec c, CatalogOperands o)
    {
        string shape = "new global::KernelGen.Conv2DShape(" + string.Join(", ", new[]
        {
            c.InChannels, c.Height, c.Width, c.OutChannels, c.KernelHeight, c.KernelWidth,
            c.StrideY, c.StrideX, c.PaddingY, c.PaddingX, c.DilationY, c.DilationX, c.Groups,
        }.Select(v => CatalogOperands.N(v))) + ")";
        if (c.Winograd)
        {
            // the contract's Winograd bound: 256 n u times its own magnitude term (the reference computes both)
            return new(
                $"{o.Reference("Conv2D")}({o.In("input")}, {o.In("weights")}, {o.In("bias")}, {o.Output}, {shape}, {CatalogOperands.Activation(c.Activation)})",
                $"{o.Reference("Conv2DWinogradExact")}({o.In("input")}, {o.In("weights")}, {o.In("bias")}, {o.Exact}, {shape}, {o.Absolute})",
                (256 * (c.TapsPerFilter + 1)) - 1,
                c.Activation);
        }

        return new(
            $"{o.Reference("Conv2D")}({o.In("input")}, {o.In("weights")}, {o.In("bias")}, {o.Output}, {shape}, {CatalogOperands.Activation(c.Activation)})",
            $"{o.Reference("Conv2DPreActivation")}({o.Abs("input")}, {o.Abs("weights")}, {o.Abs("bias")}, {o.Exact}, {shape})",
            c.TapsPerFilter + 1,
            c.Activation);
    }

    protected override void WriteComputation(IndentedWriter w, ConvSpec conv)
    {
        w.Line($"// Computes: output[oc, oy, ox] = {(conv.Activation == ActivationKind.None ? "" : conv.Activation + "(")}{(conv.HasBias ? "bias[oc] + " : "")}sum over ic < {conv.InPerGroup}, ky < {conv.KernelHeight}, kx < {conv.KernelWidth} of");
        string channel = conv.Groups == 1 ? "ic" : $"g * {conv.InPerGroup} + ic";
        w.Line($"//           weights[oc, ic, ky, kx] * input[{channel}, {InputIndex("oy", conv.StrideY, conv.PaddingY, "ky", conv.DilationY)}, {InputIndex("ox", conv.StrideX, conv.PaddingX, "kx", conv.DilationX)}]{(conv.Activation == ActivationKind.None ? "" : ")")},");
        w.Line(conv.Groups == 1
            ? "//           input outside the image reads as 0 (cross-correlation, as PyTorch's Conv2d)"
            : $"//           g = oc / {conv.OutPerGroup} (the group); input outside the image reads as 0 (cross-correlation, as PyTorch's Conv2d)");
        w.Line($"// Layout:   input [{conv.InChannels}][{conv.Height}][{conv.Width}], weights [{conv.OutChannels}][{conv.InPerGroup}][{conv.KernelHeight}][{conv.KernelWidth}], output [{conv.OutChannels}][{conv.OutHeight}][{conv.OutWidth}]");
    }

    protected override void WritePlan(IndentedWriter w, KernelPlan plan) => WritePlanOf(w, plan);

    /// <summary>The plan lines of either plan (shared with <c>Conv1D</c>).</summary>
    internal static void WritePlanOf(IndentedWriter w, KernelPlan plan)
    {
        if (plan is IntegerConvPlan integer)
        {
            IntegerConvEmitter.WritePlanLines(w, integer);
        }
        else if (plan is WinogradPlan winograd)
        {
            WinogradEmitter.WritePlanLines(w, winograd);
        }
        else if (plan is BatchLanePlan batch)
        {
            BatchLaneEmitter.WritePlanLines(w, batch);
            WriteSavings(w, batch.Spec);
        }
        else if (plan is PlanePlan plane)
        {
            PlaneEmitter.WritePlanLines(w, plane);
            WriteSavings(w, plane.Spec);
        }
        else
        {
            WritePlanLines(w, (ConvPlan)plan);
            WriteSavings(w, ((ConvPlan)plan).Spec);
        }
    }

    private static void WriteSavings(IndentedWriter w, ConvSpec spec)
    {
        if (WinogradPlanner.Savings(spec) is { } line)
        {
            w.Line(line);
        }
    }

    /// <summary>The members either plan needs beside the method: its per-thread buffer (shared with <c>Conv1D</c>).</summary>
    internal static void WriteMembersOf(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
        if (plan is IntegerConvPlan integer)
        {
            IntegerConvEmitter.WriteMembers(w, integer, method);
        }
        else if (plan is WinogradPlan winograd)
        {
            WinogradEmitter.WriteMembers(w, winograd, method);
        }
        else if (plan is BatchLanePlan batch)
        {
            BatchLaneEmitter.WriteBufferField(w, batch, method);
        }
        else if (plan is PlanePlan plane)
        {
            PlaneEmitter.WriteColumnsField(w, plane, method);
        }
        else if (plan is ConvPlan rows)
        {
            if (rows.UsesScratch)
            {
                ConvEmitter.WriteScratchField(w, rows, method);
            }

            if (rows.LaneBufferLength > 0)
            {
                ChannelLaneEmitter.WriteBufferField(w, rows, method);
            }
        }
    }

    /// <summary>The body of either plan (shared with <c>Conv1D</c>).</summary>
    internal static void WriteBodyOf(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
        if (plan is IntegerConvPlan integer)
        {
            IntegerConvEmitter.WriteBody(w, integer, method);
        }
        else if (plan is WinogradPlan winograd)
        {
            WinogradEmitter.WriteBody(w, winograd, method);
        }
        else if (plan is BatchLanePlan batch)
        {
            BatchLaneEmitter.WriteBody(w, batch, method);
        }
        else if (plan is PlanePlan plane)
        {
            PlaneEmitter.WriteBody(w, plane, method);
        }
        else
        {
            ConvEmitter.WriteBody(w, (ConvPlan)plan, method);
        }
    }

    /// <summary>The plan lines of a convolution's header (shared with <c>Conv1D</c>, which is planned as a one-row Conv2D).</summary>
    internal static void WritePlanLines(IndentedWriter w, ConvPlan plan)
    {
        long kb = ((long)plan.ScratchLength * plan.Spec.Element.Size() + 1023) / 1024;
        w.Line(plan.IsBanded
            ? $"//   Input:    copied band by band, {plan.BandRows} output rows at a time, into a zero-padded scratch [{plan.ScratchChannels}][{plan.PaddedHeight}][{plan.Phases} phase{(plan.Phases == 1 ? "" : "s")} x {plan.PhaseWidth}] ({kb} KB per thread, in cache when read; the whole padded input would not be): every output is interior, no bounds checks or branches"
            : plan.UsesScratch
            ? $"//   Input:    copied {(plan.ScratchPerGroup ? "group by group" : "once per call")} into a zero-padded scratch [{plan.ScratchChannels}][{plan.PaddedHeight}][{plan.Phases} phase{(plan.Phases == 1 ? "" : "s")} x {plan.PhaseWidth}] (per thread, padding zeroed once): every output is interior, no bounds checks or branches"
            : "//   Input:    read in place (no padding, stride 1): every output is interior, no bounds checks or branches");
        if (plan.Spec.ConstantOf("weights") is { } weights)
        {
            string folded = string.Join(", ", plan.Paths.Where(p => p.FoldsWeights).Select(p => VectorCode.PathName(p.Bits)));
            string data = string.Join(", ", plan.Paths.Where(p => !p.FoldsWeights).Select(p => VectorCode.PathName(p.Bits)));
            string census = plan.Paths.Any(p => p.Separable is not null)
                ? $"{FoldCensus(plan, weights)} as direct taps; the paths marked separable below take it as a column x a row instead"
                : FoldCensus(plan, weights);
            w.Line($"//   Weights:  {(folded.Length > 0 ? $"folded into the code on {folded} ({census}; each output-channel tile written out)" : "")}"
                + (data.Length == 0 ? "" : $"{(folded.Length > 0 ? "; " : "")}read from the generated data on {data} (taps not all unrolled, or more than {ConvPlanner.MaxFoldedTiles} output-channel tiles)"));
        }

        foreach (ConvPath p in plan.Paths)
        {
            if (p.LaneTile is not null)
            {
                w.Line(ChannelLaneEmitter.PlanLine(plan, p));
                continue;
            }

            string columns = p.LoopedBlocks > 0 ? $"{p.LoopedBlocks} block{(p.LoopedBlocks == 1 ? "" : "s")} of {p.VectorsPerBlock}" : "";
            if (p.LastBlockStarts.Count > 0)
            {
                columns += (columns.Length > 0 ? " + " : "") + $"1 block of {p.LastBlockStarts.Count}";
            }

            string unit = p.Bits == 0 ? "scalar" : $"vector{(p.VectorsPerBlock == 1 ? "" : "s")} of {p.Lanes}";
            if (p.Separable is { } f)
            {
                string Values(Func<int, double> at, int n) => string.Join(", ", Enumerable.Range(0, n).Select(i => VectorCode.Literal(at(i), plan.Spec.Element)));
                string scale = f.Scale == 1 ? "" : $" x {VectorCode.Literal(f.Scale, plan.Spec.Element)}";
                w.Line($"//   {VectorCode.PathName(p.Bits),-10} separable: the filter is [{Values(f.Column, plan.Spec.KernelHeight)}]^T x [{Values(f.Row, plan.Spec.KernelWidth)}]{scale}; per input row a row pass in registers, added into each output row with its column weight{(f.Scale == 1 ? "" : ", multiplied once before the store")}");
            }

            string unroll = p.Unroll switch
            {
                TapUnroll.Full => "all taps unrolled",
                TapUnroll.PerChannel => "loop over input channels, filter unrolled",
                TapUnroll.PerRow => "loops over input channels and filter rows, filter row unrolled",
                _ => $"loops over input channels, filter rows and filter columns, {p.LoopedTaps} taps at a time unrolled",
            };
            string per = p.FlatRows > 0
                ? $"per flat run of {p.FlatRows} rows ({plan.FlatLength(p)} pixels at row stride {plan.RowStride}, full vectors; {plan.RowStride - plan.Spec.OutWidth} pixels per row dropped when copied out)"
                : "per row";
            w.Line($"//   {VectorCode.PathName(p.Bits),-10} tile {p.ChannelTile} channel{(p.ChannelTile == 1 ? "" : "s")}{(p.RowTile == 1 ? "" : $" x {p.RowTile} rows")} x up to {p.VectorsPerBlock} {unit} ({p.Accumulators} accumulators); {per}: {columns}; {unroll} ({p.UnrolledMultiplyAdds} multiply-adds per body)");
        }
    }

    protected override void WriteMembers(IndentedWriter w, KernelPlan plan, MethodInfo method) => WriteMembersOf(w, plan, method);

    protected override void WriteBody(IndentedWriter w, KernelPlan plan, MethodInfo method) => WriteBodyOf(w, plan, method);

    public override void WritePreparation(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
        if (plan is IntegerConvPlan integer)
        {
            IntegerConvEmitter.WritePreparation(w, integer, method);
            return;
        }

        WinogradEmitter.WritePreparation(w, (WinogradPlan)plan, method);
    }

    /// <summary>What folding does to the taps: <c>4 of 9 taps are 0 and skipped, 5 of +-1 are adds or subtracts</c>.</summary>
    private static string FoldCensus(ConvPlan plan, ConstantOperand weights)
    {
        int zeros = 0, ones = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            zeros += weights[i] == 0 ? 1 : 0;
            ones += weights[i] is 1 or -1 ? 1 : 0;
        }

        string text = $"{zeros} of {weights.Length} taps are 0 and skipped, {ones} of \u00b11 are adds or subtracts, {weights.Length - zeros - ones} multiply by a constant";
        return plan.Spec.HasBias && plan.Spec.ConstantOf("bias") is not null ? text + "; the bias is a constant too" : text;
    }

    /// <summary>An input coordinate in the header, without the terms that are identities: <c>oy * 2 - 1 + ky</c>.</summary>
    private static string InputIndex(string output, int stride, int padding, string tap, int dilation)
    {
        string text = stride == 1 ? output : $"{output} * {stride}";
        text += padding == 0 ? "" : $" - {padding}";
        return text + (dilation == 1 ? $" + {tap}" : $" + {tap} * {dilation}");
    }
}
