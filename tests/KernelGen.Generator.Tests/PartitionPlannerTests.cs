using System.Linq;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// The work partition is pure data computed at compile time: images first, then each image's units shared out, never
/// more threads than the work pays for (64K multiply-adds each) or than there are parts.
/// </summary>
public class PartitionPlannerTests
{
    [Theory]
    // images, multiply-adds per image, Threads, units -> shares per image, threads
    [InlineData(1, 1_000_000, 1, 8, 1, 1)]        // one thread asked: one part
    [InlineData(1, 1_000_000, 2, 8, 2, 2)]        // two threads: two shares of the 8 units
    [InlineData(1, 1_000_000, 3, 8, 3, 3)]
    [InlineData(1, 1_000_000, 16, 8, 8, 8)]       // never more shares than units
    [InlineData(1, 1_000_000, 0, 8, 8, 8)]        // Threads = 0: as many as the work and the units allow
    [InlineData(1, 100_000, 4, 8, 1, 1)]          // 100K multiply-adds: under two threads' worth, one thread
    [InlineData(1, 200_000, 4, 8, 3, 3)]          // 200K: three threads' worth
    [InlineData(64, 10_000, 2, 4, 1, 2)]          // a batch: images are the parts, 64 x 10K = 640K is worth two threads
    [InlineData(3, 1_000_000, 2, 8, 1, 2)]        // more images than threads: no image is shared
    [InlineData(2, 1_000_000, 4, 8, 2, 4)]        // fewer images than threads: each image in two shares
    [InlineData(1, 1_000_000, 2, 1, 1, 1)]        // one unit (a single reduction): one thread whatever is asked
    public void Partition(int images, long multiplyAdds, int requested, int units, int shares, int threads)
    {
        WorkPartition p = WorkPartition.Plan(images, multiplyAdds, requested, units, "tiles");
        Assert.Equal(shares, p.SharesPerImage);
        Assert.Equal(threads, p.Threads);
        Assert.Equal(images * shares, p.Parts);
        Assert.True(p.Threads <= p.Parts);
    }

    [Theory]
    // images, multiply-adds per image, Threads -> tasks the threads claim
    [InlineData(64, 9_216, 2, 8)]        // the digits layer: 64 small images as 8 runs of 8
    [InlineData(64, 1_000_000, 2, 8)]    // at most 4 tasks per thread
    [InlineData(3, 1_000_000, 2, 3)]     // fewer images than that: one task each
    [InlineData(8, 20_000, 2, 8)]        // 160K multiply-adds on two threads: 8 images, one each
    [InlineData(64, 9_216, 1, 64)]       // one thread: the parts in order, no tasks
    public void Small_images_are_claimed_in_runs(int images, long multiplyAdds, int requested, int tasks)
    {
        WorkPartition p = WorkPartition.Plan(images, multiplyAdds, requested, 4, "tiles");
        Assert.Equal(tasks, p.TaskCount);
        Assert.Equal(tasks < p.Parts, p.GroupsParts);
        Assert.True(p.TaskCount >= p.Threads);
    }

    [Theory]
    [InlineData(8, 3)]
    [InlineData(5, 2)]
    [InlineData(17, 4)]
    [InlineData(2, 3)]
    public void Shares_cover_every_unit_once_in_order(int units, int shares)
    {
        var p = new WorkPartition(1, shares, shares, shares, units, "tiles");
        int next = 0;
        for (int share = 0; share < shares; share++)
        {
            (string first, string end) = p.UnitRange(units, "__");
            int First = Evaluate(first, share), End = Evaluate(end, share);
            Assert.Equal(next, First);
            Assert.True(End >= First);
            next = End;
        }

        Assert.Equal(units, next);
    }

    /// <summary>Evaluates <c>__share * U / S</c> or <c>(__share + 1) * U / S</c> as the generated code does.</summary>
    private static int Evaluate(string expression, int share)
    {
        string[] parts = expression.Replace("(__share + 1)", (share + 1).ToString()).Replace("__share", share.ToString()).Split(new[] { " * ", " / " }, System.StringSplitOptions.None);
        return int.Parse(parts[0]) * int.Parse(parts[1]) / int.Parse(parts[2]);
    }

    [Fact]
    public void A_banded_convolution_shares_band_and_tile_pairs_and_the_header_says_so()
    {
        var spec = new ConvSpec(ElementType.Float, 64, 56, 56, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1, true, ActivationKind.None) { Threads = 2 };
        KernelPlan plan = KernelPlanner.Plan(spec, TargetInfo.Latest, 256);
        var conv = Assert.IsType<ConvPlan>(plan);
        Assert.True(conv.IsBanded);
        Assert.Equal(conv.Bands * (64 / conv.Paths[0].ChannelTile), plan.Partition.Units);
        Assert.Equal(2, plan.Partition.Threads);
        Assert.Equal(2, plan.Partition.SharesPerImage);
        Assert.Contains("band by band", plan.Partition.Describe());
        Assert.Contains("on up to 2 threads", plan.Partition.Describe());
    }

