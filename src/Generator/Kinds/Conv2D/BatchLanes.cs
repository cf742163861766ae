using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// Output rows (or columns) <see cref="From"/> .. <see cref="To"/> - 1 whose valid filter rows (or columns) are the
/// same: <see cref="TapFrom"/> .. <see cref="TapTo"/> - 1; the others read the padding. Rows of one run sit side by side
/// (the first valid tap and the last only fall as the output row moves down).
/// </summary>
internal sealed record TapRange(int From, int To, int TapFrom, int TapTo)
{
    public int Count => To - From;

    public int Taps => System.Math.Max(0, TapTo - TapFrom);
}

/// <summary>
/// One vector path of the batch-lane plan: a register tile of <see cref="ChannelTile"/> output channels x
/// <see cref="VectorsPerBlock"/> vectors of <see cref="Lanes"/> images (each lane an image, all at one output pixel),
/// <see cref="Blocks"/> blocks for the group's images; the region's taps unrolled in a loop over input channels, or
/// (<see cref="UnrollsTaps"/> false) looped over filter rows and columns with constant bounds.
/// </summary>
internal sealed record BatchLanePath(int Bits, int Lanes, int ChannelTile, int VectorsPerBlock, int Blocks, bool UnrollsTaps)
{
    public int Accumulators => ChannelTile * VectorsPerBlock;
}

/// <summary>
/// A small-plane convolution over a batch with the images in the vector lanes: each group of <see cref="Images"/>
/// images is transposed per call to <c>[channels][height][width][images]</c>, so one vector holds one input element of
/// 16 images and a multiply-add by a broadcast weight advances one output of each of them. Every lane is an output
/// whatever the plane's size, and the taps that fall in the padding are not computed at all: the plane is cut into
/// regions of equal valid taps (<see cref="Rows"/> x <see cref="Columns"/>), each with its own tap list. The im2col
/// plan (<see cref="PlanePlan"/>) instead multiplies those taps by the zeros of its columns (31 % of a 4 x 4 plane's
/// 3 x 3 taps) and copies every tap's columns per call. The outputs of each tile of output channels are stored
/// image-minor and transposed into the images' channel planes.
/// </summary>
internal sealed record BatchLanePlan(ConvSpec Spec, EquatableArray<TapRange> Rows, EquatableArray<TapRange> Columns, EquatableArray<BatchLanePath> Paths,
    TargetInfo Target, int UnrollBudget, int Images)
    : KernelPlan(Target, UnrollBudget)
{
    public int Pixels => Spec.OutHeight * Spec.OutWidth;

    /// <summary>Elements of one image's input.</summary>
    public int ImageInput => (int)Spec.InputLength;

    /// <summary>Elements of the transposed group, <c>[channels][height][width][images]</c>.</summary>
    public int InputBufferLength => ImageInput * Images;

    /// <summary>Elements of the scratch: the transposed group, then one tile's outputs <c>[channels][pixels][images]</c> (the widest tile of any path).</summary>
    public int BufferLength => InputBufferLength + (Paths.Max(p => p.ChannelTile) * Pixels * Images);

    /// <summary>Regions of the plane with equal valid taps.</summary>
    public int Regions => Rows.Count * Columns.Count;

    /// <summary>Filter taps of one input channel summed over the regions (each region's tap list once): the unrolled bodies' size.</summary>
    public int RegionTaps => Rows.Sum(r => r.Taps) * Columns.Sum(c => c.Taps);

    /// <summary>Multiply-adds per image and output channel over the plane, the padding skipped.</summary>
    public long ValidMultiplyAdds => BatchLanePlanner.ValidMultiplyAdds(Spec) / Spec.OutChannels;

    public int UnitsOf(BatchLanePath path) => (Spec.OutChannels + path.ChannelTile - 1) / path.ChannelTile;

    public override int SplitUnits => UnitsOf(Paths[0]);

    public override string SplitUnitNoun => "output-channel tiles";

    public override int ImagesPerPart => Images;

    public override bool IsLooped => Spec.InChannels > 1;

    public override int FullMultiplyAdds => Spec.TapsPerFilter * Paths[0].Accumulators;

    public override int UnrolledMultiplyAdds => (Paths[0].UnrollsTaps ? Rows.Max(r => r.Taps) * Columns.Max(c => c.Taps) : 1) * Paths[0].Accumulators;

    /// <summary>
    /// Each path's tile bodies: per region on the widest (its taps unrolled), one checked body on the others; each
    /// accumulator's plain store counted as a multiply-add (about as much IL).
    /// </summary>
    public override long EmittedMultiplyAdds => Paths.Sum(p => (long)(p.UnrollsTaps ? RegionTaps + Regions : 2) * p.Accumulators);

    /// <summary>The activation's pass over a tile's outputs, one loop per path.</summary>
    public override long EmittedStores => Spec.Activation == ActivationKind.None ? 0 : Paths.Count;
}

