using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// One row segment of the column matrix, copied per call: output row <see cref="OutputRow"/>'s columns
/// <c>From .. To - 1</c> of tap (<see cref="FilterRow"/>, <see cref="FilterColumn"/>) read the input channel's elements
/// from <see cref="Source"/> on; the columns outside (in the padding) and the rows whose tap is in the padding are never
/// written and keep the zeros the buffer was allocated with.
/// </summary>
internal sealed record PlaneCopy(int FilterRow, int FilterColumn, int OutputRow, int From, int To, int Source)
{
    public int Count => To - From;
}

/// <summary>
/// One vector path of the plane plan: the output plane of a channel (all <c>outHeight x outWidth</c> pixels, flat) in
/// vectors of <see cref="Lanes"/>, the last one ending at the last pixel (overlapping the one before); a register tile
/// of <see cref="ChannelTile"/> output channels x <see cref="VectorsPerBlock"/> pixel vectors, taken from
/// <see cref="ImagesPerBlock"/> consecutive images of a folded batch (their vectors in order, image after image); the
/// taps unrolled, in a loop over input channels when <see cref="LoopsChannels"/>.
/// </summary>
internal sealed record PlanePath(int Bits, int Lanes, int ChannelTile, int VectorsPerBlock, EquatableArray<int> VectorStarts, bool LoopsChannels,
    int UnrolledMultiplyAdds, int ImagesPerBlock = 1)
{
    public int Accumulators => ChannelTile * VectorsPerBlock;

    /// <summary>
    /// Whether the columns are built by shuffles: an input channel's plane is exactly one vector, and so is the output
    /// plane, so each tap's row of the columns is one permutation of the loaded plane with the padding lanes zeroed
    /// (<c>VectorN.Shuffle</c> with constant indices, an out-of-range index reading 0) instead of row segment copies of
    /// 3 or 4 elements.
    /// </summary>
    public bool ShufflesColumns { get; init; }

    /// <summary>The vectors of <see cref="ImagesPerBlock"/> images: (image of the block, first pixel in its plane).</summary>
    public IEnumerable<(int Image, int Start)> BlockVectors =>
        Enumerable.Range(0, ImagesPerBlock).SelectMany(i => VectorStarts.Select(s => (i, s)));

    /// <summary>Register blocks per channel tile and image block: groups of <see cref="VectorsPerBlock"/> vectors.</summary>
    public int Blocks => ((ImagesPerBlock * VectorStarts.Count) + VectorsPerBlock - 1) / VectorsPerBlock;

    /// <summary>
    /// The blocks as the emitter writes them, (first block, blocks): one body each, or with <paramref name="looped"/> (a
    /// fallback path) one body for each run of whole blocks of one image whose vectors are consecutive (no overlapping
    /// last vector), each block starting where the one before ends, written as a loop.
    /// </summary>
    public IEnumerable<(int Block, int Count)> Runs(bool looped)
    {
        (int Image, int Start)[] vectors = BlockVectors.ToArray();
        int step = VectorsPerBlock * Lanes;
        for (int block = 0; block < Blocks;)
        {
            int run = 0;
            (int Image, int Start) first = vectors[block * VectorsPerBlock];
            for (int b = block; looped && (b + 1) * VectorsPerBlock <= vectors.Length; b++, run++)
            {
                bool uniform = Enumerable.Range(0, VectorsPerBlock).All(x => vectors[(b * VectorsPerBlock) + x] == (first.Image, first.Start + ((b - block) * step) + (x * Lanes)));
                if (!uniform)
                {
                    break;
                }
            }

            run = System.Math.Max(1, run);
            yield return (block, run);
            block += run;
        }
    }
}

