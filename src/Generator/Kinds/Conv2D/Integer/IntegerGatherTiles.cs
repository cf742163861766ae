using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D.Integer;

/// <summary>
/// The gather tiles of a small integer convolution (<see cref="IntegerTilePath.Gathers"/>): nothing packed, the filters
/// read in place. A filter is <c>K = inChannels x kernelHeight x kernelWidth</c> contiguous bytes in PyTorch's layout, so
/// 4 neighbouring weights are one <c>int</c> to broadcast; the image is gathered into columns
/// <c>[K / 4][pixels][4]</c>, each lane the 4 activations those weights meet, so that one <c>VPDPBUSD</c> multiplies 4
/// weights by 4 activations for 8 output pixels. Each column vector of 16 pixels is one <c>VPERMT2B</c> (AVX512-VBMI)
/// of a 64-byte window of the input with constant indices, computed by the generator: padding and the lanes past the
/// filter's end pick a zero, padding picks the input zero point (a real zero). Every lane is a real output pixel (no
/// flat run's dropped columns), and per call there is no filter packing, what the 16x4x4 digits layer spent most of its
/// time on: with a zero point other than 0, each filter's sum (16 weights per VPDPBUSD against ones) takes
/// <c>zeroPoint x sum</c> off, as the other tiles do. Applies to one image of one group, byte activations, at most
/// <see cref="MaxVectors"/> column vectors, each gather inside one window.
/// </summary>
internal static class IntegerGatherTiles
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    private const string V256 = "global::System.Runtime.Intrinsics.Vector256";
    private const string V512 = "global::System.Runtime.Intrinsics.Vector512";

    /// <summary>Column vectors (groups x pixel blocks) at most: each is one unrolled gather.</summary>
    public const int MaxVectors = 96;

    /// <summary>Output pixels per column vector: 16 lanes of 4 bytes, one 512-bit permute.</summary>
    public const int BlockPixels = 16;

    public static int Reduction(ConvSpec spec) => spec.TapsPerFilter;

    public static int Groups(ConvSpec spec) => (Reduction(spec) + 3) / 4;

    public static int Pixels(ConvSpec spec) => spec.OutHeight * spec.OutWidth;

    public static int PixelBlocks(ConvSpec spec) => (Pixels(spec) + BlockPixels - 1) / BlockPixels;

    /// <summary>Bytes of the columns, <c>[groups][pixelBlocks][16][4]</c>.</summary>
    public static int ColumnBytes(ConvSpec spec) => Groups(spec) * PixelBlocks(spec) * 64;

    /// <summary>Bytes of one tile's rows of sums (after the columns): 4 rows of every pixel block.</summary>
    public static int SumBytes(ConvSpec spec) => IntegerTiles.Rows * PixelBlocks(spec) * BlockPixels * 4;

    public static int SumOffset(ConvSpec spec) => ColumnBytes(spec);

    /// <summary>Each filter's sum (for a zero point other than 0), after the rows of sums.</summary>
    public static int FilterSumOffset(ConvSpec spec) => SumOffset(spec) + SumBytes(spec);

    public static int ScratchBytes(ConvSpec spec) => FilterSumOffset(spec) + (spec.OutChannels * 4);

    /// <summary>
    /// Each column vector's window start in the input and its 64 indices (0..63 into the window; 64: padding, the zero
    /// point; 65: a zero, past the filter or the pixels), or null when a vector's activations do not fit one window.
    /// </summary>
    public static IReadOnlyList<(int Start, byte[] Indices)>? Gathers(ConvSpec spec)
    {
        int k = Reduction(spec), kk = spec.KernelHeight * spec.KernelWidth, plane = spec.Height * spec.Width;
        int inputLength = spec.InChannels * plane, pixels = Pixels(spec);
        var gathers = new List<(int, byte[])>();
        for (int g = 0; g < Groups(spec); g++)
        {
            for (int block = 0; block < PixelBlocks(spec); block++)
            {
                var sources = new int[64];
                for (int lane = 0; lane < 64; lane++)
                {
                    int pixel = (block * BlockPixels) + (lane / 4), tap = (g * 4) + (lane % 4);
                    sources[lane] = ByteGathers.Fill1; // a zero
                    if (pixel >= pixels || tap >= k)
                    {
                        continue;
                    }

                    int ic = tap / kk, ky = tap % kk / spec.KernelWidth, kx = tap % spec.KernelWidth;
                    int iy = (pixel / spec.OutWidth * spec.StrideY) - spec.PaddingY + (ky * spec.DilationY);
                    int ix = (pixel % spec.OutWidth * spec.StrideX) - spec.PaddingX + (kx * spec.DilationX);
                    sources[lane] = iy >= 0 && iy < spec.Height && ix >= 0 && ix < spec.Width ? (ic * plane) + (iy * spec.Width) + ix : ByteGathers.Fill0; // padding: the zero point
                }

                if (ByteGathers.Window(sources, inputLength) is not { } start)
                {
                    return null;
                }

                gathers.Add((start, sources.Select(s => ByteGathers.Index(s, start)).ToArray()));
            }
        }

        return gathers;
    }

    /// <summary>Whether the gather tiles apply (see the type's summary).</summary>
    public static bool Apply(ConvSpec spec, IntegerScheme integer) =>
        spec.Groups == 1 && spec.Images == 1 && integer.Activations == ElementType.Byte
        && Reduction(spec) >= 4 && spec.InChannels * spec.Height * spec.Width >= 64
        && Groups(spec) * PixelBlocks(spec) <= MaxVectors && Gathers(spec) is not null;

    private static string IndexData(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Gather";

    public static void WritePlanLine(IndentedWriter w, ConvSpec spec, IntegerScheme integer, IntegerTilePath t)
    {
        w.Line($"//   {t.Name,-10} tiles of {t.Rows} output channels x {t.Vectors} vectors of {t.Lanes} pixels ({t.Accumulators} accumulators, VPDPBUSD, 4 neighbouring weights of a filter per lane, read in place);");
        bool fromRegisters = StoresFromRegisters(spec, integer);
        w.Line($"//              the image gathered into columns [{Groups(spec)}][{PixelBlocks(spec) * BlockPixels}][4] by {Groups(spec) * PixelBlocks(spec)} VPERMT2B (AVX512-VBMI), every lane a real pixel"
            + (fromRegisters ? ";" : ""));
        if (fromRegisters)
        {
            w.Line($"//              each tile row's 16 pixels (two accumulators) stored from the registers, with the bias, by one 512-bit store pass");
        }
    }

    /// <summary>The gathers' indices, 64 bytes per column vector, computed by the generator.</summary>
    public static void WriteMembers(IndentedWriter w, IntegerConvPlan plan, MethodInfo method)
    {
        IReadOnlyList<(int Start, byte[] Indices)> gathers = Gathers(plan.Spec)!;
        w.Line($"// {method.Name}'s column gathers: per vector, 64 indices into its window of the input (64: the zero point; 65: a zero).");
        KernelFileWriter.WriteData(w, IndexData(method), ElementType.Byte, gathers.Count * 64, i => gathers[i / 64].Indices[i % 64]);
    }

    /// <summary>The path's body: the columns, then per block of output channels the tiles and the stores.</summary>
    public static void WritePath(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, MethodInfo method, System.Action<string, int, int> writeStores)
    {
        ConvSpec spec = plan.Spec;
        string p = method.LocalPrefix;
        int groups = Groups(spec), blocks = PixelBlocks(spec), k = Reduction(spec), rows = path.Rows;
        IReadOnlyList<(int Start, byte[] Indices)> gathers = Gathers(spec)!;
        ScratchBuffers.WriteAllocate(w, p + "tiles", IntegerTileEmitter.ScratchField(method), IntegerTiles.ScratchBytes(spec, plan.Tiles), "byte");
        w.Line($"ref byte {p}columns = ref {ScratchBuffers.Aligned(p + "tiles", "byte")};");
        w.Line($"ref int {p}sums = ref {Unsafe}.As<byte, int>(ref {Unsafe}.Add(ref {p}columns, {N(SumOffset(spec))}));");
        bool corrects = path.Corrects(plan.Integer), fromRegisters = StoresFromRegisters(spec, plan.Integer);
        if (corrects)
        {
            w.Line($"ref int {p}filterSums = ref {Unsafe}.As<byte, int>(ref {Unsafe}.Add(ref {p}columns, {N(FilterSumOffset(spec))}));");
        }

        w.Line($"ref byte {p}source = ref {KernelFileWriter.SpanStart(plan.Target, method.NameOf("input"))};");
        w.Line($"ref byte {p}indices = ref {KernelFileWriter.SpanStart(plan.Target, IndexData(method))};");
        w.Line($"// the columns: each vector of 16 pixels x 4 activations one permute of a 64-byte window of the input");
        int zeroPoint = plan.Integer.InputZeroPoint;
        w.Line($"{V512}<byte> {p}fill = {(zeroPoint == 0 ? $"{V512}<byte>.Zero" : $"{V512}.CreateScalar((byte){N(zeroPoint)})")}; // [0]: padding, the zero point; [1]: a zero");
        for (int i = 0; i < gathers.Count; i++)
        {
            string window = $"{V512}.LoadUnsafe(ref {p}source, {N(gathers[i].Start)})";
            string index = $"{V512}.LoadUnsafe(ref {p}indices, {N(i * 64)})";
            w.Line($"{V512}.StoreUnsafe({ByteGathers.Permute(window, index, p + "fill")}, ref {p}columns, {N(i * 64)});");
        }

        w.Line();
        string weights = spec.ConstantOf("weights") is not null
            ? KernelFileWriter.SpanStart(plan.Target, KernelFileWriter.ConstantData(method, spec.ConstantOf("weights")!))
            : $"{p}weights";
        w.Line($"ref byte {p}filters = ref {Unsafe}.As<sbyte, byte>(ref {weights}); // [oc][{N(k)}], read in place");
        int unitRows = plan.Paths[0].Rows, tileBlocks = (spec.OutChannels + rows - 1) / rows;
        string unit = p + "k", cb = p + "cb", pb = p + "pb";
        w.Line($"// blocks of {unitRows} output channels, each as tiles of {rows}");
        using (w.Block($"for (int {unit} = {p}first; {unit} < {p}end; {unit}++)"))
        {
            // (a block narrower than a tile is the only block: it is every tile)
            bool whole = unitRows % rows == 0;
            string from = whole ? $"{unit} * {N(unitRows / rows)}" : "0";
            string to = whole ? $"global::System.Math.Min(({unit} + 1) * {N(unitRows / rows)}, {N(tileBlocks)})" : N(tileBlocks);
            using (w.Block($"for (int {cb} = {from}; {cb} < {to}; {cb}++)"))
            {
                // rows past the last filter read the last filter (their sums are not stored)
                for (int r = 0; r < rows; r++)
                {
                    string oc = $"({cb} * {N(rows)}) + {N(r)}";
                    string clamped = spec.OutChannels % rows == 0 ? oc : $"global::System.Math.Min({oc}, {N(spec.OutChannels - 1)})";
                    w.Line($"ref byte {p}w{N(r)} = ref {Unsafe}.Add(ref {p}filters, ({clamped}) * {N(k)});");
                }

                if (corrects)
                {
                    WriteFilterSums(w, spec, p, cb, rows, k);
                }

                using (w.Block($"for (int {pb} = 0; {pb} < {N(blocks)}; {pb}++)"))
                {
                    WriteTile(w, spec, path, p, groups, blocks, k, fromRegisters);
                    if (fromRegisters)
                    {
                        WriteFusedStores(w, plan, path, p);
                    }
                }

                if (!fromRegisters)
                {
                    writeStores(p + "cb", blocks * BlockPixels, Pixels(spec));
                }
            }
        }
    }

    /// <summary>
    /// The tile's filter sums, as the packed tiles find them (a clamped row's is the last filter's own): the rows' sums
    /// side by side, 32 weights per VPDPBUSD against ones (16 for a last half), one chain per row, so that each
    /// VPDPBUSD waits only for its own row's last; four rows' lanes are added up by horizontal adds and stored as one
    /// vector, other rows one by one with the weights past the last 16.
    /// </summary>
    private static void WriteFilterSums(IndentedWriter w, ConvSpec spec, string p, string cb, int rows, int k)
    {
        const string V128 = "global::System.Runtime.Intrinsics.Vector128", X86 = "global::System.Runtime.Intrinsics.X86";
        int wide = k / 32, half = k % 32 / 16, summed = (wide * 32) + (half * 16);
        string Lanes(int r) => $"{p}sum{N(r)}";
        string At(int r)
        {
            string oc = $"({cb} * {N(rows)}) + {N(r)}";
            return spec.OutChannels % rows == 0 ? oc : $"global::System.Math.Min({oc}, {N(spec.OutChannels - 1)})";
        }

        string Ones(int bits) => $"global::System.Runtime.Intrinsics.Vector{bits}.Create((byte)1)";
        string Weights(int bits, int r, string at) => $"global::System.Runtime.Intrinsics.Vector{bits}.AsSByte(global::System.Runtime.Intrinsics.Vector{bits}.LoadUnsafe(ref {p}w{N(r)}, {at}))";
        w.Line($"// each filter's sum: the zero point times it comes off with the bias");
        using (w.Block())
        {
            if (wide > 0)
            {
                w.Line($"{V256}<int> {string.Join(", ", Enumerable.Range(0, rows).Select(r => $"{Lanes(r)} = {V256}<int>.Zero"))};");
                using (w.Block($"for (int {p}i = 0; {p}i < {N(wide * 32)}; {p}i += 32)"))
                {
                    for (int r = 0; r < rows; r++)
                    {
                        w.Line($"{Lanes(r)} = {X86}.AvxVnni.MultiplyWideningAndAdd({Lanes(r)}, {Ones(256)}, {Weights(256, r, $"(nuint){p}i")});");
                    }
                }
            }

            // each row's lanes down to 128 bits: the two halves of its 256-bit sums, then the last 16 weights
            for (int r = 0; r < rows && summed > 0; r++)
            {
                string lanes = wide > 0 ? $"{V256}.GetLower({Lanes(r)}) + {V256}.GetUpper({Lanes(r)})" : $"{V128}<int>.Zero";
                if (half > 0)
                {
                    lanes = $"{X86}.AvxVnni.MultiplyWideningAndAdd({lanes}, {Ones(128)}, {Weights(128, r, N(wide * 32))})";
                }

                w.Line($"{V128}<int> {Lanes(r)}_128 = {lanes};");
            }

            if (summed > 0 && summed == k && rows == 4 && spec.OutChannels % rows == 0)
            {
                w.Line($"{V128}<int> {p}sum01 = {X86}.Ssse3.HorizontalAdd({Lanes(0)}_128, {Lanes(1)}_128), {p}sum23 = {X86}.Ssse3.HorizontalAdd({Lanes(2)}_128, {Lanes(3)}_128);");
                w.Line($"{V128}.StoreUnsafe({X86}.Ssse3.HorizontalAdd({p}sum01, {p}sum23), ref {p}filterSums, (nuint)({cb} * 4));");
                return;
            }

            for (int r = 0; r < rows; r++)
            {
                var terms = new List<string>();
                if (summed > 0)
                {
                    terms.Add($"{V128}.Sum({Lanes(r)}_128)");
                }

                // the weights past the last 16 one by one
                terms.AddRange(Enumerable.Range(summed, k - summed).Select(i => $"(sbyte){Unsafe}.Add(ref {p}w{N(r)}, {N(i)})"));
                w.Line($"{Unsafe}.Add(ref {p}filterSums, {At(r)}) = {string.Join(" + ", terms)};");
            }
        }
    }

    private static void WriteTile(IndentedWriter w, ConvSpec spec, IntegerTilePath path, string p, int groups, int blocks, int k, bool fromRegisters)
    {
        int rows = path.Rows, vectors = path.Vectors;
        string g = p + "g", pb = p + "pb";
        string Acc(int r, int c) => $"{p}acc{N(r)}_{N(c)}";
        for (int r = 0; r < rows; r++)
        {
            w.Line($"{V256}<int> {string.Join(", ", Enumerable.Range(0, vectors).Select(c => $"{Acc(r, c)} = {V256}<int>.Zero"))};");
        }

        w.Line($"ref byte {p}col = ref {Unsafe}.Add(ref {p}columns, {pb} * 64);");
        int full = k % 4 == 0 ? groups : groups - 1;
        void Step(string weightOffset, bool last)
        {
            for (int c = 0; c < vectors; c++)
            {
                w.Line($"{V256}<byte> {p}x{N(c)} = {V256}.LoadUnsafe(ref {p}col, {N(c * 32)});");
            }

            for (int r = 0; r < rows; r++)
            {
                string read = $"{Unsafe}.ReadUnaligned<int>(ref {Unsafe}.Add(ref {p}w{N(r)}, {weightOffset}))";
                // the filter's last weights: the int that ends with them, shifted down (the lanes past them meet zero activations)
                string value = last ? $"{read} >> {N(8 * (4 - (k % 4)))}" : read;
                w.Line($"{V256}<sbyte> {p}b{N(r)} = {V256}.AsSByte({V256}.Create({value}));");
                for (int c = 0; c < vectors; c++)
                {
                    w.Line($"{Acc(r, c)} = global::System.Runtime.Intrinsics.X86.AvxVnni.MultiplyWideningAndAdd({Acc(r, c)}, {p}x{N(c)}, {p}b{N(r)});");
                }
            }
        }

        using (w.Block($"for (int {g} = 0; {g} < {N(full)}; {g}++)"))
        {
            Step($"{g} * 4", last: false);
            w.Line($"{p}col = ref {Unsafe}.Add(ref {p}col, {N(blocks * 64)});");
        }

        if (full < groups)
        {
            using (w.Block())
            {
                w.Line($"// weights {N(full * 4)}..{N(k - 1)}: read as the int of the filter's last 4 bytes");
                Step(N(k - 4), last: true);
            }
        }

        if (fromRegisters)
        {
            return;
        }

        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < vectors; c++)
            {
                w.Line($"{V256}.StoreUnsafe({Acc(r, c)}, ref {p}sums, (nuint)(({pb} * {N(BlockPixels)}) + {N((r * blocks * BlockPixels) + (c * 8))}));");
            }
        }
    }

    /// <summary>
    /// Whether each tile stores its outputs from its registers (the two accumulators of a row are one 512-bit vector of
    /// 16 pixels, requantized and stored at once): when every pixel block is whole (16 pixels of one channel's plane)
    /// and the store is a vector one. Otherwise the sums go through rows in the scratch, stored as the packed tiles do.
    /// </summary>
    public static bool StoresFromRegisters(ConvSpec spec, IntegerScheme integer) => Pixels(spec) % BlockPixels == 0 && IntegerStore.Vectorizes(integer, spec.Activation);

    /// <summary>Each row of the tile: its 16 pixels' sums plus the bias, through the one store, from the registers.</summary>
    private static void WriteFusedStores(IndentedWriter w, IntegerConvPlan plan, IntegerTilePath path, string p)
    {
        ConvSpec spec = plan.Spec;
        int plane = Pixels(spec);
        w.Line("// each row's 16 sums plus the bias, through the one store, from the registers");
        for (int r = 0; r < path.Rows; r++)
        {
            string oc = $"({p}cb * {N(path.Rows)}) + {N(r)}";
            using (w.Block(spec.OutChannels % path.Rows == 0 ? null : $"if ({oc} < {N(spec.OutChannels)})"))
            {
                IntegerTileEmitter.WriteChannelTerms(w, plan, path, p, oc);
                // (Create(lower, upper) went through a stack slot; WithUpper is one VINSERTI32X8)
                string sums = $"{V512}.WithUpper({V256}.ToVector512Unsafe({p}acc{N(r)}_0), {p}acc{N(r)}_1) + {V512}.Create({p}add)";
                string target = $"ref {Unsafe}.Add(ref {p}output, (({oc}) * {N(plane)}) + ({p}pb * {N(BlockPixels)}))";
                IntegerStore.WriteVector(w, plan.Integer, spec.Activation, BlockPixels, sums, plan.Integer.HasScale ? $"{V512}.Create({p}multiplier)" : null, target, p);
            }
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
