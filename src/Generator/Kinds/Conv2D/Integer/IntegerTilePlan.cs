using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Conv2D.Integer;

/// <summary>
/// The geometry every tile path of one convolution shares (pure data, computed from the spec): the image copied into
/// planes of channel groups, <c>[channelGroups][PlanePositions][group]</c>, padded with the input zero point, and the
/// output computed as one flat run of <see cref="FlatLength"/> pixels at the padded width (stride 1): output
/// <c>(oy, ox)</c> is flat position <c>oy * PaddedWidth + ox</c>, and tap <c>(ky, kx)</c> reads the copy at that
/// position plus the constant <see cref="TapOffsets"/>. The <c>PaddedWidth - OutWidth</c> positions after each row are
/// computed and dropped, so that every vector is full and no tap needs a bounds check.
/// </summary>
internal static class IntegerTiles
{
    /// <summary>Whether the tiles apply: one group, stride 1 (dilation and padding are constant offsets).</summary>
    public static bool Apply(ConvSpec spec) => spec.Groups == 1 && spec.StrideY == 1 && spec.StrideX == 1;

    public static int PaddedHeight(ConvSpec spec) => spec.Height + (2 * spec.PaddingY);

    public static int PaddedWidth(ConvSpec spec) => spec.Width + (2 * spec.PaddingX);

    /// <summary>Flat positions from the first output to the last: <c>(OutHeight - 1) x PaddedWidth + OutWidth</c>.</summary>
    public static int FlatLength(ConvSpec spec) => ((spec.OutHeight - 1) * PaddedWidth(spec)) + spec.OutWidth;

    public static int Taps(ConvSpec spec) => spec.KernelHeight * spec.KernelWidth;

    /// <summary>Each tap's offset in flat positions, <c>ky</c> major.</summary>
    public static IReadOnlyList<int> TapOffsets(ConvSpec spec)
    {
        var offsets = new List<int>();
        for (int ky = 0; ky < spec.KernelHeight; ky++)
        {
            for (int kx = 0; kx < spec.KernelWidth; kx++)
            {
                offsets.Add((ky * spec.DilationY * PaddedWidth(spec)) + (kx * spec.DilationX));
            }
        }

        return offsets;
    }

    public static int ChannelGroups(ConvSpec spec, IntegerTilePath path) => (spec.InChannels + path.Group - 1) / path.Group;

    /// <summary>Tiles along the flat run.</summary>
    public static int Blocks(ConvSpec spec, IntegerTilePath path) => (FlatLength(spec) + path.Pixels - 1) / path.Pixels;

    /// <summary>The flat run rounded up to whole tiles: the length of each channel's row of sums.</summary>
    public static int FlatPadded(ConvSpec spec, IntegerTilePath path) => Blocks(spec, path) * path.Pixels;

    /// <summary>Positions per plane of the copy: the padded image, or as far as the last tile's last tap reads (a multiple of 16).</summary>
    public static int PlanePositions(ConvSpec spec, IntegerTilePath path)
    {
        IReadOnlyList<int> offsets = TapOffsets(spec);
        int reach = FlatPadded(spec, path) + offsets[offsets.Count - 1];
        int positions = System.Math.Max(PaddedHeight(spec) * PaddedWidth(spec), reach);
        return (positions + 15) / 16 * 16;
    }

    /// <summary>Bytes of the copy.</summary>
    public static int CopyBytes(ConvSpec spec, IntegerTilePath path) => ChannelGroups(spec, path) * PlanePositions(spec, path) * path.Group * path.ElementBytes;

    /// <summary>Bytes of one block's rows of sums (after the copy, at a cache line).</summary>
    public static int ResultBytes(ConvSpec spec, IntegerTilePath path) => path.Rows * FlatPadded(spec, path) * 4;

    public static int ResultOffset(ConvSpec spec, IntegerTilePath path) => (CopyBytes(spec, path) + 63) / 64 * 64;

    /// <summary>The per-thread scratch of the widest need over the paths.</summary>
    public static int ScratchBytes(ConvSpec spec, IEnumerable<IntegerTilePath> paths)
    {
        int bytes = 0;
        foreach (IntegerTilePath path in paths)
        {
            bytes = System.Math.Max(bytes, path.Gathers ? IntegerGatherTiles.ScratchBytes(spec) : ResultOffset(spec, path) + ResultBytes(spec, path));
        }

        return bytes;
    }