/// <summary>
/// A convolution whose output plane is small (a CNN's late layers: 4 x 4, 7 x 7 pixels) computed as one matrix product
/// per call: <c>output [outChannels][pixels] = weights [outChannels][taps] x columns [taps][pixels]</c> (im2col). A row
/// plan would vectorize along rows of 4 or 7 outputs and leave most lanes of a 16-lane vector idle; here every vector
/// is full (the pixels of the plane, flat), and the weights are read as they are, one broadcast per tap and channel.
/// With a batch, <see cref="Images"/> consecutive images are folded into the product's pixel dimension
/// (<c>columns [taps][images x pixels]</c>): a register tile then spans several images, so each broadcast weight feeds
/// more multiply-adds, and the weights are read once per group instead of once per image. The columns are built per
/// call into a per-thread buffer zeroed once.
/// </summary>
internal sealed record PlanePlan(ConvSpec Spec, EquatableArray<PlaneCopy> Copies, EquatableArray<PlanePath> Paths, TargetInfo Target, int UnrollBudget, int Images = 1)
    : KernelPlan(Target, UnrollBudget)
{
    public int Pixels => Spec.OutHeight * Spec.OutWidth;

    /// <summary>Output-channel tiles of <paramref name="path"/>, the units threads share out (each part builds its own columns).</summary>
    public int UnitsOf(PlanePath path) => (Spec.OutChannels + path.ChannelTile - 1) / path.ChannelTile;

    public override int SplitUnits => UnitsOf(Paths[0]);

    public override string SplitUnitNoun => "output-channel tiles";

    public override int ImagesPerPart => Images;

    public int Taps => Spec.TapsPerFilter;

    /// <summary>Elements between consecutive taps' rows of the column matrix: the pixels of the folded images.</summary>
    public int ColumnStride => Images * Pixels;

    /// <summary>Elements of the column matrix, <c>[taps][images x pixels]</c>.</summary>
    public int ColumnsLength => Taps * ColumnStride;

    public override bool IsLooped => Paths[0].LoopsChannels;

    public override int FullMultiplyAdds => Taps * Paths[0].Accumulators;

    public override int UnrolledMultiplyAdds => Paths[0].UnrolledMultiplyAdds;

    /// <summary>Each path's written bodies: a block each on the widest, a run of blocks each on the fallbacks (<see cref="PlanePath.Runs"/>).</summary>
    public override long EmittedMultiplyAdds => Paths.Sum(p => (long)p.UnrolledMultiplyAdds * Bodies(p));

    public int Bodies(PlanePath path) => path.Runs(looped: path.Bits != Paths[0].Bits).Count();

    /// <summary>Each path's epilogues and column copies: small next to the taps, but counted.</summary>
    public override long EmittedStores => Paths.Sum(p => (long)p.Accumulators * Bodies(p) + Copies.Count);
}

/// <summary>Decides when a convolution is a small-plane matrix product, and plans it: a pure function of the spec.</summary>
internal static class PlanePlanner
{
    /// <summary>The largest column matrix (bytes) the plan builds: it is written and read once per call, from L1 or L2.</summary>
    public const int MaxColumnsBytes = 128 * 1024;

    /// <summary>
    /// The largest column matrix (bytes) a folded batch builds: the group's columns are read once per output-channel
    /// tile, so they should stay in L1 (48 KB on Zen 5, 32-48 KB on recent Intel cores).
    /// </summary>
    public const int MaxFoldedColumnsBytes = 40 * 1024;

    /// <summary>
    /// Whether the plane plan is the better one: one group, stride 1 along the rows, weights read at run time, an output
    /// row too short to fill the widest vector while the whole plane fills at least one, and enough output channels that
    /// building the columns (one copy per tap and pixel) is small next to the multiply-adds (taps x pixels x channels).
    /// </summary>
    public static bool Applies(ConvSpec spec, TargetInfo target)
    {
        int widest = ReductionPlan.LanesOf(target.HasVector512 ? 512 : 256, spec.Element);
        long pixels = (long)spec.OutHeight * spec.OutWidth;
        return spec.Groups == 1 && spec.StrideX == 1 && spec.ConstantOf("weights") is null && spec.ConstantOf("bias") is null
            && spec.OutWidth < widest && pixels >= widest && spec.OutChannels >= 8
            && pixels * spec.TapsPerFilter * spec.Element.Size() <= MaxColumnsBytes;
    }

    /// <summary>
    /// Images of a batch folded into one product: the largest divisor of the batch whose columns fit
    /// <see cref="MaxFoldedColumnsBytes"/> and that leaves a group for each declared thread the work is worth (1: image by image).
    /// </summary>
    public static int FoldedImages(ConvSpec spec)
    {
        long perImage = (long)spec.OutHeight * spec.OutWidth * spec.TapsPerFilter * spec.Element.Size();
        long worthThreads = WorkPartition.ThreadsWorth(spec.Images * spec.Kind.WorkPerImage(spec));
        int groups = spec.Threads > 1 ? (int)System.Math.Min(System.Math.Min(spec.Threads, spec.Images), worthThreads) : 1;
        int best = 1;
        for (int images = 2; images <= spec.Images; images++)
        {
            if (spec.Images % images == 0 && images * perImage <= MaxFoldedColumnsBytes && spec.Images / images >= groups)
            {
                best = images;
            }
        }

        return best;
    }

