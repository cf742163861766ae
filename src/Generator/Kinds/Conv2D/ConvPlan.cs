using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>How much of a convolution's reduction (input channels of a group x filter rows x filter columns) is unrolled.</summary>
internal enum TapUnroll
{
    /// <summary>Every tap of the filter over every input channel of the group: no loop.</summary>
    Full,

    /// <summary>A loop over the input channels around the unrolled filter.</summary>
    PerChannel,

    /// <summary>Loops over input channels and filter rows around an unrolled filter row.</summary>
    PerRow,

    /// <summary>Loops over input channels, filter rows and groups of filter columns (<see cref="ConvPath.LoopedTaps"/>,
    /// whole phases of the scratch's row) around the unrolled group; the columns left after the loop.</summary>
    PerTap,
}

/// <summary>
/// One vector path of a convolution: output rows vectorized along the width with vectors of <see cref="Lanes"/>; a
/// register tile of <see cref="ChannelTile"/> output channels x up to <see cref="VectorsPerBlock"/> vectors, so each
/// loaded input vector feeds <see cref="ChannelTile"/> FMAs and each broadcast weight feeds one FMA per vector.
/// Columns: <see cref="LoopedBlocks"/> blocks of <see cref="VectorsPerBlock"/> vectors in a loop, then one block at the
/// constant columns <see cref="LastBlockStarts"/>; when the width is not a multiple of the lanes, its last vector ends
/// at the last column and recomputes a few outputs of the one before (storing the same values again).
/// </summary>
internal sealed record ConvPath(
    int Bits,
    int Lanes,
    int ChannelTile,
    int RowTile,
    int VectorsPerBlock,
    int LoopedBlocks,
    EquatableArray<int> LastBlockStarts,
    TapUnroll Unroll,
    int UnrolledMultiplyAdds,
    int FullMultiplyAdds,
    int LastRowTileStart,
    EquatableArray<SharedInputRow> InputRows)
{
    /// <summary>Whether the row tile does not divide the output height, so the last tile starts earlier (at
    /// <see cref="LastRowTileStart"/>) and recomputes rows of the one before.</summary>
    public bool ClampsRows => RowTile > 1 && LastRowTileStart % RowTile != 0;

    public int Accumulators => LaneTile is { } lanes ? lanes.Accumulators : ChannelTile * RowTile * VectorsPerBlock;

    /// <summary>Multiply-adds written out: the unrolled body of the looped column block and that of the last block
    /// (output channels in the lanes: each distinct tile body).</summary>
    public long EmittedMultiplyAdds => LaneTile is { } lanes
        ? (long)UnrolledMultiplyAdds * lanes.Bodies
        : (LoopedBlocks > 0 ? (long)UnrolledMultiplyAdds : 0) + ((long)UnrolledMultiplyAdds / VectorsPerBlock * LastBlockStarts.Count);

    /// <summary>The filter columns each step of a <see cref="TapUnroll.PerTap"/> loop takes (0 otherwise).</summary>
    public int LoopedTaps { get; init; }

    /// <summary>
    /// Output channels in the vector lanes instead of pixels (null: the row plan): see <see cref="ChannelLanes"/>.
    /// <see cref="ChannelTile"/> is then the channels of one tile (its vectors x <see cref="Lanes"/>).
    /// </summary>
    public ChannelLaneTile? LaneTile { get; init; }

    /// <summary>
    /// Whether this path folds the compile-time weights (and bias) into the code as literals: every output-channel tile
    /// is written out with its channel known, so zero taps are skipped and +-1 taps become adds and subtracts. Chosen
    /// when the weights are constants, the path unrolls all taps, and at most <see cref="ConvPlanner.MaxFoldedTiles"/>
    /// tiles are written out; otherwise the path reads constant weights from the generated data like a span.
    /// </summary>
    public bool FoldsWeights { get; init; }

    /// <summary>The rank-1 factorization this path computes as a row pass and a column pass, or null (direct taps).</summary>
    public SeparableFilter? Separable { get; init; }

    /// <summary>Output rows per flat run (0: the row plan): see <see cref="ConvPlanner"/>'s flat runs.</summary>
    public int FlatRows { get; init; }

    /// <summary>Output rows per register tile: when few channels and vectors fill the tile, several rows share each
    /// loaded input vector (a K-row filter over R output rows reads R + K - 1 input rows, not R x K).</summary>
    public const int MaxRowTile = 4;
}

