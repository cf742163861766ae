using System.Linq;
using KernelGen.Generator.Kinds.Pooling;
using KernelGen.Generator.Model;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Where a max pooling takes the gather path (PoolGather: integer bytes, every block of outputs one 64-byte window of the
/// input), and that each tap's indices pick the window's byte under that tap, or the least value in the padding.
/// </summary>
public class PoolGatherPlannerTests
{
    private static PoolSpec Pool(ElementType element, PoolOp op, int c, int h, int w, int k, int stride, int padding = 0, bool ceil = false) =>
        new(element, op, c, h, w, k, k, stride, stride, padding, padding, 1, 1, ceil, true);

    [Theory]
    [InlineData(16, 8, 8, 2, 2, 0, false, 16)]   // the digits' first pool: one channel a block
    [InlineData(32, 4, 4, 2, 2, 0, false, 16)]   // the digits' second pool: four channels a block
    [InlineData(8, 4, 4, 3, 1, 1, false, 64)]    // padding: four channels a block, the border taps the least value
    [InlineData(2, 7, 7, 2, 2, 0, true, 16)]     // ceil mode: the last row and column of windows clipped
    [InlineData(4, 4, 4, 1, 1, 0, false, 64)]    // a copy: 64 outputs from one window
    public void Small_integer_max_poolings_gather_each_block_from_one_window(int c, int h, int w, int k, int stride, int padding, bool ceil, int block)
    {
        PoolSpec spec = Pool(ElementType.SByte, PoolOp.Max, c, h, w, k, stride, padding, ceil);
        Assert.Equal(block, PoolGather.BlockFor(spec, TargetInfo.Latest));
        var gathers = PoolGather.Gathers(spec, block)!;
        int plane = spec.OutHeight * spec.OutWidth;
        for (int b = 0; b < gathers.Count; b++)
        {
            (int window, byte[][] taps) = gathers[b];
            Assert.InRange(window, 0, (int)spec.InputLength - 64);
            for (int lane = 0; lane < block; lane++)
            {
                int o = PoolGather.Start(spec, block, b) + lane, ch = o / plane, oy = o % plane / spec.OutWidth, ox = o % spec.OutWidth;
                for (int tap = 0; tap < spec.Taps; tap++)
                {
                    int iy = (oy * stride) - padding + (tap / k), ix = (ox * stride) - padding + (tap % k);
                    int expected = iy < 0 || iy >= h || ix < 0 || ix >= w ? -1 : (ch * h * w) + (iy * w) + ix;
                    Assert.Equal(expected, taps[tap][lane] == 64 ? -1 : window + taps[tap][lane]);
                }
            }
        }

        // the last block ends at the last output
        Assert.Equal(spec.OutputLength, PoolGather.Start(spec, block, gathers.Count - 1) + block);
    }

    [Theory]
    [InlineData(16, 8, 8)] // the digits' first pool: one channel's 4 x 4 outputs a block, from its 64 inputs
    [InlineData(32, 4, 4)] // the second: four channels' 2 x 2 a block
    public void Small_float_max_poolings_gather_16_outputs_from_a_window_of_4_vectors(int c, int h, int w)
    {
        PoolSpec spec = Pool(ElementType.Float, PoolOp.Max, c, h, w, 2, 2);
        Assert.Equal(16, PoolGather.BlockFor(spec, TargetInfo.Latest));
        var gathers = PoolGather.Gathers(spec, 16)!;
        int plane = spec.OutHeight * spec.OutWidth;
        for (int b = 0; b < gathers.Count; b++)
        {
            (int window, byte[][] taps) = gathers[b];
            for (int lane = 0; lane < 16; lane++)
            {
                int o = PoolGather.Start(spec, 16, b) + lane, ch = o / plane, oy = o % plane / spec.OutWidth, ox = o % spec.OutWidth;
                for (int tap = 0; tap < 4; tap++)
                {
                    int index = taps[tap][lane];
                    Assert.InRange(index, 0, 63);
                    Assert.Equal((ch * h * w) + (((oy * 2) + (tap / 2)) * w) + (ox * 2) + (tap % 2), window + index);
                }
            }
        }
    }

    [Fact]
    public void Other_poolings_keep_the_row_paths()
    {
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Double, PoolOp.Max, 16, 8, 8, 2, 2), TargetInfo.Latest));
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Float, PoolOp.Max, 8, 4, 4, 3, 1, 1), TargetInfo.Latest)); // floats: no fill for the padding
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Float, PoolOp.Max, 1, 64, 64, 2, 2), TargetInfo.Latest)); // a block reads 96 floats
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Byte, PoolOp.Avg, 16, 8, 8, 2, 2), TargetInfo.Latest));
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Byte, PoolOp.Max, 64, 56, 56, 3, 2, 1), TargetInfo.Latest)); // too many permutes
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Byte, PoolOp.Max, 1, 4, 4, 2, 2), TargetInfo.Latest)); // an input under one window
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Byte, PoolOp.Max, 1, 40, 70, 3, 1, 1), TargetInfo.Latest)); // rows wider than a window
        Assert.Equal(0, PoolGather.BlockFor(Pool(ElementType.Byte, PoolOp.Max, 16, 8, 8, 2, 2), TargetInfo.Latest with { HasVector512 = false }));
    }
}
