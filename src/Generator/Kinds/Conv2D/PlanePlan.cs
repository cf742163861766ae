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
/// of <see cref="ChannelTile"/> output channels x <see cref="VectorsPerBlock"/> pixel vectors; the taps unrolled, in a
/// loop over input channels when <see cref="LoopsChannels"/>.
/// </summary>
internal sealed record PlanePath(int Bits, int Lanes, int ChannelTile, int VectorsPerBlock, EquatableArray<int> VectorStarts, bool LoopsChannels,
    int UnrolledMultiplyAdds)
{
    public int Accumulators => ChannelTile * VectorsPerBlock;

    /// <summary>Pixel blocks per channel tile: groups of <see cref="VectorsPerBlock"/> vectors.</summary>
    public int Blocks => (VectorStarts.Count + VectorsPerBlock - 1) / VectorsPerBlock;
}

/// <summary>
/// A convolution whose output plane is small (a CNN's late layers: 4 x 4, 7 x 7 pixels) computed as one matrix product
/// per call: <c>output [outChannels][pixels] = weights [outChannels][taps] x columns [taps][pixels]</c> (im2col). A row
/// plan would vectorize along rows of 4 or 7 outputs and leave most lanes of a 16-lane vector idle; here every vector
/// is full (the pixels of the plane, flat), and the weights are read as they are, one broadcast per tap and channel.
/// The columns are built per call into a per-thread buffer zeroed once.
/// </summary>
internal sealed record PlanePlan(ConvSpec Spec, EquatableArray<PlaneCopy> Copies, EquatableArray<PlanePath> Paths, TargetInfo Target, int UnrollBudget)
    : KernelPlan(Target, UnrollBudget)
{
    public int Pixels => Spec.OutHeight * Spec.OutWidth;

    /// <summary>Output-channel tiles of <paramref name="path"/>, the units threads share out (each part builds its own columns).</summary>
    public int UnitsOf(PlanePath path) => (Spec.OutChannels + path.ChannelTile - 1) / path.ChannelTile;

    public override int SplitUnits => UnitsOf(Paths[0]);

    public override string SplitUnitNoun => "output-channel tiles";

    public int Taps => Spec.TapsPerFilter;

    /// <summary>Elements of the column matrix, <c>[taps][pixels]</c>.</summary>
    public int ColumnsLength => Taps * Pixels;

    public override bool IsLooped => Paths[0].LoopsChannels;

    public override int FullMultiplyAdds => Taps * Paths[0].Accumulators;

    public override int UnrolledMultiplyAdds => Paths[0].UnrolledMultiplyAdds;

    public override long EmittedMultiplyAdds => Paths.Sum(p => (long)p.UnrolledMultiplyAdds * p.Blocks);

    /// <summary>Each path's epilogues and column copies: small next to the taps, but counted.</summary>
    public override long EmittedStores => Paths.Sum(p => (long)p.Accumulators * p.Blocks + Copies.Count);
}

/// <summary>Decides when a convolution is a small-plane matrix product, and plans it: a pure function of the spec.</summary>
internal static class PlanePlanner
{
    /// <summary>The largest column matrix (bytes) the plan builds: it is written and read once per call, from L1 or L2.</summary>
    public const int MaxColumnsBytes = 128 * 1024;

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

    public static PlanePlan Plan(ConvSpec spec, TargetInfo target, int budget)
    {
        int pixels = spec.OutHeight * spec.OutWidth;
        var paths = new List<PlanePath>();
        foreach (int bits in new[] { 512, 256, 128, 0 })
        {
            int lanes = ReductionPlan.LanesOf(bits, spec.Element);
            if ((bits == 512 && !target.HasVector512) || lanes > pixels)
            {
                continue;
            }

            paths.Add(Path(spec, bits, lanes, pixels, VectorPaths.PathBudget(bits, paths.Count > 0, budget)));
        }

        return new PlanePlan(spec, Copies(spec).ToEquatableArray(), paths.ToEquatableArray(), target, budget);
    }

    private static PlanePath Path(ConvSpec spec, int bits, int lanes, int pixels, int budget)
    {
        int vectors = (pixels + lanes - 1) / lanes;
        var starts = Enumerable.Range(0, vectors).Select(v => System.Math.Min(v * lanes, pixels - lanes)).ToEquatableArray();
        int max = ConvPlanner.MaxAccumulators(bits);
        int perBlock = System.Math.Min(vectors, max);
        // The channel tile: the fewest channel computations (a last tile that does not fit recomputes channels of the
        // one before), then the larger tile (each loaded column vector feeds more multiply-adds).
        int tile = 1;
        long fewest = long.MaxValue;
        for (int t = System.Math.Max(1, System.Math.Min(spec.OutChannels, max / perBlock)); t >= 1; t--)
        {
            long work = (((long)spec.OutChannels + t - 1) / t) * t;
            if (work < fewest)
            {
                (tile, fewest) = (t, work);
            }
        }

        int area = spec.KernelHeight * spec.KernelWidth;
        bool loops = (long)spec.TapsPerFilter * tile * perBlock > budget && spec.InChannels > 1;
        int unrolled = (loops ? area : spec.TapsPerFilter) * tile * perBlock;
        return new PlanePath(bits, lanes, tile, perBlock, starts, loops, unrolled);
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
