using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Kinds.MatMul;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D.Winograd;

/// <summary>
/// Writes a planned Winograd convolution (<see cref="WinogradPlan"/>): its header lines; beside the method the
/// per-thread scratch, the transformed filters (compile-time data, or the caller's buffer and the method that fills it
/// once per call), and the products' method, which the <c>MatMul</c> emitter writes; in the body the channels-last copy
/// of the image, then per block of tiles the input transform, the α² products and the output transform, and the store.
/// </summary>
internal static class WinogradEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";

    public static string FiltersField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Filters";

    public static string FilterData(MethodInfo method) => $"__KernelGen_{method.UniqueName}_TransformedFilters";

    public static string ProductMethod(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Product";

    public static string TransformMethod(MethodInfo method) => $"__KernelGen_{method.UniqueName}_TransformFilters";

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Kb(long elements, ElementType element) => N(((elements * element.Size()) + 1023) / 1024) + " KB";

    public static void WritePlanLines(IndentedWriter w, WinogradPlan plan)
    {
        ConvSpec spec = plan.Spec;
        int m = plan.Tile, a = plan.Alpha;
        double saved = (double)plan.DirectMultiplications / plan.Multiplications;
        w.Line($"//   Winograd: F({m}x{m}, 3x3), {plan.TilesY} x {plan.TilesX} tiles of {m} x {m} outputs{(spec.OutHeight % m != 0 || spec.OutWidth % m != 0 ? $" (the last row and column of tiles partly outside the {spec.OutHeight} x {spec.OutWidth} output, not stored)" : "")};");
        w.Line($"//             {N(plan.Multiplications)} multiplications per image in {plan.Positions} products instead of the direct {N(plan.DirectMultiplications)} ({saved.ToString("0.00", CultureInfo.InvariantCulture)}x fewer);");
        int other = m == 4 ? 2 : 4;
        w.Line($"//             F({m}x{m}) because its products and filters cost less here than F({other}x{other})'s: {a}² x ({N(plan.Tiles)} tiles + {(spec.ConstantOf("weights") is null ? WinogradPlanner.TransformCost : WinogradPlanner.ConstantFilterCost)} per filter value{(spec.ConstantOf("weights") is null ? " transformed per call" : " read")}) per channel pair");
        w.Line($"//   Points:   0, {(m == 4 ? "±1, ±2" : "±1")} and ∞ (Lavin and Gray's): Bᵀ = {WinogradTransform.Rows(WinogradTransform.InputTransform(m))}");
        w.Line($"//             G = {WinogradTransform.Rows(WinogradTransform.FilterTransform(m))}; Aᵀ = {WinogradTransform.Rows(WinogradTransform.OutputTransform(m))}");
        w.Line(spec.ConstantOf("weights") is not null
            ? $"//   Filters:  U = G g Gᵀ computed at compile time in double and rounded once, [{plan.Positions}][{plan.InStride}][{plan.OutStride}] ({Kb(plan.TransformedFilterLength, spec.Element)} of data)"
            : $"//   Filters:  U = G g Gᵀ computed once per call{(plan.TransformParts == 1 ? " on the calling thread" : $" in {plan.TransformParts} parts on the kernel's threads, before the tiles,")} into [{plan.Positions}][{plan.InStride}][{plan.OutStride}] ({Kb(plan.TransformedFilterLength, spec.Element)}), {FilterBlock} output channels at a time: their weights reordered tap-major, then transformed with the output channels in the lanes");
        w.Line($"//   Input:    each image copied channels-last into a zero-padded [{plan.PaddedHeight}][{plan.PaddedWidth}][{plan.InStride}] ({Kb(plan.PaddedLength, spec.Element)} per thread, padding zeroed once){(plan.InStride != spec.InChannels ? $"; {plan.InStride - spec.InChannels} zero channels pad the vectors" : "")}");
        w.Line($"//   Blocks:   {N(plan.Tiles)} tiles in {N(plan.Blocks)} block{(plan.Blocks == 1 ? "" : "s")} of {N(plan.BlockTiles)}{(plan.Tiles % plan.BlockTiles != 0 ? $" (the last starts at tile {plan.LastBlockStart} and stores only its new tiles)" : "")}: transformed tiles, products and outputs {Kb((long)plan.TransformedTilesLength + plan.ProductsLength + plan.OutputsLength, spec.Element)} per block, in L2");
        w.Line($"//   Products: per block {plan.Positions} x ({plan.BlockTiles} tiles x {plan.InStride} input channels) · ({plan.InStride} x {plan.OutStride} output channels), the MatMul register tiles:");
        GemmEmitter.WritePlan(w, plan.Product);
        w.Line($"//   Output:   Aᵀ M A per tile and output-channel vector{(spec.HasBias ? ", plus the bias" : "")}; stored into [{spec.OutChannels}][{spec.OutHeight}][{spec.OutWidth}]{(spec.Activation == ActivationKind.None ? "" : $" through {spec.Activation}")}");
        w.Line($"//   Paths:    transforms on {string.Join(", ", plan.PathBits.Select(VectorCode.PathName))}, the input channels (or output channels) in the lanes");
    }

    public static void WriteMembers(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword();
        w.Line($"// {method.Name}'s scratch, one per thread ({Kb(plan.ScratchLength, spec.Element)}): the channels-last padded image, then a block's transformed tiles, products and outputs{(spec.HasBias ? ", the padded bias" : "")}.");
        ScratchBuffers.WriteField(w, ConvEmitter.ScratchField(method));
        w.Line();
        if (spec.ConstantOf("weights") is { } weights)
        {
            WriteFilterData(w, plan, method, weights);
        }
        else
        {
            w.Line($"// {method.Name}'s transformed filters, filled once per call on the calling thread's buffer (then read by every part), and {(plan.TransformParts == 1 ? "a block" : "per transform part a block")} of weights reordered ({Kb(plan.PreparedLength, spec.Element)}).");
            ScratchBuffers.WriteField(w, FiltersField(method));
            w.Line();
            WriteTransformMethod(w, plan, method);
        }

        WriteInputTileMethod(w, plan, method);
        WriteProductMethod(w, plan, method);
        WriteOutputTileMethod(w, plan, method);
    }

    /// <summary>The filters transformed at compile time, <c>U[ξ][ic][oc]</c> (zero in the padding channels), in the assembly's data.</summary>
    private static void WriteFilterData(IndentedWriter w, WinogradPlan plan, MethodInfo method, ConstantOperand weights)
    {
        ConvSpec spec = plan.Spec;
        int a = plan.Alpha;
        double[] g = WinogradTransform.Values(WinogradTransform.FilterTransform(plan.Tile)).ToArray();
        var u = new double[plan.TransformedFilterLength];
        for (int oc = 0; oc < spec.OutChannels; oc++)
        {
            for (int ic = 0; ic < spec.InChannels; ic++)
            {
                int f = ((oc * spec.InChannels) + ic) * 9;
                for (int i = 0; i < a; i++)
                {
                    for (int j = 0; j < a; j++)
                    {
                        double sum = 0;
                        for (int k = 0; k < 3; k++)
                        {
                            for (int l = 0; l < 3; l++)
                            {
                                sum += g[(i * 3) + k] * weights[f + (k * 3) + l] * g[(j * 3) + l];
                            }
                        }

                        u[(((i * a) + j) * plan.FilterStride) + (ic * plan.OutStride) + oc] = sum;
                    }
                }
            }
        }

        w.Line($"// {method.Name}'s filters transformed at compile time: U = G g Gᵀ in double, rounded once, [{plan.Positions}][{plan.InStride}][{plan.OutStride}].");
        KernelFileWriter.WriteData(w, FilterData(method), spec.Element, u.Length, i => u[i]);
    }

    /// <summary>Output channels the run-time filter transform reorders and transforms at a time.</summary>
    public const int FilterBlock = 16;

    /// <summary>
    /// The run-time filter transform, <see cref="FilterBlock"/> output channels at a time: their weights reordered
    /// tap-major into a small buffer (in L2: one cache line written per tap and input channel), then G g Gᵀ with the
    /// output channels in the lanes.
    /// </summary>
    private static void WriteTransformMethod(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword(), p = method.LocalPrefix;
        int a = plan.Alpha, ic = spec.InChannels, ocs = plan.OutStride, oc = spec.OutChannels;
        double[] g = WinogradTransform.Values(WinogradTransform.FilterTransform(plan.Tile)).ToArray();
        w.Line($"// {method.Name}'s filter transform: U[ξ][ic][oc] = (G g Gᵀ)[ξ] of filter (oc, ic), the padding channels left zero.");
        w.OptionalLine(plan.Target.OptimizationAttribute);
        int blocks = (oc + FilterBlock - 1) / FilterBlock, parts = plan.TransformParts;
        using (w.Block($"private static void {TransformMethod(method)}(int {p}part, global::System.ReadOnlySpan<{t}> {p}weights, global::System.Span<{t}> {p}filters)"))
        {
            w.Line($"ref {t} {p}w = ref {KernelFileWriter.SpanStart(plan.Target, p + "weights")};");
            w.Line($"ref {t} {p}u = ref {KernelFileWriter.SpanStart(plan.Target, p + "filters")};");
            w.Line($"ref {t} {p}taps = ref {Unsafe}.Add(ref {p}u, {N(plan.TapsOffset)}{(parts == 1 ? "" : $" + {p}part * {N(9L * ic * FilterBlock)}")}); // [{ic}][9][{FilterBlock}]: one block's weights, a vector of output channels per input channel and tap{(parts == 1 ? "" : "; one per part")}");
            string firstBlock = parts == 1 ? "0" : $"{p}part * {N(blocks)} / {N(parts)} * {FilterBlock}";
            string endBlock = parts == 1 ? N(oc) : $"global::System.Math.Min(({p}part + 1) * {N(blocks)} / {N(parts)} * {FilterBlock}, {N(oc)})";
            if (parts > 1)
            {
                w.Line($"// this part's output channels: {N(blocks)} blocks of {FilterBlock} in {N(parts)} parts");
            }
            VectorPaths.Write(w, plan, plan.PathBits, bits => bits, (code, bits) =>
            {
                int lanes = ReductionPlan.LanesOf(bits, spec.Element);
                string type = code.VectorType(bits);
                using (w.Block($"for (int {p}ob = {firstBlock}; {p}ob < {endBlock}; {p}ob += {FilterBlock})"))
                {
                    w.Line($"int {p}count = global::System.Math.Min({FilterBlock}, {N(oc)} - {p}ob);");
                    using (w.Block($"for (int {p}ic = 0; {p}ic < {N(ic)}; {p}ic++)"))
                    {
                        using (w.Block($"for (int {p}o = 0; {p}o < {p}count; {p}o++)"))
                        {
                            w.Line($"ref {t} {p}filter = ref {Unsafe}.Add(ref {p}w, (({p}ob + {p}o) * {N(ic)} + {p}ic) * 9);");
                            w.Line($"ref {t} {p}to = ref {Unsafe}.Add(ref {p}taps, {p}ic * {9 * FilterBlock} + {p}o);");
                            for (int k = 0; k < 9; k++)
                            {
                                w.Line($"{Unsafe}.Add(ref {p}to, {N((long)k * FilterBlock)}) = {Unsafe}.Add(ref {p}filter, {k});");
                            }
                        }
                    }

                    using (w.Block($"for (int {p}ic = 0; {p}ic < {N(ic)}; {p}ic++)"))
                    {
                        // up to the block's end or the padded channels' (whose columns are never stored; a multiple of the lanes)
                        using (w.Block($"for (nuint {p}c = 0; {p}c < (nuint)global::System.Math.Min({FilterBlock}, {N(ocs)} - {p}ob); {p}c += {N(lanes)})"))
                        {
                            w.Line($"ref {t} {p}g = ref {Unsafe}.Add(ref {p}taps, (nuint)({p}ic * {9 * FilterBlock}) + {p}c);");
                            w.Line($"ref {t} {p}to = ref {Unsafe}.Add(ref {p}u, (nuint)({p}ic * {N(ocs)} + {p}ob) + {p}c);");
                            w.Line($"{type} {string.Join(", ", Enumerable.Range(0, 9).Select(k => $"{p}g{k} = {VectorCode.Load(bits, p + "g", N((long)k * FilterBlock))}"))};");
                            w.Line($"{type} {p}s0, {p}s1, {p}s2;");
                            for (int i = 0; i < a; i++)
                            {
                                w.Line($"// row {i} of G g, then times Gᵀ");
                                for (int j = 0; j < 3; j++)
                                {
                                    w.Line($"{p}s{j} = {Combine(code, bits, Enumerable.Range(0, 3).Select(k => (g[(i * 3) + k], $"{p}g{(k * 3) + j}")))};");
                                }

                                for (int jj = 0; jj < a; jj++)
                                {
                                    Store(w, bits, Combine(code, bits, Enumerable.Range(0, 3).Select(j => (g[(jj * 3) + j], $"{p}s{j}"))), p + "to", N((long)((i * a) + jj) * plan.FilterStride));
                                }
                            }
                        }
                    }
                }

                w.Line("return;");
            }, spec.Element);
        }

        w.Line();
    }

    /// <summary>The α² products' method: <c>c[BlockTiles][OutStride] = a[BlockTiles][InStride] · b[InStride][OutStride]</c>, as a MatMul writes it.</summary>
    private static void WriteProductMethod(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        string t = plan.Spec.Element.Keyword(), p = method.LocalPrefix;
        w.Line($"// {method.Name}'s products: one transformed position of a block, ({plan.BlockTiles} x {plan.InStride}) · ({plan.InStride} x {plan.OutStride}).");
        w.OptionalLine(plan.Target.OptimizationAttribute);
        using (w.Block($"private static void {ProductMethod(method)}(ref {t} {p}a, ref {t} {p}b, ref {t} {p}c)"))
        {
            GemmEmitter.WriteBody(w, plan.Product, new GemmOperands(p + "a", p + "b", p + "bias", p + "c"), p);
        }

        w.Line();
    }

    /// <summary>The filter transform of run-time weights, once per call before any part starts.</summary>
    public static void WritePreparation(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        string t = plan.Spec.Element.Keyword(), p = method.LocalPrefix;
        int parts = plan.TransformParts;
        w.Line(parts == 1
            ? "// the filters transformed once per call, on the calling thread; every part reads them"
            : $"// the filters transformed once per call, in {N(parts)} parts on the kernel's threads (blocks of output channels), before any tile; every part reads them");
        ScratchBuffers.WriteAllocate(w, p + "filters", FiltersField(method), plan.PreparedLength, t);
        w.Line($"global::System.Span<{t}> {p}transformed = {Marshal}.CreateSpan(ref {ScratchBuffers.Aligned(p + "filters", t)}, {N(plan.PreparedLength)});");
        w.Line(parts == 1
            ? $"{TransformMethod(method)}(0, {method.NameOf("weights")}, {p}transformed);"
            : $"global::KernelGen.KernelThreads.Run(static ({p}part, {p}s0, {p}s1) => {TransformMethod(method)}({p}part, {p}s0, {p}s1), {N(parts)}, {N(plan.Partition.Threads)}, {method.NameOf("weights")}, {p}transformed);");
        w.Line($"global::System.ReadOnlySpan<{t}> {p}prepared = {p}transformed.Slice(0, {N(plan.TransformedFilterLength)});");
    }

    public static void WriteBody(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword(), p = method.LocalPrefix;
        int ics = plan.InStride, wp = plan.PaddedWidth;
        ScratchBuffers.WriteAllocate(w, p + "scratch", ConvEmitter.ScratchField(method), plan.ScratchLength, t);
        w.Line($"ref {t} {p}padded = ref {ScratchBuffers.Aligned(p + "scratch", t)};");
        w.Line($"ref {t} {p}tiles = ref {Unsafe}.Add(ref {p}padded, {N(plan.TransformedTilesOffset)});");
        w.Line($"ref {t} {p}products = ref {Unsafe}.Add(ref {p}padded, {N(plan.ProductsOffset)});");
        w.Line($"ref {t} {p}outputs = ref {Unsafe}.Add(ref {p}padded, {N(plan.OutputsOffset)});");
        w.Line(spec.ConstantOf("weights") is not null
            ? $"ref {t} {p}u = ref {KernelFileWriter.SpanStart(plan.Target, FilterData(method))};"
            : $"ref {t} {p}u = ref {p}weights; // the transformed filters");
        w.Line($"ref {t} {p}in = ref {KernelFileWriter.SpanStart(plan.Target, method.NameOf("input"))};");
        w.Line();
        string firstRow = "0", endRow = N(spec.Height);
        if (plan.Partition.SharesPerImage > 1)
        {
            // a share of the image copies only the input rows its tiles read (from its first block's start, which the last
            // block may move back, to its last tile's row of patches)
            (string first, string end) = plan.Partition.UnitRange(plan.Blocks, p);
            w.Line($"int {p}firstTile = global::System.Math.Min(({first}) * {N(plan.BlockTiles)}, {N(plan.LastBlockStart)}), {p}endTile = global::System.Math.Min(({end}) * {N(plan.BlockTiles)}, {N(plan.Tiles)});");
            w.Line($"int {p}firstRow = global::System.Math.Max(0, {p}firstTile / {N(plan.TilesX)} * {N(plan.Tile)} - {N(spec.PaddingY)}), {p}endRow = global::System.Math.Min({N(spec.Height)}, (({p}endTile - 1) / {N(plan.TilesX)} + 1) * {N(plan.Tile)} + 2 - {N(spec.PaddingY)});");
            (firstRow, endRow) = (p + "firstRow", p + "endRow");
        }

        w.Line($"// the image{(plan.Partition.SharesPerImage > 1 ? "'s rows this share reads" : "")} channels-last into the padded copy, {N(System.Math.Min(16, spec.InChannels))} channels at a time (its padding stays zero)");
        using (w.Block($"for (int {p}c0 = 0; {p}c0 < {N(spec.InChannels)}; {p}c0 += 16)"))
        {
            w.Line($"int {p}c1 = global::System.Math.Min({p}c0 + 16, {N(spec.InChannels)});");
            using (w.Block($"for (int {p}y = {firstRow}; {p}y < {endRow}; {p}y++)"))
            {
                w.Line($"ref {t} {p}row = ref {Unsafe}.Add(ref {p}padded, (({p}y + {N(spec.PaddingY)}) * {N(wp)} + {N(spec.PaddingX)}) * {N(ics)});");
                w.Line($"int {p}c = {p}c0;");
                w.Line("// four channels at a time: four rows read, four adjacent values written per pixel");
                using (w.Block($"for (; {p}c + 4 <= {p}c1; {p}c += 4)"))
                {
                    w.Line($"ref {t} {p}from = ref {Unsafe}.Add(ref {p}in, ({p}c * {N(spec.Height)} + {p}y) * {N(spec.Width)});");
                    w.Line($"ref {t} {p}to = ref {Unsafe}.Add(ref {p}row, {p}c);");
                    using (w.Block($"for (int {p}x = 0; {p}x < {N(spec.Width)}; {p}x++)"))
                    {
                        w.Line($"ref {t} {p}pixel = ref {Unsafe}.Add(ref {p}to, {p}x * {N(ics)});");
                        for (int k = 0; k < 4; k++)
                        {
                            w.Line($"{Unsafe}.Add(ref {p}pixel, {k}) = {Unsafe}.Add(ref {p}from, {p}x{(k == 0 ? "" : $" + {N((long)k * spec.Height * spec.Width)}")});");
                        }
                    }
                }

                using (w.Block($"for (; {p}c < {p}c1; {p}c++)"))
                {
                    w.Line($"ref {t} {p}from = ref {Unsafe}.Add(ref {p}in, ({p}c * {N(spec.Height)} + {p}y) * {N(spec.Width)});");
                    using (w.Block($"for (int {p}x = 0; {p}x < {N(spec.Width)}; {p}x++)"))
                    {
                        w.Line($"{Unsafe}.Add(ref {p}row, {p}x * {N(ics)} + {p}c) = {Unsafe}.Add(ref {p}from, {p}x);");
                    }
                }
            }
        }

        if (spec.HasBias)
        {
            w.Line();
            w.Line($"ref {t} {p}biases = ref {Unsafe}.Add(ref {p}padded, {N(plan.BiasOffset)}); // the bias, zero in the padding channels");
            using (w.Block($"for (int {p}oc = 0; {p}oc < {N(spec.OutChannels)}; {p}oc++)"))
            {
                w.Line($"{Unsafe}.Add(ref {p}biases, {p}oc) = {Unsafe}.Add(ref {p}bias, {p}oc);");
            }
        }

        w.Line();
        WriteBlocks(w, plan, method);
    }

    public static string InputTileMethod(MethodInfo method) => $"__KernelGen_{method.UniqueName}_InputTile";

    public static string OutputTileMethod(MethodInfo method) => $"__KernelGen_{method.UniqueName}_OutputTile";

    /// <summary>The blocks of this part: per block the input transform of each tile, the products, the output transform, the store.</summary>
    private static void WriteBlocks(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword(), p = method.LocalPrefix;
        int m = plan.Tile, tb = plan.BlockTiles, ics = plan.InStride, ocs = plan.OutStride, wp = plan.PaddedWidth;
        (string first, string end) = plan.Partition.UnitRange(plan.Blocks, p);
        using (w.Block($"for (int {p}block = {first}; {p}block < {end}; {p}block++)"))
        {
            w.Line($"int {p}start = global::System.Math.Min({p}block * {N(tb)}, {N(plan.LastBlockStart)});");
            w.Line($"// input transform of each tile's {plan.Alpha} x {plan.Alpha} patch: V[ξ][tile][ic]");
            using (w.Block($"for (int {p}tt = 0; {p}tt < {N(tb)}; {p}tt++)"))
            {
                w.Line($"int {p}t = {p}start + {p}tt, {p}ty = {p}t / {N(plan.TilesX)}, {p}tx = {p}t - {p}ty * {N(plan.TilesX)};");
                w.Line($"{InputTileMethod(method)}(ref {Unsafe}.Add(ref {p}padded, ({p}ty * {N((long)m * wp)} + {p}tx * {N(m)}) * {N(ics)}), ref {Unsafe}.Add(ref {p}tiles, {p}tt * {N(ics)}));");
            }

            w.Line($"// the {plan.Positions} products: M[ξ] = V[ξ] · U[ξ]");
            using (w.Block($"for (int {p}xi = 0; {p}xi < {N(plan.Positions)}; {p}xi++)"))
            {
                w.Line($"{ProductMethod(method)}(ref {Unsafe}.Add(ref {p}tiles, {p}xi * {N(plan.TileStride)}), ref {Unsafe}.Add(ref {p}u, {p}xi * {N(plan.FilterStride)}), ref {Unsafe}.Add(ref {p}products, {p}xi * {N(plan.ProductStride)}));");
            }

            w.Line($"// output transform of each tile{(spec.HasBias ? ", plus the bias" : "")}: [tile][{m} x {m}][oc]");
            using (w.Block($"for (int {p}tt = 0; {p}tt < {N(tb)}; {p}tt++)"))
            {
                w.Line($"{OutputTileMethod(method)}(ref {Unsafe}.Add(ref {p}products, {p}tt * {N(ocs)}), ref {Unsafe}.Add(ref {p}outputs, {p}tt * {N((long)m * m * ocs)}){(spec.HasBias ? $", ref {p}biases" : "")});");
            }

            WriteStore(w, plan, method);
        }
    }

    /// <summary>The input transform of one tile, <c>V[ξ] = (Bᵀ d B)[ξ]</c>, the input channels in the lanes: a method with a path per width.</summary>
    private static void WriteInputTileMethod(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword(), p = method.LocalPrefix;
        int m = plan.Tile, a = plan.Alpha, tb = plan.BlockTiles, ics = plan.InStride, wp = plan.PaddedWidth;
        double[] bt = WinogradTransform.Values(WinogradTransform.InputTransform(m)).ToArray();
        w.Line($"// {method.Name}'s input transform of one tile: its {a} x {a} patch of the padded image to V[ξ][tile][ic] (positions {N(plan.TileStride)} apart).");
        w.OptionalLine(plan.Target.OptimizationAttribute);
        using (w.Block($"private static void {InputTileMethod(method)}(ref {t} {p}patch, ref {t} {p}tile)"))
        {
            VectorPaths.Write(w, plan, plan.PathBits, bits => bits, (code, bits) =>
            {
                int lanes = ReductionPlan.LanesOf(bits, spec.Element);
                using (w.Block($"for (nuint {p}c = 0; {p}c < {N(ics)}; {p}c += {N(lanes)})"))
                {
                    w.Line($"ref {t} {p}d = ref {Unsafe}.Add(ref {p}patch, {p}c);");
                    w.Line($"ref {t} {p}v = ref {Unsafe}.Add(ref {p}tile, {p}c);");
                    w.Line($"{code.VectorType(bits)} {string.Join(", ", Enumerable.Range(0, a).Select(j => $"{p}r{j}"))};");
                    for (int i = 0; i < a; i++)
                    {
                        w.Line($"// row {i} of Bᵀ d, then times B");
                        for (int j = 0; j < a; j++)
                        {
                            int column = j;
                            w.Line($"{p}r{j} = {Combine(code, bits, Enumerable.Range(0, a).Select(k => (bt[(i * a) + k], VectorCode.Load(bits, p + "d", N((long)((k * wp) + column) * ics)))))};");
                        }

                        for (int jj = 0; jj < a; jj++)
                        {
                            Store(w, bits, Combine(code, bits, Enumerable.Range(0, a).Select(j => (bt[(jj * a) + j], $"{p}r{j}"))), p + "v", N((long)((i * a) + jj) * plan.TileStride));
                        }
                    }
                }

                w.Line("return;");
            }, spec.Element);
        }

        w.Line();
    }

    /// <summary>The output transform of one tile, <c>Aᵀ M A</c> (plus the bias), the output channels in the lanes: a method with a path per width.</summary>
    private static void WriteOutputTileMethod(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword(), p = method.LocalPrefix;
        int m = plan.Tile, a = plan.Alpha, tb = plan.BlockTiles, ocs = plan.OutStride;
        double[] at = WinogradTransform.Values(WinogradTransform.OutputTransform(m)).ToArray();
        w.Line($"// {method.Name}'s output transform of one tile: M[ξ][tile][oc] (positions {N(plan.ProductStride)} apart) to its {m} x {m} outputs [{m * m}][oc]{(spec.HasBias ? " with the bias" : "")}.");
        w.OptionalLine(plan.Target.OptimizationAttribute);
        using (w.Block($"private static void {OutputTileMethod(method)}(ref {t} {p}products, ref {t} {p}outputs{(spec.HasBias ? $", ref {t} {p}biases" : "")})"))
        {
            VectorPaths.Write(w, plan, plan.PathBits, bits => bits, (code, bits) =>
            {
                int lanes = ReductionPlan.LanesOf(bits, spec.Element);
                string type = code.VectorType(bits);
                using (w.Block($"for (nuint {p}c = 0; {p}c < {N(ocs)}; {p}c += {N(lanes)})"))
                {
                    w.Line($"ref {t} {p}mc = ref {Unsafe}.Add(ref {p}products, {p}c);");
                    w.Line($"ref {t} {p}yc = ref {Unsafe}.Add(ref {p}outputs, {p}c);");
                    if (spec.HasBias)
                    {
                        w.Line($"{type} {p}bv = {VectorCode.Load(bits, p + "biases", p + "c")};");
                    }

                    w.Line($"{type} {string.Join(", ", Enumerable.Range(0, a).Select(j => $"{p}q{j}"))};");
                    for (int i = 0; i < m; i++)
                    {
                        w.Line($"// row {i} of Aᵀ M, then times A");
                        for (int j = 0; j < a; j++)
                        {
                            int column = j;
                            w.Line($"{p}q{j} = {Combine(code, bits, Enumerable.Range(0, a).Select(k => (at[(i * a) + k], VectorCode.Load(bits, p + "mc", N((long)((k * a) + column) * plan.ProductStride)))))};");
                        }

                        for (int jj = 0; jj < m; jj++)
                        {
                            string y = Combine(code, bits, Enumerable.Range(0, a).Select(j => (at[(jj * a) + j], $"{p}q{j}")));
                            Store(w, bits, spec.HasBias ? $"{y} + {p}bv" : y, p + "yc", N((long)((i * m) + jj) * ocs));
                        }
                    }
                }

                w.Line("return;");
            }, spec.Element);
        }

        w.Line();
    }

    /// <summary>The block's new tiles into the output's <c>[oc][oy][ox]</c>, the activation applied to each value once.</summary>
    private static void WriteStore(IndentedWriter w, WinogradPlan plan, MethodInfo method)
    {
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword(), p = method.LocalPrefix;
        int m = plan.Tile, ocs = plan.OutStride;
        bool rowsClip = spec.OutHeight % m != 0, columnsClip = spec.OutWidth % m != 0;
        var scalar = new VectorCode(spec.Element, plan.Target, 0, plan.Deterministic);
        w.Line($"// store the block's new tiles{(spec.Activation == ActivationKind.None ? "" : $", through {spec.Activation}")}{(rowsClip || columnsClip ? "; edge tiles only their outputs inside the image" : "")}");
        using (w.Block($"for (int {p}tt = {p}block * {N(plan.BlockTiles)} - {p}start; {p}tt < {N(plan.BlockTiles)}; {p}tt++)"))
        {
            w.Line($"int {p}t = {p}start + {p}tt, {p}ty = {p}t / {N(plan.TilesX)}, {p}tx = {p}t - {p}ty * {N(plan.TilesX)};");
            string rows = rowsClip ? $"{p}rows" : N(m), columns = columnsClip ? $"{p}columns" : N(m);
            if (rowsClip)
            {
                w.Line($"int {p}rows = global::System.Math.Min({N(m)}, {N(spec.OutHeight)} - {p}ty * {N(m)});");
            }

            if (columnsClip)
            {
                w.Line($"int {p}columns = global::System.Math.Min({N(m)}, {N(spec.OutWidth)} - {p}tx * {N(m)});");
            }

            w.Line($"ref {t} {p}tileY = ref {Unsafe}.Add(ref {p}outputs, {p}tt * {N((long)m * m * ocs)});");
            w.Line($"ref {t} {p}to = ref {Unsafe}.Add(ref {p}output, {p}ty * {N((long)m * spec.OutWidth)} + {p}tx * {N(m)});");
            void Value(string target, string value)
            {
                if (spec.Activation == ActivationKind.None)
                {
                    w.Line($"{target} = {value};");
                }
                else
                {
                    w.Line($"{p}z = {value};");
                    w.Line($"{target} = {scalar.Activate(spec.Activation, p + "z")};");
                }
            }

            void Channels(System.Action body)
            {
                using (w.Block($"for (int {p}oc = 0; {p}oc < {N(spec.OutChannels)}; {p}oc++)"))
                {
                    w.Line($"ref {t} {p}plane = ref {Unsafe}.Add(ref {p}to, {p}oc * {N((long)spec.OutHeight * spec.OutWidth)});");
                    w.Line($"ref {t} {p}value = ref {Unsafe}.Add(ref {p}tileY, {p}oc);");
                    body();
                }
            }

            if (spec.Activation != ActivationKind.None)
            {
                w.Line($"{t} {p}z;");
            }

            // a whole tile: its m x m values written out; an edge tile: loops over its outputs inside the image
            IndentedWriter.Scope? whole = rowsClip || columnsClip
                ? w.Block($"if ({(rowsClip ? $"{p}rows == {N(m)}" : "")}{(rowsClip && columnsClip ? " && " : "")}{(columnsClip ? $"{p}columns == {N(m)}" : "")})")
                : null;
            Channels(() =>
            {
                for (int i = 0; i < m; i++)
                {
                    for (int j = 0; j < m; j++)
                    {
                        Value($"{Unsafe}.Add(ref {p}plane, {N(((long)i * spec.OutWidth) + j)})", $"{Unsafe}.Add(ref {p}value, {N((long)((i * m) + j) * ocs)})");
                    }
                }
            });
            whole?.Dispose();
            if (whole is not null)
            {
                using (w.Block("else"))
                {
                    Channels(() =>
                    {
                        using (w.Block($"for (int {p}i = 0; {p}i < {rows}; {p}i++)"))
                        {
                            using (w.Block($"for (int {p}j = 0; {p}j < {columns}; {p}j++)"))
                            {
                                Value($"{Unsafe}.Add(ref {p}plane, {p}i * {N(spec.OutWidth)} + {p}j)", $"{Unsafe}.Add(ref {p}value, ({p}i * {N(m)} + {p}j) * {N(ocs)})");
                            }
                        }
                    });
                }
            }
        }
    }

    /// <summary>A store of one vector (or element) at a constant offset from a ref.</summary>
    private static void Store(IndentedWriter w, int bits, string value, string reference, string offset) =>
        w.Line(bits == 0
            ? $"{Unsafe}.Add(ref {reference}, {offset}) = {value};"
            : $"{VectorCode.Vector(bits)}.StoreUnsafe({value}, ref {reference}, {offset});");

    /// <summary>
    /// <c>Σ c_k x_k</c> over the nonzero coefficients, in order: a coefficient of ±1 is an add or a subtract, any other a
    /// multiply-add by its constant (fused where the path fuses).
    /// </summary>
    internal static string Combine(VectorCode code, int bits, IEnumerable<(double Coefficient, string Term)> terms)
    {
        string? sum = null;
        foreach ((double c, string x) in terms)
        {
            if (c == 0)
            {
                continue;
            }

            if (sum is null)
            {
                sum = c == 1 ? x : c == -1 ? $"-{x}" : $"{x} * {code.Broadcast(bits, c)}";
            }
            else if (c is 1 or -1)
            {
                sum = $"{sum} {(c > 0 ? "+" : "-")} {x}";
            }
            else
            {
                sum = code.MultiplyAdd(bits, x, code.Broadcast(bits, c), sum);
            }
        }

        return sum ?? code.Zero(bits);
    }
}