/// <summary>
/// One input row of a row tile, loaded once (per tap column) and used by every (output row, filter row) pair of the
/// tile that reads it: <c>OutputRow * StrideY + FilterRow * DilationY == Row</c>.
/// </summary>
internal sealed record SharedInputRow(int Row, EquatableArray<RowTap> Uses);

/// <summary>One use of a shared input row: output row <see cref="OutputRow"/> of the tile with filter row <see cref="FilterRow"/>.</summary>
internal sealed record RowTap(int OutputRow, int FilterRow);

/// <summary>
/// Where the input is read from: in place, or a zero-padded scratch copy split into stride phases. Computed in
/// <c>long</c> so that the reader can check the sizes fit before the planner uses them as <c>int</c>.
/// </summary>
internal sealed record ConvLayout(bool UsesScratch, long PaddedHeight, long Phases, long PhaseWidth, long RowStride, long ChannelStride)
{
    /// <summary>Elements of a scratch (or input) holding <paramref name="channels"/> channels.</summary>
    public long ScratchLengthFor(long channels) => channels * ChannelStride;
}

/// <summary>
/// A convolution's plan. When there is padding or a horizontal stride, the input is first copied once per call into a
/// zero-padded scratch buffer (pooled), each padded row split into <see cref="Phases"/> phases (columns
/// <c>p, p + StrideX, ...</c>), so that every tap of every output is in range and contiguous along the output row:
/// the whole output is then "interior", with no bounds checks or branches. Without padding and with stride 1 the
/// input is read in place.
/// </summary>
/// <param name="PaddedHeight">Rows per channel of the scratch: the padded height, or one band's input rows.</param>
/// <param name="RowStride">Elements between consecutive (padded) input rows of one channel.</param>
/// <param name="ChannelStride">Elements between input channels.</param>
/// <param name="PhaseWidth">Elements per phase of a padded row.</param>
internal sealed record ConvPlan(
    ConvSpec Spec,
    bool UsesScratch,
    int PaddedHeight,
    int Phases,
    int PhaseWidth,
    int RowStride,
    int ChannelStride,
    EquatableArray<ConvPath> Paths,
    TargetInfo Target,
    int UnrollBudget) : KernelPlan(Target, UnrollBudget)
{
    /// <summary>
    /// With groups, the scratch holds one group's input channels at a time: each group's copy is made just before its
    /// output channels are computed, so it is still in L1 when the taps read it (a depthwise conv reads each copied
    /// element K x K times right away instead of after the whole input went through the cache).
    /// </summary>
    public bool ScratchPerGroup => UsesScratch && Spec.Groups > 1;

    /// <summary>Input channels in the scratch: one group's, or all.</summary>
    public int ScratchChannels => ScratchPerGroup ? Spec.InPerGroup : Spec.InChannels;

    public int ScratchLength => ScratchChannels * ChannelStride;

    public override bool IsLooped => Paths[0].Unroll != TapUnroll.Full;

    public override int FullMultiplyAdds => Paths[0].FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Paths[0].UnrolledMultiplyAdds;

    public override long EmittedMultiplyAdds => Paths.Sum(p => p.EmittedMultiplyAdds * (p.FoldsWeights ? Spec.OutChannels / p.ChannelTile : 1));

    /// <summary>Whether every path folds the weights (then no weight data is emitted).</summary>
    public bool FoldsWeights => Paths.All(p => p.FoldsWeights);

    public override bool ReadsConstantData(string role) => !FoldsWeights;

    /// <summary>
    /// Output rows per band when the input is copied band by band (0: the whole input at once): each band's input rows,
    /// zero-padded, are copied into the scratch just before the band's outputs are computed. <see cref="PaddedHeight"/>
    /// is then the rows of one band's copy and <see cref="ChannelStride"/> its channel stride.
    /// </summary>
    public int BandRows { get; init; }

    public bool IsBanded => BandRows > 0;

    /// <summary>Pixels of a flat run of <paramref name="path"/>: its rows at the scratch's row stride, the last one only to its end.</summary>
    public int FlatLength(ConvPath path) => path.FlatRows == 0 ? 0 : ((path.FlatRows - 1) * RowStride) + Spec.OutWidth;

    /// <summary>Elements of the per-thread buffer of a path with output channels in the lanes: a tile's transposed filters and its pixel-major outputs.</summary>
    public int LaneBufferLength => Paths.Max(p => p.LaneTile is null ? 0 : ChannelLanes.BufferLength(Spec, p));

    /// <summary>Elements of the per-thread buffer flat runs are stored into: the widest tile's run.</summary>
    public int FlatBufferLength => Paths.Max(p => p.FlatRows == 0 ? 0 : p.ChannelTile * FlatLength(p));

    /// <summary>Bands of a banded copy (the last one starts early and recomputes rows of the one before).</summary>
    public int Bands => IsBanded ? (Spec.OutHeight + BandRows - 1) / BandRows : 0;

    /// <summary>
    /// The units threads share out on <paramref name="path"/>, outermost first in the body: (band, output-channel tile)
    /// pairs of a banded copy, band by band (a part copies each band it has tiles of), groups when the scratch is per group, else output-channel tiles (each part copies
    /// the whole padded input once, into its thread's own scratch).
    /// </summary>
    public int UnitsOf(ConvPath path) => IsBanded ? Bands * (Spec.OutChannels / path.ChannelTile) : ScratchPerGroup ? Spec.Groups : Spec.OutChannels / path.ChannelTile;

    public override int SplitUnits => UnitsOf(Paths[0]);

    public override string SplitUnitNoun => IsBanded ? $"(band of {BandRows} output rows, output-channel tile) pairs, band by band" : ScratchPerGroup ? "groups" : "output-channel tiles";

    /// <summary>Elements between the first input rows of consecutive output rows.</summary>
    public int OutputRowStep => Spec.StrideY * RowStride;

    /// <summary>Elements of the input (or scratch) between groups' first channels.</summary>
    public int GroupStride => Spec.InPerGroup * ChannelStride;

    /// <summary>Elements between output channels.</summary>
    public int OutputPlane => Spec.OutHeight * Spec.OutWidth;

    /// <summary>Offset of tap (ky, kx) from the input position of output column 0 of a row, in the (scratch) input.</summary>
    public int TapOffset(int ky, int kx)
    {
        int column = kx * Spec.DilationX;
        int row = ky * Spec.DilationY * RowStride;
        return UsesScratch ? row + ((column % Phases) * PhaseWidth) + (column / Phases) : row + column;
    }
}

