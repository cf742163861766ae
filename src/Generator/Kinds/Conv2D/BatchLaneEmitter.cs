using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// Writes a batched small-plane convolution with the images in the lanes (<see cref="BatchLanePlan"/>): the group's
/// input transposed into the thread's buffer, then per tile of output channels, region of equal valid taps, output
/// pixel and block of image vectors a register tile of accumulators started at the bias, the region's taps in a loop
/// over input channels, the activation fused into an image-minor store, and the tile's outputs transposed into the
/// images' channel planes.
/// </summary>
internal static class BatchLaneEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    /// <summary>The name of a kernel's per-thread buffer (a member of the user's type, so made unlikely to clash).</summary>
    public static string BufferField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_BatchLanes";

    public static void WriteBufferField(IndentedWriter w, BatchLanePlan plan, MethodInfo method)
    {
        long kb = (((long)plan.BufferLength * plan.Spec.Element.Size()) + 1023) / 1024;
        w.Line($"// {method.Name}'s transposed group of images and one tile's image-minor outputs, one per thread ({kb} KB).");
        ScratchBuffers.WriteField(w, BufferField(method));
        w.Line();
    }

    public static void WritePlanLines(IndentedWriter w, BatchLanePlan plan)
    {
        ConvSpec spec = plan.Spec;
        long kb = (((long)plan.BufferLength * spec.Element.Size()) + 1023) / 1024;
        long all = (long)spec.TapsPerFilter * plan.Pixels;
        w.Line($"//   Input:    the batch in the vector lanes: groups of {plan.Images} images, each group transposed per call to [{spec.InChannels}][{spec.Height}][{spec.Width}][{plan.Images}] (an input element of every image side by side),");
        w.Line($"//             so a vector holds one element of as many images as it has lanes and every lane is an output; the outputs of a tile of channels stored image-minor and transposed into the images' planes ({kb} KB per thread);");
        w.Line($"//             the taps in the padding skipped: {plan.Rows.Count} x {plan.Columns.Count} regions of the plane with equal valid taps, {plan.ValidMultiplyAdds} of {all} multiply-adds per output channel and image");
        foreach (BatchLanePath p in plan.Paths)
        {
            string unit = p.Bits == 0 ? $"{p.VectorsPerBlock} image{(p.VectorsPerBlock == 1 ? "" : "s")}" : $"{p.VectorsPerBlock} vector{(p.VectorsPerBlock == 1 ? "" : "s")} of {p.Lanes} images";
            string taps = p.UnrollsTaps ? "each region's taps unrolled" : "every pixel in one body, its taps looped and checked against the image";
            w.Line($"//   {VectorCode.PathName(p.Bits),-10} tile {p.ChannelTile} channel{(p.ChannelTile == 1 ? "" : "s")} x {unit} ({p.Accumulators} accumulators), {p.Blocks} block{(p.Blocks == 1 ? "" : "s")} per pixel; {(spec.InChannels > 1 ? "loop over input channels, " : "")}{taps}");
        }
    }

    public static void WriteBody(IndentedWriter w, BatchLanePlan plan, MethodInfo method)
    {
        string p = method.LocalPrefix;
        ConvSpec spec = plan.Spec;
        string t = spec.Element.Keyword();
        ActivationStore.WriteLanes(w, spec.Activation, plan.Paths[0].Bits, plan.Paths[0].Lanes, t, p);
        w.Line($"ref {t} {p}from = ref {KernelFileWriter.SpanStart(plan.Target, method.NameOf("input"))};");
        ScratchBuffers.WriteAllocate(w, p + "lanesArray", BufferField(method), plan.BufferLength, t);
        w.Line($"ref {t} {p}batchIn = ref {ScratchBuffers.Aligned(p + "lanesArray", t)}; // [{spec.InChannels}][{spec.Height}][{spec.Width}][{plan.Images}]");
        w.Line($"ref {t} {p}batchOut = ref {Unsafe}.Add(ref {p}batchIn, {N(plan.InputBufferLength)}); // [channels of a tile][{plan.Pixels}][{plan.Images}]");
        w.Line($"// the group's images transposed: element e of image n at group[e * {plan.Images} + n]");
        w.Line($"global::KernelGen.KernelTranspose.Transpose(ref {p}from, {N(plan.ImageInput)}, {N(plan.Images)}, {N(plan.ImageInput)}, ref {p}batchIn, {N(plan.Images)});");
        VectorPaths.Write(w, plan, plan.Paths, path => path.Bits, (code, path) =>
        {
            WriteTiles(w, code, plan, path, p);
            w.Line("return;");
        }, spec.Element);
    }

    /// <summary>
    /// The tiles of output channels (this part's, when threads share the group): the plane's pixels (region by region
    /// on the widest path, every pixel with its taps checked on the fallbacks), the activation over the tile's outputs,
    /// and the outputs transposed into the images' planes.
    /// </summary>
    private static void WriteTiles(IndentedWriter w, VectorCode code, BatchLanePlan plan, BatchLanePath path, string p)
    {
        ConvSpec spec = plan.Spec;
        int tile = path.ChannelTile;
        w.Line($"// {spec.OutChannels} output channels, {tile} at a time");
        string loop = $"for (int {p}oc = 0; {p}oc < {N(spec.OutChannels)}; {p}oc += {N(tile)})";
        if (plan.Partition.SharesPerImage > 1)
        {
            w.Line("// this part's tiles:");
            loop = plan.Partition.TileLoop(p + "oc", tile, spec.OutChannels, plan.UnitsOf(path), p);
        }

        using (w.Block(loop))
        {
            w.Line($"ref {code.Scalar} {p}w = ref {Unsafe}.Add(ref {p}weights, {p}oc * {N(spec.TapsPerFilter)});");
            if (path.UnrollsTaps)
            {
                foreach (TapRange rows in plan.Rows)
                {
                    foreach (TapRange columns in plan.Columns)
                    {
                        WriteRegion(w, code, plan, path, p, rows, columns);
                    }
                }
            }
            else
            {
                WriteCheckedPixels(w, code, plan, path, p);
            }

            long length = (long)tile * plan.Pixels * plan.Images;
            if (spec.Activation != ActivationKind.None)
            {
                w.Line($"// the activation over the tile's outputs");
                using (w.Block($"for (nint {p}at = 0; {p}at < {N(length)}; {p}at += {N(path.Lanes)})"))
                {
                    if (ActivationStore.NeedsZ(spec.Activation, path.Bits))
                    {
                        w.Line($"{code.VectorType(path.Bits)} {p}z;");
                    }

                    string at = path.Bits == 0 ? p + "at" : $"(nuint){p}at";
                    ActivationStore.Write(w, code, spec.Activation, VectorCode.Load(path.Bits, p + "batchOut", at), p + "batchOut", at, path.Lanes, p, loopLanes: true);
                }
            }

            w.Line($"// the tile's outputs into the planes of its {tile} channel{(tile == 1 ? "" : "s")} in each image");
            w.Line($"global::KernelGen.KernelTranspose.Transpose(ref {p}batchOut, {N(plan.Images)}, {N((long)tile * plan.Pixels)}, {N(plan.Images)}, ref {Unsafe}.Add(ref {p}output, {p}oc * {N(plan.Pixels)}), {N(spec.OutputLength)});");
        }
    }

    /// <summary>One region: its output pixels (loops with constant bounds), each a register tile per block of image vectors over the region's taps, unrolled.</summary>
    private static void WriteRegion(IndentedWriter w, VectorCode code, BatchLanePlan plan, BatchLanePath path, string p, TapRange rows, TapRange columns)
    {
        ConvSpec spec = plan.Spec;
        int g = plan.Images;
        static string Range(TapRange r, string noun) => r.Count == 1 ? $"{noun} {r.From}" : $"{noun}s {r.From}-{r.To - 1}";
        bool any = rows.Taps > 0 && columns.Taps > 0;
        string tapText = any ? $"filter rows {rows.TapFrom}-{rows.TapTo - 1} x columns {columns.TapFrom}-{columns.TapTo - 1}" : "no tap inside the image: the bias alone";
        w.Line($"// {Range(rows, "row")}, {Range(columns, "column")}: {tapText}");
        // a run of one row (or column) is a constant: its position folds into the offsets
        string? oy = rows.Count == 1 ? null : p + "oy", ox = columns.Count == 1 ? null : p + "ox";
        int oyFirst = rows.Count == 1 ? rows.From : 0, oxFirst = columns.Count == 1 ? columns.From : 0;
        using (oy is null && ox is null ? w.Block() : (System.IDisposable?)null) // one pixel: a scope of its own
        using (oy is null ? (System.IDisposable?)null : w.Block($"for (nint {oy} = {N(rows.From)}; {oy} < {N(rows.To)}; {oy}++)"))
        using (ox is null ? (System.IDisposable?)null : w.Block($"for (nint {ox} = {N(columns.From)}; {ox} < {N(columns.To)}; {ox}++)"))
        {
            if (any)
            {
                // the first valid tap's input element (never before the image: the offsets of the others only grow)
                long first = (((((long)oyFirst * spec.StrideY) + (rows.TapFrom * spec.DilationY) - spec.PaddingY) * spec.Width) + ((long)oxFirst * spec.StrideX) + (columns.TapFrom * spec.DilationX) - spec.PaddingX) * g;
                w.Line($"nint {p}at = {Linear(first, (oy, (long)spec.StrideY * spec.Width * g), (ox, (long)spec.StrideX * g))};");
            }

            w.Line($"nint {p}to = {Linear((((long)oyFirst * spec.OutWidth) + oxFirst) * g, (oy, (long)spec.OutWidth * g), (ox, g))};");
            WriteBlocks(w, code, plan, path, p, any, tap =>
            {
                for (int ky = rows.TapFrom; ky < rows.TapTo; ky++)
                {
                    for (int kx = columns.TapFrom; kx < columns.TapTo; kx++)
                    {
                        long offset = (((long)(ky - rows.TapFrom) * spec.DilationY * spec.Width) + ((kx - columns.TapFrom) * spec.DilationX)) * g;
                        tap(Linear(offset, (p + "at", 1), (Block(path, p), 1)), N((ky * spec.KernelWidth) + kx));
                    }
                }
            });
        }
    }

    /// <summary>Every output pixel with one body, each tap checked against the image (a small body for the fallback paths).</summary>
    private static void WriteCheckedPixels(IndentedWriter w, VectorCode code, BatchLanePlan plan, BatchLanePath path, string p)
    {
        ConvSpec spec = plan.Spec;
        int g = plan.Images;
        w.Line("// every output pixel; a tap in the padding is skipped");
        using (w.Block($"for (nint {p}oy = 0; {p}oy < {N(spec.OutHeight)}; {p}oy++)"))
        using (w.Block($"for (nint {p}ox = 0; {p}ox < {N(spec.OutWidth)}; {p}ox++)"))
        {
            w.Line($"nint {p}to = {Linear(0, (p + "oy", (long)spec.OutWidth * g), (p + "ox", g))};");
            WriteBlocks(w, code, plan, path, p, true, tap =>
            {
                using (w.Block($"for (int {p}ky = 0; {p}ky < {N(spec.KernelHeight)}; {p}ky++)"))
                {
                    w.Line($"nint {p}iy = {Linear(-spec.PaddingY, (p + "oy", spec.StrideY), (p + "ky", spec.DilationY))};");
                    using (w.Block($"if ((nuint){p}iy >= {N(spec.Height)})"))
                    {
                        w.Line("continue;");
                    }

                    using (w.Block($"for (int {p}kx = 0; {p}kx < {N(spec.KernelWidth)}; {p}kx++)"))
                    {
                        w.Line($"nint {p}ix = {Linear(-spec.PaddingX, (p + "ox", spec.StrideX), (p + "kx", spec.DilationX))};");
                        using (w.Block($"if ((nuint){p}ix >= {N(spec.Width)})"))
                        {
                            w.Line("continue;");
                        }

                        tap(Linear(0, (p + "iy", (long)spec.Width * g), (p + "ix", g), (Block(path, p), 1)), Linear(0, (p + "ky", spec.KernelWidth), (p + "kx", 1)));
                    }
                }
            });
        }
    }

    /// <summary>The block of image vectors a tile starts at: <c>{p}b</c> in a loop over blocks, none (0) when there is one.</summary>
    private static string? Block(BatchLanePath path, string p) => path.Blocks == 1 ? null : p + "b";

    /// <summary><c>constant + sum of variable * factor</c> as tidy C#: factors of 1 and a constant of 0 left out, null variables skipped.</summary>
    private static string Linear(long constant, params (string? Variable, long Factor)[] terms)
    {
        var parts = terms.Where(t => t.Variable is not null && t.Factor != 0).Select(t => t.Factor == 1 ? t.Variable! : $"({t.Variable} * {N(t.Factor)})").ToList();
        if (parts.Count == 0)
        {
            return N(constant);
        }

        string sum = string.Join(" + ", parts);
        return constant == 0 ? sum : constant > 0 ? $"{sum} + {N(constant)}" : $"{sum} - {N(-constant)}";
    }

    /// <summary>
    /// The blocks of image vectors of one pixel (<c>{p}to</c>): each a register tile started at the bias, the taps
    /// <paramref name="taps"/> writes (given the tap writer: an input offset, a weight offset) in a loop over input
    /// channels, the sums stored image-minor.
    /// </summary>
    private static void WriteBlocks(IndentedWriter w, VectorCode code, BatchLanePlan plan, BatchLanePath path, string p, bool any, System.Action<System.Action<string, string>> taps)
    {
        ConvSpec spec = plan.Spec;
        int bits = path.Bits, tile = path.ChannelTile, vectors = path.VectorsPerBlock, g = plan.Images;
        int area = spec.KernelHeight * spec.KernelWidth;
        string vt = code.VectorType(bits), v = VectorCode.Vector(bits);
        string Acc(int c, int x) => $"{p}acc{c}_{x}";
        string X(int x) => $"{p}x{x}";
        using (path.Blocks == 1 ? w.Block() : w.Block($"for (nint {p}b = 0; {p}b < {N(g)}; {p}b += {N(vectors * path.Lanes)})"))
        {
            for (int c = 0; c < tile; c++)
            {
                string start = PlaneEmitter.AccumulatorStart(code, spec, bits, p, c);
                w.Line($"{vt} {string.Join(", ", Enumerable.Range(0, vectors).Select(x => $"{Acc(c, x)} = {start}"))};");
            }

            if (any)
            {
                w.Line($"{vt} {string.Join(", ", Enumerable.Range(0, vectors).Select(X))}, {p}k;");
                IndentedWriter.Scope? channels = null;
                string xRef = p + "batchIn", wRef = p + "w";
                if (spec.InChannels > 1)
                {
                    channels = w.Block($"for (int {p}ic = 0; {p}ic < {N(spec.InChannels)}; {p}ic++)");
                    w.Line($"ref {code.Scalar} {p}xC = ref {Unsafe}.Add(ref {p}batchIn, {p}ic * {N((long)spec.Height * spec.Width * g)});");
                    w.Line($"ref {code.Scalar} {p}wC = ref {Unsafe}.Add(ref {p}w, {p}ic * {N(area)});");
                    (xRef, wRef) = (p + "xC", p + "wC");
                }

                // one tap: the block's image vectors loaded, each channel's weight broadcast into all of them
                taps((offset, weight) =>
                {
                    for (int x = 0; x < vectors; x++)
                    {
                        w.Line($"{X(x)} = {Load(bits, xRef, x == 0 ? offset : $"{offset} + {N(x * path.Lanes)}")};");
                    }

                    for (int c = 0; c < tile; c++)
                    {
                        string k = $"{Unsafe}.Add(ref {wRef}, {weight}{(c == 0 ? "" : $" + {N((long)c * spec.TapsPerFilter)}")})";
                        w.Line($"{p}k = {(bits == 0 ? k : $"{v}.Create({k})")};");
                        for (int x = 0; x < vectors; x++)
                        {
                            w.Line($"{Acc(c, x)} = {code.MultiplyAdd(bits, X(x), p + "k", Acc(c, x))};");
                        }
                    }
                });

                channels?.Dispose();
            }

            for (int c = 0; c < tile; c++)
            {
                for (int x = 0; x < vectors; x++)
                {
                    string at = Linear(((long)c * plan.Pixels * g) + (x * path.Lanes), (p + "to", 1), (Block(path, p), 1));
                    w.Line(bits == 0
                        ? $"{Unsafe}.Add(ref {p}batchOut, {at}) = {Acc(c, x)};"
                        : $"{v}.StoreUnsafe({Acc(c, x)}, ref {p}batchOut, (nuint)({at}));");
                }
            }
        }
    }

    /// <summary>A vector (or scalar) at a non-negative <c>nint</c> offset of a reference.</summary>
    private static string Load(int bits, string reference, string offset) =>
        VectorCode.Load(bits, reference, bits == 0 ? offset : $"(nuint)({offset})");

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