    [Fact]
    public void A_stem_is_banded_when_threads_share_its_image_and_its_paths_stay()
    {
        // a 3x160x160 stem: its padded copy (330 KB) is under the one-thread threshold, over the shared one
        var stem = new ConvSpec(ElementType.Float, 3, 160, 160, 64, 7, 7, 2, 2, 3, 3, 1, 1, 1, true, ActivationKind.None);
        var single = (ConvPlan)KernelPlanner.Plan(stem, TargetInfo.Latest, 256);
        var shared = (ConvPlan)KernelPlanner.Plan(stem with { Threads = 2 }, TargetInfo.Latest, 256);
        var batch = (ConvPlan)KernelPlanner.Plan(stem with { Threads = 2, Images = 4 }, TargetInfo.Latest, 256);
        Assert.False(single.IsBanded);
        Assert.True(shared.IsBanded);
        Assert.False(batch.IsBanded); // whole images are the parts: no need
        Assert.Equal(single.Paths, shared.Paths);
        Assert.Equal(2, shared.Partition.Threads);
    }

    [Theory]
    // channels, size, expected rows per flat run of the Vector512 path (0: the row plan)
    [InlineData(64, 56, 8)]    // banded: the band (8 rows: 56 exactly) is the run
    [InlineData(40, 28, 7)]    // four runs of 7 rows: 208 pixels, 13 whole vectors (40 channels: see below)
    [InlineData(40, 14, 14)]   // a row narrower than a vector still gets the Vector512 path, as one run (40 channels: no tile of
                               // channels in the lanes divides them; 256 would go there, ChannelLanesPlannerTests)
    [InlineData(16, 32, 0)]    // whole vectors per row already
    public void Flat_runs_where_rows_do_not_fill_whole_vectors(int channels, int size, int rows)
    {
        var spec = new ConvSpec(ElementType.Float, channels, size, size, channels, 3, 3, 1, 1, 1, 1, 1, 1, 1, true, ActivationKind.None);
        var plan = (ConvPlan)KernelPlanner.Plan(spec, TargetInfo.Latest, 256);
        Assert.Equal(512, plan.Paths[0].Bits);
        Assert.Equal(rows, plan.Paths[0].FlatRows);
        Assert.Equal(1, plan.Paths[0].RowTile);
        Assert.Equal(0, ((ConvPlan)KernelPlanner.Plan(spec with { Deterministic = true }, TargetInfo.Latest, 256)).Paths.Sum(p => p.FlatRows));
        Assert.Equal(0, ((ConvPlan)KernelPlanner.Plan(spec with { StrideY = 2, StrideX = 2 }, TargetInfo.Latest, 256)).Paths.Sum(p => p.FlatRows));
    }

    [Theory]
    [InlineData(3, 7, 8, 2, 3, 4, 1, 2, 2, 3)]   // 3 outputs per row, 5 rows: a 2-row run would be 15 pixels, under a Vector512
    [InlineData(4, 5, 5, 4, 3, 3, 1, 1, 1, 1)]
    [InlineData(2, 30, 3, 2, 1, 3, 0, 1, 1, 1)]
    public void Every_flat_run_holds_a_whole_vector(int c, int h, int w, int oc, int kh, int kw, int py, int px, int dy, int dx)
    {
        var spec = new ConvSpec(ElementType.Float, c, h, w, oc, kh, kw, 1, 1, py, px, dy, dx, 1, false, ActivationKind.None);
        var plan = (ConvPlan)KernelPlanner.Plan(spec, TargetInfo.Latest, 69);
        foreach (ConvPath path in plan.Paths.Where(p => p.FlatRows > 0))
        {
            Assert.True(plan.FlatLength(path) >= path.Lanes, $"{path.Bits}-bit run of {plan.FlatLength(path)} pixels");
            Assert.True(path.LastBlockStarts.All(start => start >= 0));
        }

        Assert.All(plan.Paths.Where(p => p.FlatRows == 0 && p.Bits > 0), p => Assert.True(spec.OutWidth >= p.Lanes));
    }

    [Fact]
    public void Threads_and_batch_do_not_change_the_plan_of_an_image()
    {
        var one = new ConvSpec(ElementType.Float, 16, 20, 20, 32, 3, 3, 1, 1, 1, 1, 1, 1, 1, true, ActivationKind.Relu);
        KernelPlan single = KernelPlanner.Plan(one, TargetInfo.Latest, 256);
        KernelPlan split = KernelPlanner.Plan(one with { Threads = 3, Images = 5 }, TargetInfo.Latest, 256);
        Assert.Equal(((ConvPlan)single).Paths, ((ConvPlan)split).Paths);
        Assert.Equal(5, split.Partition.Images);
        Assert.False(single.Partition.IsSplit);
    }
}