/// <summary>Chooses the convolution plan: scratch layout, vector paths, register tiles, column blocks, unrolling.</summary>
internal static class ConvPlanner
{
    /// <summary>
    /// The input layout: with padding or a horizontal stride, a zero-padded scratch whose rows are split into
    /// <c>StrideX</c> phases, so every tap is in range and contiguous along the output row; otherwise the input in place.
    /// </summary>
    public static ConvLayout Layout(ConvSpec spec)
    {
        bool scratch = spec.PaddingY > 0 || spec.PaddingX > 0 || spec.StrideX > 1;
        long paddedHeight = spec.Height + (2L * spec.PaddingY);
        long phases = scratch ? spec.StrideX : 1;
        long phaseWidth = scratch ? (spec.Width + (2L * spec.PaddingX) + phases - 1) / phases : spec.Width;
        long rowStride = scratch ? phases * phaseWidth : spec.Width;
        long channelStride = (scratch ? paddedHeight : spec.Height) * rowStride;
        return new ConvLayout(scratch, paddedHeight, phases, phaseWidth, rowStride, channelStride);
    }

    public static ConvPlan Plan(ConvSpec spec, TargetInfo target, int budget)
    {
        ConvLayout layout = Layout(spec);
        bool constant = spec.ConstantOf("weights") is not null;
        // A kernel that shares one image among threads bands a smaller copy too: each thread then copies only the bands it
        // computes, instead of every thread copying the whole padded input (measured on the 3x224x224 stem: two threads
        // each copying 635 KB reached 1.53x). Banding changes where taps are read from, not the order of any sum.
        long scratchBytes = layout.ScratchLengthFor(spec.InChannels) * spec.Element.Size();
        // (Only on a tall image: 28 rows in bands of 12 recompute 8 rows, which cost more than the copy saved: measured,
        // 128x28x28 at two threads fell from 1.82x to 1.50x.)
        bool shared = spec.Threads != 1 && spec.Images == 1 && spec.OutHeight >= 4 * BandRows;
        long threshold = shared ? SharedBandThresholdBytes : BandThresholdBytes;
        bool banded = layout.UsesScratch && spec.Groups == 1 && spec.OutHeight >= 2 * BandRows && scratchBytes > threshold;

        List<ConvPath> PathsFor(int band)
        {
            var planned = new List<ConvPath>();
            // A flat run is longer than a row: a row narrower than a vector (14 outputs) still gets that vector's path.
            int widest = FlatEligible(spec, layout, constant)
                ? System.Math.Max(spec.OutWidth, ((System.Math.Min(spec.OutHeight, band > 0 ? band : MaxFlatRows) - 1) * (int)layout.RowStride) + spec.OutWidth)
                : spec.OutWidth;
            foreach (int bits in VectorPaths.RowWidths(spec.Element, widest, target))
            {
                int lanes = ReductionPlan.LanesOf(bits, spec.Element);
                int pathBudget = VectorPaths.PathBudget(bits, planned.Count > 0, budget);
                int flatRows = FlatRows(spec, layout, band, lanes, constant);
                planned.Add(flatRows > 0
                    ? PlanPath(spec, bits, lanes, pathBudget, ((flatRows - 1) * (int)layout.RowStride) + spec.OutWidth) with { FlatRows = flatRows }
                    : PlanPath(spec, bits, lanes, pathBudget));
            }

            return planned;
        }

        // The band's height: the candidate whose widest path computes the fewest pixels (bands of 12 over 56 rows computed
        // 60 rows; bands of 8, 56), each path's row tile dividing it; a tie keeps the default, else goes to the taller
        // band (fewer input rows copied twice).
        int band = 0;
        List<ConvPath>? paths = null;
        if (banded)
        {
            long best = long.MaxValue;
            foreach (int candidate in BandCandidates)
            {
                if (spec.OutHeight < 2 * candidate)
                {
                    continue;
                }

                List<ConvPath> planned = PathsFor(candidate);
                if (planned.Any(p => candidate % p.RowTile != 0))
                {
                    continue;
                }

                long computed = BandedPixels(spec, layout, candidate, planned[0]);
                if (computed < best || (computed == best && (candidate == BandRows || band != BandRows)))
                {
                    (band, paths, best) = (candidate, planned, computed);
                }
            }
        }

        // not banded (or, were no candidate to fit, the whole copy: still correct, only larger)
        paths ??= PathsFor(0);

        // A path whose pixels fill the lanes badly (rows of 14 or 7) keeps output channels in the lanes instead.
        if (band == 0)
        {
            paths = paths.Select(p => ChannelLanes.Path(spec, layout, p, constant, budget) ?? p).ToList();

            // a row narrower than the 512-bit vector has no such path of pixels, but may have one of channels
            if (target.HasVector512 && paths[0].Bits != 512
                && ChannelLanes.Path(spec, layout, PlanPath(spec, 512, ReductionPlan.LanesOf(512, spec.Element), budget), constant, budget) is { } lanes)
            {
                paths.Insert(0, lanes);
            }
        }

        SeparableFilter? separable = SeparableFilter.Find(spec);
        var direct = paths
            .Select(p => p with { FoldsWeights = constant && p.Unroll == TapUnroll.Full && spec.OutChannels / p.ChannelTile <= MaxFoldedTiles })
            .ToList();
        // A deterministic kernel computes the same operations on every path: folded weights (zero taps skipped, +-1 taps
        // as adds) and the separable form only when every path takes them.
        if (spec.Deterministic && !direct.All(p => p.FoldsWeights))
        {
            direct = direct.Select(p => p with { FoldsWeights = false }).ToList();
        }

        var folded = direct.Select(p => separable is not null && p.FoldsWeights ? SeparablePath(spec, p, separable) ?? p : p).ToList();
        if (spec.Deterministic && folded.Any(p => p.Separable is null))
        {
            folded = direct;
        }
        // A large padded input is copied band by band (BandRows output rows at a time, into a scratch of the input rows
        // they read), so the copy is still in L1/L2 when the taps read it, instead of a whole-image copy through memory.
        int scratchRows = band > 0 ? ((band - 1) * spec.StrideY) + ((spec.KernelHeight - 1) * spec.DilationY) + 1 : (int)layout.PaddedHeight;
        return new ConvPlan(spec, layout.UsesScratch, scratchRows, (int)layout.Phases, (int)layout.PhaseWidth,
            (int)layout.RowStride, band > 0 ? scratchRows * (int)layout.RowStride : (int)layout.ChannelStride, folded.ToEquatableArray(), target, budget)
        {
            BandRows = band,
        };
    }

