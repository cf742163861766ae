using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Kinds.MatMul;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D.Winograd;

/// <summary>
/// A Winograd convolution's plan (<c>Algorithm = ConvAlgorithm.Winograd</c>), F(m x m, 3x3) with <c>α = m + 2</c>:
/// the output is cut into <see cref="TilesY"/> x <see cref="TilesX"/> tiles of m x m; the tiles run in
/// <see cref="Blocks"/> blocks of <see cref="BlockTiles"/> (the last block starts early and stores only its new tiles).
/// Per block: each tile's α x α input patch transformed (<c>Bᵀ d B</c>) with the input channels in the vector lanes,
/// into <c>V[α²][BlockTiles][InStride]</c>; the α² matrix products <c>M[ξ] = V[ξ] · U[ξ]</c> (<see cref="Product"/>,
/// the <c>MatMul</c> register tiles, <c>U[α²][InStride][OutStride]</c> the transformed filters); each tile's output
/// transform (<c>Aᵀ M A</c>) with the bias, then the activation on the single store into the output's layout.
/// Channel counts are padded to <see cref="InStride"/> and <see cref="OutStride"/> (a multiple of the widest vector)
/// with zeros, which add nothing.
/// </summary>
internal sealed record WinogradPlan(ConvSpec Spec, int Tile, int TilesY, int TilesX, int InStride, int OutStride, int BlockTiles, int Blocks,
    GemmPlan Product, EquatableArray<int> PathBits, TargetInfo Target, int UnrollBudget) : KernelPlan(Target, UnrollBudget)
{
    public int Alpha => Tile + WinogradTransform.Taps - 1;

    /// <summary>Positions of a transformed tile: the independent matrix products of a block.</summary>
    public int Positions => Alpha * Alpha;

    public int Tiles => TilesY * TilesX;

    /// <summary>Rows and columns of the zero-padded, channels-last copy of one image: every tile's patch is in it.</summary>
    public int PaddedHeight => (Tile * TilesY) + 2;

    public int PaddedWidth => (Tile * TilesX) + 2;

    /// <summary>The first tile of block <c>b</c> is <c>min(b * BlockTiles, Tiles - BlockTiles)</c>.</summary>
    public int LastBlockStart => Tiles - BlockTiles;

    /// <summary>
    /// Elements from one position's matrix to the next in U, V and M: the matrix's length, one cache line more when
    /// that is a multiple of 4 KB (the α² positions of a tile, stored or loaded together, would otherwise all fall in
    /// one L1 set: measured, the run-time filter transform of 128 x 128 channels ran 5x slower).
    /// </summary>
    public int FilterStride => Spread(InStride * OutStride);

    public int TileStride => Spread(BlockTiles * InStride);

    public int ProductStride => Spread(BlockTiles * OutStride);

    public int TransformedFilterLength => Positions * FilterStride;

    /// <summary>The per-thread scratch: the padded input, a block's transformed tiles, its products, its outputs, the bias.</summary>
    public int PaddedLength => PaddedHeight * PaddedWidth * InStride;

    public int TransformedTilesLength => Positions * TileStride;

    public int ProductsLength => Positions * ProductStride;

    public int OutputsLength => BlockTiles * Tile * Tile * OutStride;

    public int TransformedTilesOffset => Align(PaddedLength);

    public int ProductsOffset => TransformedTilesOffset + Align(TransformedTilesLength);

    public int OutputsOffset => ProductsOffset + Align(ProductsLength);

    public int BiasOffset => OutputsOffset + Align(OutputsLength);

    public int ScratchLength => BiasOffset + Align(Spec.HasBias ? OutStride : 0);

    /// <summary>The caller's buffer for run-time weights: the transformed filters, then the weights tap-major.</summary>
    public int PreparedLength => TapsOffset + (TransformParts * 9 * Spec.InChannels * WinogradEmitter.FilterBlock);

    /// <summary>
    /// Parts of the run-time filter transform: one per thread of a threaded kernel (each a range of blocks of output
    /// channels, with its own block of reordered weights), so that it runs on every thread before the tiles do; 1
    /// otherwise. Measured: done on the calling thread alone, the other thread parked meanwhile and woke late, and the
    /// two-thread call of 256 x 14 x 14 took 2.7x the one-thread call.
    /// </summary>
    public int TransformParts => Partition.IsThreaded ? System.Math.Min(Partition.Threads, (Spec.OutChannels + WinogradEmitter.FilterBlock - 1) / WinogradEmitter.FilterBlock) : 1;

    /// <summary>Where the block of weights reordered tap-major starts in the caller's buffer.</summary>
    public int TapsOffset => Align(TransformedFilterLength);

    /// <summary>Multiplications of one image's products, against the direct convolution's.</summary>
    public long Multiplications => (long)Positions * Tiles * Spec.InChannels * Spec.OutChannels;

    public long DirectMultiplications => (long)Spec.OutChannels * Spec.OutHeight * Spec.OutWidth * Spec.InChannels * 9;

    public override int SplitUnits => Blocks;

    public override string SplitUnitNoun => "tile blocks";

    public override bool IsLooped => Product.IsLooped;

    public override int FullMultiplyAdds => Product.FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Product.UnrolledMultiplyAdds;

    /// <summary>
    /// None in the method itself: the transforms and the products are methods of their own (each with its paths), the
    /// method holds the copies and the loops. The products' method is kept under the JIT's limit by the planner.
    /// </summary>
    public override long EmittedMultiplyAdds => 0;

    public override bool ReadsConstantData(string role) => role != "weights";

    public override string? PreparedRole => Spec.ConstantOf("weights") is null ? "weights" : null;

    private int Spread(int length) => (long)length * Spec.Element.Size() % 4096 == 0 ? length + (64 / Spec.Element.Size()) : length;

    /// <summary>Offsets and lengths in the scratch start on a 64-byte boundary.</summary>
    private int Align(int length) => (length + 15) / 16 * 16;
}

