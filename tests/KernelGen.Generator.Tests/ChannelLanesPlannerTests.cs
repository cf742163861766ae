using System.Linq;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Model;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// When the conv planner puts output channels in the lanes (<see cref="ChannelLanes"/>): rows whose pixels fill the
/// 512-bit lanes badly, and only there; the tile it takes; what keeps the row plan.
/// </summary>
public class ChannelLanesPlannerTests
{
    private static ConvSpec Conv(int inChannels, int size, int outChannels, int kernel = 3, int stride = 1, int padding = 1, int groups = 1) =>
        new(ElementType.Float, inChannels, size, size, outChannels, kernel, kernel, stride, stride, padding, padding, 1, 1, groups, true, ActivationKind.Relu);

    [Fact]
    public void Rows_of_14_put_32_channels_in_the_lanes_over_a_whole_row()
    {
        ConvPlan plan = ConvPlanner.Plan(Conv(256, 14, 256), TargetInfo.Latest, 256);
        ConvPath path = plan.Paths[0];
        Assert.Equal(512, path.Bits);
        Assert.Equal(new ChannelLaneTile(2, 1, 14, 1, 196.0 / 224, 256), path.LaneTile);
        Assert.Equal(32, path.ChannelTile);
        Assert.Equal(28, path.Accumulators);
        Assert.Equal(9 * 28, path.UnrolledMultiplyAdds);
        Assert.Equal(8, plan.UnitsOf(path));
        Assert.Equal(32 * ((256 * 9) + 196), plan.LaneBufferLength);

        // the narrower paths keep pixels in the lanes (16 registers hold no such tile)
        Assert.All(plan.Paths.Skip(1), p => Assert.Null(p.LaneTile));
    }

    [Fact]
    public void Rows_that_fill_the_lanes_keep_the_row_plan()
    {
        // 56 outputs in bands of 8 rows fill 96.5 % of the lanes as flat runs; 32 fill them all
        Assert.Null(ConvPlanner.Plan(Conv(64, 56, 64), TargetInfo.Latest, 256).Paths[0].LaneTile);
        Assert.Null(ConvPlanner.Plan(Conv(16, 32, 32), TargetInfo.Latest, 256).Paths[0].LaneTile);

        // 28 outputs as flat runs of 7 rows fill 94 %: measured faster in the lanes (two tiles of 14 pixels a row)
        Assert.Equal((2, 14), ConvPlanner.Plan(Conv(128, 28, 128), TargetInfo.Latest, 256).Paths[0].LaneTile is { } t ? (t.Vectors, t.Columns) : default);
    }

    [Fact]
    public void A_row_narrower_than_the_vector_gets_a_512_bit_path_of_channels()
    {
        // stride 2 down to 14 x 14: no flat runs, and no 512-bit path of pixels (14 < 16 lanes)
        ConvPlan plan = ConvPlanner.Plan(Conv(128, 28, 256, stride: 2), TargetInfo.Latest, 256);
        Assert.Equal(new[] { 512, 256, 128, 0 }, plan.Paths.Select(p => p.Bits));
        Assert.NotNull(plan.Paths[0].LaneTile);
        Assert.Equal(2, plan.Phases);

        // without AVX-512, no such path
        Assert.All(ConvPlanner.Plan(Conv(128, 28, 256, stride: 2), TargetInfo.Latest with { HasVector512 = false }, 256).Paths, p => Assert.Null(p.LaneTile));
    }

    [Fact]
    public void Rows_of_7_take_two_rows_a_tile_and_a_last_tile_of_one()
    {
        // 96 x 7 x 7: its im2col columns (169 KB) are over the plane plan's limit
        ChannelLaneTile tile = ConvPlanner.Plan(Conv(96, 7, 32), TargetInfo.Latest, 256).Paths[0].LaneTile!;
        Assert.Equal((2, 2, 7, 2), (tile.Vectors, tile.Rows, tile.Columns, tile.Bodies));
    }

    [Fact]
    public void A_filter_over_the_budget_is_looped_row_by_row()
    {
        // 5x5 at 14x14: 25 taps x 28 accumulators is over 256; a row of 5 taps x 28 is not
        ConvPath path = ConvPlanner.Plan(Conv(16, 14, 32, kernel: 5, padding: 2), TargetInfo.Latest, 256).Paths[0];
        Assert.True(path.LaneTile!.PerRow);
        Assert.Equal(TapUnroll.PerRow, path.Unroll);
        Assert.Equal(5 * 28, path.UnrolledMultiplyAdds);

        // 3x3 fits whole
        Assert.Equal(TapUnroll.PerChannel, ConvPlanner.Plan(Conv(16, 14, 32), TargetInfo.Latest, 256).Paths[0].Unroll);
    }

    [Fact]
    public void What_keeps_the_row_plan()
    {
        ConvSpec spec = Conv(256, 14, 256);
        Assert.Null(ConvPlanner.Plan(spec with { Deterministic = true }, TargetInfo.Latest, 256).Paths[0].LaneTile); // one order on every path
        Assert.Null(ConvPlanner.Plan(spec with { Element = ElementType.Double }, TargetInfo.Latest, 256).Paths[0].LaneTile);
        Assert.Null(ConvPlanner.Plan(Conv(256, 14, 256, groups: 2), TargetInfo.Latest, 256).Paths[0].LaneTile);
        Assert.Null(ConvPlanner.Plan(Conv(256, 14, 40), TargetInfo.Latest, 256).Paths[0].LaneTile); // no tile of 32, 48 or 64 channels divides 40
    }

    [Fact]
    public void Input_channels_whose_filters_would_not_stay_in_L2_are_taken_in_blocks()
    {
        // 512 x 7 x 7: a tile's transposed filters (590 KB) would not stay in L2 beside the input; two blocks of 256 do
        ConvPlan plan = ConvPlanner.Plan(Conv(512, 7, 512), TargetInfo.Latest, 256);
        ChannelLaneTile tile = plan.Paths[0].LaneTile!;
        Assert.Equal(256, tile.InputBlock);
        Assert.True(32L * 256 * 9 * sizeof(float) <= ChannelLanes.MaxPackedBytes);
        Assert.Equal(32 * ((256 * 9) + 49), plan.LaneBufferLength);

        // 264 channels: 264 x 9 x 32 floats are 297 KB, one block
        Assert.Equal(264, ConvPlanner.Plan(Conv(264, 14, 64), TargetInfo.Latest, 256).Paths[0].LaneTile!.InputBlock);

        // 353 channels (a prime over the limit of 341): no divisor of at least 8 fits, the row plan stays
        Assert.Null(ConvPlanner.Plan(Conv(353, 14, 64), TargetInfo.Latest, 256).Paths[0].LaneTile);
    }

    [Fact]
    public void The_plan_is_the_same_data_for_the_same_spec() =>
        Assert.Equal(ConvPlanner.Plan(Conv(256, 14, 256), TargetInfo.Latest, 256), ConvPlanner.Plan(Conv(256, 14, 256) with { }, TargetInfo.Latest, 256));
}