    /// <summary>
    /// The path of a rank-1 constant filter as a row pass and a column pass in registers, when that needs fewer
    /// operations per output vector than the folded direct path; else null. Each register tile holds R rows x V
    /// vectors of accumulators plus V row-pass sums and V loaded inputs, so V is smaller than a direct tile's.
    /// </summary>
    private static ConvPath? SeparablePath(ConvSpec spec, ConvPath direct, SeparableFilter filter)
    {
        int registers = direct.Bits == 512 ? 32 : 16;
        int rows = System.Math.Min(ConvPath.MaxRowTile, spec.OutHeight);
        int vectors = System.Math.Max(1, System.Math.Min((int)(((long)spec.OutWidth + direct.Lanes - 1) / direct.Lanes), (registers - 4) / (rows + 2)));
        ConstantOperand weights = spec.ConstantOf("weights")!;
        int nonzero = Enumerable.Range(0, weights.Length).Count(i => weights[i] != 0);
        int inputRows = ((rows - 1) * spec.StrideY) + ((spec.KernelHeight - 1) * spec.DilationY) + 1;
        double separableOps = ((double)inputRows * filter.RowTaps / rows) + filter.ColumnTaps;
        double directOps = nonzero;
        if (separableOps >= directOps)
        {
            return null;
        }

        (int looped, List<int> last) = ColumnBlocks.Split(spec.OutWidth, direct.Lanes, vectors);
        int perBody = (inputRows * filter.RowTaps * vectors) + (rows * filter.ColumnTaps * vectors);
        return direct with
        {
            RowTile = rows,
            VectorsPerBlock = vectors,
            LoopedBlocks = looped,
            LastBlockStarts = last.ToEquatableArray(),
            UnrolledMultiplyAdds = perBody,
            LastRowTileStart = spec.OutHeight - rows,
            InputRows = SharedRows(spec, rows),
            Separable = filter,
        };
    }

