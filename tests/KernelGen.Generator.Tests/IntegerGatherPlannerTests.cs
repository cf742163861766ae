using System.Linq;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Kinds.Conv2D.Integer;
using KernelGen.Generator.Model;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Where the integer convolution's gather tiles apply (IntegerGatherTiles: byte activations, a small image, each column
/// vector one permute of a 64-byte window), and that their gathers pick every activation, the zero point in the padding
/// and a zero past the filter or the pixels.
/// </summary>
public class IntegerGatherPlannerTests
{
    private static ConvSpec Conv(int ic, int h, int w, int oc, int kh, int kw, int stride = 1, int padding = 1, ElementType activations = ElementType.Byte, int zeroPoint = 0) =>
        new(activations, ic, h, w, oc, kh, kw, stride, stride, padding, padding, 1, 1, 1, true, ActivationKind.Relu)
        {
            Integer = new IntegerScheme(activations, ElementType.Byte, zeroPoint, 0),
        };

    [Theory]
    [InlineData(1, 8, 8, 16, 3, 3, 1, 1)]   // the digits' conv1: a filter of 9 bytes, 4 pixel blocks
    [InlineData(16, 4, 4, 32, 3, 3, 1, 1)]  // the digits' conv2: 36 groups, one pixel block
    [InlineData(3, 5, 7, 6, 3, 3, 1, 1)]    // the test kernel Gather0
    [InlineData(4, 6, 6, 20, 3, 3, 2, 1)]   // Gather1: stride 2
    [InlineData(2, 6, 6, 2, 2, 3, 1, 1)]    // Gather2
    [InlineData(5, 4, 4, 7, 3, 3, 1, 1)]    // Gather3: 7 channels, a filter of 45 bytes
    [InlineData(6, 8, 8, 8, 3, 3, 1, 1)]    // Gather4: 4 pixel blocks
    [InlineData(16, 4, 4, 8, 3, 3, 1, 1)]   // Gather5
    public void Small_images_with_byte_activations_take_the_gather_tiles_first(int ic, int h, int w, int oc, int kh, int kw, int stride, int padding)
    {
        ConvSpec spec = Conv(ic, h, w, oc, kh, kw, stride, padding);
        Assert.True(IntegerTiles.Plan(Conv(ic, h, w, oc, kh, kw, stride, padding, zeroPoint: 128), TargetInfo.Latest)[0] is { Gathers: true } corrected
            && corrected.Corrects(new IntegerScheme(ElementType.Byte, ElementType.Byte, 128, 0)));
        var tiles = IntegerTiles.Plan(spec, TargetInfo.Latest);
        Assert.True(tiles[0].Gathers);
        Assert.Equal("global::System.Runtime.Intrinsics.X86.AvxVnni.IsSupported && global::System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported", tiles[0].Condition);
        Assert.Equal(1, tiles.Count(t => t.Gathers));
        Assert.Equal(0, IntegerTiles.PreparedBytes(spec, tiles[0], spec.Integer!));

        // every lane's index names the activation it meets, or a zero where the tap is padding, past the filter or past the pixels
        var gathers = IntegerGatherTiles.Gathers(spec)!;
        int k = ic * kh * kw, pixels = spec.OutHeight * spec.OutWidth, blocks = IntegerGatherTiles.PixelBlocks(spec);
        Assert.Equal(IntegerGatherTiles.Groups(spec) * blocks, gathers.Count);
        for (int v = 0; v < gathers.Count; v++)
        {
            (int start, byte[] indices) = gathers[v];
            Assert.InRange(start, 0, (ic * h * w) - 64);
            for (int lane = 0; lane < 64; lane++)
            {
                int pixel = (v % blocks * 16) + (lane / 4), tap = (v / blocks * 4) + (lane % 4);
                int expected = -2; // a zero
                if (pixel < pixels && tap < k)
                {
                    int c = tap / (kh * kw), ky = tap % (kh * kw) / kw, kx = tap % kw;
                    int iy = (pixel / spec.OutWidth * stride) - padding + ky, ix = (pixel % spec.OutWidth * stride) - padding + kx;
                    expected = iy < 0 || iy >= h || ix < 0 || ix >= w ? -1 : (c * h * w) + (iy * w) + ix; // -1: the zero point
                }

                Assert.Equal(expected, indices[lane] switch { 64 => -1, 65 => -2, byte i => start + i });
            }
        }
    }

    [Theory]
    [InlineData(16, 4, 4, 32, 3, 3, true)]  // the digits' conv2: one block of 16 pixels
    [InlineData(1, 8, 8, 16, 3, 3, true)]   // 64 pixels: 4 blocks
    [InlineData(5, 4, 4, 7, 3, 3, true)]    // Gather3 (the rows past the 7th channel not stored)
    [InlineData(3, 5, 7, 6, 3, 3, false)]   // Gather0: 35 pixels, a last block in part
    [InlineData(4, 6, 6, 20, 3, 3, false)]  // Gather1 at stride 1 would be 36 pixels
    public void Tiles_store_from_their_registers_when_every_pixel_block_is_whole(int ic, int h, int w, int oc, int kh, int kw, bool fromRegisters)
    {
        ConvSpec spec = Conv(ic, h, w, oc, kh, kw);
        Assert.Equal(fromRegisters, IntegerGatherTiles.StoresFromRegisters(spec, spec.Integer!));
        // a float output through a sigmoid has no vector store: through the rows of sums
        Assert.False(IntegerGatherTiles.StoresFromRegisters(spec with { Activation = ActivationKind.Sigmoid }, new IntegerScheme(ElementType.Byte, ElementType.Float, 0, 0)));
    }

    [Fact]
    public void Other_convolutions_keep_the_packed_tiles()
    {
        Assert.False(IntegerTiles.Plan(Conv(16, 4, 4, 32, 3, 3, activations: ElementType.SByte), TargetInfo.Latest)[0].Gathers);
        Assert.False(IntegerTiles.Plan(Conv(64, 56, 56, 64, 3, 3), TargetInfo.Latest)[0].Gathers); // too many column vectors
        Assert.DoesNotContain(IntegerTiles.Plan(Conv(1, 4, 4, 8, 3, 3), TargetInfo.Latest), t => t.Gathers); // an input under one window
        Assert.DoesNotContain(IntegerTiles.Plan(Conv(16, 4, 4, 32, 3, 3), TargetInfo.Net8), t => t.Gathers); // no AvxVnni API
    }
}
