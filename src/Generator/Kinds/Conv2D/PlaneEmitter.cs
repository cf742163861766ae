using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// Writes a small-plane convolution (<see cref="PlanePlan"/>): per vector path, the columns <c>[taps][pixels]</c> built
/// from the input (vector copies no wider than the path's), then per tile of output channels and block of pixel
/// vectors a register tile of accumulators started at the bias, one multiply-add per (tap, channel, vector) with the
/// weight broadcast, and the store with the activation fused.
/// </summary>
internal static class PlaneEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    public static string ColumnsField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Columns";

    public static void WriteColumnsField(IndentedWriter w, PlanePlan plan, MethodInfo method)
    {
        long bytes = (long)plan.ColumnsLength * plan.Spec.Element.Size();
        w.Line($"// {method.Name}'s im2col columns [{plan.Taps}][{plan.ColumnStride}], one per thread ({(bytes + 1023) / 1024} KB): the cells in the padding are zeroed once, at allocation.");
        ScratchBuffers.WriteField(w, ColumnsField(method));
        w.Line();
    }

    public static void WritePlanLines(IndentedWriter w, PlanePlan plan)
    {
        ConvSpec spec = plan.Spec;
        long kb = ((long)plan.ColumnsLength * spec.Element.Size() + 1023) / 1024;
        if (plan.Images == 1)
        {
            w.Line($"//   Input:    a small plane ({spec.OutHeight} x {spec.OutWidth} = {plan.Pixels} outputs per channel) as one matrix product: output [{spec.OutChannels}][{plan.Pixels}] = weights [{spec.OutChannels}][{plan.Taps}] x columns [{plan.Taps}][{plan.Pixels}],");
        }
        else
        {
            w.Line($"//   Input:    a small plane ({spec.OutHeight} x {spec.OutWidth} = {plan.Pixels} outputs per channel), the batch folded in groups of {plan.Images} images: one matrix product per group,");
            w.Line($"//             output [{spec.OutChannels}][{plan.Images} x {plan.Pixels}] = weights [{spec.OutChannels}][{plan.Taps}] x columns [{plan.Taps}][{plan.Images} x {plan.Pixels}] (each weight broadcast once for several images),");
        }

        w.Line($"//             the columns (im2col) copied per call, {plan.Copies.Count} row segments per input channel{(plan.Images == 1 ? "" : " and image")}, into a per-thread buffer ({kb} KB) whose padding cells stay zero");
        foreach (PlanePath p in plan.Paths)
        {
            string unit = p.Bits == 0 ? (p.VectorsPerBlock == 1 ? "pixel" : "pixels") : $"vector{(p.VectorsPerBlock == 1 ? "" : "s")} of {p.Lanes} pixels";
            string per = plan.Images == 1 ? "per tile" : p.ImagesPerBlock == 1 ? "per tile and image" : $"per tile and {p.ImagesPerBlock} images";
            w.Line($"//   {VectorCode.PathName(p.Bits),-10} tile {p.ChannelTile} channel{(p.ChannelTile == 1 ? "" : "s")} x {p.VectorsPerBlock} {unit} ({p.Accumulators} accumulators), {p.Blocks} block{(p.Blocks == 1 ? "" : "s")} {per}{(p.Bits != 0 && plan.Pixels % p.Lanes != 0 ? " (the last vector overlapping the one before)" : "")}; {(p.LoopsChannels ? "loop over input channels, filter unrolled" : "all taps unrolled")} ({p.UnrolledMultiplyAdds} multiply-adds per body){(p.ShufflesColumns ? "; each tap's columns one shuffle of the plane" : "")}");
        }
    }

    public static void WriteBody(IndentedWriter w, PlanePlan plan, MethodInfo method)
    {
        string p = method.LocalPrefix;
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword();
        ActivationStore.WriteLanes(w, spec.Activation, plan.Paths[0].Bits, plan.Paths[0].Lanes, t, p);
        w.Line($"ref {t} {p}from = ref {KernelFileWriter.SpanStart(plan.Target, method.NameOf("input"))};");
        ScratchBuffers.WriteAllocate(w, p + "columnsArray", ColumnsField(method), plan.ColumnsLength, t);
        w.Line($"ref {t} {p}columns = ref {ScratchBuffers.Aligned(p + "columnsArray", t)}; // from a 64-byte boundary");
        VectorPaths.Write(w, plan, plan.Paths, path => path.Bits, (code, path) =>
        {
            WriteColumns(w, plan, path, p, t);
            WriteProduct(w, code, plan, path, p);
            w.Line("return;");
        }, spec.Element);
    }

    /// <summary>The columns: per input channel (and image of a folded batch), one shuffle per tap or the row segments copied.</summary>
    private static void WriteColumns(IndentedWriter w, PlanePlan plan, PlanePath path, string p, string t)
    {
        ConvSpec spec = plan.Spec;
        int area = spec.KernelHeight * spec.KernelWidth;
        string what = path.ShufflesColumns
            ? $"each tap's row one shuffle of the input channel's plane ({area} per input channel"
            : $"{plan.Copies.Count} row segments per input channel";
        string images = plan.Images == 1 ? "" : $" and image, the {plan.Images} images side by side in each tap's row";
        w.Line($"// the columns: {what}{images}{(path.ShufflesColumns ? ")" : "")}");
        IndentedWriter.Scope? imageLoop = null;
        string from = p + "from", columns = p + "columns";
        if (plan.Images > 1)
        {
            imageLoop = w.Block($"for (int {p}image = 0; {p}image < {N(plan.Images)}; {p}image++)");
            w.Line($"ref {t} {p}inI = ref {Unsafe}.Add(ref {p}from, {p}image * {N((long)spec.InChannels * spec.Height * spec.Width)});");
            w.Line($"ref {t} {p}colI = ref {Unsafe}.Add(ref {p}columns, {p}image * {N(plan.Pixels)});");
            (from, columns) = (p + "inI", p + "colI");
        }

        using (w.Block($"for (int {p}ic = 0; {p}ic < {N(spec.InChannels)}; {p}ic++)"))
        {
            w.Line($"ref {t} {p}inC = ref {Unsafe}.Add(ref {from}, {p}ic * {N((long)spec.Height * spec.Width)});");
            w.Line($"ref {t} {p}colC = ref {Unsafe}.Add(ref {columns}, {p}ic * {N((long)area * plan.ColumnStride)});");
            if (path.ShufflesColumns)
            {
                WriteShuffledColumns(w, plan, path, p);
            }
            else
            {
                WriteCopiedColumns(w, plan, path, p);
            }
        }

        imageLoop?.Dispose();
    }

    /// <summary>The columns of one input channel as its row segments, each copied with the widest vectors that fit it.</summary>
    private static void WriteCopiedColumns(IndentedWriter w, PlanePlan plan, PlanePath path, string p)
    {
        ConvSpec spec = plan.Spec;
        foreach (PlaneCopy copy in plan.Copies)
        {
            int to = (((copy.FilterRow * spec.KernelWidth) + copy.FilterColumn) * plan.ColumnStride) + (copy.OutputRow * spec.OutWidth) + copy.From;
            int bits = new[] { 512, 256, 128 }.FirstOrDefault(b => b <= path.Bits && ReductionPlan.LanesOf(b, spec.Element) <= copy.Count);
            if (bits == 0)
            {
                for (int i = 0; i < copy.Count; i++)
                {
                    w.Line($"{Unsafe}.Add(ref {p}colC, {N(to + i)}) = {Unsafe}.Add(ref {p}inC, {N(copy.Source + i)});");
                }

                continue;
            }

            int lanes = ReductionPlan.LanesOf(bits, spec.Element);
            for (int start = 0; start < copy.Count; start += lanes)
            {
                int at = System.Math.Min(start, copy.Count - lanes);
                w.Line($"{VectorCode.Vector(bits)}.StoreUnsafe({VectorCode.Load(bits, p + "inC", N(copy.Source + at))}, ref {p}colC, {N(to + at)});");
            }
        }
    }

    /// <summary>
    /// The columns of one input channel whose plane is one vector: the plane loaded once, each tap's row one shuffle
    /// of it with constant indices (an index past the lanes, for a tap in the padding, reads 0).
    /// </summary>
    private static void WriteShuffledColumns(IndentedWriter w, PlanePlan plan, PlanePath path, string p)
    {
        ConvSpec spec = plan.Spec;
        string v = VectorCode.Vector(path.Bits);
        string suffix = spec.Element == ElementType.Double ? "L" : ""; // the index vector's elements: long for double, int for float
        w.Line($"var {p}plane = {VectorCode.Load(path.Bits, p + "inC", "0")};");
        for (int ky = 0; ky < spec.KernelHeight; ky++)
        {
            for (int kx = 0; kx < spec.KernelWidth; kx++)
            {
                var lanes = new List<string>();
                for (int pixel = 0; pixel < plan.Pixels; pixel++)
                {
                    int oy = pixel / spec.OutWidth, ox = pixel % spec.OutWidth;
                    int iy = (oy * spec.StrideY) - spec.PaddingY + (ky * spec.DilationY), ix = ox - spec.PaddingX + (kx * spec.DilationX);
                    lanes.Add(N(iy >= 0 && iy < spec.Height && ix >= 0 && ix < spec.Width ? (iy * spec.Width) + ix : path.Lanes));
                }

                long to = (long)((ky * spec.KernelWidth) + kx) * plan.ColumnStride;
                w.Line($"{v}.StoreUnsafe({v}.Shuffle({p}plane, {v}.Create({string.Join(", ", lanes.Select(l => l + suffix))})), ref {p}colC, {N(to)});");
            }
        }
    }

    /// <summary>The product: tiles of output channels, blocks of pixel vectors, the register tile over every tap.</summary>
    private static void WriteProduct(IndentedWriter w, VectorCode code, PlanePlan plan, PlanePath path, string p)
    {
        ConvSpec spec = plan.Spec;
        int tile = path.ChannelTile;
        int lastTile = spec.OutChannels - tile;
        w.Line($"// {spec.OutChannels} output channels, {tile} at a time{(spec.OutChannels % tile != 0 ? $" (the last tile starts at {lastTile}, recomputing channels of the one before)" : "")}");
        string loop = $"for (int {p}tile = 0; {p}tile < {N(spec.OutChannels)}; {p}tile += {N(tile)})";
        if (plan.Partition.SharesPerImage > 1)
        {
            w.Line("// this part's tiles:");
            loop = plan.Partition.TileLoop(p + "tile", tile, spec.OutChannels, plan.UnitsOf(path), p);
        }

        using (w.Block(loop))
        {
            w.Line(spec.OutChannels % tile == 0
                ? $"int {p}oc = {p}tile;"
                : $"int {p}oc = {p}tile < {N(lastTile)} ? {p}tile : {N(lastTile)};");
            w.Line($"ref {code.Scalar} {p}w = ref {Unsafe}.Add(ref {p}weights, {p}oc * {N(plan.Taps)});");
            w.Line($"ref {code.Scalar} {p}out = ref {Unsafe}.Add(ref {p}output, {p}oc * {N(plan.Pixels)});");
            long imageOut = (long)spec.OutChannels * plan.Pixels;
            IndentedWriter.Scope? images = null;
            string columns = p + "columns", output = p + "out";
            if (plan.Images > path.ImagesPerBlock)
            {
                w.Line($"// the group's {plan.Images} images, {path.ImagesPerBlock} at a time");
                images = w.Block($"for (int {p}image = 0; {p}image < {N(plan.Images)}; {(path.ImagesPerBlock == 1 ? $"{p}image++" : $"{p}image += {N(path.ImagesPerBlock)}")})");
                w.Line($"ref {code.Scalar} {p}colB = ref {Unsafe}.Add(ref {p}columns, {p}image * {N(plan.Pixels)});");
                w.Line($"ref {code.Scalar} {p}outB = ref {Unsafe}.Add(ref {p}out, {p}image * {N(imageOut)});");
                (columns, output) = (p + "colB", p + "outB");
            }

            (int Image, int Start)[] vectors = path.BlockVectors.ToArray();
            foreach ((int block, int run) in path.Runs(looped: path.Bits != plan.Paths[0].Bits))
            {
                (int Image, int Start)[] starts = vectors.Skip(block * path.VectorsPerBlock).Take(path.VectorsPerBlock).ToArray();
                if (run >= 2)
                {
                    // a fallback path loops over a run of whole blocks (its body written once: its many unrolled blocks
                    // would push the method past the JIT's limits into MinOpts)
                    int step = path.VectorsPerBlock * path.Lanes;
                    w.Line($"// blocks {block}-{block + run - 1}: {run} blocks of {path.VectorsPerBlock} vector{(path.VectorsPerBlock == 1 ? "" : "s")} from pixel {starts[0].Start}{(starts[0].Image == 0 ? "" : $" of image {starts[0].Image}")}");
                    using (w.Block($"for (nint {p}blk = 0; {p}blk < {N((long)run * step)}; {p}blk += {N(step)})"))
                    {
                        WriteBlock(w, code, plan, path, p, starts, columns, output, p + "blk + ");
                    }
                }
                else
                {
                    WriteBlock(w, code, plan, path, p, starts, columns, output, "");
                }
            }

            images?.Dispose();
        }
    }


    /// <summary>
    /// One register block of <paramref name="starts"/>' vectors: the accumulators started at the bias, every tap, the
    /// stores. Inside a loop over a run of blocks, <paramref name="offset"/> (<c>{p}blk + </c>) adds the loop's pixel
    /// offset to every column and output offset.
    /// </summary>
    private static void WriteBlock(IndentedWriter w, VectorCode code, PlanePlan plan, PlanePath path, string p, (int Image, int Start)[] starts, string columns, string output, string offset)
    {
        ConvSpec spec = plan.Spec;
        int bits = path.Bits, tile = path.ChannelTile, area = spec.KernelHeight * spec.KernelWidth;
        string vt = code.VectorType(bits);
        string v = VectorCode.Vector(bits);
        long imageOut = (long)spec.OutChannels * plan.Pixels;
        string Off(long value) => offset.Length == 0 ? N(value) : bits == 0 ? $"{offset}{N(value)}" : $"(nuint)({offset}{N(value)})";
        long Column(int x) => ((long)starts[x].Image * plan.Pixels) + starts[x].Start;
        string Acc(int c, int x) => $"{p}acc{c}_{x}";
        using (w.Block())
        {
            for (int c = 0; c < tile; c++)
            {
                string start = AccumulatorStart(code, spec, bits, p, c);
                w.Line($"{vt} {string.Join(", ", starts.Select((_, x) => $"{Acc(c, x)} = {start}"))};");
            }

            w.Line($"{vt} {p}x{(starts.Length > 1 ? ", " + string.Join(", ", starts.Skip(1).Select((_, x) => $"{p}x{x + 1}")) : "")};");
            w.Line($"{vt} {p}k;");
            if (ActivationStore.NeedsZ(spec.Activation, bits))
            {
                w.Line($"{vt} {p}z;");
            }

            void Taps(string colRef, string wRef, int count)
            {
                for (int k = 0; k < count; k++)
                {
                    for (int x = 0; x < starts.Length; x++)
                    {
                        w.Line($"{X(x)} = {VectorCode.Load(bits, colRef, Off(((long)k * plan.ColumnStride) + Column(x)))};");
                    }

                    for (int c = 0; c < tile; c++)
                    {
                        string weight = $"{Unsafe}.Add(ref {wRef}, {N(((long)c * plan.Taps) + k)})";
                        w.Line($"{p}k = {(bits == 0 ? weight : $"{v}.Create({weight})")};");
                        for (int x = 0; x < starts.Length; x++)
                        {
                            w.Line($"{Acc(c, x)} = {code.MultiplyAdd(bits, X(x), p + "k", Acc(c, x))};");
                        }
                    }
                }
            }

            string X(int x) => x == 0 ? $"{p}x" : $"{p}x{x}";
            if (path.LoopsChannels)
            {
                using (w.Block($"for (int {p}ic = 0; {p}ic < {N(spec.InChannels)}; {p}ic++)"))
                {
                    w.Line($"ref {code.Scalar} {p}colC = ref {Unsafe}.Add(ref {columns}, {p}ic * {N((long)area * plan.ColumnStride)});");
                    w.Line($"ref {code.Scalar} {p}wC = ref {Unsafe}.Add(ref {p}w, {p}ic * {N(area)});");
                    Taps(p + "colC", p + "wC", area);
                }
            }
            else
            {
                Taps(columns, p + "w", plan.Taps);
            }

            for (int c = 0; c < tile; c++)
            {
                for (int x = 0; x < starts.Length; x++)
                {
                    long at = (starts[x].Image * imageOut) + ((long)c * plan.Pixels) + starts[x].Start;
                    ActivationStore.Write(w, code, spec.Activation, Acc(c, x), output, Off(at), path.Lanes, p);
                }
            }
        }
    }

    /// <summary>Where output channel <c>{p}oc + c</c>'s accumulators start: its bias (broadcast on a vector path), or zero.</summary>
    internal static string AccumulatorStart(VectorCode code, ConvSpec spec, int bits, string p, int c) => spec.HasBias
        ? (bits == 0 ? $"{Unsafe}.Add(ref {p}bias, {p}oc + {N(c)})" : $"{VectorCode.Vector(bits)}.Create({Unsafe}.Add(ref {p}bias, {p}oc + {N(c)}))")
        : code.Zero(bits);

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