    /// <summary>
    /// Rows per flat run of a path, or 0 for the row plan. A stride-1 convolution over the zero-padded scratch can
    /// compute a run of output rows as one flat row of <c>(rows - 1) * RowStride + OutWidth</c> pixels: every tap is
    /// then one constant offset, every vector full, and the <c>RowStride - OutWidth</c> pixels between two rows are
    /// computed and dropped when the run is copied out row by row. Chosen when the rows do not fill whole vectors
    /// (56 outputs are 3.5 vectors of 16: the row plan recomputes half a vector per row, the flat run 2 of 58 pixels),
    /// the run (a band, or <see cref="BandRows"/> rows) stays small, and nothing asks for one fixed order or folds
    /// weights into the code. Each output still sums its taps in the row plan's (channel, row, column) order.
    /// </summary>
    private static int FlatRows(ConvSpec spec, ConvLayout layout, int band, int lanes, bool constant)
    {
        if (lanes <= 1 || !FlatEligible(spec, layout, constant) || spec.OutWidth % lanes == 0)
        {
            return 0;
        }

        // Pixels computed per output, flat runs of r rows against the row plan's vectors per row. A band fixes the run
        // (the band's rows; both plans recompute the same rows of the last band); otherwise the run length with the
        // fewest pixels computed, the last run starting early (measured: 28 rows in runs of 12 recomputed 8 rows and
        // ran 1.34x slower than the row plan; in runs of 14 none).
        double Cost(int r, int runs)
        {
            long run = ((r - 1) * layout.RowStride) + spec.OutWidth;
            return (double)runs * (((run + lanes - 1) / lanes) * lanes) / ((double)spec.OutHeight * spec.OutWidth);
        }

        // a run holds at least one whole vector (its last vector ends at its end and must not start before it)
        bool Fits(int r) => ((r - 1) * layout.RowStride) + spec.OutWidth >= lanes;
        int rows = band;
        double flat = band > 0 && Fits(band) ? Cost(band, 1) * spec.OutHeight / band : double.MaxValue;
        for (int r = 2; band == 0 && r <= System.Math.Min(spec.OutHeight, MaxFlatRows); r++)
        {
            if (!Fits(r))
            {
                continue;
            }

            double cost = Cost(r, (spec.OutHeight + r - 1) / r);
            if (cost <= flat + 1e-9) // a tie goes to the longer run: wider register tiles, fewer copies out
            {
                (rows, flat) = (r, cost);
            }
        }

        // a row narrower than the vector has no row plan on this path: the flat run it is
        double perRow = spec.OutWidth < lanes ? double.MaxValue : (double)(((spec.OutWidth + lanes - 1) / lanes) * lanes) / spec.OutWidth;
        return flat < double.MaxValue && flat + 0.02 < perRow ? rows : 0;
    }

