using KernelGen.Generator.Catalog;
using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Pooling;

/// <summary>
/// The pooling slice, <c>void Pool(input, output)</c>: <c>[MaxPool2D]</c> and <c>[AvgPool2D]</c> are two kinds (two
/// attributes) over one spec, planner and emitter, told apart by <see cref="PoolOp"/>.
/// </summary>
internal abstract class PoolKind : KernelKind<PoolSpec, PoolPlan>
{
    private readonly PoolOp _op;

    protected PoolKind(PoolOp op) => _op = op;

    public override IReadOnlyList<ParameterRole> Roles { get; } = new[]
    {
        ParameterRole.Input("input") with { PerImage = true },
        ParameterRole.Output("output", perImage: true) with { Quantity = Quantity.Activation },
    };

    public override KernelSpec? Read(KernelDeclaration declaration) => PoolReader.Read(declaration, _op);

    protected override PoolPlan Plan(PoolSpec spec, TargetInfo target, int budget) => PoolPlanner.Plan(spec, target, budget);

    /// <summary>
    /// A pooling tap (a compare or an add, with its load) takes about as long as <see cref="MultiplyAddsPerTap"/> of a
    /// convolution's multiply-adds: a pool is bound by loads and shuffles, not by FMAs.
    /// </summary>
    public override long WorkPerImage(KernelSpec spec) => spec.Flops * MultiplyAddsPerTap;

    /// <summary>
    /// Measured on Zen 5 (benchmarks/README.md, "Threads and batches"): the digits CNN's first max pool over 64 images, 65,536 taps in
    /// 5.2 us (12.6 per ns), against its folded second conv, 4.7 M multiply-adds in 45.8 us (103 per ns).
    /// </summary>
    public const int MultiplyAddsPerTap = 8;

    protected override CatalogReference Reference(PoolSpec p, CatalogOperands o)
    {
        string shape = "new global::KernelGen.Pool2DShape(" + string.Join(", ", new[]
        {
            p.Channels, p.Height, p.Width, p.KernelHeight, p.KernelWidth, p.StrideY, p.StrideX, p.PaddingY, p.PaddingX, p.DilationY, p.DilationX,
        }.Select(v => CatalogOperands.N(v))) + $", {(p.CeilMode ? "true" : "false")}, {(p.CountIncludePad ? "true" : "false")})";
        string name = p.Op == PoolOp.Max ? "MaxPool2D" : "AvgPool2D";
        return new(
            $"{o.Reference(name)}({o.In("input")}, {o.Output}, {shape})",
            $"{o.Reference(name + "Exact")}({o.Abs("input")}, {o.Exact}, {shape})",
            p.Taps);
    }

    protected override void WriteComputation(IndentedWriter w, PoolSpec spec)
    {
        string iy = Index("oy", spec.StrideY, spec.PaddingY, "ky", spec.DilationY), ix = Index("ox", spec.StrideX, spec.PaddingX, "kx", spec.DilationX);
        if (spec.Op == PoolOp.Max)
        {
            w.Line($"// Computes: output[c, oy, ox] = max over ky < {spec.KernelHeight}, kx < {spec.KernelWidth} of input[c, {iy}, {ix}],");
            w.Line(spec.Element.IsInteger()
                ? "//           over the taps inside the image (padding never wins), exact"
                : "//           over the taps inside the image (padding never wins); a NaN in the window gives NaN (as PyTorch's MaxPool2d)");
        }
        else
        {
            w.Line($"// Computes: output[c, oy, ox] = (sum over ky < {spec.KernelHeight}, kx < {spec.KernelWidth} of input[c, {iy}, {ix}]) / divisor,");
            w.Line(spec.CountIncludePad
                ? "//           the taps inside the image summed, divided by the window's size in the padded input (as PyTorch's AvgPool2d)"
                : "//           the taps inside the image summed, divided by their count (as PyTorch's AvgPool2d with count_include_pad=False)");
        }

        w.Line($"// Layout:   input [{spec.Channels}][{spec.Height}][{spec.Width}], output [{spec.Channels}][{spec.OutHeight}][{spec.OutWidth}]{(spec.CeilMode ? " (ceil mode)" : "")}");
    }

