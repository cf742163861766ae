using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D.Integer;

/// <summary>
/// Writes an integer convolution (<see cref="IntegerConvPlan"/>): the reordered filters (members, or once per call), the
/// channels-last copy of the image padded with the input zero point, then per path the blocks of output channels,
/// each output pixel's exact sums through <see cref="IntegerReductionEmitter"/> and its one store through
/// <see cref="IntegerStore"/>.
/// </summary>
internal static class IntegerConvEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";

    /// <summary>Whether the filters' layout differs from the pixel copy's order (several channels and several taps).</summary>
    public static bool Reorders(ConvSpec spec) => spec.InPerGroup > 1 && spec.KernelHeight * spec.KernelWidth > 1;

    private static string FiltersField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Filters";

    private static string ReorderedData(MethodInfo method) => $"__KernelGen_{method.UniqueName}_ReorderedWeights";

    /// <summary>Where filter <c>oc</c>'s tap <c>(ic, ky, kx)</c> lands in the reordered filters: <c>[oc][ky][kx][ic]</c>.</summary>
    private static int Reordered(ConvSpec spec, int index)
    {
        int kk = spec.KernelHeight * spec.KernelWidth, taps = spec.TapsPerFilter;
        int oc = index / taps, rest = index % taps, ic = rest / kk, k = rest % kk;
        return (oc * taps) + (k * spec.InPerGroup) + ic;
    }

    public static void WritePlanLines(IndentedWriter w, IntegerConvPlan plan)
    {
        ConvSpec spec = plan.Spec;
        if (plan.Tiles.Count > 0)
        {
            IntegerTileEmitter.WritePlanLines(w, plan);
        }

        w.Line($"//   Input:    {(plan.Tiles.Count > 0 ? "(the paths below) " : "")}copied channels last into [{plan.PaddedHeight}][{plan.PaddedWidth}][{spec.InChannels}] (per thread), padded with the input zero point: every output is interior");
        w.Line($"//   Weights:  {(IntegerConvEmitter.Reorders(spec) ? (spec.ConstantOf("weights") is null ? "reordered [oc][ky][kx][ic] once per call" : "reordered [oc][ky][kx][ic] by the generator") : "read in place")}; each output pixel sums {plan.Segments.Count} run{(plan.Segments.Count == 1 ? "" : "s")} of {plan.RunLength}");
        foreach (IntegerConvPath p in plan.Paths)
        {
            w.Line($"//   {ReductionPlan.PathName(p.Block),-10} blocks of {p.Rows} output channels{(p.Remainder is null ? "" : $" (and {p.Remainder.Rows})")} per pixel; per run: {ReductionPlan.Describe(p.Block)}");
        }
    }

    public static void WriteMembers(IndentedWriter w, IntegerConvPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        w.Line($"// {method.Name}'s channels-last copy of one image, per thread.");
        ScratchBuffers.WriteField(w, ConvEmitter.ScratchField(method));
        w.Line();
        if (plan.Tiles.Count > 0)
        {
            IntegerTileEmitter.WriteMembers(w, plan, method);
        }

        if (spec.ConstantOf("weights") is { } weights)
        {
            if (!Reorders(spec))
            {
                return;
            }

            var values = new double[weights.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[Reordered(spec, i)] = weights[i];
            }

            w.Line($"// {method.Name}'s filters ({weights.Member}) reordered [oc][ky][kx][ic] by the generator.");
            KernelFileWriter.WriteData(w, ReorderedData(method), ElementType.SByte, values.Length, i => values[i]);
            return;
        }

        if (plan.PreparedRole is null)
        {
            return;
        }

        w.Line(plan.Tiles.Count > 0 ? $"// {method.Name}'s filters packed (or reordered [oc][ky][kx][ic]), once per call." : $"// {method.Name}'s filters reordered [oc][ky][kx][ic], once per call.");
        ScratchBuffers.WriteField(w, FiltersField(method));
        w.Line();
    }

    /// <summary>Run-time filters reordered once per call on the calling thread; the parts read them.</summary>
    public static void WritePreparation(IndentedWriter w, IntegerConvPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string p = method.LocalPrefix;
        long length = spec.WeightsLength; // the per-pixel paths' filters: reordered, or copied as they are
        foreach (IntegerTilePath tile in plan.Tiles)
        {
            length = System.Math.Max(length, IntegerTiles.PreparedBytes(spec, tile, plan.Integer));
        }

        // the gather tiles read the filters in place: the buffer and the packing only where they do not run
        IntegerTilePath? gather = plan.Tiles.FirstOrDefault(t => t.Gathers);
        System.IDisposable? packs = null;
        if (gather is not null)
        {
            w.Line($"global::System.ReadOnlySpan<sbyte> {p}prepared = {method.NameOf("weights")}; // the gather tiles read the filters in place");
            packs = w.Block($"if (!({gather.Condition}))");
        }

        ScratchBuffers.WriteAllocate(w, p + "filters", FiltersField(method), length, "sbyte");
        w.Line($"global::System.Span<sbyte> {p}reordered = {Marshal}.CreateSpan(ref {ScratchBuffers.Aligned(p + "filters", "sbyte")}, {N(length)});");
        w.Line($"ref sbyte {p}from = ref {Marshal}.GetReference({method.NameOf("weights")});");
        if (plan.Tiles.Count > 0)
        {
            IntegerTileEmitter.WritePreparation(w, plan, p, () => WriteReorder(w, plan, p));
        }
        else
        {
            WriteReorder(w, plan, p);
        }

        w.Line(gather is null ? $"global::System.ReadOnlySpan<sbyte> {p}prepared = {p}reordered;" : $"{p}prepared = {p}reordered;");
        packs?.Dispose();
    }

    private static void WriteReorder(IndentedWriter w, IntegerConvPlan plan, string p)
    {
        ConvSpec spec = plan.Spec;
        if (!Reorders(spec))
        {
            w.Line($"{Marshal}.CreateReadOnlySpan(ref {p}from, {N(spec.WeightsLength)}).CopyTo({p}reordered); // the per-pixel paths read the filters as they are");
            return;
        }

        w.Line("// the filters reordered [oc][ky][kx][ic] once per call: a pixel's taps of one filter row are then one run in both");
        int kk = spec.KernelHeight * spec.KernelWidth;
        string oc = p + "oc", ic = p + "ic", k = p + "k";
        using (w.Block($"for (int {oc} = 0; {oc} < {N(spec.OutChannels)}; {oc}++)"))
        {
            using (w.Block($"for (int {ic} = 0; {ic} < {N(spec.InPerGroup)}; {ic}++)"))
            {
                using (w.Block($"for (int {k} = 0; {k} < {N(kk)}; {k}++)"))
                {
                    w.Line($"{p}reordered[({oc} * {N(spec.TapsPerFilter)}) + ({k} * {N(spec.InPerGroup)}) + {ic}] = {Unsafe}.Add(ref {p}from, ({oc} * {N(spec.TapsPerFilter)}) + ({ic} * {N(kk)}) + {k});");
                }
            }
        }
    }

    public static void WriteBody(IndentedWriter w, IntegerConvPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        IntegerScheme integer = plan.Integer;
        string t = integer.Activations.Keyword(), p = method.LocalPrefix;
        int ic = spec.InChannels, wp = plan.PaddedWidth;

        if (plan.Tiles.Count > 0)
        {
            IntegerTileEmitter.WritePaths(w, plan, method);
            w.Line();
        }

        w.Line($"ref {t} {p}input = ref {Marshal}.GetReference({method.NameOf("input")});");
        ScratchBuffers.WriteAllocate(w, p + "scratch", ConvEmitter.ScratchField(method), plan.ScratchLength, t);
        w.Line($"ref {t} {p}padded = ref {ScratchBuffers.Aligned(p + "scratch", t)};");
        w.Line($"// the image channels last, [{plan.PaddedHeight}][{wp}][{ic}], padded with the input zero point (a real zero)");
        w.Line($"{Marshal}.CreateSpan(ref {p}padded, {N(plan.ScratchLength)}).Fill(({t}){N(integer.InputZeroPoint)});");
        string c = p + "c", y = p + "y", x = p + "x";
        using (w.Block($"for (int {c} = 0; {c} < {N(ic)}; {c}++)"))
        {
            using (w.Block($"for (int {y} = 0; {y} < {N(spec.Height)}; {y}++)"))
            {
                w.Line($"ref {t} {p}src = ref {Unsafe}.Add(ref {p}input, (({c} * {N(spec.Height)}) + {y}) * {N(spec.Width)});");
                w.Line($"ref {t} {p}dst = ref {Unsafe}.Add(ref {p}padded, ((({y} + {N(spec.PaddingY)}) * {N(wp)}) + {N(spec.PaddingX)}) * {N(ic)} + {c});");
                using (w.Block($"for (int {x} = 0; {x} < {N(spec.Width)}; {x}++)"))
                {
                    w.Line($"{Unsafe}.Add(ref {p}dst, {x} * {N(ic)}) = {Unsafe}.Add(ref {p}src, {x});");
                }
            }
        }

        w.Line(spec.ConstantOf("weights") is not null && Reorders(spec)
            ? $"ref sbyte {p}filter = ref {Marshal}.GetReference({ReorderedData(method)});"
            : $"ref sbyte {p}filter = ref {p}weights;{(Reorders(spec) ? " // reordered" : "")}");

        VectorPaths.Write(w, plan, plan.Paths, path => path.Bits, (code, path) =>
        {
            WritePath(w, plan, path, p);
            w.Line("return;");
        }, spec.Element, (_, path) => IntegerReductionPlanner.Condition(path.Block));
    }

    private static void WritePath(IndentedWriter w, IntegerConvPlan plan, IntegerConvPath path, string p)
    {
        ConvSpec spec = plan.Spec;
        IntegerScheme integer = plan.Integer;
        int taps = spec.TapsPerFilter;
        IntegerProduct product = path.Block.Product;
        bool corrects = IntegerReductionPlanner.Corrects(product, integer);
        if (corrects)
        {
            // VPDPBUSD reads the activations unsigned (x + 128 for sbyte), SDOT signed (x - 128 for byte): each filter's sum takes the offset off
            string how = product == IntegerProduct.DotProduct ? "VPDPBUSD's unsigned" : "SDOT's signed";
            int offset = IntegerReductionPlanner.Offset(product, integer.Activations, integer.InputZeroPoint);
            w.Line($"// each filter's sum, for the offset {how} activations add ({N(offset)} x the sum)");
            w.Line(spec.OutChannels <= 4096
                ? $"global::System.Span<int> {p}filterSums = stackalloc int[{N(spec.OutChannels)}];"
                : $"global::System.Span<int> {p}filterSums = new int[{N(spec.OutChannels)}];");
            string f = p + "f", i = p + "i";
            using (w.Block($"for (int {f} = 0; {f} < {N(spec.OutChannels)}; {f}++)"))
            {
                w.Line($"int {p}sum = 0;");
                using (w.Block($"for (int {i} = 0; {i} < {N(taps)}; {i}++)"))
                {
                    w.Line($"{p}sum += {Unsafe}.Add(ref {p}filter, ({f} * {N(taps)}) + {i});");
                }

                w.Line($"{p}filterSums[{f}] = {p}sum;");
            }
        }

        int blocks = plan.BlocksPerGroup;
        (string first, string end) = plan.Partition.UnitRange(plan.SplitUnits, p);
        string k = p + "k";
        w.Line($"// blocks of {path.Rows} output channels{(path.Remainder is null ? "" : $" (each group's last: {path.Remainder.Rows})")}, each over every output pixel");
        using (w.Block($"for (int {k} = {first}; {k} < {end}; {k}++)"))
        {
            w.Line($"int {p}group = {k} / {N(blocks)}, {p}oc0 = ({p}group * {N(spec.OutPerGroup)}) + (({k} % {N(blocks)}) * {N(path.Rows)});");
            if (path.Remainder is { } rest)
            {
                using (w.Block($"if ({k} % {N(blocks)} == {N(blocks - 1)})"))
                {
                    WriteBlock(w, plan, rest, corrects, p);
                    w.Line("continue;");
                }

                w.Line();
            }

            using (w.Block())
            {
                WriteBlock(w, plan, path.Block, corrects, p);
            }
        }
    }

    /// <summary>One block of output channels <c>oc0 ..</c> over every output pixel.</summary>
    private static void WriteBlock(IndentedWriter w, IntegerConvPlan plan, ReductionPlan block, bool corrects, string p)
    {
        ConvSpec spec = plan.Spec;
        IntegerScheme integer = plan.Integer;
        int taps = spec.TapsPerFilter, ic = spec.InChannels, plane = spec.OutHeight * spec.OutWidth;
        w.Line($"ref sbyte {p}w = ref {Unsafe}.Add(ref {p}filter, {p}oc0 * {N(taps)});");
        string oy = p + "oy", ox = p + "ox";
        using (w.Block($"for (int {oy} = 0; {oy} < {N(spec.OutHeight)}; {oy}++)"))
        {
            using (w.Block($"for (int {ox} = 0; {ox} < {N(spec.OutWidth)}; {ox}++)"))
            {
                w.Line($"ref {integer.Activations.Keyword()} {p}px = ref {Unsafe}.Add(ref {p}padded, ((({oy} * {N(spec.StrideY * plan.PaddedWidth)}) + ({ox} * {N(spec.StrideX)})) * {N(ic)}) + ({p}group * {N(spec.InPerGroup)}));");
                var pixel = new IntegerOperand(p + "px", integer.Activations, integer.InputZeroPoint);
                var sums = new List<IntegerSum>();
                var results = new List<string>();
                for (int r = 0; r < block.Rows; r++)
                {
                    string? known = corrects ? $"{p}filterSums[{p}oc0 + {N(r)}]" : null;
                    sums.Add(new IntegerSum(pixel, new IntegerOperand(p + "w", ElementType.SByte, 0, r * taps, known)));
                    results.Add($"{p}z{N(r)}");
                }

                IntegerReductionEmitter.Emit(w, plan.Target, block, sums, results, p, plan.Segments);
                w.Line();
                w.Line(spec.HasBias ? "// add the bias, store" : "// store");
                w.Line($"int {p}at = ({oy} * {N(spec.OutWidth)}) + {ox};");
                var floats = new VectorCode(ElementType.Float, plan.Target, 0);
                for (int r = 0; r < block.Rows; r++)
                {
                    string oc = $"{p}oc0 + {N(r)}";
                    string acc = spec.HasBias ? $"({results[r]} + {Unsafe}.Add(ref {p}bias, {oc}))" : results[r];
                    string? scale = integer.HasScale ? $"{Unsafe}.Add(ref {p}scale, {oc})" : null;
                    w.Line($"{Unsafe}.Add(ref {p}output, (({oc}) * {N(plane)}) + {p}at) = {IntegerStore.Value(integer, spec.Activation, acc, scale, floats)};");
                }
            }
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
