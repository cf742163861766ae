using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// Writes the body of a <c>[Conv2D]</c> kernel: argument checks, the padded scratch copy when the plan has one, then
/// per vector path a loop over output-channel tiles and output rows; each block of output columns keeps a register
/// tile of accumulators, runs the (unrolled) taps, and stores its outputs once with bias and activation fused.
/// </summary>
internal static class ConvEmitter
{
    public static void WriteBody(IndentedWriter w, ConvPlan plan, MethodInfo method)
    {
        string prefix = method.LocalPrefix;
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword();
        string input = method.NameOf("input");
        ActivationStore.WriteLanes(w, spec.Activation, plan.Paths[0].Bits, plan.Paths[0].Lanes, t, prefix);

        if (plan.UsesScratch)
        {
            WriteScratchCopy(w, plan, input, t, prefix, method);
        }
        else
        {
            w.Line($"ref {t} {prefix}src = ref {KernelFileWriter.SpanStart(plan.Target, input)};");
        }

        VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
        {
            WritePath(w, code, plan, path, prefix, method);
            w.Line("return;");
        }, spec.Element);
    }

    /// <summary>The name of a kernel's per-thread scratch field (a member of the user's type, so made unlikely to clash).</summary>
    public static string ScratchField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Scratch";

    /// <summary>
    /// The per-thread scratch buffer: allocated (zeroed, pinned, used from a 64-byte boundary) on a thread's first call,
    /// then reused. Each call writes only the interior cells, so the padding stays zero and nothing needs clearing.
    /// </summary>
    public static void WriteScratchField(IndentedWriter w, ConvPlan plan, MethodInfo method)
    {
        long bytes = (long)plan.ScratchLength * plan.Spec.Element.Size();
        w.Line($"// Zero-padded copy of {method.Name}'s input, one per thread ({(bytes + 1023) / 1024} KB): its padding is zeroed once, at allocation.");
        ScratchBuffers.WriteField(w, ScratchField(method));
        w.Line();
        if (plan.FlatBufferLength > 0)
        {
            w.Line($"// {method.Name}'s flat runs before they are copied out row by row, one per thread ({((long)plan.FlatBufferLength * plan.Spec.Element.Size() + 1023) / 1024} KB).");
            ScratchBuffers.WriteField(w, FlatField(method));
            w.Line();
        }
    }

    private static void WriteScratchCopy(IndentedWriter w, ConvPlan plan, string input, string t, string prefix, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        w.Line();
        string what = plan.ScratchPerGroup ? $"each group's {plan.ScratchChannels} input channels, just before the group is computed," : "the input";
        w.Line(plan.Phases == 1
            ? $"// Copies {what} into the zero-padded scratch ({plan.ScratchChannels} x {plan.PaddedHeight} x {plan.RowStride}): every tap is then in range."
            : $"// Copies {what} into the zero-padded scratch, each padded row split into {plan.Phases} phases of {plan.PhaseWidth} (columns p, p + {plan.Phases}, ...),");
        if (plan.Phases > 1)
        {
            w.Line($"// so that stride {spec.StrideX} reads contiguous vectors and every tap is in range.");
        }

        w.Line("// Only interior cells are written: the padding keeps the zeros it was allocated with.");
        string field = ScratchField(method);
        ScratchBuffers.WriteAllocate(w, prefix + "scratch", field, plan.ScratchLength, t);
        w.Line($"ref {t} {prefix}src = ref {ScratchBuffers.Aligned(prefix + "scratch", t)}; // from a 64-byte boundary: vector loads do not straddle cache lines");
        w.Line($"ref {t} {prefix}from = ref {KernelFileWriter.SpanStart(plan.Target, input)};");
        if (plan.FlatBufferLength > 0)
        {
            ScratchBuffers.WriteAllocate(w, prefix + "runs", FlatField(method), plan.FlatBufferLength, t);
            w.Line($"ref {t} {prefix}flat = ref {ScratchBuffers.Aligned(prefix + "runs", t)}; // flat runs, before they are copied out");
        }

        int size = spec.Element.Size();
        string bandParameter = plan.IsBanded ? $", int {prefix}firstRow" : "";
        // Optimized from its first call like the kernel itself: left to tiering, the copy ran as tier-0 code in the
        // first calls and was compiled three times (tier 0, on-stack replacement, tier 1). (Inlined into the kernel, it
        // saved its own compilation at the first call, 0.5-1.1 M JIT cycles, but the first calls measured no faster and
        // 16x32x32 -> 32 ran 1-4 % slower in four rounds of six: left a method.)
        w.OptionalLine(plan.Target.OptimizationAttribute);
        using (w.Block($"static void {prefix}CopyIn(ref {t} {prefix}channels, ref {t} {prefix}padded{bandParameter})"))
        {
            using (w.Block($"for (int {prefix}c = 0; {prefix}c < {N(plan.ScratchChannels)}; {prefix}c++)"))
            {
                if (plan.IsBanded)
                {
                    w.Line($"// the band's {plan.PaddedHeight} input rows from {prefix}firstRow: rows above or below the image are cleared (an earlier band left image rows there)");
                }

                using (w.Block(plan.IsBanded
                    ? $"for (int {prefix}r = 0; {prefix}r < {N(plan.PaddedHeight)}; {prefix}r++)"
                    : $"for (int {prefix}y = 0; {prefix}y < {N(spec.Height)}; {prefix}y++)"))
                {
                    if (plan.IsBanded)
                    {
                        w.Line($"int {prefix}y = {prefix}firstRow + {prefix}r;");
                        w.Line($"ref {t} {prefix}rowTo = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}padded, (({prefix}c * {N(plan.PaddedHeight)}) + {prefix}r) * {N(plan.RowStride)});");
                        using (w.Block($"if ((uint){prefix}y >= {N(spec.Height)}u)"))
                        {
                            w.Line($"global::System.Runtime.CompilerServices.Unsafe.InitBlockUnaligned(ref global::System.Runtime.CompilerServices.Unsafe.As<{t}, byte>(ref {prefix}rowTo), 0, {N((long)plan.RowStride * size)});");
                            w.Line("continue;");
                        }

                        w.Line($"ref {t} {prefix}rowFrom = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}channels, (({prefix}c * {N(spec.Height)}) + {prefix}y) * {N(spec.Width)});");
                    }
                    else
                    {
                        w.Line($"ref {t} {prefix}rowFrom = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}channels, (({prefix}c * {N(spec.Height)}) + {prefix}y) * {N(spec.Width)});");
                        w.Line($"ref {t} {prefix}rowTo = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}padded, (({prefix}c * {N(plan.PaddedHeight)}) + {prefix}y + {N(spec.PaddingY)}) * {N(plan.RowStride)});");
                    }

                    if (plan.Phases == 1 && (long)spec.Width * size <= 1 << 20)
                    {
                        // A constant size: the JIT copies short rows with a few vector moves, longer ones with memmove.
                        w.Line($"global::System.Runtime.CompilerServices.Unsafe.CopyBlockUnaligned(ref global::System.Runtime.CompilerServices.Unsafe.As<{t}, byte>(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}rowTo, {N(spec.PaddingX)})), ref global::System.Runtime.CompilerServices.Unsafe.As<{t}, byte>(ref {prefix}rowFrom), {N(spec.Width * size)});");
                    }
                    else if (plan.Phases == 1)
                    {
                        w.Line($"global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref {prefix}rowFrom, {N(spec.Width)}).CopyTo(global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}rowTo, {N(spec.PaddingX)}), {N(spec.Width)}));");
                    }
                    else
                    {
                        WritePhaseSplit(w, plan, prefix);
                    }
                }
            }
        }

        if (!plan.ScratchPerGroup && !plan.IsBanded)
        {
            w.Line();
            w.Line($"{prefix}CopyIn(ref {prefix}from, ref {prefix}src);");
        }
    }

    /// <summary>One padded input row into its phases: phase p gets every Phases-th input column from its first one.</summary>
    private static void WritePhaseSplit(IndentedWriter w, ConvPlan plan, string prefix)
    {
        // Phase p holds padded columns j = p, p + S, ... at (p * PhaseWidth) + j / S; the image's columns are
        // PaddingX .. PaddingX + Width - 1, so each phase takes every S-th input column from its first one.
        ConvSpec spec = plan.Spec;
        int last = spec.PaddingX + spec.Width - 1;
        for (int p = 0; p < plan.Phases; p++)
        {
            int first = spec.PaddingX + ((((p - spec.PaddingX) % plan.Phases) + plan.Phases) % plan.Phases);
            if (first > last)
            {
                continue;
            }

            int count = ((last - first) / plan.Phases) + 1;
            string to = N((p * plan.PhaseWidth) + (first / plan.Phases));
            string from = N(first - spec.PaddingX);
            w.Line($"// phase {p}: input columns {first - spec.PaddingX}, {first - spec.PaddingX + plan.Phases}, ... ({count})");
            using (w.Block($"for (int {prefix}i = 0; {prefix}i < {N(count)}; {prefix}i++)"))
            {
                string target = to == "0" ? $"{prefix}i" : $"{to} + {prefix}i";
                string source = from == "0" ? $"{prefix}i * {N(plan.Phases)}" : $"{from} + ({prefix}i * {N(plan.Phases)})";
                w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}rowTo, {target}) = global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}rowFrom, {source});");
            }
        }
    }

    private static void WritePath(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string prefix, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = code.Scalar;
        int planeOut = plan.OutputPlane;
        IndentedWriter.Scope? bands = null;
        bool shared = plan.Partition.SharesPerImage > 1;
        (string first, string end) = plan.Partition.UnitRange(plan.UnitsOf(path), prefix);
        if (plan.IsBanded)
        {
            int count = plan.Bands;
            string last = spec.OutHeight % plan.BandRows == 0 ? "" : $" (the last one starts at row {spec.OutHeight - plan.BandRows}, recomputing rows of the one before)";
            w.Line($"// {count} bands of {plan.BandRows} output rows{last}: copy the band's input rows, then compute it");
            if (shared)
            {
                // units are (band, output-channel tile) pairs, band by band: a part copies each band it has tiles of
                int tiles = spec.OutChannels / path.ChannelTile;
                string u = prefix + "u", uEnd = prefix + "uEnd", b = prefix + "b";
                w.Line($"// this part's (band, tile) pairs, {tiles} tiles per band: each band it has tiles of is copied, then those tiles computed");
                w.Line($"int {u} = {first}, {uEnd} = {end};");
                bands = w.Block($"for (int {b} = {u} / {N(tiles)}; {u} < {uEnd}; {b}++, {u} = {b} * {N(tiles)})");
                w.Line($"int {prefix}tileFirst = {u} - ({b} * {N(tiles)}), {prefix}tileEnd = global::System.Math.Min({N(tiles)}, {uEnd} - ({b} * {N(tiles)}));");
                w.Line($"int {prefix}oy0 = global::System.Math.Min({b} * {N(plan.BandRows)}, {N(spec.OutHeight - plan.BandRows)});");
            }
            else
            {
                bands = w.Block($"for (int {prefix}band = 0; {prefix}band < {N(spec.OutHeight)}; {prefix}band += {N(plan.BandRows)})");
                w.Line($"int {prefix}oy0 = global::System.Math.Min({prefix}band, {N(spec.OutHeight - plan.BandRows)});");
            }

            w.Line($"{prefix}CopyIn(ref {prefix}from, ref {prefix}src, ({prefix}oy0 * {N(spec.StrideY)}) - {N(spec.PaddingY)});");
        }

        // A share of the output-channel tiles or groups when parts divide them (bands are divided above instead).
        if (shared && plan.IsBanded)
        {
            (first, end) = (prefix + "tileFirst", prefix + "tileEnd");
        }

        if (path.FoldsWeights)
        {
            WriteFoldedTiles(w, code, plan, path, prefix, shared ? (first, end) : null);
            bands?.Dispose();
            return;
        }

        string oc = prefix + "oc";
        IndentedWriter.Scope? groups = null;
        string ocFirst = "0", ocEnd = N(spec.OutChannels);
        if (plan.ScratchPerGroup)
        {
            string g = prefix + "g";
            w.Line($"// {spec.Groups} groups: copy a group's {spec.InPerGroup} input channels, then compute its {spec.OutPerGroup} output channels");
            groups = w.Block(shared ? $"for (int {g} = {first}; {g} < {end}; {g}++)" : $"for (int {g} = 0; {g} < {N(spec.Groups)}; {g}++)");
            w.Line($"{prefix}CopyIn(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}from, {g} * {N(spec.InPerGroup * spec.Height * spec.Width)}), ref {prefix}src);");
            ocFirst = $"{g} * {N(spec.OutPerGroup)}";
            ocEnd = $"({g} + 1) * {N(spec.OutPerGroup)}";
        }

        if (shared && !plan.ScratchPerGroup)
        {
            (ocFirst, ocEnd) = ($"({first}) * {N(path.ChannelTile)}", $"({end}) * {N(path.ChannelTile)}");
        }

        if (path.LaneTile is not null)
        {
            ChannelLaneEmitter.WriteTiles(w, code, plan, path, prefix, ocFirst, ocEnd, method);
        }
        else
        {
            w.Line($"// {(plan.ScratchPerGroup ? $"{spec.OutPerGroup} output channels of the group" : $"{spec.OutChannels} output channels")}, {path.ChannelTile} at a time; {spec.OutHeight} rows of {spec.OutWidth} outputs");
            if (shared && !plan.ScratchPerGroup)
            {
                w.Line("// this part's tiles:");
            }

            using (w.Block($"for (int {oc} = {ocFirst}; {oc} < {ocEnd}; {oc} += {N(path.ChannelTile)})"))
            {
                WriteTile(w, code, plan, path, prefix, null);
            }
        }

        groups?.Dispose();
        bands?.Dispose();
    }

    /// <summary>
    /// Constant weights folded into the code: every output-channel tile (and each group's scratch copy) written out
    /// with its channel as a constant, so each tap's weight is a literal: zero taps vanish, +-1 become adds and
    /// subtracts, other values multiply by a constant vector the JIT keeps in a register or reads from its data.
    /// </summary>
    private static void WriteFoldedTiles(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string prefix, (string First, string End)? share)
    {
        // a share of the groups (scratch per group) or of the tiles: each written-out one computed when its index is in the range
        string? InShare(int index) => share is { } s ? $"if ({N(index)} >= {s.First} && {N(index)} < {s.End})" : null;
        ConvSpec spec = plan.Spec;
        int perGroup = plan.ScratchPerGroup ? spec.OutPerGroup : spec.OutChannels;
        int groups = plan.ScratchPerGroup ? spec.Groups : 1;
        w.Line($"// weights folded: {spec.OutChannels / path.ChannelTile} tile{(spec.OutChannels / path.ChannelTile == 1 ? "" : "s")} of {path.ChannelTile} output channel{(path.ChannelTile == 1 ? "" : "s")} written out; {spec.OutHeight} rows of {spec.OutWidth} outputs");
        for (int g = 0; g < groups; g++)
        {
            using IndentedWriter.Scope? group = plan.ScratchPerGroup && share is not null ? w.Block(InShare(g)) : null;
            if (plan.ScratchPerGroup)
            {
                w.Line($"// group {g}: copy its {spec.InPerGroup} input channel{(spec.InPerGroup == 1 ? "" : "s")}, then compute its {spec.OutPerGroup} output channel{(spec.OutPerGroup == 1 ? "" : "s")}");
                w.Line($"{prefix}CopyIn(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}from, {N((long)g * spec.InPerGroup * spec.Height * spec.Width)}), ref {prefix}src);");
            }

            for (int first = g * perGroup; first < (g + 1) * perGroup; first += path.ChannelTile)
            {
                using (w.Block(plan.ScratchPerGroup ? null : InShare(first / path.ChannelTile)))
                {
                    w.Line($"const int {prefix}oc = {N(first)};");
                    WriteTile(w, code, plan, path, prefix, first);
                }
            }
        }
    }

    /// <summary>
    /// One tile of output channels from <c>{prefix}oc</c> over every row: the row loop around the column blocks.
    /// <paramref name="folded"/> is the tile's first channel when the weights are folded, else null.
    /// </summary>
    private static void WriteTile(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string prefix, int? folded)
    {
        ConvSpec spec = plan.Spec;
        string t = code.Scalar;
        int planeOut = plan.OutputPlane;
        string oc = prefix + "oc", oy = prefix + "oy", ox = prefix + "ox";
        string group = spec.Groups == 1 || plan.ScratchPerGroup ? $"ref {prefix}src"
            : $"ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}src, ({oc} / {N(spec.OutPerGroup)}) * {N(plan.GroupStride)})";
        w.Line($"ref {t} {prefix}in = {group};");
        if (folded is null)
        {
            w.Line($"ref {t} {prefix}w = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}weights, {oc} * {N(spec.TapsPerFilter)});");
        }

        if (path.FlatRows > 0)
        {
            WriteFlatRuns(w, code, plan, path, prefix, folded);
            return;
        }

        int rows = path.RowTile;
        bool clampRows = path.ClampsRows && !plan.IsBanded; // a band's rows are a multiple of every row tile
        if (rows > 1)
        {
            w.Line(clampRows
                ? $"// {rows} output rows at a time; the last tile starts at row {path.LastRowTileStart}, recomputing {rows - (spec.OutHeight % rows)} row{(rows - (spec.OutHeight % rows) == 1 ? "" : "s")} of the one before"
                : $"// {rows} output rows at a time, sharing each loaded input row");
        }

        string rowLoop = plan.IsBanded
            ? $"for (int {prefix}r = 0; {prefix}r < {N(plan.BandRows)}; {prefix}r{(rows == 1 ? "++" : $" += {N(rows)}")})"
            : rows == 1
            ? $"for (int {oy} = 0; {oy} < {N(spec.OutHeight)}; {oy}++)"
            : clampRows
                ? $"for (int {prefix}oyTile = 0; {prefix}oyTile < {N(spec.OutHeight)}; {prefix}oyTile += {N(rows)})"
                : $"for (int {oy} = 0; {oy} < {N(spec.OutHeight)}; {oy} += {N(rows)})";
        using (w.Block(rowLoop))
        {
            if (rows > 1 && clampRows)
            {
                w.Line($"int {oy} = global::System.Math.Min({prefix}oyTile, {N(path.LastRowTileStart)});");
            }

            if (plan.IsBanded)
            {
                // the scratch holds the band's input rows: row r of the band reads from row r * StrideY of the copy
                w.Line($"int {oy} = {prefix}oy0 + {prefix}r;");
            }

            w.Line($"ref {t} {prefix}inRow = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}in, {(plan.IsBanded ? prefix + "r" : oy)} * {N(plan.OutputRowStep)});");
            w.Line($"ref {t} {prefix}out = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}output, ({oc} * {N(planeOut)}) + ({oy} * {N(spec.OutWidth)}));");
            ColumnBlocks.Write(w, spec.OutWidth, path.Lanes, path.VectorsPerBlock, path.LoopedBlocks, path.LastBlockStarts, ox, "outputs",
                starts => WriteBlock(w, code, plan, path, starts, prefix, folded));
        }
    }

    /// <summary>
    /// The tile's outputs as flat runs: each run of <c>FlatRows</c> output rows is computed as one row of
    /// <see cref="ConvPlan.FlatLength"/> pixels over the padded scratch (full vectors, every tap one offset), stored with
    /// bias and activation into the per-thread flat buffer, then copied out row by row, leaving the pixels between rows.
    /// </summary>
    private static void WriteFlatRuns(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string prefix, int? folded)
    {
        ConvSpec spec = plan.Spec;
        string t = code.Scalar;
        int runRows = path.FlatRows, length = plan.FlatLength(path), size = spec.Element.Size();
        string oy = prefix + "oy";
        IndentedWriter.Scope? runs = null;
        if (plan.IsBanded)
        {
            w.Line($"// the band's {runRows} rows as one flat run of {length} pixels (the {plan.RowStride - spec.OutWidth} between rows computed and dropped)");
            w.Line($"int {oy} = {prefix}oy0;");
            w.Line($"ref {t} {prefix}inRow = ref {prefix}in;");
        }
        else
        {
            int count = (spec.OutHeight + runRows - 1) / runRows;
            w.Line($"// {count} run{(count == 1 ? "" : "s")} of {runRows} rows, each one flat row of {length} pixels (the {plan.RowStride - spec.OutWidth} between rows computed and dropped){(spec.OutHeight % runRows == 0 ? "" : $"; the last starts at row {spec.OutHeight - runRows}")}");
            runs = w.Block($"for (int {prefix}run = 0; {prefix}run < {N(spec.OutHeight)}; {prefix}run += {N(runRows)})");
            w.Line($"int {oy} = global::System.Math.Min({prefix}run, {N(spec.OutHeight - runRows)});");
            w.Line($"ref {t} {prefix}inRow = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}in, {oy} * {N(plan.OutputRowStep)});");
        }

        w.Line($"ref {t} {prefix}out = ref {prefix}flat;");
        ColumnBlocks.Write(w, length, path.Lanes, path.VectorsPerBlock, path.LoopedBlocks, path.LastBlockStarts, prefix + "ox", "pixels of the run",
            starts => WriteBlock(w, code, plan, path, starts, prefix, folded, length));
        w.Line($"// copy the run's rows out: {runRows} rows of {spec.OutWidth} per channel");
        using (w.Block($"for (int {prefix}c = 0; {prefix}c < {N(path.ChannelTile)}; {prefix}c++)"))
        {
            using (w.Block($"for (int {prefix}r = 0; {prefix}r < {N(runRows)}; {prefix}r++)"))
            {
                string to = $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}output, (({prefix}oc + {prefix}c) * {N(plan.OutputPlane)}) + (({oy} + {prefix}r) * {N(spec.OutWidth)}))";
                string from = $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}flat, ({prefix}c * {N(length)}) + ({prefix}r * {N(plan.RowStride)}))";
                w.Line($"global::System.Runtime.CompilerServices.Unsafe.CopyBlockUnaligned(ref global::System.Runtime.CompilerServices.Unsafe.As<{t}, byte>(ref {to}), ref global::System.Runtime.CompilerServices.Unsafe.As<{t}, byte>(ref {from}), {N((long)spec.OutWidth * size)});");
            }
        }

        runs?.Dispose();
    }

    /// <summary>The name of a kernel's per-thread flat-run buffer (a member of the user's type, so made unlikely to clash).</summary>
    public static string FlatField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Runs";

    /// <summary>
    /// One register tile: <c>ChannelTile</c> output channels x the vectors at <paramref name="starts"/>, stored into
    /// <c>{prefix}out</c> at channel stride <paramref name="outPlane"/> (the output plane, or a flat run's length).
    /// </summary>
    private static void WriteBlock(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, List<string> starts, string prefix, int? folded, int? outPlane = null)
    {
        ConvSpec spec = plan.Spec;
        int bits = path.Bits;
        string type = code.VectorType(bits);
        int tile = path.ChannelTile, rows = path.RowTile;
        string Acc(int channel, int row, int v) => rows == 1 ? $"{prefix}acc{channel}_{v}" : $"{prefix}acc{channel}_r{row}_{v}";
        string X(int v) => $"{prefix}x{v}";

        for (int c = 0; c < tile; c++)
        {
            for (int r = 0; r < rows; r++)
            {
                var names = new List<string>();
                for (int v = 0; v < starts.Count; v++)
                {
                    names.Add($"{Acc(c, r, v)} = {code.Zero(bits)}");
                }

                w.Line($"{type} {string.Join(", ", names)};");
            }
        }

        var inputs = new List<string>();
        for (int v = 0; v < starts.Count; v++)
        {
            inputs.Add(X(v));
        }

        // Folded weights: the inputs are declared only when a tap is loaded, the broadcast register only for a bias.
        ConstantOperand? constants = folded is null ? null : spec.ConstantOf("weights");
        double Weight(int c, int wOffset) => constants![((folded!.Value + c) * spec.TapsPerFilter) + wOffset];
        bool AllZero(int wOffset) => constants is not null && Enumerable.Range(0, tile).All(c => Weight(c, wOffset) == 0);
        ConstantOperand? constantBias = folded is null ? null : spec.ConstantOf("bias");
        bool loads = constants is null || Enumerable.Range(0, spec.TapsPerFilter).Any(i => !AllZero(i));
        bool broadcasts = constants is null
            || (spec.HasBias && (constantBias is null || Enumerable.Range(0, tile).Any(c => constantBias[folded!.Value + c] != 0)));
        bool needsZ = ActivationStore.NeedsZ(spec.Activation, bits);
        SeparableFilter? separable = folded is null ? null : path.Separable;
        var declared = new List<string>();
        if (separable is not null)
        {
            declared.AddRange(Enumerable.Range(0, starts.Count).Select(v => $"{prefix}t{v}"));
        }
        else if (loads)
        {
            declared.AddRange(inputs);
        }

        if (broadcasts)
        {
            declared.Add(prefix + "k");
        }

        if (needsZ)
        {
            declared.Add(prefix + "z");
        }

        if (declared.Count > 0)
        {
            w.Line($"{type} {string.Join(", ", declared)};");
        }

        int area = spec.KernelHeight * spec.KernelWidth;

        // One loaded input (row q of the tile's input rows, column of tap kx) feeds every (output row r, filter row ky)
        // with r * StrideY + ky * DilationY == q, for every channel of the tile: (row, ky) pairs in "uses".
        void Load(string inRef, int inOffset, string label)
        {
            w.Line($"// {label}");
            for (int v = 0; v < starts.Count; v++)
            {
                w.Line($"{X(v)} = {VectorCode.Load(bits, inRef, VectorCode.Offset(starts[v], inOffset))};");
            }
        }

        void Use(int row, string wRef, int wOffset)
        {
            if (constants is not null)
            {
                UseConstant(row, wOffset);
                return;
            }

            for (int c = 0; c < tile; c++)
            {
                string weight = $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {wRef}, {N((c * spec.TapsPerFilter) + wOffset)})";
                w.Line($"{prefix}k = {(bits == 0 ? weight : $"global::System.Runtime.Intrinsics.Vector{bits}.Create({weight})")};");
                for (int v = 0; v < starts.Count; v++)
                {
                    w.Line($"{Acc(c, row, v)} = {code.MultiplyAdd(bits, X(v), prefix + "k", Acc(c, row, v))};");
                }
            }
        }

        // A folded weight: nothing for 0, an add or a subtract for +-1, else a multiply-add by the constant.
        void UseConstant(int row, int wOffset)
        {
            for (int c = 0; c < tile; c++)
            {
                double value = Weight(c, wOffset);
                if (value == 0)
                {
                    continue;
                }

                for (int v = 0; v < starts.Count; v++)
                {
                    AddScaled(Acc(c, row, v), X(v), value);
                }
            }
        }

        void Tap(string inRef, int inOffset, string wRef, int wOffset, string label)
        {
            if (AllZero(wOffset))
            {
                w.Line($"// {label}: weight 0, skipped");
                return;
            }

            Load(inRef, inOffset, label);
            Use(0, wRef, wOffset);
        }

        string Constant(double value) => code.Broadcast(bits, value);

        // acc += value * x for a folded weight: an add or a subtract for +-1, else a multiply-add by the constant.
        void AddScaled(string acc, string x, double value) =>
            w.Line(value == 1 ? $"{acc} += {x};" : value == -1 ? $"{acc} -= {x};" : $"{acc} = {code.MultiplyAdd(bits, x, Constant(value), acc)};");

        // A rank-1 filter: per input row, the row pass once in registers (t), then t times each using row's column weight.
        void SeparableFilterPass(string inRef, int channelOffset)
        {
            foreach (SharedInputRow input in path.InputRows)
            {
                string uses = string.Join(", ", input.Uses.Select(u => $"row {u.OutputRow} x {VectorCode.Literal(separable!.Column(u.FilterRow), spec.Element)}"));
                w.Line($"// input row {input.Row}: row pass [{string.Join(", ", Enumerable.Range(0, spec.KernelWidth).Select(x => VectorCode.Literal(separable!.Row(x), spec.Element)))}], then {uses}");
                bool first = true;
                for (int x = 0; x < spec.KernelWidth; x++)
                {
                    double r = separable!.Row(x);
                    if (r == 0)
                    {
                        continue;
                    }

                    for (int v = 0; v < starts.Count; v++)
                    {
                        string t = $"{prefix}t{v}";
                        string load = VectorCode.Load(bits, inRef, VectorCode.Offset(starts[v], channelOffset + (input.Row * plan.RowStride) + plan.TapOffset(0, x)));
                        w.Line(first
                            ? $"{t} = {(r == 1 ? load : r == -1 ? "-" + load : $"{load} * {Constant(r)}")};"
                            : $"{t} = {(r == 1 ? $"{t} + {load}" : r == -1 ? $"{t} - {load}" : code.MultiplyAdd(bits, load, Constant(r), t))};");
                    }

                    first = false;
                }

                foreach (RowTap use in input.Uses)
                {
                    double c = separable!.Column(use.FilterRow);
                    if (c == 0 || first)
                    {
                        continue;
                    }

                    for (int v = 0; v < starts.Count; v++)
                    {
                        AddScaled(Acc(0, use.OutputRow, v), $"{prefix}t{v}", c);
                    }
                }
            }
        }

        // The whole filter of one input channel over the tile's rows (the filter unrolled).
        void Filter(string inRef, int channelOffset, string wRef, int wChannelOffset, string label)
        {
            if (separable is not null)
            {
                SeparableFilterPass(inRef, channelOffset);
                return;
            }

            if (rows == 1)
            {
                for (int y = 0; y < spec.KernelHeight; y++)
                {
                    for (int x = 0; x < spec.KernelWidth; x++)
                    {
                        Tap(inRef, channelOffset + plan.TapOffset(y, x), wRef, wChannelOffset + (y * spec.KernelWidth) + x, $"{label}tap ({y}, {x})");
                    }
                }

                return;
            }

            // Tap columns outer: each input row's vectors are loaded once per column and used at once. A deterministic
            // kernel takes input rows outer instead, so that every output row adds its taps in the (filter row, filter
            // column) order of a one-row tile and of the scalar path.
            var steps = plan.Deterministic
                ? path.InputRows.SelectMany(input => Enumerable.Range(0, spec.KernelWidth).Select(x => (x, input)))
                : Enumerable.Range(0, spec.KernelWidth).SelectMany(x => path.InputRows.Select(input => (x, input)));
            foreach ((int x, SharedInputRow input) in steps)
            {
                if (input.Uses.All(u => AllZero(wChannelOffset + (u.FilterRow * spec.KernelWidth) + x)))
                {
                    w.Line($"// {label}input row {input.Row}, tap column {x}: every weight 0, skipped");
                    continue;
                }

                Load(inRef, channelOffset + (input.Row * plan.RowStride) + plan.TapOffset(0, x),
                    $"{label}input row {input.Row}, tap column {x}: " + string.Join(", ", input.Uses.Select(u => $"row {u.OutputRow} tap ({u.FilterRow}, {x})")));
                foreach (RowTap use in input.Uses)
                {
                    Use(use.OutputRow, wRef, wChannelOffset + (use.FilterRow * spec.KernelWidth) + x);
                }
            }
        }

        // One filter row (from inK, weights from wK): written out, or (PerTap) looped a group of taps at a time, each
        // group at constant offsets from two pointers the loop advances, then the columns left after the last group.
        void FilterRow()
        {
            if (path.Unroll != TapUnroll.PerTap)
            {
                for (int x = 0; x < spec.KernelWidth; x++)
                {
                    Tap(prefix + "inK", plan.TapOffset(0, x), prefix + "wK", x, $"tap (row, {x})");
                }

                return;
            }

            int group = path.LoopedTaps, looped = spec.KernelWidth / group * group;
            string kx = prefix + "kx", inX = prefix + "inX", wX = prefix + "wX";
            w.Line($"ref {code.Scalar} {inX} = ref {prefix}inK;");
            w.Line($"ref {code.Scalar} {wX} = ref {prefix}wK;");
            using (w.Block($"for (int {kx} = 0; {kx} < {N(looped)}; {kx} += {N(group)})"))
            {
                for (int x = 0; x < group; x++)
                {
                    Tap(inX, plan.TapOffset(0, x), wX, x, x == 0 ? $"tap (row, {kx})" : $"tap (row, {kx} + {x})");
                }

                w.Line($"{inX} = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {inX}, {N(plan.TapOffset(0, group))});");
                w.Line($"{wX} = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {wX}, {N(group)});");
            }

            for (int x = looped; x < spec.KernelWidth; x++)
            {
                Tap(inX, plan.TapOffset(0, x - looped), wX, x - looped, $"tap (row, {x})");
            }
        }

        string ic = prefix + "ic", ky = prefix + "ky";
        switch (path.Unroll)
        {
            case TapUnroll.Full:
                for (int c = 0; c < spec.InPerGroup; c++)
                {
                    Filter(prefix + "inRow", c * plan.ChannelStride, prefix + "w", c * area, $"input channel {c}, ");
                }

                break;

            case TapUnroll.PerChannel:
                using (w.Block($"for (int {ic} = 0; {ic} < {N(spec.InPerGroup)}; {ic}++)"))
                {
                    w.Line($"ref {code.Scalar} {prefix}inC = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}inRow, {ic} * {N(plan.ChannelStride)});");
                    w.Line($"ref {code.Scalar} {prefix}wC = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}w, {ic} * {N(area)});");
                    Filter(prefix + "inC", 0, prefix + "wC", 0, "");
                }

                break;

            default:
                using (w.Block($"for (int {ic} = 0; {ic} < {N(spec.InPerGroup)}; {ic}++)"))
                {
                    w.Line($"ref {code.Scalar} {prefix}inC = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}inRow, {ic} * {N(plan.ChannelStride)});");
                    w.Line($"ref {code.Scalar} {prefix}wC = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}w, {ic} * {N(area)});");
                    using (w.Block($"for (int {ky} = 0; {ky} < {N(spec.KernelHeight)}; {ky}++)"))
                    {
                        w.Line($"ref {code.Scalar} {prefix}inK = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}inC, {ky} * {N(spec.DilationY * plan.RowStride)});");
                        w.Line($"ref {code.Scalar} {prefix}wK = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}wC, {ky} * {N(spec.KernelWidth)});");
                        FilterRow();
                    }
                }

                break;
        }

        w.Line();
        w.Line(spec.HasBias || spec.Activation != ActivationKind.None ? "// add the bias, activate, store once" : "// store once");
        int planeOut = outPlane ?? plan.OutputPlane;
        for (int c = 0; c < tile; c++)
        {
            string? biasValue = null;
            if (spec.HasBias && constantBias is not null)
            {
                double value = constantBias[folded!.Value + c];
                if (value != 0)
                {
                    biasValue = code.Broadcast(bits, value);
                    w.Line($"{prefix}k = {biasValue};");
                }
            }
            else if (spec.HasBias)
            {
                string b = $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}bias, {prefix}oc + {N(c)})";
                biasValue = bits == 0 ? b : $"global::System.Runtime.Intrinsics.Vector{bits}.Create({b})";
                w.Line($"{prefix}k = {biasValue};");
            }

            for (int r = 0; r < rows; r++)
            {
                for (int v = 0; v < starts.Count; v++)
                {
                    string sum = separable is { Scale: not 1 } f ? $"({Acc(c, r, v)} * {Constant(f.Scale)})" : Acc(c, r, v);
                    string z = biasValue is null ? sum : $"{sum} + {prefix}k";
                    string at = VectorCode.Offset(starts[v], (c * planeOut) + (r * spec.OutWidth));
                    ActivationStore.Write(w, code, spec.Activation, z, prefix + "out", at, path.Lanes, prefix);
                }
            }
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