/// <summary>Decides when a batched convolution keeps its images in the lanes, and plans it: a pure function of the spec.</summary>
internal static class BatchLanePlanner
{
    /// <summary>Images per group at most: 4 vectors of 16, enough for any register tile.</summary>
    public const int MaxImages = 64;

    /// <summary>
    /// The transposed group (bytes) at most: it is read once per tile of output channels and should stay in L1 (48 KB
    /// on Zen 5). Measured on the digits' 16 x 4 x 4 -> 32 conv, 64 images at one thread (`kernelgen bench`, Zen 5):
    /// groups of 64 (64 KB) 45 us, groups of 32 (32 KB) 37 us.
    /// </summary>
    public const int MaxInputBytes = 32 * 1024;

    /// <summary>
    /// Whether the plan applies: <see cref="GroupImages"/> finds a group. Float only (the transposes are
    /// <c>KernelTranspose</c>'s), one group, weights read at run time, an output row narrower than a 512-bit vector
    /// (wider rows fill the pixel lanes), a batch of whole vectors of images, and the transposes small beside the
    /// products: each transposed element (input and output, about a quarter cycle each) weighs at most as much as 16
    /// multiply-adds (half a cycle at two 16-lane FMAs a cycle), so the digits network's second conv (16 x 4 x 4 -> 32,
    /// 144 taps) goes here and its first (1 x 8 x 8 -> 16, 9 taps) stays an im2col product.
    /// </summary>
    public static bool Applies(ConvSpec spec, TargetInfo target) => GroupImages(spec, target) > 0;

    /// <summary>
    /// Images per group: the largest multiple of 16 up to <see cref="MaxImages"/> that divides the batch, whose
    /// transposed input fits <see cref="MaxInputBytes"/>, and that leaves a group for each thread the work is worth (two
    /// for <c>Threads = 0</c>; 16 images when no larger group does); 0 when the plan does not apply.
    /// </summary>
    public static int GroupImages(ConvSpec spec, TargetInfo target)
    {
        const int lanes = 16;
        if (spec.Element != ElementType.Float || !target.HasVector512 || spec.Groups != 1 || spec.Integer is not null || spec.Winograd
            || spec.ConstantOf("weights") is not null || spec.ConstantOf("bias") is not null
            || spec.OutWidth >= lanes || spec.Images < lanes || spec.Images % lanes != 0)
        {
            return 0;
        }

        long transposed = spec.InputLength + ((long)spec.OutChannels * spec.OutHeight * spec.OutWidth);
        if (transposed * 16 > ValidMultiplyAdds(spec))
        {
            return 0;
        }

        long worthThreads = WorkPartition.ThreadsWorth(spec.Images * spec.Kind.WorkPerImage(spec));
        // Threads = 0 (the machine's, unknown here) asks for two groups at least: a group is one thread's at most
        int groups = spec.Threads == 1 ? 1 : (int)System.Math.Min(spec.Threads == 0 ? 2 : spec.Threads, worthThreads);
        int best = 0;
        for (int images = lanes; images <= System.Math.Min(MaxImages, spec.Images); images += lanes)
        {
            if (spec.Images % images == 0 && spec.InputLength * images * sizeof(float) <= MaxInputBytes
                && (spec.Images / images >= groups || images == lanes))
            {
                best = images;
            }
        }

        return best;
    }

    /// <summary>Multiply-adds of one image with the taps in the padding skipped (the contract's sum has no others).</summary>
    public static long ValidMultiplyAdds(ConvSpec spec) =>
        (long)spec.OutChannels * spec.InPerGroup
        * Ranges(spec.OutHeight, spec.Height, spec.KernelHeight, spec.StrideY, spec.PaddingY, spec.DilationY).Sum(r => (long)r.Count * r.Taps)
        * Ranges(spec.OutWidth, spec.Width, spec.KernelWidth, spec.StrideX, spec.PaddingX, spec.DilationX).Sum(r => (long)r.Count * r.Taps);

