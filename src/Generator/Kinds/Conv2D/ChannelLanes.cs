using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D;

/// <summary>
/// The register tile of a path with output channels in the lanes: <see cref="Vectors"/> vectors of output channels x
/// <see cref="Rows"/> x <see cref="Columns"/> output pixels, one accumulator per (vector, pixel). <see cref="Bodies"/>
/// counts the distinct tile bodies written: the full tile, and the smaller ones that end the rows and the columns.
/// <see cref="RowLaneUse"/> is the share of useful lanes of the row plan it replaces. <see cref="InputBlock"/> input
/// channels are summed per pass over the pixels (all of them, or a divisor whose transposed filters stay in L2).
/// </summary>
internal sealed record ChannelLaneTile(int Vectors, int Rows, int Columns, int Bodies, double RowLaneUse, int InputBlock)
{
    public int Pixels => Rows * Columns;

    public int Accumulators => Vectors * Pixels;

    /// <summary>Whether the body unrolls one row of the filter in a loop over its rows (the whole filter otherwise).</summary>
    public bool PerRow { get; init; }
}

/// <summary>
/// Output channels in the vector lanes, for a convolution whose output rows fill the pixel lanes badly: rows of 14
/// outputs fill 14 of 16 lanes even as flat runs over the padded plane (256x14x14: 196 outputs for 224 lanes), rows of 7
/// fill 49 of 64. Each vector then holds one tap of 16 filters and each input pixel is broadcast: a tile of
/// <c>V</c> vectors (16 V output channels) x <c>P</c> pixels loads V weight vectors and broadcasts P pixels per tap for
/// V x P multiply-adds, and every lane is an output. The filters are transposed per call into <c>[taps][16 V]</c>, one
/// output-channel tile at a time (16 x 16 blocks in registers, <c>KernelTranspose</c>), and each tile's outputs, stored
/// pixel-major, are transposed back into the channel planes: about 4 / pixels of the multiply-adds' time, so it pays
/// where the pixel lanes would waste more. Each output still sums its taps in the row plan's (channel, row, column)
/// order from zero and adds the bias last, so the results are the row plan's, bit for bit. The MLAS kernels ONNX Runtime
/// runs use the same vectorization over its NCHWc layout, reordered once per model; here the layout stays PyTorch's.
/// </summary>
internal static class ChannelLanes
{
    /// <summary>
    /// The row plan's share of useful lanes below which channels go to the lanes (14 of 16 is 0.875). Measured on the
    /// Zen 5 with <c>kernelgen bench</c>: 128x28x28 -> 128, whose flat runs fill 94 % of the lanes, ran 1.04 ms in the
    /// lanes against 1.19 ms; 64x56x56 -> 64 (96.5 %, banded) ran level either way, so it keeps its banded row plan.
    /// </summary>
    public const double MaxRowLaneUse = 0.96;

    /// <summary>Output pixels per channel at least: the two transposes cost about 4 / pixels of the multiply-adds.</summary>
    public const int MinPixels = 32;

    /// <summary>
    /// The most bytes a tile's transposed filters take: every pixel tile reads them all from L2, beside the padded input.
    /// Measured on the Zen 5 (1 MB L2): 256x14x14 with 295 KB of filters per tile ran at 94-99 % of the FMA peak, and
    /// 512x7x7 with 590 KB at 73 % (its row plan: 78 %). More input channels than fit are taken in blocks that do
    /// (<see cref="ChannelLaneTile.InputBlock"/>), the partial sums kept in the tile's pixel-major outputs between blocks.
    /// </summary>
    public const long MaxPackedBytes = 384 * 1024;

    /// <summary>Input channels per block at least: each block loads and stores the tile's partial sums once.</summary>
    public const int MinInputBlock = 8;

    /// <summary>
    /// Channel vectors per tile, in the order tried: 2 vectors x 14 pixels reads 128 bytes of filters per 28 multiply-adds;
    /// 4 x 6 reads twice as many bytes per multiply-add and ran 1.44 ms against 1.07 on 256x14x14 (Zen 5, kernelgen
    /// bench). 1 vector x 28 pixels (a broadcast per multiply-add) ran 512x7x7 at 73 % of the peak, below its row plan (78 %).
    /// </summary>
    private static readonly int[] Preference = { 2, 3, 4 };

    /// <summary>Vector registers of the 512-bit path: a tile's accumulators, its weight vectors and the broadcast pixel.</summary>
    private const int Registers = 32;