    /// <summary>Whether a convolution can run as flat runs: stride 1 over a padded scratch, one group, no folded weights, no fixed order.</summary>
    private static bool FlatEligible(ConvSpec spec, ConvLayout layout, bool constant) =>
        layout.UsesScratch && layout.Phases == 1 && spec.StrideY == 1 && spec.Groups == 1 && !constant && !spec.Deterministic
        && spec.OutWidth <= MaxFlatWidth && spec.OutHeight >= 2;

    /// <summary>Output rows per flat run at most (without a band): its tile's run stays in L1.</summary>
    public const int MaxFlatRows = 16;

    /// <summary>The widest output row a flat run is planned for: beyond it, a row's last partial vector costs little.</summary>
    public const int MaxFlatWidth = 256;

    /// <summary>Output rows per band of a banded input copy by default (and the least height banded, twice it): a multiple of every row tile (1 to 4).</summary>
    public const int BandRows = 12;

    /// <summary>The band heights the planner weighs (<see cref="BandedPixels"/>); each path's row tile must divide the one chosen.</summary>
    private static readonly int[] BandCandidates = { 8, 12, 16 };

    /// <summary>
    /// Pixels the widest path computes over every band of <paramref name="band"/> rows (the last band starts early and
    /// recomputes rows of the one before): a flat run per band, rounded up to whole vectors, or whole rows of vectors.
    /// </summary>
    public static long BandedPixels(ConvSpec spec, ConvLayout layout, int band, ConvPath widest)
    {
        long bands = (spec.OutHeight + band - 1) / band;
        int lanes = System.Math.Max(1, widest.Lanes);
        long run = widest.FlatRows > 0 ? ((long)(band - 1) * layout.RowStride) + spec.OutWidth : spec.OutWidth;
        long perRun = (run + lanes - 1) / lanes * lanes;
        return bands * (widest.FlatRows > 0 ? perRun : perRun * band);
    }

    /// <summary>
    /// A padded copy of the whole input larger than this (bytes) is made band by band instead: half of a 1 MB L2, beside
    /// the output being written. The 3x224x224 stem's 635 KB copy is banded (100 KB): level in the steady state
    /// (BenchmarkDotNet, one run on the Zen 5: 1,370.7 +- 9.7 us banded, 1,360.2 +- 12.6 us whole), and a first call
    /// 1.5-2 ms shorter where first-touch page faults are slow (18 us a page on that machine). (Before the 5 + 2
    /// register tiles and planned band heights, banding made the stem 10 % slower, so the threshold was 768 KB.)
    /// </summary>
    public const long BandThresholdBytes = 512 * 1024;

    /// <summary>The same threshold for a kernel whose threads share one image (<c>Threads</c> other than 1, one image).</summary>
    public const long SharedBandThresholdBytes = 256 * 1024;

    /// <summary>
    /// The most output-channel tiles folded constant weights write out (each one a copy of the unrolled tile body);
    /// beyond it the weights are read from the generated data in the channel loop.
    /// </summary>
    public const int MaxFoldedTiles = 16;

    /// <summary>Accumulators a register tile may hold: 24 of the 32 AVX-512 registers, 12 of AVX2's 16, 8 scalars.</summary>
    public static int MaxAccumulators(int bits) => bits == 512 ? 24 : bits == 0 ? 8 : 12;

    /// <summary>
    /// Cycles of one tap step of a block of <paramref name="tile"/> channels x <paramref name="vectors"/> vectors on a
    /// vector path: the FMAs at two a cycle, the loads (one per vector, one broadcast per channel) at two a cycle, and
    /// each accumulator's chain at one FMA per 4 cycles (the latency), with the slack of <see cref="FullRateChains"/>. A
    /// block of 4 channels x 1 vector, the rest of a row of 7 vectors after a block of 6, has 4 chains and runs at half
    /// speed; 5 + 2 has a block of 8 chains that runs at the peak only when every load and broadcast arrives on time,
    /// so 4 + 3 (16 and 12 chains) is taken. Measured on the 512-bit path only; the narrower paths count loads per FMA
    /// as before (their blocks of 12 at most hold 8 chains only in tiles that load more).
    /// </summary>
    private static double BlockCycles(int bits, int tile, int vectors)
    {
        double loads = tile + vectors;
        if (bits != 512)
        {
            return loads;
        }

        double fmas = (double)tile * vectors;
        return System.Math.Max(System.Math.Max(fmas, loads), FullRateChains) / 2;
    }

    /// <summary>The FMA latency in cycles (Zen 4/5, recent Intel): a block needs 8 accumulators to keep two FMA pipes busy.</summary>
    public const int FmaLatency = 4;

