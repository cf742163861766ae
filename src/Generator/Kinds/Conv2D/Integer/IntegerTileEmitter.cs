using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D.Integer;

/// <summary>
/// Writes the tile paths of an integer convolution (<see cref="IntegerTilePath"/>, geometry in <see cref="IntegerTiles"/>):
/// the filters packed <c>[channelBlock][channelGroup][tap][row]</c> (once per call, or by the generator), the image
/// copied into planes of channel groups by interleaving rows 16 pixels at a time, then per block of output channels
/// the register tiles along the flat run, their sums in a per-thread row, and one vectorized pass that adds the bias,
/// requantizes and stores each output row.
/// </summary>
internal static class IntegerTileEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    private const string X86 = "global::System.Runtime.Intrinsics.X86";
    private const string V128 = "global::System.Runtime.Intrinsics.Vector128";

    public static string ScratchField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Tiles";

    private static string PackedData(MethodInfo method, IntegerTilePath path) => $"__KernelGen_{method.UniqueName}_Packed{path.Group}";

    private static string SumsData(MethodInfo method) => $"__KernelGen_{method.UniqueName}_FilterSums";

    public static void WritePlanLines(IndentedWriter w, IntegerConvPlan plan)
    {
        ConvSpec spec = plan.Spec;
        int flat = IntegerTiles.FlatLength(spec), wp = IntegerTiles.PaddedWidth(spec);
        foreach (IntegerTilePath t in plan.Tiles)
        {
            if (t.Gathers)
            {
                IntegerGatherTiles.WritePlanLine(w, spec, plan.Integer, t);
                continue;
            }

            string what = t.Product == IntegerProduct.DotProduct ? "VPDPBUSD, 4 channels as unsigned bytes per lane" : "VPMADDWD, 2 channels as shorts per lane";
            w.Line($"//   {t.Name,-10} tiles of {t.Rows} output channels x {t.Vectors} vector{(t.Vectors == 1 ? "" : "s")} of {t.Lanes} pixels ({t.Accumulators} accumulators, {what}); copy [{IntegerTiles.ChannelGroups(spec, t)}][{IntegerTiles.PlanePositions(spec, t)}][{t.Group}]; {IntegerTiles.Blocks(spec, t)} tile{(IntegerTiles.Blocks(spec, t) == 1 ? "" : "s")} along the flat run");
        }

        if (plan.Tiles.All(t => t.Gathers))
        {
            return;
        }

        w.Line($"//              (the {(plan.Tiles.Any(t => t.Gathers) ? "other " : "")}tile paths compute the output as one flat run of {flat} pixels at the padded width {wp}: every vector full, every tap a constant offset,");
        w.Line($"//              {wp - spec.OutWidth} pixel{(wp - spec.OutWidth == 1 ? "" : "s")} per row dropped; filters {(spec.ConstantOf("weights") is null ? "packed once per call" : "packed by the generator")}; bias and requantization in one vector pass per row)");
    }

    public static void WriteMembers(IndentedWriter w, IntegerConvPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        w.Line($"// {method.Name}'s planes of channel groups and rows of sums, per thread (the tile paths).");
        ScratchBuffers.WriteField(w, ScratchField(method));
        w.Line();
        if (plan.Tiles.Any(t => t.Gathers))
        {
            IntegerGatherTiles.WriteMembers(w, plan, method);
        }

        if (spec.ConstantOf("weights") is not { } weights)
        {
            return;
        }

        foreach (IntegerTilePath path in plan.Tiles.Where(t => !t.Gathers).GroupBy(t => t.Group).Select(g => g.First()))
        {
            int ints = IntegerTiles.PackedInts(spec, path);
            var bytes = new double[ints * 4];
            for (int i = 0; i < ints; i++)
            {
                int value = IntegerTiles.Packed(spec, path, i, k => (int)weights[k]);
                for (int b = 0; b < 4; b++)
                {
                    bytes[(i * 4) + b] = (sbyte)(value >> (8 * b));
                }
            }

            w.Line($"// {method.Name}'s filters ({weights.Member}) packed by the generator for the {path.Group}-channel tiles, little-endian ints.");
            KernelFileWriter.WriteData(w, PackedData(method, path), ElementType.SByte, bytes.Length, i => bytes[i]);
        }

        if (plan.Tiles.Any(t => !t.Gathers && t.Corrects(plan.Integer)))
        {
            int rows = IntegerTiles.ChannelBlocks(spec, plan.Tiles[0]) * plan.Tiles[0].Rows;
            w.Line($"// {method.Name}'s filter sums, for the unsigned offset VPDPBUSD's activations carry.");
            KernelFileWriter.WriteData(w, SumsData(method), ElementType.Int32, rows, oc =>
            {
                long sum = 0;
                for (int i = 0; oc < spec.OutChannels && i < spec.TapsPerFilter; i++)
                {
                    sum += (long)weights[(oc * spec.TapsPerFilter) + i];
                }

                return sum;
            });
        }
    }

    /// <summary>
    /// Run-time filters packed for the tile path that runs (the JIT keeps one branch), on the calling thread, into
    /// <c>reordered</c>; <paramref name="otherwise"/> writes what the per-pixel paths need.
    /// </summary>
    public static void WritePreparation(IndentedWriter w, IntegerConvPlan plan, string p, System.Action otherwise) =>
        IntegerTileMethods.WritePreparation(w, plan.Tiles.Where(t => !t.Gathers).GroupBy(t => t.Group), path => WritePacking(w, plan, path, p), otherwise);

    private static void WritePacking(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, string p)
    {
        ConvSpec spec = plan.Spec;
        int taps = IntegerTiles.Taps(spec), groups = IntegerTiles.ChannelGroups(spec, path), rows = path.Rows;
        bool sums = path.Corrects(plan.Integer);
        w.Line($"// packed [{IntegerTiles.ChannelBlocks(spec, path)}][{groups}][{taps}][{rows}], each int {path.Group} channels' weights{(path.Group == 4 ? " (bytes)" : " (shorts)")}{(sums ? "; then each filter's sum" : "")}");
        w.Line($"ref int {p}packed = ref {Unsafe}.As<sbyte, int>(ref {Marshal}.GetReference({p}reordered));");
        if (spec.OutChannels % rows != 0)
        {
            w.Line($"{p}reordered.Slice({N((spec.OutChannels / rows) * rows * groups * taps * 4)}, {N(rows * groups * taps * 4)}).Clear(); // the last block's missing filters are zero");
        }

        string oc = p + "oc", g = p + "g", t = p + "t";
        using (w.Block($"for (int {oc} = 0; {oc} < {N(spec.OutChannels)}; {oc}++)"))
        {
            w.Line($"ref int {p}packedTo = ref {Unsafe}.Add(ref {p}packed, (({oc} / {N(rows)}) * {N(groups * taps * rows)}) + ({oc} % {N(rows)}));");
            w.Line($"ref sbyte {p}oneFilter = ref {Unsafe}.Add(ref {p}from, {oc} * {N(spec.TapsPerFilter)});");
            if (sums)
            {
                WriteFilterSum(w, spec.TapsPerFilter, p);
            }

            using (w.Block($"for (int {g} = 0; {g} < {N(groups)}; {g}++)"))
            {
                int full = spec.InChannels / path.Group;
                if (taps <= 16 && full > 0)
                {
                    // a whole group of channels whose rows can be loaded 16 bytes at a time: transposed by unpacks
                    string safe = $"({oc} * {N(spec.TapsPerFilter)}) + ((({g} + 1) * {N(path.Group)}) - 1) * {N(taps)} + 16 <= {N(spec.WeightsLength)}";
                    using (w.Block($"if ({(full == groups ? "" : $"{g} < {N(full)} && ")}{safe})"))
                    {
                        WriteVectorPacking(w, path, p, taps, rows);
                        w.Line("continue;");
                    }

                    w.Line();
                }

                using (w.Block($"for (int {t} = 0; {t} < {N(taps)}; {t}++)"))
                {
                    var parts = new List<string>();
                    for (int j = 0; j < path.Group; j++)
                    {
                        string ic = $"({g} * {N(path.Group)}) + {N(j)}";
                        string value = $"{Unsafe}.Add(ref {p}oneFilter, ({ic}) * {N(taps)} + {t})";
                        bool partial = spec.InChannels % path.Group != 0 && j >= spec.InChannels % path.Group;
                        string read = partial ? $"({ic} < {N(spec.InChannels)} ? {value} : 0)" : value;
                        w.Line($"int {p}w{N(j)} = {read};");
                        parts.Add(path.Group == 4 ? $"(({p}w{N(j)} & 0xFF) << {N(8 * j)})" : $"(({p}w{N(j)} & 0xFFFF) << {N(16 * j)})");
                    }

                    w.Line($"{Unsafe}.Add(ref {p}packedTo, (({g} * {N(taps)}) + {t}) * {N(rows)}) = {string.Join(" | ", parts)};");
                }
            }

            if (sums)
            {
                w.Line($"{Unsafe}.Add(ref {p}packed, {N(IntegerTiles.PackedInts(spec, path))} + {oc}) = {p}sum;");
            }
        }
    }

    /// <summary>
    /// <c>int {p}sum</c>: the sum of the <paramref name="n"/> weights at <c>ref sbyte {p}oneFilter</c>, 16 per VPDPBUSD
    /// against ones (the path that needs it has the instruction), the rest one by one.
    /// </summary>
    public static void WriteFilterSum(IndentedWriter w, int n, string p)
    {
        int vectors = n / 16;
        w.Line($"int {p}sum = 0;");
        if (vectors > 0)
        {
            w.Line($"{V128}<int> {p}sumLanes = {V128}<int>.Zero;");
            using (w.Block($"for (int {p}i = 0; {p}i < {N(vectors * 16)}; {p}i += 16)"))
            {
                w.Line($"{p}sumLanes = {X86}.AvxVnni.MultiplyWideningAndAdd({p}sumLanes, {V128}.Create((byte)1), {V128}.LoadUnsafe(ref {p}oneFilter, (nuint){p}i));");
            }

            w.Line($"{p}sum = {V128}.Sum({p}sumLanes);");
        }

        if (n % 16 != 0)
        {
            using (w.Block($"for (int {p}i = {N(vectors * 16)}; {p}i < {N(n)}; {p}i++)"))
            {
                w.Line($"{p}sum += {Unsafe}.Add(ref {p}oneFilter, {p}i);");
            }
        }
    }

    /// <summary>
    /// One group's rows of taps (each loaded as 16 bytes) transposed into ints of the group's channels, tap by tap: the
    /// same interleaving as the image copy (bytes by byte then short unpacks; shorts widened, then short unpacks).
    /// </summary>
    private static void WriteVectorPacking(IndentedWriter w, IntegerTilePath path, string p, int taps, int rows)
    {
        string g = p + "g", t = p + "t";
        var loaded = new List<string>();
        for (int j = 0; j < path.Group; j++)
        {
            w.Line($"{V128}<sbyte> {p}f{N(j)} = {V128}.LoadUnsafe(ref {p}oneFilter, (nuint)((({g} * {N(path.Group)}) + {N(j)}) * {N(taps)}));");
            loaded.Add($"{p}f{N(j)}");
        }

        var quads = new List<string>();
        if (path.Group == 4)
        {
            w.Line($"var {p}p0 = {V128}.AsInt16({X86}.Sse2.UnpackLow({loaded[0]}, {loaded[1]})); var {p}p1 = {V128}.AsInt16({X86}.Sse2.UnpackHigh({loaded[0]}, {loaded[1]}));");
            w.Line($"var {p}q0 = {V128}.AsInt16({X86}.Sse2.UnpackLow({loaded[2]}, {loaded[3]})); var {p}q1 = {V128}.AsInt16({X86}.Sse2.UnpackHigh({loaded[2]}, {loaded[3]}));");
            quads.Add($"{X86}.Sse2.UnpackLow({p}p0, {p}q0)");
            quads.Add($"{X86}.Sse2.UnpackHigh({p}p0, {p}q0)");
            quads.Add($"{X86}.Sse2.UnpackLow({p}p1, {p}q1)");
            quads.Add($"{X86}.Sse2.UnpackHigh({p}p1, {p}q1)");
        }
        else
        {
            w.Line($"var {p}p0 = {V128}.WidenLower({loaded[0]}); var {p}p1 = {V128}.WidenUpper({loaded[0]});");
            w.Line($"var {p}q0 = {V128}.WidenLower({loaded[1]}); var {p}q1 = {V128}.WidenUpper({loaded[1]});");
            quads.Add($"{X86}.Sse2.UnpackLow({p}p0, {p}q0)");
            quads.Add($"{X86}.Sse2.UnpackHigh({p}p0, {p}q0)");
            quads.Add($"{X86}.Sse2.UnpackLow({p}p1, {p}q1)");
            quads.Add($"{X86}.Sse2.UnpackHigh({p}p1, {p}q1)");
        }

        w.Line($"ref int {p}at = ref {Unsafe}.Add(ref {p}packedTo, {g} * {N(taps * rows)});");
        for (int q = 0; q * 4 < taps; q++)
        {
            w.Line($"{V128}<int> {p}t{N(q)} = {V128}.AsInt32({quads[q]});");
            for (int lane = 0; lane < 4 && (q * 4) + lane < taps; lane++)
            {
                w.Line($"{Unsafe}.Add(ref {p}at, {N((((q * 4) + lane) * rows))}) = {V128}.GetElement({p}t{N(q)}, {N(lane)});");
            }
        }
    }

    /// <summary>
    /// Every tile path as <c>if (hardware) { call; return; }</c>, before the per-pixel paths, each path a static local
    /// function of its own: the JIT compiles only the one that runs, with few locals, fully optimized.
    /// </summary>
    public static void WritePaths(IndentedWriter w, IntegerConvPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string p = method.LocalPrefix;
        (string first, string end) = plan.Partition.UnitRange(plan.SplitUnits, p);
        var arguments = new List<string> { method.NameOf("input") };
        var parameters = new List<string> { $"global::System.ReadOnlySpan<{plan.Integer.Activations.Keyword()}> {method.NameOf("input")}" };
        if (spec.ConstantOf("weights") is null)
        {
            arguments.Add($"ref {p}weights");
            parameters.Add($"ref sbyte {p}weights");
        }

        if (spec.HasBias)
        {
            arguments.Add($"ref {p}bias");
            parameters.Add($"ref int {p}bias");
        }

        if (plan.Integer.HasScale)
        {
            arguments.Add($"ref {p}scale");
            parameters.Add($"ref float {p}scale");
        }

        arguments.Add($"ref {p}output");
        parameters.Add($"ref {plan.Integer.Output.Keyword()} {p}output");
        arguments.Add(first);
        arguments.Add(end);
        parameters.Add($"int {p}first");
        parameters.Add($"int {p}end");
        IntegerTileMethods.Write(w, plan.Target, plan.Tiles, p, parameters, _ => string.Join(", ", arguments), path =>
        {
            if (path.Gathers)
            {
                IntegerGatherTiles.WritePath(w, plan, path, method, (cb, flat, pixels) => WriteStores(w, plan, path, p, cb, flat, 1, pixels, pixels));
                return;
            }

            WritePath(w, plan, path, method);
        });
    }

    private static void WritePath(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        IntegerScheme integer = plan.Integer;
        string p = method.LocalPrefix;
        int scratch = IntegerTiles.ScratchBytes(spec, plan.Tiles);
        string e = path.ElementBytes == 1 ? "byte" : "short";
        ScratchBuffers.WriteAllocate(w, p + "tiles", ScratchField(method), scratch, "byte");
        w.Line($"ref {e} {p}copy = ref {ScratchBuffers.Aligned(p + "tiles", e)};");
        w.Line($"ref int {p}sums = ref {Unsafe}.As<byte, int>(ref {Unsafe}.Add(ref global::KernelGen.KernelScratch.Aligned({p}tiles), {N(IntegerTiles.ResultOffset(spec, path))}));");
        WriteCopy(w, plan, path, p, method.NameOf("input"));
        w.Line();
        if (spec.ConstantOf("weights") is not null)
        {
            w.Line($"ref int {p}packed = ref {Unsafe}.As<sbyte, int>(ref {Marshal}.GetReference({PackedData(method, path)}));");
            if (path.Corrects(integer))
            {
                w.Line($"ref int {p}filterSums = ref {Marshal}.GetReference({SumsData(method)});");
            }
        }
        else
        {
            w.Line($"ref int {p}packed = ref {Unsafe}.As<sbyte, int>(ref {p}weights); // packed once per call");
            if (path.Corrects(integer))
            {
                w.Line($"ref int {p}filterSums = ref {Unsafe}.Add(ref {p}packed, {N(IntegerTiles.PackedInts(spec, path))});");
            }
        }

        int taps = IntegerTiles.Taps(spec), groups = IntegerTiles.ChannelGroups(spec, path), rows = path.Rows;
        int unitRows = plan.Paths[0].Rows;
        string k = p + "k", cb = p + "cb";
        w.Line($"// blocks of {unitRows} output channels, each as tiles of {rows}");
        using (w.Block($"for (int {k} = {p}first; {k} < {p}end; {k}++)"))
        {
            string last = unitRows % rows == 0 ? $"({k} + 1) * {N(unitRows / rows)}" : N(IntegerTiles.ChannelBlocks(spec, path));
            string firstBlock = unitRows % rows == 0 ? $"{k} * {N(unitRows / rows)}" : "0";
            bool capped = unitRows % rows == 0 && plan.BlocksPerGroup * (unitRows / rows) > IntegerTiles.ChannelBlocks(spec, path);
            string limit = capped ? $"global::System.Math.Min({last}, {N(IntegerTiles.ChannelBlocks(spec, path))})" : last;
            using (w.Block($"for (int {cb} = {firstBlock}; {cb} < {limit}; {cb}++)"))
            {
                WriteTiles(w, plan, path, p, taps, groups);
                w.Line();
                WriteStores(w, plan, path, p, cb, IntegerTiles.FlatPadded(spec, path), spec.OutHeight, spec.OutWidth, IntegerTiles.PaddedWidth(spec));
            }
        }
    }

    /// <summary>The image into planes of channel groups: rows of 16 pixels interleaved with SSE2 unpacks, the rest one by one.</summary>
    private static void WriteCopy(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, string p, string input)
    {
        ConvSpec spec = plan.Spec;
        IntegerScheme integer = plan.Integer;
        string t = integer.Activations.Keyword();
        int group = path.Group, positions = IntegerTiles.PlanePositions(spec, path), wp = IntegerTiles.PaddedWidth(spec);
        int plane = spec.Height * spec.Width, elements = IntegerTiles.ChannelGroups(spec, path) * positions * group;
        bool bytes = path.ElementBytes == 1;
        bool flips = bytes && integer.Activations == ElementType.SByte;
        int fill = bytes ? integer.UnsignedOffset : 0;
        w.Line(bytes
            ? $"// the image as planes of 4 channels side by side, [{IntegerTiles.ChannelGroups(spec, path)}][{positions}][4] unsigned bytes{(flips ? " (x + 128)" : "")}, padded with the zero point ({N(fill)})"
            : $"// the image as planes of 2 channels side by side, [{IntegerTiles.ChannelGroups(spec, path)}][{positions}][2] shorts x - {N(integer.InputZeroPoint)}, padded with 0");
        w.Line($"{Marshal}.CreateSpan(ref {p}copy, {N(elements)}).Fill(({(bytes ? "byte" : "short")}){N(fill)});");
        w.Line($"ref byte {p}source = ref {Unsafe}.As<{t}, byte>(ref {Marshal}.GetReference({input}));");
        string g = p + "g", y = p + "y", x = p + "x";
        using (w.Block($"for (int {g} = 0; {g} < {N(IntegerTiles.ChannelGroups(spec, path))}; {g}++)"))
        {
            using (w.Block($"for (int {y} = 0; {y} < {N(spec.Height)}; {y}++)"))
            {
                w.Line($"ref {(bytes ? "byte" : "short")} {p}to = ref {Unsafe}.Add(ref {p}copy, (({g} * {N(positions)}) + (({y} + {N(spec.PaddingY)}) * {N(wp)}) + {N(spec.PaddingX)}) * {N(group)});");
                w.Line($"ref byte {p}row = ref {Unsafe}.Add(ref {p}source, ((({g} * {N(group)}) * {N(spec.Height)}) + {y}) * {N(spec.Width)});");
                // a group's missing channels (past the last) stay at the fill value: their weights are zero
                int present = spec.InChannels % group;
                string Present(int j) => present == 0 || j < present ? "true" : $"{g} * {N(group)} + {N(j)} < {N(spec.InChannels)}";
                w.Line($"int {x} = 0;");
                if (spec.Width >= 16)
                {
                    using (w.Block($"for (; {x} <= {N(spec.Width - 16)}; {x} += 16)"))
                    {
                        WriteInterleave(w, plan, path, p, plane, Present);
                    }
                }

                using (w.Block($"for (; {x} < {N(spec.Width)}; {x}++)"))
                {
                    for (int j = 0; j < group; j++)
                    {
                        string src = $"{Unsafe}.Add(ref {p}row, {x} + {N(j * plane)})";
                        string value = bytes
                            ? (flips ? $"(byte)({src} ^ 0x80)" : src)
                            : $"(short)({(integer.Activations == ElementType.SByte ? $"(sbyte){src}" : src)} - {N(integer.InputZeroPoint)})";
                        string store = $"{Unsafe}.Add(ref {p}to, ({x} * {N(group)}) + {N(j)}) = {value};";
                        w.Line(Present(j) == "true" ? store : $"if ({Present(j)}) {store}");
                    }
                }
            }
        }
    }

    private static void WriteInterleave(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, string p, int plane, System.Func<int, string> present)
    {
        IntegerScheme integer = plan.Integer;
        string x = p + "x";
        var rows = new List<string>();
        for (int j = 0; j < path.Group; j++)
        {
            string load = $"{V128}.LoadUnsafe(ref {p}row, (nuint)({x} + {N(j * plane)}))";
            string name = $"{p}r{N(j)}";
            rows.Add(name);
            w.Line(present(j) == "true"
                ? $"{V128.Replace("Vector128", "Vector128<byte>")} {name} = {load};"
                : $"{V128.Replace("Vector128", "Vector128<byte>")} {name} = {present(j)} ? {load} : {V128}<byte>.Zero;");
        }

        if (path.ElementBytes == 1)
        {
            if (integer.Activations == ElementType.SByte)
            {
                w.Line($"{V128.Replace("Vector128", "Vector128<byte>")} {p}flip = {V128}.Create((byte)0x80);");
                foreach (string r in rows)
                {
                    w.Line($"{r} ^= {p}flip;");
                }
            }

            // bytes of 4 channels: pairs (0,1) and (2,3) by byte unpacks, then quads by short unpacks
            w.Line($"var {p}a0 = {V128}.AsUInt16({X86}.Sse2.UnpackLow({rows[0]}, {rows[1]})); var {p}a1 = {V128}.AsUInt16({X86}.Sse2.UnpackHigh({rows[0]}, {rows[1]}));");
            w.Line($"var {p}b0 = {V128}.AsUInt16({X86}.Sse2.UnpackLow({rows[2]}, {rows[3]})); var {p}b1 = {V128}.AsUInt16({X86}.Sse2.UnpackHigh({rows[2]}, {rows[3]}));");
            w.Line($"ref byte {p}at = ref {Unsafe}.Add(ref {p}to, {x} * 4);");
            w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackLow({p}a0, {p}b0), ref {Unsafe}.As<byte, ushort>(ref {p}at));");
            w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackHigh({p}a0, {p}b0), ref {Unsafe}.As<byte, ushort>(ref {p}at), 8);");
            w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackLow({p}a1, {p}b1), ref {Unsafe}.As<byte, ushort>(ref {p}at), 16);");
            w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackHigh({p}a1, {p}b1), ref {Unsafe}.As<byte, ushort>(ref {p}at), 24);");
            return;
        }

        // shorts of 2 channels: each row widened (less the zero point), then pairs by short unpacks
        bool signed = integer.Activations == ElementType.SByte;
        for (int j = 0; j < 2; j++)
        {
            string source = signed ? $"{V128}.AsSByte({rows[j]})" : rows[j];
            string zp = integer.InputZeroPoint == 0 ? "" : $" - {V128}.Create((short){N(integer.InputZeroPoint)})";
            string Widen(string half) => signed ? $"{V128}.Widen{half}({source})" : $"{V128}.AsInt16({V128}.Widen{half}({source}))";
            w.Line($"var {p}s{N(j)}lo = {Widen("Lower")}{zp}; var {p}s{N(j)}hi = {Widen("Upper")}{zp};");
        }

        w.Line($"ref short {p}at = ref {Unsafe}.Add(ref {p}to, {x} * 2);");
        w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackLow({p}s0lo, {p}s1lo), ref {p}at);");
        w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackHigh({p}s0lo, {p}s1lo), ref {p}at, 8);");
        w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackLow({p}s0hi, {p}s1hi), ref {p}at, 16);");
        w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackHigh({p}s0hi, {p}s1hi), ref {p}at, 24);");
    }

    /// <summary>One channel block's tiles along the flat run: every channel group's taps, the sums into the block's rows.</summary>
    private static void WriteTiles(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, string p, int taps, int groups)
    {
        ConvSpec spec = plan.Spec;
        int rows = path.Rows, vectors = path.Vectors, lanes = path.Lanes, bits = path.Bits;
        int positions = IntegerTiles.PlanePositions(spec, path), flat = IntegerTiles.FlatPadded(spec, path);
        string v = $"global::System.Runtime.Intrinsics.Vector{bits}";
        string e = path.ElementBytes == 1 ? "byte" : "short";
        IReadOnlyList<int> offsets = IntegerTiles.TapOffsets(spec);
        string b = p + "b", g = p + "g";
        string Acc(int r, int c) => $"{p}acc{N(r)}_{N(c)}";
        w.Line($"ref int {p}block = ref {Unsafe}.Add(ref {p}packed, {p}cb * {N(groups * taps * rows)});");
        using (w.Block($"for (int {b} = 0; {b} < {N(IntegerTiles.Blocks(spec, path))}; {b}++)"))
        {
            for (int r = 0; r < rows; r++)
            {
                w.Line($"{v}<int> {string.Join(", ", Enumerable.Range(0, vectors).Select(c => $"{Acc(r, c)} = {v}<int>.Zero"))};");
            }

            w.Line($"ref {e} {p}px = ref {Unsafe}.Add(ref {p}copy, {b} * {N(path.Pixels * path.Group)});");
            w.Line($"ref int {p}wt = ref {p}block;");
            w.Line($"{v}<{e}> {string.Join(", ", Enumerable.Range(0, vectors).Select(c => $"{p}x{N(c)}"))};");
            w.Line($"{v}<{(path.ElementBytes == 1 ? "sbyte" : "short")}> {p}w;");
            using (w.Block($"for (int {g} = 0; {g} < {N(groups)}; {g}++)"))
            {
                for (int tap = 0; tap < taps; tap++)
                {
                    w.Line($"// tap {N(tap)}: {N(offsets[tap])} positions on");
                    for (int c = 0; c < vectors; c++)
                    {
                        w.Line($"{p}x{N(c)} = {v}.LoadUnsafe(ref {p}px, {N(((offsets[tap] + (c * lanes)) * path.Group))});");
                    }

                    for (int r = 0; r < rows; r++)
                    {
                        string weight = $"{v}.Create({Unsafe}.Add(ref {p}wt, {N((tap * rows) + r)}))";
                        w.Line($"{p}w = {v}.{(path.ElementBytes == 1 ? "AsSByte" : "AsInt16")}({weight});");
                        for (int c = 0; c < vectors; c++)
                        {
                            string x = $"{p}x{N(c)}", wv = $"{p}w";
                            w.Line(path.Product == IntegerProduct.DotProduct
                                ? $"{Acc(r, c)} = {X86}.AvxVnni.MultiplyWideningAndAdd({Acc(r, c)}, {x}, {wv});"
                                : $"{Acc(r, c)} += {X86}.{(bits == 512 ? "Avx512BW" : "Avx2")}.MultiplyAddAdjacent({x}, {wv});");
                        }
                    }
                }

                w.Line($"{p}px = ref {Unsafe}.Add(ref {p}px, {N(positions * path.Group)});");
                w.Line($"{p}wt = ref {Unsafe}.Add(ref {p}wt, {N(taps * rows)});");
            }

            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < vectors; c++)
                {
                    w.Line($"{v}.StoreUnsafe({Acc(r, c)}, ref {p}sums, (nuint)(({b} * {N(path.Pixels)}) + {N((r * flat) + (c * lanes))}));");
                }
            }
        }
    }

    /// <summary>
    /// <c>int {p}add</c> (the bias, less the zero point's share of the filter's sum where the path corrects for it) and
    /// <c>float {p}multiplier</c> (when the output has a scale) of the output channel <paramref name="oc"/>.
    /// </summary>
    public static void WriteChannelTerms(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, string p, string oc)
    {
        var terms = new List<string>();
        if (plan.Spec.HasBias)
        {
            terms.Add($"{Unsafe}.Add(ref {p}bias, {oc})");
        }

        if (path.Corrects(plan.Integer))
        {
            terms.Add($"{N(-plan.Integer.UnsignedOffset)} * {Unsafe}.Add(ref {p}filterSums, {oc})");
        }

        w.Line($"int {p}add = {(terms.Count == 0 ? "0" : string.Join(" + ", terms))};");
        if (plan.Integer.HasScale)
        {
            w.Line($"float {p}multiplier = {Unsafe}.Add(ref {p}scale, {oc});");
        }
    }

    /// <summary>
    /// Each channel of the tile <paramref name="cb"/>: its row of sums (<paramref name="flat"/> apart) plus the bias,
    /// requantized, stored in <paramref name="rows"/> rows of <paramref name="outWidth"/> outputs, each row's sums
    /// <paramref name="wp"/> apart (the dropped pixels of a flat run skipped; a gather tile's plane is one row).
    /// </summary>
    private static void WriteStores(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, string p, string cb, int flat, int rows, int outWidth, int wp)
    {
        ConvSpec spec = plan.Spec;
        IntegerScheme integer = plan.Integer;
        int outPlane = spec.OutHeight * spec.OutWidth;
        int lanes = outWidth >= 8 ? 8 : 4;
        bool vector = outWidth >= 4 && IntegerStore.Vectorizes(integer, spec.Activation);
        string r = p + "r", oy = p + "oy", x = p + "x";
        w.Line("// each channel's sums plus the bias, through the one store");
        using (w.Block($"for (int {r} = 0; {r} < {N(path.Rows)}; {r}++)"))
        {
            w.Line($"int {p}oc = ({cb} * {N(path.Rows)}) + {r};");
            if (spec.OutChannels % path.Rows != 0)
            {
                using (w.Block($"if ({p}oc >= {N(spec.OutChannels)})"))
                {
                    w.Line("break;");
                }
            }

            WriteChannelTerms(w, plan, path, p, $"{p}oc");

            using (w.Block($"for (int {oy} = 0; {oy} < {N(rows)}; {oy}++)"))
            {
                w.Line($"ref int {p}sumRow = ref {Unsafe}.Add(ref {p}sums, ({r} * {N(flat)}) + ({oy} * {N(wp)}));");
                w.Line($"ref {integer.Output.Keyword()} {p}outRow = ref {Unsafe}.Add(ref {p}output, ({p}oc * {N(outPlane)}) + ({oy} * {N(outWidth)}));");
                if (vector)
                {
                    void Row(int n)
                    {
                        string vn = $"global::System.Runtime.Intrinsics.Vector{n * 32}";
                        using (w.Block($"for (int {x} = 0; ; {x} += {N(n)})"))
                        {
                            w.Line($"{x} = global::System.Math.Min({x}, {N(outWidth - n)}); // the last vector overlaps the one before");
                            IntegerStore.WriteVector(w, integer, spec.Activation, n, $"{vn}.LoadUnsafe(ref {p}sumRow, (nuint){x}) + {vn}.Create({p}add)",
                                integer.HasScale ? $"{vn}.Create({p}multiplier)" : null, $"ref {Unsafe}.Add(ref {p}outRow, {x})", p);
                            using (w.Block($"if ({x} == {N(outWidth - n)})"))
                            {
                                w.Line("break;");
                            }
                        }
                    }

                    if (outWidth >= 16 && plan.Target.HasVector512)
                    {
                        // 16 outputs per instruction where 512-bit vectors are fast, else 8
                        using (w.Block("if (global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)"))
                        {
                            Row(16);
                        }

                        using (w.Block("else"))
                        {
                            Row(8);
                        }
                    }
                    else
                    {
                        Row(lanes);
                    }
                }
                else
                {
                    using (w.Block($"for (int {x} = 0; {x} < {N(outWidth)}; {x}++)"))
                    {
                        var floats = new VectorCode(ElementType.Float, plan.Target, 0);
                        string value = IntegerStore.Value(integer, spec.Activation, $"({Unsafe}.Add(ref {p}sumRow, {x}) + {p}add)", integer.HasScale ? $"{p}multiplier" : null, floats);
                        w.Line($"{Unsafe}.Add(ref {p}outRow, {x}) = {value};");
                    }
                }
            }
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