/// <summary>Plans a Winograd convolution: the tile, the channel strides, the blocks, the products' register tiles. A pure function.</summary>
internal static class WinogradPlanner
{
    /// <summary>
    /// What one block's transformed tiles, products and outputs may take (bytes): the input transform writes them, the
    /// products read and write them position by position, the output transform reads them back, so a block is sized to
    /// stay in a core's L2 (1 MB on Zen 4 and 5) with the products' filter panel beside it.
    /// </summary>
    public const int BlockBytes = 768 * 1024;

    public static WinogradPlan Plan(ConvSpec spec, TargetInfo target, int budget)
    {
        int tile = ChooseTile(spec.OutHeight, spec.OutWidth, spec.ConstantOf("weights") is not null);
        int tilesY = (spec.OutHeight + tile - 1) / tile, tilesX = (spec.OutWidth + tile - 1) / tile, tiles = tilesY * tilesX;
        var widths = new List<int>();
        if (target.HasVectorApis)
        {
            widths.AddRange(target.HasVector512 ? new[] { 512, 256, 128 } : new[] { 256, 128 });
        }

        widths.Add(0);
        int stride = ReductionPlan.LanesOf(widths[0], spec.Element);
        int inStride = Round(spec.InChannels, stride), outStride = Round(spec.OutChannels, stride);
        int alpha = tile + 2, size = spec.Element.Size();
        long perTile = ((long)alpha * alpha * (inStride + outStride) + ((long)tile * tile * outStride)) * size;
        int blocks = (int)System.Math.Min(tiles, System.Math.Max(1, (tiles * perTile + BlockBytes - 1) / BlockBytes));
        int wanted = spec.Threads == 1 || spec.Images > 1 ? 1 : spec.Threads == 0 ? 2 : spec.Threads;
        // a multiple of the threads, so that the shares of one image are even (3 blocks on 2 threads ran slower than on 1)
        blocks = System.Math.Min(tiles, (System.Math.Max(blocks, wanted) + wanted - 1) / wanted * wanted);
        int blockTiles = (tiles + blocks - 1) / blocks;
        blocks = (tiles + blockTiles - 1) / blockTiles;

        var product = new MatMulSpec(spec.Element, blockTiles, inStride, outStride, TransposeB: false, HasBias: false, ActivationKind.None);
        GemmPlan gemm = GemmPlanner.Plan(product, target, budget);
        while (gemm.EstimatedIlBytes > KernelPlanner.MaxIlBytes && budget > 8)
        {
            budget = System.Math.Max(8, budget / 2);
            gemm = GemmPlanner.Plan(product, target, budget);
        }

        gemm = gemm with { Deterministic = spec.Deterministic };
        return new WinogradPlan(spec, tile, tilesY, tilesX, inStride, outStride, blockTiles, blocks, gemm, widths.ToEquatableArray(), target, budget);
    }

