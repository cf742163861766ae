using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Pooling;

/// <summary>
/// Output rows (or columns) <c>First .. First + Count - 1</c>, whose windows all cover taps <c>TapFirst .. TapEnd - 1</c>
/// inside the image (the others fall in the padding) and, for an average, span <c>PoolSize</c> of the padded input
/// (PyTorch's <c>hend - hstart</c>, which ceil mode can cut short).
/// </summary>
internal sealed record PoolRange(int First, int Count, int TapFirst, int TapEnd, int PoolSize)
{
    public int Taps => System.Math.Max(0, TapEnd - TapFirst);
}

/// <summary>
/// One vector path: <c>Lanes</c> outputs of a row per vector (<see cref="Deinterleaves"/>: at stride 2, from pairs of
/// loads split into even and odd columns) over the output columns <c>RunStart .. RunEnd - 1</c>, in blocks of one vector
/// (the last overlapping the one before), unrolled or <see cref="Looped"/>; the other columns one by one. The scalar
/// path (<c>Bits == 0</c>) runs the same way with one output per step, at any stride.
/// </summary>
internal sealed record PoolPath(int Bits, int Lanes, bool Deinterleaves, int RunStart, int RunEnd, bool Looped)
{
    public int Run => RunEnd - RunStart;

    /// <summary>Vector blocks per row: the last one overlaps the one before when the run is not a multiple of the lanes.</summary>
    public int Blocks => Run <= 0 ? 0 : (Run + Lanes - 1) / Lanes;

    /// <summary>The start column of each block when unrolled.</summary>
    public IEnumerable<int> BlockStarts() => Enumerable.Range(0, Blocks).Select(b => b == Blocks - 1 ? RunEnd - Lanes : RunStart + (b * Lanes));
}

/// <summary>A pooling: the output rows grouped by the window rows they cover, and per vector path the columns.</summary>
internal sealed record PoolPlan(PoolSpec Spec, EquatableArray<PoolRange> Rows, EquatableArray<PoolRange> Columns,
    EquatableArray<PoolPath> Paths, TargetInfo Target, int UnrollBudget) : KernelPlan(Target, UnrollBudget)
{
    /// <summary>Channels: the units threads share out (every path loops over them outermost).</summary>
    public override int SplitUnits => Spec.Channels;

    public override string SplitUnitNoun => "channels";

    /// <summary>
    /// Whether the border outputs (rows and columns whose window is clipped) call one generic local function that clips
    /// the window at run time, instead of being written out each with its own taps: chosen when the written-out plan
    /// would make a method too large for the JIT to optimize (large windows with padding: 7x7 over 100x100 was 368 KB
    /// of IL). The interior's vector blocks are unchanged.
    /// </summary>
    public bool CompactBorders { get; init; }

    /// <summary>
    /// Output bytes per block of the gather path (<see cref="PoolGather"/>), or 0: a small integer max pooling whose every
    /// block of outputs reads one 64-byte window. Written where one thread runs the whole image (the parts of a split
    /// image take the row paths).
    /// </summary>
    public int GatherBlock { get; init; }

    /// <summary>Whether the gather path is written (see <see cref="GatherBlock"/>).</summary>
    public bool Gathers => GatherBlock > 0 && Partition.SharesPerImage == 1;

    /// <summary>The window is always unrolled; loops run over channels, rows and vector blocks, never over taps.</summary>
    public override bool IsLooped => false;

    public override int FullMultiplyAdds => Spec.Taps;

    public override int UnrolledMultiplyAdds => Spec.Taps;

    /// <summary>Taps written out: per row group, every scalar column's and every unrolled (or the looped) block's.</summary>
    public override long EmittedMultiplyAdds => CompactBorders
        ? Paths.Sum(path => (long)Spec.Taps * (path.Looped ? 2 : path.Blocks)) + Spec.Taps
        : Paths.Sum(path => Rows.Sum(row => (long)row.Taps
            * (Columns.Sum(c => (long)c.Taps * ScalarColumns(path, c)) + ((long)Spec.KernelWidth * (path.Looped ? 2 : path.Blocks)))));

    /// <summary>The interior rows: the one group whose windows keep every window row (null when no row does).</summary>
    public PoolRange? InteriorRows => Rows.FirstOrDefault(r => r.TapFirst == 0 && r.TapEnd == Spec.KernelHeight && r.PoolSize == Spec.KernelHeight);

    /// <summary>How many columns of <paramref name="columns"/> <paramref name="path"/> computes one by one (outside its run).</summary>
    public static int ScalarColumns(PoolPath path, PoolRange columns)
    {
        int inRun = System.Math.Max(0, System.Math.Min(columns.First + columns.Count, path.RunEnd) - System.Math.Max(columns.First, path.RunStart));
        return columns.Count - inRun;
    }
}

