using System;
using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Kinds.Pooling;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// The pooling planner and the small-plane conv planner as pure data: row and column groups against a brute-force
/// walk of every window, the vector runs of each path, which convolutions become one matrix product.
/// </summary>
public class PoolAndPlanePlannerTests
{
    private static PoolSpec Pool(PoolOp op, int c, int h, int w, int kh, int kw, int sy, int sx, int py = 0, int px = 0, int dy = 1, int dx = 1, bool ceil = false) =>
        new(ElementType.Float, op, c, h, w, kh, kw, sy, sx, py, px, dy, dx, ceil, true);

    /// <summary>Each output's taps inside the image and its PyTorch pool size, from the definition.</summary>
    private static (int First, int End, int Pool) Window(int o, int size, int kernel, int stride, int padding, int dilation)
    {
        int begin = (o * stride) - padding;
        var inside = Enumerable.Range(0, kernel).Where(k => begin + (k * dilation) >= 0 && begin + (k * dilation) < size).ToList();
        int pool = Math.Min(begin + kernel, size + padding) - begin;
        return inside.Count == 0 ? (0, 0, pool) : (inside[0], inside[^1] + 1, pool);
    }

    [Fact]
    public void Ranges_group_every_output_by_the_taps_its_window_keeps()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 3000; trial++)
        {
            int kernel = random.Next(1, 6), stride = random.Next(1, 4), dilation = random.Next(1, 3), padding = random.Next(0, kernel / 2 + 1);
            int size = random.Next(((kernel - 1) * dilation) + 1 - (2 * padding) is var min && min > 1 ? min : 1, 30);
            bool ceil = random.Next(2) == 0;
            int outputs = (int)PoolSpec.OutputSize(size, kernel, padding, stride, dilation, ceil);
            if (outputs < 1)
            {
                continue;
            }

            List<PoolRange> ranges = PoolPlanner.Ranges(outputs, size, kernel, stride, padding, dilation, avg: dilation == 1);
            Assert.Equal(Enumerable.Range(0, outputs), ranges.SelectMany(r => Enumerable.Range(r.First, r.Count)));
            foreach (PoolRange r in ranges)
            {
                for (int o = r.First; o < r.First + r.Count; o++)
                {
                    (int first, int end, int pool) = Window(o, size, kernel, stride, padding, dilation);
                    Assert.True(r.Taps == end - first && (r.Taps == 0 || (r.TapFirst == first && r.TapEnd == end)),
                        $"size {size}, kernel {kernel}, stride {stride}, padding {padding}, dilation {dilation}: output {o} keeps taps {first}..{end - 1}, the plan says {r.TapFirst}..{r.TapEnd - 1}");
                    if (dilation == 1)
                    {
                        Assert.Equal(pool, r.PoolSize);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_interior_is_one_range_found_without_visiting_it()
    {
        // a row of two billion outputs plans at once: only the border outputs are visited
        int outputs = (int)PoolSpec.OutputSize(int.MaxValue, 3, 1, 1, 1, ceil: false);
        List<PoolRange> ranges = PoolPlanner.Ranges(outputs, int.MaxValue, 3, 1, 1, 1, avg: true);
        Assert.Equal(int.MaxValue, outputs);
        Assert.Equal(new[] { new PoolRange(0, 1, 1, 3, 3), new PoolRange(1, int.MaxValue - 2, 0, 3, 3), new PoolRange(int.MaxValue - 1, 1, 0, 2, 3) }, ranges);
    }

    [Fact]
    public void Vector_paths_follow_the_stride()
    {
        PoolPlan stride2 = PoolPlanner.Plan(Pool(PoolOp.Max, 64, 56, 56, 3, 3, 2, 2, 1, 1), TargetInfo.Latest, 256);
        Assert.Equal(new[] { 512, 256, 128, 0 }, stride2.Paths.Select(p => p.Bits));
        Assert.All(stride2.Paths.Where(p => p.Bits > 0), p => Assert.True(p.Deinterleaves));
        // columns 1..27 are interior; a stride-2 block loads 2 x 16 columns from its pair's start, so the run ends in the row
        PoolPath widest = stride2.Paths[0];
        Assert.Equal((1, 27), (widest.RunStart, widest.RunEnd));
        Assert.Equal(new[] { 1, 11 }, widest.BlockStarts());

        PoolPlan stride3 = PoolPlanner.Plan(Pool(PoolOp.Avg, 1, 30, 30, 3, 3, 3, 3), TargetInfo.Latest, 256);
        Assert.Equal(new[] { 0 }, stride3.Paths.Select(p => p.Bits));

        PoolPlan tiny = PoolPlanner.Plan(Pool(PoolOp.Max, 32, 4, 4, 2, 2, 2, 2), TargetInfo.Latest, 256);
        Assert.Equal(new[] { 0 }, tiny.Paths.Select(p => p.Bits)); // two outputs per row: no vector fits

        PoolPlan net8 = PoolPlanner.Plan(Pool(PoolOp.Max, 16, 8, 40, 2, 2, 2, 2), TargetInfo.Net8 with { HasVector512 = false }, 256);
        Assert.DoesNotContain(512, net8.Paths.Select(p => p.Bits));
    }

    [Fact]
    public void Large_windows_clip_their_borders_at_run_time_to_stay_optimizable()
    {
        PoolPlan large = PoolPlanner.Plan(Pool(PoolOp.Max, 3, 100, 100, 7, 7, 1, 1, 3, 3), TargetInfo.Latest, 256);
        Assert.True(large.CompactBorders);
        Assert.True(large.EstimatedIlBytes <= KernelGen.Generator.Planning.KernelPlanner.MaxIlBytes);
        Assert.False(PoolPlanner.Plan(Pool(PoolOp.Max, 64, 56, 56, 3, 3, 2, 2, 1, 1), TargetInfo.Latest, 256).CompactBorders);
    }

    [Fact]
    public void A_long_row_loops_over_blocks_past_the_budget()
    {
        PoolPlan plan = PoolPlanner.Plan(Pool(PoolOp.Avg, 1, 1000, 1000, 4, 4, 4, 4), TargetInfo.Latest, 16);
        Assert.True(plan.Paths[0].Looped);
        Assert.False(PoolPlanner.Plan(Pool(PoolOp.Avg, 1, 64, 64, 2, 2, 2, 2), TargetInfo.Latest, 256).Paths[0].Looped);
    }

    private static ConvSpec Conv(int c, int h, int w, int oc, int k, int padding = 1, int groups = 1, int strideX = 1) =>
        new(ElementType.Float, c, h, w, oc, k, k, 1, strideX, padding, padding, 1, 1, groups, true, ActivationKind.Relu);

    [Fact]
    public void Small_planes_become_one_matrix_product()
    {
        Assert.True(PlanePlanner.Applies(Conv(16, 4, 4, 32, 3), TargetInfo.Latest)); // the digits CNN's second conv
        Assert.True(PlanePlanner.Applies(Conv(1, 8, 8, 16, 3), TargetInfo.Latest));
        Assert.False(PlanePlanner.Applies(Conv(64, 56, 56, 64, 3), TargetInfo.Latest)); // rows of 56 fill the vectors
        Assert.False(PlanePlanner.Applies(Conv(16, 4, 4, 32, 3, groups: 2), TargetInfo.Latest));
        Assert.False(PlanePlanner.Applies(Conv(16, 8, 8, 32, 3, strideX: 2), TargetInfo.Latest));
        Assert.False(PlanePlanner.Applies(Conv(16, 4, 4, 4, 3), TargetInfo.Latest)); // too few channels to pay for the columns
        Assert.False(PlanePlanner.Applies(Conv(16, 2, 2, 32, 1, padding: 0), TargetInfo.Latest)); // 4 pixels: not one vector
        Assert.False(PlanePlanner.Applies(Conv(64, 8, 8, 64, 3), TargetInfo.Latest)); // 147 KB of columns
    }

    [Fact]
    public void The_plane_plan_tiles_channels_without_recomputing_them_and_copies_only_inside_the_image()
    {
        PlanePlan plan = PlanePlanner.Plan(Conv(16, 4, 4, 32, 3), TargetInfo.Latest, 256);
        PlanePath widest = plan.Paths[0];
        Assert.Equal((512, 16, 1), (widest.Bits, widest.ChannelTile, widest.VectorsPerBlock));
        Assert.True(widest.LoopsChannels); // 144 taps x 16 accumulators would exceed the budget
        Assert.Equal(144 * 16, plan.ColumnsLength);

        // every copied segment reads inside the image, and together they cover each non-padding cell exactly once
        var written = new HashSet<(int Tap, int Pixel)>();
        foreach (PlaneCopy copy in plan.Copies)
        {
            for (int i = 0; i < copy.Count; i++)
            {
                int ox = copy.From + i, oy = copy.OutputRow;
                int iy = oy - 1 + copy.FilterRow, ix = ox - 1 + copy.FilterColumn;
                Assert.Equal((iy * 4) + ix, copy.Source + i);
                Assert.True(written.Add(((copy.FilterRow * 3) + copy.FilterColumn, (oy * 4) + ox)));
            }
        }

        int inside = Enumerable.Range(0, 9).Sum(t => Enumerable.Range(0, 16).Count(p =>
            (p / 4) - 1 + (t / 3) is >= 0 and < 4 && (p % 4) - 1 + (t % 3) is >= 0 and < 4));
        Assert.Equal(inside, written.Count);

        PlanePath overlapped = PlanePlanner.Plan(Conv(8, 7, 7, 12, 3), TargetInfo.Latest, 256).Paths[0];
        Assert.Equal(new[] { 0, 16, 32, 33 }, overlapped.VectorStarts); // 49 pixels: the last vector ends at the last pixel
    }

    [Fact]
    public void A_batch_of_small_planes_is_folded_into_the_product_in_groups_whose_columns_stay_in_L1()
    {
        ConvSpec digits = Conv(16, 4, 4, 32, 3) with { Images = 64 };
        PlanePlan plan = PlanePlanner.Plan(digits, TargetInfo.Latest, 256);
        Assert.Equal(4, plan.Images); // 9 KB of columns per image: 4 fit in 40 KB, 8 would not
        Assert.Equal(144 * 4 * 16, plan.ColumnsLength);
        Assert.True(plan.ColumnsLength * 4 <= PlanePlanner.MaxFoldedColumnsBytes && plan.ColumnsLength * 8 > PlanePlanner.MaxFoldedColumnsBytes);
        PlanePath widest = plan.Paths[0];
        Assert.Equal((4, 4, 4, 1), (widest.ImagesPerBlock, widest.ChannelTile, widest.VectorsPerBlock, widest.Blocks)); // a 4 x 4 tile over 4 images
        Assert.Equal(new[] { (0, 0), (1, 0), (2, 0), (3, 0) }, widest.BlockVectors);
        Assert.True(widest.ShufflesColumns); // a 4 x 4 input plane is one Vector512<float>
        Assert.False(plan.Paths[1].ShufflesColumns); // two Vector256s: row segment copies

        Assert.Equal(1, PlanePlanner.Plan(Conv(16, 4, 4, 32, 3), TargetInfo.Latest, 256).Images); // batch 1: as before
        Assert.Equal((16, 1), (PlanePlanner.Plan(Conv(16, 4, 4, 32, 3), TargetInfo.Latest, 256).Paths[0].ChannelTile, PlanePlanner.Plan(Conv(16, 4, 4, 32, 3), TargetInfo.Latest, 256).Paths[0].VectorsPerBlock));
        Assert.Equal(3, PlanePlanner.FoldedImages(Conv(16, 4, 4, 32, 3) with { Images = 9 })); // a divisor of the batch
        Assert.Equal(1, PlanePlanner.FoldedImages(Conv(16, 4, 4, 32, 3) with { Images = 7 })); // 7 images of 9 KB do not fit
        Assert.Equal(2, PlanePlanner.FoldedImages(Conv(16, 4, 4, 32, 3) with { Images = 8, Threads = 4 })); // a group per declared thread

        // every image's vectors in a folded block: 35 pixels are 3 vectors per image, the last overlapping
        PlanePath overlapped = PlanePlanner.Plan(Conv(3, 5, 7, 12, 3) with { Images = 6 }, TargetInfo.Latest, 256).Paths[0];
        Assert.Equal(new[] { 0, 16, 19 }, overlapped.VectorStarts);
        Assert.Equal(overlapped.ImagesPerBlock * 3, overlapped.BlockVectors.Count());
        Assert.True(overlapped.Blocks * overlapped.VectorsPerBlock >= overlapped.BlockVectors.Count());
    }

    [Fact]
    public void Folded_groups_are_shared_out_only_when_there_is_one()
    {
        WorkPartition many = WorkPartition.Plan(64, 74_000, 0, 8, "tiles", imagesPerPart: 4);
        Assert.Equal((16, 1, 16, 16), (many.Groups, many.SharesPerImage, many.Threads, many.Parts)); // not 64 threads rebuilding columns
        WorkPartition one = WorkPartition.Plan(4, 74_000, 4, 8, "tiles", imagesPerPart: 4);
        Assert.Equal((1, 4, 4), (one.Groups, one.SharesPerImage, one.Threads));
        Assert.Contains("one group of 4 images each", WorkPartition.Plan(64, 74_000, 2, 8, "tiles", imagesPerPart: 4).Describe());
    }
}