    /// <summary>
    /// What transforming one filter value costs per call, in multiply-adds of the products (measured on Zen 5, 256 x 256
    /// channels: the run-time transform took 0.1-0.2 ns a value, the products 0.017 ns a multiply-add). At 256 x 14 x 14
    /// the two tiles ran within 3 % of each other in one run, but F(4x4) writes and rereads 9.4 MB of filters per call and
    /// varied from 0.69 to 1.44 ms over four runs, F(2x2) (4.2 MB) 0.74 ms in two: this cost puts that layer on F(2x2).
    /// </summary>
    public const int TransformCost = 12;

    /// <summary>What reading one compile-time transformed filter value from the assembly's data costs per call, likewise.</summary>
    public const int ConstantFilterCost = 8;

    /// <summary>
    /// F(4x4, 3x3) or F(2x2, 3x3): the one with the lower cost per (input, output) channel pair, α² x (the tiles that
    /// cover the output + what each transformed filter value costs per call, <see cref="TransformCost"/> or
    /// <see cref="ConstantFilterCost"/>); on a tie the smaller tile. The tiles favour 4x4 (36 products per 16 outputs
    /// against 16 per 4), the filters 2x2 (16 values per filter against 36): measured, 64 x 56 x 56 ran 2.0x our direct
    /// kernel with 4x4 tiles and 1.6x with 2x2; 256 x 14 x 14 (16 tiles of 4x4) 0.9-1.9x with 4x4 and 1.8x with 2x2. Small
    /// planes (a 4x4 output: one 4x4 tile or four 2x2) take 2x2 tiles: their filters cost more than their tiles.
    /// </summary>
    public static int ChooseTile(int outHeight, int outWidth, bool constantWeights)
    {
        int perFilter = constantWeights ? ConstantFilterCost : TransformCost;
        long Cost(int m) => (long)(m + 2) * (m + 2) * ((((outHeight + m - 1) / m) * ((outWidth + m - 1) / m)) + perFilter);
        return Cost(4) < Cost(2) ? 4 : 2;
    }

    /// <summary>
    /// For a direct convolution Winograd could compute (3x3, stride 1, dilation 1, one group), the header's line of what
    /// it would save; null for any other.
    /// </summary>
    public static string? Savings(ConvSpec spec)
    {
        if (spec.Winograd || spec.KernelHeight != 3 || spec.KernelWidth != 3 || spec.StrideY != 1 || spec.StrideX != 1
            || spec.DilationY != 1 || spec.DilationX != 1 || spec.Groups != 1)
        {
            return null;
        }

        int m = ChooseTile(spec.OutHeight, spec.OutWidth, spec.ConstantOf("weights") is not null);
        long tiles = (long)((spec.OutHeight + m - 1) / m) * ((spec.OutWidth + m - 1) / m);
        long winograd = (long)(m + 2) * (m + 2) * tiles * spec.InChannels * spec.OutChannels;
        long direct = 9L * spec.OutHeight * spec.OutWidth * spec.InChannels * spec.OutChannels;
        string N(long v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"//   Winograd: Algorithm = ConvAlgorithm.Winograd would take F({m}x{m}, 3x3) tiles: {N(winograd)} multiplications per image instead of {N(direct)} ({((double)direct / winograd).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}x fewer), within a looser accuracy bound";
    }

    private static int Round(int value, int multiple) => (value + multiple - 1) / multiple * multiple;
}