/// <summary>
/// Plans a pooling: a pure function of the spec. Rows and columns are grouped by the taps their windows keep (the
/// interior, whose window lies in the image, is one group); each vector width whose lanes fit the interior of a row gets
/// a path, stride 1 along the row, stride 2 by de-interleaving; any other stride has the scalar path only.
/// </summary>
internal static class PoolPlanner
{
    public static PoolPlan Plan(PoolSpec spec, TargetInfo target, int budget)
    {
        bool avg = spec.Op == PoolOp.Avg;
        EquatableArray<PoolRange> rows = Ranges(spec.OutHeight, spec.Height, spec.KernelHeight, spec.StrideY, spec.PaddingY, spec.DilationY, avg).ToEquatableArray();
        EquatableArray<PoolRange> columns = Ranges(spec.OutWidth, spec.Width, spec.KernelWidth, spec.StrideX, spec.PaddingX, spec.DilationX, avg).ToEquatableArray();
        PoolRange? interior = columns.FirstOrDefault(c => c.TapFirst == 0 && c.TapEnd == spec.KernelWidth && c.PoolSize == spec.KernelWidth);
        int start = interior?.First ?? 0, end = interior is null ? 0 : interior.First + interior.Count;
        var paths = new List<PoolPath>();
        foreach (int bits in new[] { 512, 256, 128 })
        {
            int lanes = ReductionPlan.LanesOf(bits, spec.Element);
            if ((bits == 512 && !target.HasVector512) || spec.StrideX > 2)
            {
                continue;
            }

            // At stride 2 a block loads 2 x lanes columns from each pair's start: the last block's must end in the row.
            int runEnd = spec.StrideX == 1 ? end
                : System.Math.Min(end, (spec.Width + spec.PaddingX - (2 * ((spec.KernelWidth - 1) * spec.DilationX / 2))) / 2);
            if (runEnd - start >= lanes)
            {
                paths.Add(Path(spec, bits, lanes, spec.StrideX == 2, start, runEnd, budget));
            }
        }

        paths.Add(Path(spec, 0, 1, false, start, end, paths.Count > 0 ? System.Math.Min(budget, VectorPaths.FallbackScalarBudget) : budget));
        var plan = new PoolPlan(spec, rows, columns, paths.ToEquatableArray(), target, budget) { GatherBlock = PoolGather.BlockFor(spec, target) };
        return plan.EstimatedIlBytes > KernelPlanner.MaxIlBytes ? plan with { CompactBorders = true } : plan;
    }

    private static PoolPath Path(PoolSpec spec, int bits, int lanes, bool deinterleaves, int start, int end, int budget)
    {
        var path = new PoolPath(bits, lanes, deinterleaves, start, end, false);
        return (long)path.Blocks * spec.Taps > budget ? path with { Looped = true } : path;
    }

    /// <summary>
    /// The outputs of one axis grouped by the window taps inside the image: each border output on its own, the interior
    /// (window whole inside, found without visiting it) as one range.
    /// </summary>
    public static List<PoolRange> Ranges(int outputs, int size, int kernel, int stride, int padding, int dilation, bool avg)
    {
        PoolRange At(int o)
        {
            long begin = ((long)o * stride) - padding;
            int first = begin >= 0 ? 0 : (int)((-begin + dilation - 1) / dilation);
            int endTap = begin >= size ? 0 : (int)System.Math.Min(kernel, (size - begin + dilation - 1) / dilation);
            int pool = avg ? (int)(System.Math.Min(begin + kernel, (long)size + padding) - begin) : kernel;
            return new PoolRange(o, 1, first, endTap, pool);
        }

        // Interior: begin >= 0 and begin + (kernel - 1) * dilation <= size - 1.
        long lo = (padding + stride - 1) / stride;
        long hi = ((long)size - 1 - ((long)(kernel - 1) * dilation) + padding) / stride; // last interior output, if >= lo
        if ((long)size - 1 - ((long)(kernel - 1) * dilation) + padding < 0)
        {
            hi = -1;
        }

        lo = System.Math.Min(lo, outputs);
        hi = System.Math.Min(hi, outputs - 1L);
        var ranges = new List<PoolRange>();
        void Add(PoolRange range)
        {
            PoolRange? last = ranges.Count > 0 ? ranges[ranges.Count - 1] : null;
            if (last is not null && last.First + last.Count == range.First && last.TapFirst == range.TapFirst
                && last.TapEnd == range.TapEnd && last.PoolSize == range.PoolSize)
            {
                ranges[ranges.Count - 1] = last with { Count = last.Count + range.Count };
            }
            else
            {
                ranges.Add(range);
            }
        }

        if (hi < lo)
        {
            for (int o = 0; o < outputs; o++)
            {
                Add(At(o));
            }

            return ranges;
        }

        for (int o = 0; o < lo; o++)
        {
            Add(At(o));
        }

        Add(new PoolRange((int)lo, (int)(hi - lo + 1), 0, kernel, kernel));
        for (long o = hi + 1; o < outputs; o++)
        {
            Add(At((int)o));
        }

        return ranges;
    }
}
