using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// Writes a convolution path with output channels in the lanes (<see cref="ChannelLanes"/>): per tile of output
/// channels, its filters transposed into the thread's buffer as <c>[taps][channels]</c>, then tiles of pixels (rows x
/// columns of the output) whose accumulators hold the tile's channels, a loop over input channels around the unrolled
/// filter (one weight vector per channel vector and tap, one broadcast per pixel and tap), the bias and activation
/// fused into a pixel-major store, and the tile's outputs transposed into their channel planes.
/// </summary>
internal static class ChannelLaneEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    /// <summary>The name of a kernel's per-thread buffer for this path (a member of the user's type, so made unlikely to clash).</summary>
    public static string BufferField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Lanes";

    public static void WriteBufferField(IndentedWriter w, ConvPlan plan, MethodInfo method)
    {
        long kb = (((long)plan.LaneBufferLength * plan.Spec.Element.Size()) + 1023) / 1024;
        w.Line($"// {method.Name}'s transposed filters and pixel-major outputs of one tile of output channels, one per thread ({kb} KB).");
        ScratchBuffers.WriteField(w, BufferField(method));
        w.Line();
    }

    /// <summary>The header line of the path.</summary>
    public static string PlanLine(ConvPlan plan, ConvPath path)
    {
        ChannelLaneTile tile = path.LaneTile!;
        ConvSpec spec = plan.Spec;
        string pixels = tile.Rows == 1 ? $"{tile.Columns} pixels of a row" : $"{tile.Rows} rows x {tile.Columns} columns";
        string ends = tile.Bodies == 1 ? "" : $", {tile.Bodies - 1} smaller tile{(tile.Bodies == 2 ? "" : "s")} at the ends";
        return $"//   {VectorCode.PathName(path.Bits),-10} output channels in the lanes: tile {path.ChannelTile} channels ({tile.Vectors} vectors of {path.Lanes}) x {pixels} ({tile.Accumulators} accumulators{ends}); "
            + $"each tile's filters transposed per call to [{spec.TapsPerFilter}][{path.ChannelTile}], its outputs stored pixel-major and transposed into the channel planes; "
            + $"{(path.Unroll == TapUnroll.Full ? "all taps unrolled" : "loop over input channels, filter unrolled")} ({path.UnrolledMultiplyAdds} multiply-adds per body); pixels in the lanes would leave {(1 - tile.RowLaneUse) * 100:0} % of them idle";
    }

    /// <summary>The output-channel tiles <c>{p}oc</c> from <paramref name="first"/> to <paramref name="end"/>.</summary>
    public static void WriteTiles(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string p, string first, string end, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        ChannelLaneTile tile = path.LaneTile!;
        string t = code.Scalar;
        int channels = path.ChannelTile, taps = spec.TapsPerFilter, plane = plan.OutputPlane;
        int area = spec.KernelHeight * spec.KernelWidth, block = tile.InputBlock, packedTaps = block * area;
        bool blocked = block < spec.InPerGroup;
        ScratchBuffers.WriteAllocate(w, p + "lanesArray", BufferField(method), plan.LaneBufferLength, t);
        w.Line($"ref {t} {p}packed = ref {ScratchBuffers.Aligned(p + "lanesArray", t)}; // [{packedTaps}][{channels}]: one tap of the tile's {channels} filters is {tile.Vectors} vectors");
        w.Line($"ref {t} {p}block = ref {Unsafe}.Add(ref {p}packed, {N((long)packedTaps * channels)}); // [{plane}][{channels}]: the tile's outputs, pixel by pixel");
        w.Line($"// {spec.OutChannels} output channels, {channels} at a time in the lanes; {spec.OutHeight} rows of {spec.OutWidth} outputs in tiles of {(tile.Rows == 1 ? "" : $"{tile.Rows} rows x ")}{tile.Columns} pixels");
        using (w.Block($"for (int {p}oc = {first}; {p}oc < {end}; {p}oc += {N(channels)})"))
        {
            IndentedWriter.Scope? blocks = null;
            string weights = $"{p}oc * {N(taps)}";
            if (blocked)
            {
                w.Line($"// the input channels in {spec.InPerGroup / block} blocks of {block}, whose transposed filters stay in L2: the tile's partial sums wait in its outputs between blocks");
                w.Line($"{Unsafe}.InitBlockUnaligned(ref {Unsafe}.As<{t}, byte>(ref {p}block), 0, {N((long)plane * channels * spec.Element.Size())});");
                blocks = w.Block($"for (int {p}icb = 0; {p}icb < {N(spec.InPerGroup)}; {p}icb += {N(block)})");
                w.Line($"ref {t} {p}srcB = ref {Unsafe}.Add(ref {p}src, {p}icb * {N(plan.ChannelStride)});");
                weights += $" + ({p}icb * {N(area)})";
            }

            w.Line(blocked
                ? $"// the block's filters of the tile's {channels} output channels, transposed: each tap's {channels} weights side by side"
                : $"// the tile's {channels} filters, transposed: each tap's {channels} weights side by side");
            w.Line($"global::KernelGen.KernelTranspose.Transpose(ref {Unsafe}.Add(ref {p}weights, {weights}), {N(taps)}, {N(channels)}, {N(packedTaps)}, ref {p}packed, {N(channels)});");
            WriteParts(w, spec.OutHeight, tile.Rows, "row", $"int {p}oy", (oy, rows) => WriteRows(w, code, plan, path, p, oy, rows, blocked));

            blocks?.Dispose();
            if (blocked && (spec.HasBias || spec.Activation != ActivationKind.None))
            {
                WriteFinish(w, code, plan, path, p);
            }

            w.Line();
            w.Line($"// the tile's outputs into their {channels} channel planes");
            w.Line($"global::KernelGen.KernelTranspose.Transpose(ref {p}block, {N(channels)}, {N(plane)}, {N(channels)}, ref {Unsafe}.Add(ref {p}output, {p}oc * {N(plane)}), {N(plane)});");
        }
    }

    /// <summary>With input blocks: the bias and the activation, once every block's sums are in the tile's outputs.</summary>
    private static void WriteFinish(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string p)
    {
        ConvSpec spec = plan.Spec;
        int bits = path.Bits, vectors = path.LaneTile!.Vectors, channels = path.ChannelTile;
        string vt = code.VectorType(bits), v = VectorCode.Vector(bits);
        w.Line();
        w.Line(spec.HasBias ? "// every input channel summed: add the bias, activate" : "// every input channel summed: activate");
        using (w.Block())
        {
            var declared = Enumerable.Range(0, spec.HasBias ? vectors : 0).Select(x => $"{p}b{x} = {v}.LoadUnsafe(ref {Unsafe}.Add(ref {p}bias, {p}oc + {N(x * path.Lanes)}))").ToList();
            if (ActivationStore.NeedsZ(spec.Activation, bits))
            {
                declared.Add($"{p}z");
            }

            if (declared.Count > 0)
            {
                w.Line($"{vt} {string.Join(", ", declared)};");
            }

            using (w.Block($"for (nuint {p}at = 0; {p}at < {N((long)plan.OutputPlane * channels)}; {p}at += {N(channels)})"))
            {
                for (int x = 0; x < vectors; x++)
                {
                    string at = x == 0 ? $"{p}at" : $"{p}at + {N(x * path.Lanes)}";
                    string sum = VectorCode.Load(bits, p + "block", at);
                    ActivationStore.Write(w, code, spec.Activation, spec.HasBias ? $"{sum} + {p}b{x}" : sum, p + "block", at, path.Lanes, p, loopLanes: true);
                }
            }
        }
    }

    /// <summary>The column tiles of <paramref name="rows"/> output rows from <paramref name="oy"/>.</summary>
    private static void WriteRows(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string p, string oy, int rows, bool blocked)
    {
        ConvSpec spec = plan.Spec;
        string t = code.Scalar;
        ChannelLaneTile tile = path.LaneTile!;
        w.Line($"ref {t} {p}inRow = ref {Unsafe}.Add(ref {p}{(blocked ? "srcB" : "src")}, {oy} * {N(plan.OutputRowStep)});");
        w.Line($"ref {t} {p}blockRow = ref {Unsafe}.Add(ref {p}block, {oy} * {N((long)spec.OutWidth * path.ChannelTile)});");
        WriteParts(w, spec.OutWidth, tile.Columns, "column", $"nuint {p}ox", (ox, columns) => WriteTile(w, code, plan, path, p, rows, columns, ox, blocked));
    }

    /// <summary>
    /// A length in parts of <paramref name="size"/> (<see cref="ChannelLanes.Parts"/>): the full parts in a loop over
    /// <paramref name="variable"/> (a declaration: <c>int {p}oy</c>) when there are several, else in a block at their
    /// constant start; <paramref name="body"/> writes one part from a start (the loop variable or a constant).
    /// </summary>
    private static void WriteParts(IndentedWriter w, int length, int size, string noun, string variable, System.Action<string, int> body)
    {
        string name = variable.Substring(variable.IndexOf(' ') + 1);
        int start = 0;
        foreach ((int part, int count) in ChannelLanes.Parts(length, size))
        {
            w.Line();
            if (count > 1)
            {
                w.Line($"// {noun}s 0..{(part * count) - 1}, {part} at a time");
                using (w.Block($"for ({variable} = 0; {name} < {N(part * count)}; {name} += {N(part)})"))
                {
                    body(name, part);
                }
            }
            else
            {
                w.Line(part == 1 ? $"// {noun} {start}" : $"// {noun}s {start}..{start + part - 1}");
                using (w.Block())
                {
                    body(N(start), part);
                }
            }

            start += part * count;
        }
    }

    /// <summary>One register tile: the tile's channel vectors x <paramref name="rows"/> x <paramref name="columns"/> pixels from column <paramref name="ox"/>.</summary>
    private static void WriteTile(IndentedWriter w, VectorCode code, ConvPlan plan, ConvPath path, string p, int rows, int columns, string ox, bool blocked)
    {
        ConvSpec spec = plan.Spec;
        int bits = path.Bits, vectors = path.LaneTile!.Vectors, channels = path.ChannelTile, area = spec.KernelHeight * spec.KernelWidth;
        string vt = code.VectorType(bits), v = VectorCode.Vector(bits);
        var pixels = new List<(int Row, int Column)>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                pixels.Add((r, c));
            }
        }

        string Acc(int vector, int pixel) => $"{p}acc{vector}_{pixel}";
        string W(int vector) => $"{p}w{vector}";
        // with input blocks, each block goes on from the sums of the ones before (zero before the first)
        for (int x = 0; x < vectors; x++)
        {
            w.Line($"{vt} {string.Join(", ", pixels.Select((px, i) => $"{Acc(x, i)} = {(blocked ? VectorCode.Load(bits, p + "blockRow", Position(ox, px.Row, px.Column, x)) : code.Zero(bits))}"))};");
        }

        w.Line($"{vt} {string.Join(", ", Enumerable.Range(0, vectors).Select(W))}, {p}k;");
        if (!blocked && ActivationStore.NeedsZ(spec.Activation, bits))
        {
            w.Line($"{vt} {p}z;");
        }

        // the taps of filterRows rows of the filter (all of them, or one in a loop over the rows)
        void Filter(string inRef, string wRef, int channelOffset, int weightOffset, int filterRows)
        {
            for (int ky = 0; ky < filterRows; ky++)
            {
                for (int kx = 0; kx < spec.KernelWidth; kx++)
                {
                    int tap = (ky * spec.KernelWidth) + kx;
                    w.Line(filterRows == 1 && spec.KernelHeight > 1 ? $"// tap (row, {kx})" : $"// tap ({ky}, {kx})");
                    for (int x = 0; x < vectors; x++)
                    {
                        w.Line($"{W(x)} = {VectorCode.Load(bits, wRef, N(((long)(weightOffset + tap) * channels) + (x * path.Lanes)))};");
                    }

                    // the tap's own reference: the JIT would otherwise find the same element among the taps (pixel i + 1 of
                    // tap (y, x) is pixel i of tap (y, x + 1)) and keep it in a stack slot, the registers being full
                    string tapRef = $"{p}in{ky}_{kx}";
                    w.Line($"ref {code.Scalar} {tapRef} = ref {Unsafe}.Add(ref {inRef}, {VectorCode.Offset(ox, channelOffset + plan.TapOffset(ky, kx))});");
                    for (int i = 0; i < pixels.Count; i++)
                    {
                        int at = (pixels[i].Row * plan.OutputRowStep) + pixels[i].Column;
                        w.Line($"{p}k = {v}.Create({Unsafe}.Add(ref {tapRef}, {N(at)}));");
                        for (int x = 0; x < vectors; x++)
                        {
                            w.Line($"{Acc(x, i)} = {code.MultiplyAdd(bits, W(x), p + "k", Acc(x, i))};");
                        }
                    }
                }
            }
        }

        if (path.Unroll == TapUnroll.Full)
        {
            Filter(p + "inRow", p + "packed", 0, 0, spec.KernelHeight);
        }
        else
        {
            using (w.Block($"for (int {p}ic = 0; {p}ic < {N(path.LaneTile.InputBlock)}; {p}ic++)"))
            {
                w.Line($"ref {code.Scalar} {p}inC = ref {Unsafe}.Add(ref {p}inRow, {p}ic * {N(plan.ChannelStride)});");
                w.Line($"ref {code.Scalar} {p}wC = ref {Unsafe}.Add(ref {p}packed, {p}ic * {N((long)area * channels)});");
                if (path.Unroll == TapUnroll.PerChannel)
                {
                    Filter(p + "inC", p + "wC", 0, 0, spec.KernelHeight);
                }
                else
                {
                    using (w.Block($"for (int {p}ky = 0; {p}ky < {N(spec.KernelHeight)}; {p}ky++)"))
                    {
                        w.Line($"ref {code.Scalar} {p}inK = ref {Unsafe}.Add(ref {p}inC, {p}ky * {N((long)spec.DilationY * plan.RowStride)});");
                        w.Line($"ref {code.Scalar} {p}wK = ref {Unsafe}.Add(ref {p}wC, {p}ky * {N((long)spec.KernelWidth * channels)});");
                        Filter(p + "inK", p + "wK", 0, 0, 1);
                    }
                }
            }
        }

        w.Line();
        if (blocked)
        {
            w.Line("// the sums so far, pixel by pixel");
            for (int i = 0; i < pixels.Count; i++)
            {
                for (int x = 0; x < vectors; x++)
                {
                    w.Line($"{v}.StoreUnsafe({Acc(x, i)}, ref {p}blockRow, {Position(ox, pixels[i].Row, pixels[i].Column, x)});");
                }
            }

            return;
        }

        w.Line(spec.HasBias || spec.Activation != ActivationKind.None ? "// add the bias, activate, store pixel by pixel" : "// store pixel by pixel");
        if (spec.HasBias)
        {
            for (int x = 0; x < vectors; x++)
            {
                w.Line($"{W(x)} = {v}.LoadUnsafe(ref {Unsafe}.Add(ref {p}bias, {p}oc + {N(x * path.Lanes)}));");
            }
        }

        for (int i = 0; i < pixels.Count; i++)
        {
            for (int x = 0; x < vectors; x++)
            {
                string z = spec.HasBias ? $"{Acc(x, i)} + {W(x)}" : Acc(x, i);
                string at = Position(ox, pixels[i].Row, pixels[i].Column, x);
                ActivationStore.Write(w, code, spec.Activation, z, p + "blockRow", at, path.Lanes, p, loopLanes: true);
            }
        }

        // (column, row, vector) of the tile into the row's pixel-major block: ((row * width) + column) * channels + vector * lanes
        string Position(string column, int row, int c, int x)
        {
            long constant = ((((long)row * spec.OutWidth) + c) * channels) + ((long)x * path.Lanes);
            return int.TryParse(column, out int start)
                ? N((((long)start) * channels) + constant)
                : constant == 0 ? $"{column} * {N(channels)}" : $"({column} * {N(channels)}) + {N(constant)}";
        }
    }

    private static string N(long value) => VectorCode.Number(value);
}