    /// <summary>
    /// The output rows (or columns) in runs of equal valid taps: output row <c>o</c> reads input row
    /// <c>o * stride - padding + k * dilation</c> of tap <c>k</c>, valid when inside <c>[0, size)</c>.
    /// </summary>
    public static List<TapRange> Ranges(int outSize, int size, int kernel, int stride, int padding, int dilation)
    {
        var ranges = new List<TapRange>();
        for (int o = 0; o < outSize; o++)
        {
            int first = 0, last = kernel;
            while (first < kernel && (o * stride) - padding + (first * dilation) < 0)
            {
                first++;
            }

            while (last > first && (o * stride) - padding + ((last - 1) * dilation) >= size)
            {
                last--;
            }

            if (ranges.Count > 0 && ranges[ranges.Count - 1] is { } run && run.TapFrom == first && run.TapTo == last)
            {
                ranges[ranges.Count - 1] = run with { To = o + 1 };
            }
            else
            {
                ranges.Add(new TapRange(o, o + 1, first, last));
            }
        }

        return ranges;
    }

    public static BatchLanePlan Plan(ConvSpec spec, TargetInfo target, int budget)
    {
        int images = GroupImages(spec, target);
        List<TapRange> rows = Ranges(spec.OutHeight, spec.Height, spec.KernelHeight, spec.StrideY, spec.PaddingY, spec.DilationY);
        List<TapRange> columns = Ranges(spec.OutWidth, spec.Width, spec.KernelWidth, spec.StrideX, spec.PaddingX, spec.DilationX);
        int regionTaps = rows.Max(r => r.Taps) * columns.Max(c => c.Taps); // the largest region's, per input channel
        var paths = new List<BatchLanePath>();
        foreach (int bits in new[] { 512, 256, 128, 0 })
        {
            int lanes = ReductionPlan.LanesOf(bits, spec.Element);
            BatchLanePath path = Path(spec, bits, lanes, images / lanes);
            // the widest path unrolls each region's taps when the largest region's fit its budget; the fallbacks check each tap (a small body)
            bool unrolls = paths.Count == 0 && (long)regionTaps * path.Accumulators <= VectorPaths.PathBudget(bits, false, budget);
            paths.Add(path with { UnrollsTaps = unrolls });
        }

        return new BatchLanePlan(spec, rows.ToEquatableArray(), columns.ToEquatableArray(), paths.ToEquatableArray(), target, budget, images);
    }

    /// <summary>
    /// The register tile: output channels (a divisor of them, up to 16) x vectors of images (a divisor of the group's),
    /// the accumulators, the loaded input vectors and the broadcast weight within the registers; the fewest cycles per
    /// multiply-add first (two FMAs and two loads a cycle, and at least 8 chains to hide the FMA latency), then the
    /// fewest loads per multiply-add; ties to the larger tile.
    /// </summary>
    private static BatchLanePath Path(ConvSpec spec, int bits, int lanes, int vectors)
    {
        int max = ConvPlanner.MaxAccumulators(bits);
        int registers = bits == 512 ? 32 : 16;
        (int Tile, int Vectors) best = (1, 1);
        double bestCost = double.MaxValue;
        for (int tile = 1; tile <= System.Math.Min(16, spec.OutChannels); tile++)
        {
            for (int v = 1; v <= vectors; v++)
            {
                if (spec.OutChannels % tile != 0 || vectors % v != 0 || tile * v > max || (tile * v) + v + 1 > registers)
                {
                    continue;
                }

                double fmas = tile * v, loads = tile + v;
                double cost = (System.Math.Max(System.Math.Max(fmas, loads), 2 * ConvPlanner.FmaLatency) / fmas * 1000) + (loads / fmas);
                if (cost <= bestCost + 1e-9)
                {
                    (best, bestCost) = ((tile, v), cost);
                }
            }
        }

        return new BatchLanePath(bits, lanes, best.Tile, best.Vectors, vectors / best.Vectors, UnrollsTaps: false);
    }
}