    /// <summary>
    /// The accumulators a block of a row plan needs to run at the FMA peak: 8 would keep two pipes busy with no slack
    /// for the loads, 12 leave it. Measured on the Zen 5 with `kernelgen bench`, the old and the new plan alternately:
    /// rows of 7 vectors in blocks of 4 + 3 against 5 + 2, the stem 1.19-1.22 ms against 1.22-1.32 ms, 32x112x112 -> 32
    /// 1.14-1.16 ms against 1.18-1.21 ms.
    /// </summary>
    public const int FullRateChains = 3 * FmaLatency;

    /// <summary>
    /// The filter columns of one group in a <see cref="TapUnroll.PerTap"/> loop: as many as it takes for the group's
    /// column span to be a whole number of scratch positions (stride 2, dilation 1: 2 taps, phases 0 and 1), so that
    /// every group reads the same phases at the same offsets from where the last one ended.
    /// </summary>
    public static int TapGroup(ConvSpec spec)
    {
        ConvLayout layout = Layout(spec);
        if (!layout.UsesScratch || layout.Phases <= 1)
        {
            return 1;
        }

        int phases = (int)layout.Phases, a = phases, b = spec.DilationX % phases;
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return phases / a;
    }

    private static ConvPath PlanPath(ConvSpec spec, int bits, int lanes, int budget, int? flatWidth = null)
    {
        int width = flatWidth ?? spec.OutWidth;
        int vectors = (int)(((long)width + lanes - 1) / lanes); // long: a width near int.MaxValue must not wrap
        int max = MaxAccumulators(bits);

        // The channel tile: fewest loads per FMA over a whole row, among divisors of the channels per group up to 8;
        // ties go to the larger tile. A block of v vectors loads v inputs and broadcasts one weight per channel for
        // channels x v FMAs; a row of V vectors is V / v such blocks plus one of the V mod v left (8 channels x 3 vectors
        // on a row of 4 leaves a block of 1, whose 8 broadcasts feed 8 FMAs: 4 x 4 is cheaper there).
        int bestTile = 1, bestVectors = System.Math.Min(vectors, max);
        double bestCost = double.MaxValue;
        for (int tile = System.Math.Min(8, spec.OutPerGroup); tile >= 1; tile--)
        {
            if (spec.OutPerGroup % tile != 0 || tile > max)
            {
                continue;
            }

            for (int v = System.Math.Min(vectors, max / tile); v >= 1 && v * 2 > System.Math.Min(vectors, max / tile); v--)
            {
                long blocks = vectors / v, rest = vectors % v;
                // cycles per FMA first (a block with too few chains waits on the latency), then loads per FMA
                double cycles = ((blocks * BlockCycles(bits, tile, v)) + (rest > 0 ? BlockCycles(bits, tile, (int)rest) : 0)) / ((double)tile * vectors);
                double loads = ((blocks * (double)(tile + v)) + (rest > 0 ? tile + rest : 0)) / ((double)tile * vectors);
                double cost = (cycles * 1000) + loads;
                if (cost < bestCost - 1e-9)
                {
                    (bestTile, bestVectors, bestCost) = (tile, v, cost);
                }
            }
        }

        // One output channel per tile (a single filter, or depthwise): each loaded input vector would feed one FMA, so
        // the loads bound the speed. Give a quarter of the accumulators to rows instead of vectors: a K-row filter over
        // 4 output rows loads (4 + K - 1) input rows per filter column, not 4 x K.
        // When the budget would not unroll the filter over 4 rows of that many vectors, fewer vectors keep the rows.
        // (Fewer vectors would compile faster: a folded 3x3 Sobel over 1080p with 2 vectors per row instead of 6 took
        // 1.5 ms of JIT instead of 3.6, and ran as fast timed alternately in one process; but `kernelgen bench`, old and
        // new builds alternately in either order, had it 3-8 % slower at 640x480 and 1080p, 0-4 % with 3 vectors. Not
        // taken: benchmarks/README.md, "What the JIT's first calls still cost".)
        if (bestTile == 1 && spec.KernelHeight > 1 && spec.OutHeight >= ConvPath.MaxRowTile && bestVectors * ConvPath.MaxRowTile > max)
        {
            bestVectors = System.Math.Max(1, max / ConvPath.MaxRowTile);
            long perVector = (long)spec.TapsPerFilter * ConvPath.MaxRowTile;
            if (perVector <= budget)
            {
                bestVectors = (int)System.Math.Min(bestVectors, budget / perVector);
            }
        }

        // The smallest body the loops allow is one filter row over the tile; a wide filter (a long FIR) narrows the tile
        // so that even that body stays within the budget (and the method under the JIT's size limit).
        if ((long)spec.KernelWidth * bestTile * bestVectors > budget)
        {
            bestVectors = System.Math.Max(1, budget / (spec.KernelWidth * bestTile));
        }

        (int looped, List<int> last) = ColumnBlocks.Split(width, lanes, bestVectors);

        // Rows per tile: fill the accumulators the channel tile and the vectors leave, when the filter stays unrolled
        // (a loop over filter rows cannot share input rows between output rows).
        // A row count that does not divide the height recomputes rows in the last tile; accept at most 1/8 of them.
        int rowTile = flatWidth is not null ? 1 // a flat run is one long row
            : System.Math.Max(1, System.Math.Min(System.Math.Min(ConvPath.MaxRowTile, spec.OutHeight), max / (bestTile * bestVectors)));
        while (rowTile > 1 && 8 * ((((spec.OutHeight + rowTile - 1) / rowTile) * rowTile) - spec.OutHeight) > spec.OutHeight)
        {
            rowTile--;
        }

        TapUnroll unroll = TapUnroll.PerRow;
        long full = 0, area = (long)spec.KernelHeight * spec.KernelWidth;
        for (; rowTile >= 1; rowTile--)
        {
            long perTap = (long)bestTile * bestVectors * rowTile;
            full = spec.TapsPerFilter * perTap;
            // A loop that would run once (one input channel per group, one filter row) is no loop: the filter is unrolled.
            unroll = full <= budget || spec.TapsPerFilter == spec.KernelWidth ? TapUnroll.Full
                : area * perTap <= budget ? TapUnroll.PerChannel : TapUnroll.PerRow;
            if (unroll != TapUnroll.PerRow || rowTile == 1)
            {
                break;
            }
        }

        long tapWork = (long)bestTile * bestVectors * rowTile;

        // A filter row looped, wide enough for three groups of taps of 2 x FullRateChains multiply-adds or more (a group
        // is whole phases of the scratch's row): the filter columns are looped too, a group at a time. The group's taps
        // are at constant offsets from two pointers the loop advances, so the loop adds two additions and its branch to
        // the taps' loads, broadcasts and FMAs, and the JIT compiles a group instead of a row.
        // (One tap at a time with its phase and column computed from the tap's index, 43 instructions per 16 FMAs, ran at
        // the row's speed in some processes and 30 % slower in others: benchmarks/README.md, "What the JIT's first calls
        // still cost".)
        int phaseGroup = TapGroup(spec), group = phaseGroup;
        while (group * tapWork < 2 * FullRateChains)
        {
            group += phaseGroup;
        }

        if (unroll == TapUnroll.PerRow && spec.KernelWidth >= 3 * group)
        {
            unroll = TapUnroll.PerTap;
        }

        long unrolled = unroll switch
        {
            TapUnroll.Full => full,
            TapUnroll.PerChannel => area * tapWork,
            TapUnroll.PerRow => spec.KernelWidth * tapWork,
            _ => group * tapWork,
        };

        return new ConvPath(bits, lanes, bestTile, rowTile, bestVectors, looped, last.ToEquatableArray(), unroll,
            (int)System.Math.Min(unrolled, int.MaxValue), (int)System.Math.Min(full, int.MaxValue),
            spec.OutHeight - rowTile, SharedRows(spec, rowTile))
        {
            LoopedTaps = unroll == TapUnroll.PerTap ? group : 0,
        };
    }

    /// <summary>
    /// The input rows a tile of <paramref name="rows"/> output rows reads, in order, each with the (output row, filter
    /// row) pairs that use it: a K-row filter over R output rows reads R + K - 1 input rows at stride 1, not R x K.
    /// </summary>
    private static EquatableArray<SharedInputRow> SharedRows(ConvSpec spec, int rows)
    {
        var inputRows = new SortedDictionary<int, List<RowTap>>();
        for (int r = 0; r < rows; r++)
        {
            for (int y = 0; y < spec.KernelHeight; y++)
            {
                int q = (r * spec.StrideY) + (y * spec.DilationY);
                if (!inputRows.TryGetValue(q, out List<RowTap>? uses))
                {
                    inputRows[q] = uses = new List<RowTap>();
                }

                uses.Add(new RowTap(r, y));
            }
        }

        return inputRows.Select(pair => new SharedInputRow(pair.Key, pair.Value.ToEquatableArray())).ToEquatableArray();
    }
}