    /// <summary>The channels-in-lanes version of <paramref name="rows"/>, or null when its row plan is kept.</summary>
    public static ConvPath? Path(ConvSpec spec, ConvLayout layout, ConvPath rows, bool constant, int budget)
    {
        if (rows.Bits != 512 || spec.Element != ElementType.Float || spec.Groups != 1 || constant || spec.Deterministic
            || (long)spec.OutHeight * spec.OutWidth < MinPixels)
        {
            return null;
        }

        double rowLaneUse = RowLaneUse(spec, layout, rows);
        if (rowLaneUse >= MaxRowLaneUse)
        {
            return null;
        }

        int area = spec.KernelHeight * spec.KernelWidth;
        ChannelLaneTile? best = null;
        foreach (int vectors in Preference)
        {
            int channels = vectors * rows.Lanes;
            int block = InputBlock(spec.InPerGroup, MaxPackedBytes / ((long)channels * area * spec.Element.Size()));
            if (spec.OutChannels % channels != 0 || block < System.Math.Min(MinInputBlock, spec.InPerGroup))
            {
                continue;
            }

            // the most pixels the registers hold; a filter the budget would not unroll over them is looped row by row
            // (a 5x5 filter: 5 taps x 28 accumulators a body); at least 8 accumulators, or the FMA latency bounds the tile
            int most = (Registers - vectors - 1) / vectors;
            bool perRow = (long)area * vectors * most > budget && spec.KernelHeight > 1;
            int pixels = System.Math.Min(most, budget / ((perRow ? spec.KernelWidth : area) * vectors));
            if (pixels * vectors < 2 * ConvPlanner.FmaLatency)
            {
                continue;
            }

            int columns = System.Math.Min(spec.OutWidth, pixels);
            int tileRows = System.Math.Max(1, System.Math.Min(spec.OutHeight, pixels / columns));
            int bodies = Parts(spec.OutHeight, tileRows).Count() * Parts(spec.OutWidth, columns).Count();
            best = new ChannelLaneTile(vectors, tileRows, columns, bodies, rowLaneUse, block) { PerRow = perRow };
            break;
        }

        if (best is null)
        {
            return null;
        }

        return rows with
        {
            ChannelTile = best.Vectors * rows.Lanes,
            RowTile = 1,
            VectorsPerBlock = 1,
            LoopedBlocks = 0,
            LastBlockStarts = EquatableArray<int>.Empty,
            Unroll = best.PerRow ? TapUnroll.PerRow : spec.InPerGroup == 1 ? TapUnroll.Full : TapUnroll.PerChannel,
            UnrolledMultiplyAdds = (best.PerRow ? spec.KernelWidth : area) * best.Accumulators,
            FullMultiplyAdds = (int)System.Math.Min((long)spec.TapsPerFilter * best.Accumulators, int.MaxValue),
            LastRowTileStart = 0,
            InputRows = EquatableArray<SharedInputRow>.Empty,
            FlatRows = 0,
            LaneTile = best,
        };
    }

    /// <summary>Elements of a thread's buffer for <paramref name="path"/>: one block of a tile's transposed filters, then its pixel-major outputs.</summary>
    public static int BufferLength(ConvSpec spec, ConvPath path) =>
        path.ChannelTile * ((path.LaneTile!.InputBlock * spec.KernelHeight * spec.KernelWidth) + (spec.OutHeight * spec.OutWidth));

    /// <summary>The most input channels up to <paramref name="most"/> that divide <paramref name="channels"/> (0: none).</summary>
    private static int InputBlock(int channels, long most)
    {
        for (int block = (int)System.Math.Min(channels, most); block >= 1; block--)
        {
            if (channels % block == 0)
            {
                return block;
            }
        }

        return 0;
    }

    /// <summary>Useful lanes of the row plan's path: outputs over the pixels its vectors compute (flat runs included).</summary>
    public static double RowLaneUse(ConvSpec spec, ConvLayout layout, ConvPath rows)
    {
        long Rounded(long n) => (n + rows.Lanes - 1) / rows.Lanes * rows.Lanes;
        long computed = rows.FlatRows > 0
            ? ((spec.OutHeight + rows.FlatRows - 1) / rows.FlatRows) * Rounded(((rows.FlatRows - 1) * layout.RowStride) + spec.OutWidth)
            : spec.OutHeight * Rounded(spec.OutWidth);
        return (double)spec.OutHeight * spec.OutWidth / computed;
    }

    /// <summary>A length in parts of <paramref name="size"/>: (size, how many), then (the rest, 1) when it does not divide.</summary>
    public static IEnumerable<(int Size, int Count)> Parts(int length, int size)
    {
        if (length / size > 0)
        {
            yield return (size, length / size);
        }

        if (length % size > 0)
        {
            yield return (length % size, 1);
        }
    }
}