    /// <summary>Output-channel blocks of <see cref="IntegerTilePath.Rows"/> (the last one padded with zero filters).</summary>
    public static int ChannelBlocks(ConvSpec spec, IntegerTilePath path) => (spec.OutChannels + path.Rows - 1) / path.Rows;

    /// <summary>
    /// <c>int</c>s of the packed filters, <c>[channelBlock][channelGroup][tap][row]</c>, each the group's weights side by
    /// side (4 bytes, or 2 shorts): the broadcasts one tile step reads are neighbours.
    /// </summary>
    public static int PackedInts(ConvSpec spec, IntegerTilePath path) => ChannelBlocks(spec, path) * path.Rows * ChannelGroups(spec, path) * Taps(spec);

    /// <summary>Bytes of the packed filters and, when the path corrects, each padded channel's filter sum after them.</summary>
    public static int PreparedBytes(ConvSpec spec, IntegerTilePath path, IntegerScheme scheme) => path.Gathers ? 0 :
        (PackedInts(spec, path) + (path.Corrects(scheme) ? ChannelBlocks(spec, path) * path.Rows : 0)) * 4;

    /// <summary>
    /// The packed filter value at <c>int</c> index <paramref name="index"/> of <see cref="PackedInts"/>, from
    /// <paramref name="weight"/> (PyTorch's <c>[oc][ic][ky][kx]</c> flat index to value); channels past the real ones are 0.
    /// </summary>
    public static int Packed(ConvSpec spec, IntegerTilePath path, int index, System.Func<int, int> weight)
    {
        int taps = Taps(spec), groups = ChannelGroups(spec, path);
        int row = index % path.Rows, rest = index / path.Rows;
        int tap = rest % taps;
        rest /= taps;
        int group = rest % groups, block = rest / groups;
        int oc = (block * path.Rows) + row;
        int value = 0;
        for (int j = 0; j < path.Group; j++)
        {
            int ic = (group * path.Group) + j;
            if (oc < spec.OutChannels && ic < spec.InChannels)
            {
                int w = weight((((oc * spec.InChannels) + ic) * taps) + tap);
                value |= path.Group == 4 ? (w & 0xFF) << (8 * j) : (w & 0xFFFF) << (16 * j);
            }
        }

        return value;
    }

    /// <summary>
    /// The tile paths worth writing, widest and fastest first: the gather tiles where they apply
    /// (<see cref="IntegerGatherTiles.Apply"/>, a small image: nothing packed per call), <c>VPDPBUSD</c> ymm where the
    /// compilation has <c>AvxVnni</c>, then <c>VPMADDWD</c> zmm and ymm. A tile is 4 output channels x as many vectors of pixels as the
    /// registers hold beside one loaded vector per column and one broadcast (VEX: 16; EVEX: 32), at most the flat run.
    /// </summary>
    public static EquatableArray<IntegerTilePath> Plan(ConvSpec spec, TargetInfo target)
    {
        var paths = new List<IntegerTilePath>();
        if (target.HasAvxVnni && spec.Integer is { } integer && IntegerGatherTiles.Apply(spec, integer))
        {
            paths.Add(new IntegerTilePath(IntegerProduct.DotProduct, 256, Rows, IntegerGatherTiles.BlockPixels / 8, Gathers: true));
        }

        if (!Apply(spec))
        {
            return paths.ToEquatableArray();
        }

        int flat = FlatLength(spec);
        IntegerTilePath Path(IntegerProduct product, int bits, int vectors)
        {
            int lanes = bits / 32;
            return new IntegerTilePath(product, bits, Rows, System.Math.Max(1, System.Math.Min(vectors, (flat + lanes - 1) / lanes)));
        }

        if (target.HasAvxVnni)
        {
            paths.Add(Path(IntegerProduct.DotProduct, 256, 4));
        }

        if (target.HasVector512)
        {
            paths.Add(Path(IntegerProduct.MultiplyAddAdjacent, 512, 4));
        }

        paths.Add(Path(IntegerProduct.MultiplyAddAdjacent, 256, 2));
        return paths.ToEquatableArray();
    }

    /// <summary>Output channels per tile; divides <see cref="IntegerConvPlanner.Rows"/>, the unit threads share out.</summary>
    public const int Rows = 4;
}