    public static PlanePlan Plan(ConvSpec spec, TargetInfo target, int budget)
    {
        int pixels = spec.OutHeight * spec.OutWidth;
        int images = FoldedImages(spec);
        var paths = new List<PlanePath>();
        foreach (int bits in new[] { 512, 256, 128, 0 })
        {
            int lanes = ReductionPlan.LanesOf(bits, spec.Element);
            if ((bits == 512 && !target.HasVector512) || lanes > pixels)
            {
                continue;
            }

            paths.Add(Path(spec, bits, lanes, pixels, images, VectorPaths.PathBudget(bits, paths.Count > 0, budget)));
        }

        return new PlanePlan(spec, Copies(spec).ToEquatableArray(), paths.ToEquatableArray(), target, budget, images);
    }

    /// <summary>
    /// The register tile: images per block (a divisor of the folded images whose vectors fit the accumulators, or 1) and
    /// output channels per tile, at the least cost over the whole group: one multiply-add per channel computed (a last
    /// tile that does not fit recomputes channels of the one before) and half as much per load (a column vector or a
    /// broadcast weight); ties go to the larger tile. The tile's accumulators, its column vectors and the broadcast weight
    /// fit the registers, so nothing spills.
    /// </summary>
    private static PlanePath Path(ConvSpec spec, int bits, int lanes, int pixels, int images, int budget)
    {
        int perImage = (pixels + lanes - 1) / lanes;
        var starts = Enumerable.Range(0, perImage).Select(v => System.Math.Min(v * lanes, pixels - lanes)).ToEquatableArray();
        int max = ConvPlanner.MaxAccumulators(bits);
        int registers = bits == 512 ? 32 : 16; // x64 without AVX-512 has 16 vector registers (Arm64 has 32)
        (int Images, int Tile, int PerBlock) best = (1, 1, 1);
        double bestCost = double.MaxValue;
        for (int block = 1; block <= images; block++)
        {
            if (images % block != 0 || (block > 1 && block * perImage > max))
            {
                continue;
            }

            int vectors = block * perImage, perBlock = System.Math.Min(vectors, max);
            for (int t = System.Math.Max(1, System.Math.Min(spec.OutChannels, max / perBlock)); t >= 1; t--)
            {
                if (t > 1 && (t * perBlock) + perBlock + 1 > registers)
                {
                    continue; // the accumulators, the loaded column vectors and the broadcast weight must fit the registers
                }

                double perTap = 0;
                for (int left = vectors; left > 0; left -= perBlock)
                {
                    int v = System.Math.Min(left, perBlock);
                    perTap += (t * v) + (0.5 * (t + v));
                }

                double cost = perTap * ((spec.OutChannels + t - 1) / t) * (images / block);
                if (cost < bestCost - 1e-9)
                {
                    (best, bestCost) = ((block, t, perBlock), cost);
                }
            }
        }

        int area = spec.KernelHeight * spec.KernelWidth;
        bool loops = (long)spec.TapsPerFilter * best.Tile * best.PerBlock > budget && spec.InChannels > 1;
        int unrolled = (loops ? area : spec.TapsPerFilter) * best.Tile * best.PerBlock;
        bool shuffles = bits != 0 && spec.Height * spec.Width == lanes && pixels == lanes;
        return new PlanePath(bits, lanes, best.Tile, best.PerBlock, starts, loops, unrolled, best.Images) { ShufflesColumns = shuffles };
    }

    /// <summary>The row segments of one input channel's columns (the same for every channel), in tap order.</summary>
    public static List<PlaneCopy> Copies(ConvSpec spec)
    {
        var copies = new List<PlaneCopy>();
        for (int ky = 0; ky < spec.KernelHeight; ky++)
        {
            for (int kx = 0; kx < spec.KernelWidth; kx++)
            {
                int shift = (kx * spec.DilationX) - spec.PaddingX; // input column of output column 0 (stride 1)
                int from = System.Math.Max(0, -shift), to = System.Math.Min(spec.OutWidth, spec.Width - shift);
                for (int oy = 0; oy < spec.OutHeight; oy++)
                {
                    int iy = (oy * spec.StrideY) - spec.PaddingY + (ky * spec.DilationY);
                    if (iy >= 0 && iy < spec.Height && to > from)
                    {
                        copies.Add(new PlaneCopy(ky, kx, oy, from, to, (iy * spec.Width) + from + shift));
                    }
                }
            }
        }

        return copies;
    }
}