    protected override void WritePlan(IndentedWriter w, PoolPlan plan)
    {
        PoolSpec spec = plan.Spec;
        w.Line($"//   Rows:     {Describe(plan.Rows, "oy", "ky", spec.KernelHeight)}");
        w.Line($"//   Columns:  {Describe(plan.Columns, "ox", "kx", spec.KernelWidth)}");
        if (plan.CompactBorders)
        {
            w.Line("//   Borders:  every output whose window leaves the image calls one local function that clips the window at run time (written out one by one, they would make the method too large for the JIT to optimize)");
        }

        if (spec.Op == PoolOp.Max && spec.Element.IsInteger())
        {
            // integers have no NaN: every maximum is exact
        }
        else if (spec.Op == PoolOp.Max)
        {
            w.Line(plan.Paths.Count > 1
                ? "//   NaN:      one pass over the input first (KernelGuard.HasNaN): without a NaN the vector paths run one-instruction maxima; with one the scalar path runs, whose Math.Max keeps it"
                : "//   NaN:      Math.Max returns NaN when either value is NaN, so a NaN in a window gives NaN");
        }
        else
        {
            var divisors = plan.Rows.SelectMany(r => plan.Columns.Select(c => PoolEmitter.Divisor(spec, r, c))).Where(d => d > 0).Distinct().OrderByDescending(d => d);
            w.Line($"//   Divisor:  the sum is multiplied by the reciprocal of {string.Join(", ", divisors)} (the interior's first)");
        }

        if (plan.Gathers)
        {
            PoolGather.WritePlanLine(w, plan);
        }

        foreach (PoolPath p in plan.Paths)
        {
            string how = p.Bits == 0
                ? $"one output at a time{(spec.StrideX > 2 ? $" (stride {spec.StrideX} has no vector plan)" : "")}"
                : p.Deinterleaves
                    ? $"{p.Lanes} outputs per vector along the row, stride 2 by de-interleaving pairs of loads into even and odd columns"
                    : $"{p.Lanes} outputs per vector along the row";
            string run = p.Run <= 0 ? "no interior columns"
                : $"columns {p.RunStart}..{p.RunEnd - 1} in {p.Blocks} block{(p.Blocks == 1 ? "" : "s")}{(p.Run % p.Lanes != 0 && p.Blocks > 1 ? " (the last overlapping the one before)" : "")}{(p.Looped ? ", looped" : ", unrolled")}";
            int scalar = plan.Columns.Sum(c => PoolPlan.ScalarColumns(p, c));
            w.Line($"//   {VectorCode.PathName(p.Bits),-10} {how}: {run}{(scalar > 0 ? $"; {scalar} column{(scalar == 1 ? "" : "s")} one by one" : "")}; window unrolled ({spec.Taps} taps)");
        }
    }

    protected override void WriteBody(IndentedWriter w, PoolPlan plan, MethodInfo method) => PoolEmitter.WriteBody(w, plan, method);

    protected override void WriteMembers(IndentedWriter w, PoolPlan plan, MethodInfo method)
    {
        if (plan.Gathers)
        {
            PoolGather.WriteMembers(w, plan, method);
        }
    }

    /// <summary>The groups of one axis: <c>oy 0 (ky 1..2), oy 1..30 (whole window), oy 31 (ky 0..1)</c>.</summary>
    private static string Describe(IEnumerable<PoolRange> ranges, string output, string tap, int kernel) =>
        string.Join(", ", ranges.Select(r =>
        {
            string at = r.Count == 1 ? $"{output} {r.First}" : $"{output} {r.First}..{r.First + r.Count - 1}";
            string taps = r.Taps == 0 ? "no tap in the image" : r.TapFirst == 0 && r.TapEnd == kernel ? "whole window" : $"{tap} {r.TapFirst}..{r.TapEnd - 1}";
            return $"{at} ({taps})";
        }));

    private static string Index(string output, int stride, int padding, string tap, int dilation)
    {
        string text = stride == 1 ? output : $"{output} * {stride}";
        text += padding == 0 ? "" : $" - {padding}";
        return text + (dilation == 1 ? $" + {tap}" : $" + {tap} * {dilation}");
    }
}

/// <summary>The <c>[MaxPool2D(...)]</c> kind (PyTorch's <c>nn.MaxPool2d</c>).</summary>
internal sealed class MaxPool2DKind : PoolKind
{
    private MaxPool2DKind()
        : base(PoolOp.Max)
    {
    }

    public static MaxPool2DKind Instance { get; } = new();

    public override string AttributeName => "MaxPool2D";

    /// <summary>A <c>byte</c> or <c>sbyte</c> pooling: the exact maximum, output of the input's type.</summary>
    public override bool SupportsIntegers => true;
}

/// <summary>The <c>[AvgPool2D(...)]</c> kind (PyTorch's <c>nn.AvgPool2d</c>).</summary>
internal sealed class AvgPool2DKind : PoolKind
{
    private AvgPool2DKind()
        : base(PoolOp.Avg)
    {
    }

    public static AvgPool2DKind Instance { get; } = new();

    public override string AttributeName => "AvgPool2D";
}
