using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.MatMul;

/// <summary>
/// How one dimension (rows of <c>a</c>, or columns of <c>c</c> in the inner form) is cut into tiles of
/// <see cref="Tile"/>: <see cref="Count"/> tiles, the last starting at <see cref="LastStart"/>. When the tile does not
/// divide the extent, the last tile starts early and recomputes a few rows of the one before (storing the same values
/// again): one branch-free body for every tile.
/// </summary>
internal sealed record GemmTiles(int Extent, int Tile)
{
    public int Count => (Extent + Tile - 1) / Tile;

    public int LastStart => Extent - Tile;

    public bool Clamps => Extent % Tile != 0;
}

/// <summary>One vector path of a matrix product.</summary>
internal abstract record GemmPath(int Bits, int Lanes, GemmTiles Rows)
{
    public abstract bool IsLooped { get; }

    public abstract int FullMultiplyAdds { get; }

    public abstract int UnrolledMultiplyAdds { get; }

    public abstract long EmittedMultiplyAdds { get; }

    /// <summary>Accumulators the register tile keeps live.</summary>
    public abstract int Accumulators { get; }

    /// <summary>Accumulator epilogues written out over the path's distinct tile bodies.</summary>
    public abstract long EmittedStores { get; }
}

/// <summary>
/// The outer-product micro-kernel (LIBXSMM's and BLIS's), for <c>b</c> as <c>[k][n]</c>: a tile of
/// <c>Rows.Tile</c> rows of <c>c</c> x up to <see cref="VectorsPerBlock"/> vectors along n, in accumulators; for each
/// p &lt; k one vector load of <c>b</c>'s row p per column vector, one broadcast of <c>a[i, p]</c> per row, one FMA per
/// accumulator. Columns: <see cref="LoopedBlocks"/> blocks of <see cref="VectorsPerBlock"/> vectors, then one block
/// at the constant columns <see cref="LastBlockStarts"/> (its last vector ends at the last column and recomputes a
/// few columns when n is not a multiple of the lanes). The k steps: a loop of <see cref="KIterations"/> x
/// <see cref="KBody"/> unrolled steps when the whole of k is over the budget, then <see cref="KRest"/> unrolled steps.
/// </summary>
internal sealed record OuterGemmPath(int Bits, int Lanes, GemmTiles Rows, int VectorsPerBlock, int LoopedBlocks,
    EquatableArray<int> LastBlockStarts, int KBody, int KIterations, int KRest)
    : GemmPath(Bits, Lanes, Rows)
{
    private int WidestBlock => LoopedBlocks > 0 ? VectorsPerBlock : LastBlockStarts.Count;

    public override bool IsLooped => KIterations > 0;

    public override int FullMultiplyAdds => Rows.Tile * WidestBlock * (KBody * KIterations + KRest);

    public override int UnrolledMultiplyAdds => Rows.Tile * WidestBlock * System.Math.Max(KBody, KRest);

    public override long EmittedMultiplyAdds =>
        (long)Rows.Tile * (KBody + KRest) * ((LoopedBlocks > 0 ? VectorsPerBlock : 0) + LastBlockStarts.Count);

    public override int Accumulators => Rows.Tile * WidestBlock;

    public override long EmittedStores => (long)Rows.Tile * ((LoopedBlocks > 0 ? VectorsPerBlock : 0) + LastBlockStarts.Count);

    /// <summary>
    /// Whether the column blocks are the outer loop and the row tiles the inner one: each column panel of <c>b</c>
    /// (k x block) then stays in L2 while every row tile reads it, instead of all of <c>b</c> streaming through the
    /// caches once per row tile. Chosen when <c>b</c> is larger than <see cref="GemmPlanner.PanelsOuterBytes"/>. Every
    /// tile computes the same sums either way.
    /// </summary>
    public bool PanelsOuter { get; init; }

    /// <summary>
    /// Whether each column panel of <c>b</c> is first copied into a contiguous per-thread scratch (<c>[k][block]</c>, as
    /// BLIS packs its panels) and the tiles read the copy. In place, the panel's rows are <c>n</c> elements apart: at
    /// n = 1024 (4 KB) every row falls in the same L1 set and in a sixteenth of L2's, so the panel does not stay in L2
    /// and 1024³ ran at 48-54 % of the FMA peak. Packed, it is one sequential stream. Set with <see cref="PanelsOuter"/>
    /// where the kind provides the scratch.
    /// </summary>
    public bool PacksPanels { get; init; }

    /// <summary>Elements of the packed panel of the widest block (<c>k x block width</c>), when <see cref="PacksPanels"/>.</summary>
    public long PanelLength => PacksPanels ? (long)(KBody * KIterations + KRest) * WidestBlock * Lanes : 0;
}

/// <summary>
/// The inner-product micro-kernel, for <c>b</c> as <c>[n][k]</c> (<c>TransposeB</c>, a dense layer's weights): both
/// operands are contiguous along k, so a tile of <c>Rows.Tile</c> rows of <c>a</c> x <see cref="Columns"/>.Tile rows
/// of <c>b</c> keeps one accumulator (or a few) per pair along k; each loaded vector of <c>a</c> feeds a whole row of
/// the tile and each loaded vector of <c>b</c> a whole column. <see cref="Reduction"/> lays out k for the tile (main
/// vectors, loop, masked overlapping tail; its rows are the tile's pairs); each pair is summed horizontally once.
/// </summary>
internal sealed record InnerGemmPath(int Bits, int Lanes, GemmTiles Rows, GemmTiles Columns, ReductionPlan Reduction)
    : GemmPath(Bits, Lanes, Rows)
{
    public override bool IsLooped => Reduction.IsLooped;

    public override int FullMultiplyAdds => Reduction.FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Reduction.UnrolledMultiplyAdds;

    public override long EmittedMultiplyAdds => Reduction.EmittedMultiplyAdds;

    public override int Accumulators => Reduction.Rows * Reduction.Accumulators;

    public override long EmittedStores => Reduction.Rows;
}

/// <summary>A matrix product's plan: one <see cref="GemmPath"/> per vector width, widest first.</summary>
internal sealed record GemmPlan(MatMulSpec Spec, EquatableArray<GemmPath> Paths, TargetInfo Target, int UnrollBudget)
    : KernelPlan(Target, UnrollBudget)
{
    /// <summary>Row tiles of c: the units threads share out (each path divides its own).</summary>
    public override int SplitUnits => Paths[0].Rows.Count;

    public override string SplitUnitNoun => "row tiles";

    public override bool IsLooped => Paths[0].IsLooped;

    public override int FullMultiplyAdds => Paths[0].FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Paths[0].UnrolledMultiplyAdds;

    public override long EmittedMultiplyAdds => Paths.Sum(p => p.EmittedMultiplyAdds);

    public override long EmittedStores => Paths.Sum(p => p.EmittedStores);

    public override bool Inline => (long)Spec.M * Spec.N * Spec.K <= InlineLimit;

    /// <summary>Elements of the per-thread scratch the packed panels need (0 when no path packs).</summary>
    public long PanelLength => Paths.Max(p => p is OuterGemmPath o ? o.PanelLength : 0);
}
