using System;
using System.Linq;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Model;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// When a batched convolution keeps its images in the lanes (<see cref="BatchLanePlanner"/>): which batches, planes and
/// types go there, the group size, the regions of equal valid taps (against a brute-force count over random shapes)
/// and the register tiles.
/// </summary>
public class BatchLanePlannerTests
{
    private static ConvSpec Conv(int inChannels, int size, int outChannels, int images, int threads = 1, int kernel = 3, int padding = 1, ElementType element = ElementType.Float) =>
        new ConvSpec(element, inChannels, size, size, outChannels, kernel, kernel, 1, 1, padding, padding, 1, 1, 1, true, ActivationKind.Relu)
            with { Images = images, Threads = threads };

    [Fact]
    public void The_digits_second_conv_goes_in_groups_that_fit_L1_and_leave_a_group_per_thread()
    {
        // 16 x 4 x 4: a group of 32 images is 32 KB transposed; 64 would be 64 KB
        BatchLanePlan plan = BatchLanePlanner.Plan(Conv(16, 4, 32, 64), TargetInfo.Latest, 256);
        Assert.Equal(32, plan.Images);
        Assert.Equal(32, plan.ImagesPerPart);
        Assert.Equal(new[] { 512, 256, 128, 0 }, plan.Paths.Select(p => p.Bits));
        BatchLanePath widest = plan.Paths[0];
        Assert.Equal((8, 2, 1, true), (widest.ChannelTile, widest.VectorsPerBlock, widest.Blocks, widest.UnrollsTaps));
        Assert.All(plan.Paths.Skip(1), p => Assert.False(p.UnrollsTaps));
        Assert.Equal(4, plan.SplitUnits);

        // corners 4 taps, edges 6, the middle 9: 100 of 144 per input channel summed over the 16 pixels
        Assert.Equal(16L * 100, plan.ValidMultiplyAdds);
        Assert.Equal(3, plan.Rows.Count);
        Assert.Equal(9, plan.Regions);
        Assert.Equal((16 * 4 * 4 * 32) + (8 * 16 * 32), plan.BufferLength);

        // two threads ask for two groups: 48 images make groups of 16
        Assert.Equal(16, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 48, threads: 2), TargetInfo.Latest));
        Assert.Equal(32, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 64, threads: 0), TargetInfo.Latest));
        Assert.Equal(16, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 16, threads: 2), TargetInfo.Latest));
    }

    [Fact]
    public void Other_batches_planes_and_types_keep_their_plans()
    {
        TargetInfo target = TargetInfo.Latest;
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 12), target)); // not whole vectors of images
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 1), target));
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 64, element: ElementType.Double), target));
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 64), target with { HasVector512 = false }));
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(16, 16, 32, 64), target)); // rows of 16 fill the pixel lanes
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(1, 8, 16, 64), target)); // 9 taps: the transposes would cost more than the products
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(64, 8, 32, 64), target)); // 64 KB for 16 images
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 64) with { Groups = 2 }, target));
        Assert.Equal(0, BatchLanePlanner.GroupImages(Conv(16, 4, 32, 64) with { Integer = new IntegerScheme(ElementType.Byte, ElementType.Int32, 0, 0) }, target));

        // the plan the kind chooses
        Assert.IsType<BatchLanePlan>(Conv2DKind.Choose(Conv(16, 4, 32, 64), target, 256));
        Assert.IsType<PlanePlan>(Conv2DKind.Choose(Conv(1, 8, 16, 64), target, 256));
    }

    [Fact]
    public void Regions_have_the_taps_a_brute_force_count_finds()
    {
        var random = new Random(12345);
        for (int trial = 0; trial < 500; trial++)
        {
            int size = random.Next(1, 12), kernel = random.Next(1, 6), stride = random.Next(1, 4), dilation = random.Next(1, 3), padding = random.Next(0, 5);
            int outSize = ((size + (2 * padding) - (dilation * (kernel - 1)) - 1) / stride) + 1;
            if (outSize < 1)
            {
                continue;
            }

            var ranges = BatchLanePlanner.Ranges(outSize, size, kernel, stride, padding, dilation);
            Assert.Equal(0, ranges[0].From);
            Assert.Equal(outSize, ranges[^1].To);
            for (int i = 1; i < ranges.Count; i++)
            {
                Assert.Equal(ranges[i - 1].To, ranges[i].From);
                Assert.NotEqual((ranges[i - 1].TapFrom, ranges[i - 1].TapTo), (ranges[i].TapFrom, ranges[i].TapTo));
            }

            foreach (TapRange range in ranges)
            {
                for (int o = range.From; o < range.To; o++)
                {
                    for (int k = 0; k < kernel; k++)
                    {
                        int at = (o * stride) - padding + (k * dilation);
                        bool inside = at >= 0 && at < size;
                        Assert.True(inside == (k >= range.TapFrom && k < range.TapTo), $"size {size}, kernel {kernel}, stride {stride}, padding {padding}, dilation {dilation}: output {o}, tap {k}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_register_tile_fills_the_accumulators_within_the_registers()
    {
        // one vector of 16 images: 16 channels (16 FMAs for 17 loads) rather than 8 (8 chains: the FMA latency)
        BatchLanePath one = BatchLanePlanner.Plan(Conv(16, 4, 32, 16), TargetInfo.Latest, 256).Paths[0];
        Assert.Equal((16, 1), (one.ChannelTile, one.VectorsPerBlock));

        // Vector256 (16 registers): the tile, its input vectors and the weight fit
        foreach (BatchLanePath path in BatchLanePlanner.Plan(Conv(16, 4, 32, 64), TargetInfo.Latest, 256).Paths.Skip(1))
        {
            Assert.True(path.Accumulators + path.VectorsPerBlock + 1 <= 16, $"{path}");
            Assert.True(path.Accumulators >= 8, $"{path}");
            Assert.Equal(32 / path.Lanes, path.VectorsPerBlock * path.Blocks);
        }
    }
}
