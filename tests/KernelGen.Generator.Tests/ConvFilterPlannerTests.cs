using System.Linq;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Model;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// The conv planner's choices for image filters, as pure data: which constant filters are rank 1 (and their factors),
/// when the separable path wins, when the input is copied band by band, and that single-filter tiles share input rows.
/// </summary>
public class ConvFilterPlannerTests
{
    private static ConvSpec Filter(int height, int width, int side, double[]? weights, int padding = -1, int inChannels = 1, int outChannels = 1)
    {
        int p = padding < 0 ? side / 2 : padding;
        var spec = new ConvSpec(ElementType.Float, inChannels, height, width, outChannels, side, side, 1, 1, p, p, 1, 1, 1, false, ActivationKind.None);
        return weights is null ? spec : spec with { Constants = new[] { ConstantOperand.From("weights", "F", weights) }.ToEquatableArray() };
    }

    private static readonly double[] SobelX = { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
    private static readonly double[] Laplacian = { 0, 1, 0, 1, -4, 1, 0, 1, 0 };
    private static readonly double[] Classic = { 1, 0, 1, 0, 1, 0, 1, 0, 1 };

    private static double[] Values(System.Func<int, double> at, int n) => Enumerable.Range(0, n).Select(at).ToArray();

    [Fact]
    public void Sobel_factors_into_plus_minus_ones_where_it_can()
    {
        SeparableFilter f = SeparableFilter.Find(Filter(64, 64, 3, SobelX))!;
        Assert.Equal(new double[] { 1, 2, 1 }, Values(f.Column, 3));
        Assert.Equal(new double[] { -1, 0, 1 }, Values(f.Row, 3));
        Assert.Equal(2, f.RowTaps);
    }

    [Fact]
    public void Box_and_binomial_gaussian_are_rank_1_and_their_products_give_the_declared_weights()
    {
        float n = 1f / 9;
        double[] box = Enumerable.Repeat((double)n, 9).ToArray();
        SeparableFilter boxFactors = SeparableFilter.Find(Filter(64, 64, 3, box))!;
        Assert.Equal(new double[] { 1, 1, 1 }, Values(boxFactors.Row, 3));
        Assert.Equal(new double[] { 1, 1, 1 }, Values(boxFactors.Column, 3)); // the equal weights are factored out:
        Assert.Equal((double)n, boxFactors.Scale);                              // add 9 inputs, multiply once

        double[] g = { 1, 4, 6, 4, 1 };
        double[] gaussian = Enumerable.Range(0, 25).Select(i => (double)(float)(g[i / 5] * g[i % 5] / 256)).ToArray();
        SeparableFilter f = SeparableFilter.Find(Filter(64, 64, 5, gaussian))!;
        for (int i = 0; i < 25; i++)
        {
            Assert.Equal(gaussian[i], f.Column(i / 5) * f.Row(i % 5) * f.Scale, 12);
        }
    }

    [Fact]
    public void A_gaussian_declared_as_rounded_float_products_is_still_rank_1_within_the_bound_s_slack()
    {
        float[] g = { 0.05448868f, 0.24420134f, 0.40261995f, 0.24420134f, 0.05448868f }; // OpenCV's getGaussianKernel(5, 1)
        double[] weights = Enumerable.Range(0, 25).Select(i => (double)(g[i / 5] * g[i % 5])).ToArray();
        SeparableFilter f = SeparableFilter.Find(Filter(480, 640, 5, weights))!;
        double u = System.Math.Pow(2, -24);
        for (int i = 0; i < 25; i++)
        {
            Assert.True(System.Math.Abs((f.Column(i / 5) * f.Row(i % 5) * f.Scale) - weights[i]) <= 4 * u * weights[i]);
        }

        // a 2x2 filter has no slack in the bound: only exact products count
        Assert.NotNull(SeparableFilter.Find(Filter(64, 64, 2, new double[] { 1, 2, 2, 4 }, padding: 0)));
        Assert.Null(SeparableFilter.Find(Filter(64, 64, 2, new double[] { 1, 2, 2, (double)(4f + (4f * 1.2e-7f)) }, padding: 0)));
    }

    [Fact]
    public void Filters_of_higher_rank_and_several_channels_are_not_separable()
    {
        Assert.Null(SeparableFilter.Find(Filter(64, 64, 3, Laplacian)));
        Assert.Null(SeparableFilter.Find(Filter(64, 64, 3, Classic)));
        Assert.Null(SeparableFilter.Find(Filter(64, 64, 3, null)));
        Assert.Null(SeparableFilter.Find(Filter(64, 64, 3, SobelX.Concat(SobelX).ToArray(), outChannels: 2)));
        double[] almost = (double[])SobelX.Clone();
        almost[4] = 1e-3; // no longer rank 1
        Assert.Null(SeparableFilter.Find(Filter(64, 64, 3, almost)));
    }

    [Fact]
    public void A_gaussian_runs_separable_on_every_vector_path_with_row_tiles()
    {
        double[] g = { 1, 4, 6, 4, 1 };
        double[] gaussian = Enumerable.Range(0, 25).Select(i => (double)(float)(g[i / 5] * g[i % 5] / 256)).ToArray();
        ConvPlan plan = ConvPlanner.Plan(Filter(480, 640, 5, gaussian), TargetInfo.Latest, 256);
        Assert.All(plan.Paths.Where(p => p.Bits > 0), p =>
        {
            Assert.NotNull(p.Separable);
            Assert.Equal(4, p.RowTile);
            Assert.True(p.Accumulators + (2 * p.VectorsPerBlock) <= (p.Bits == 512 ? 32 : 16), "accumulators, row sums and loads fit the registers");
        });
    }

    [Fact]
    public void No_512_bit_block_waits_on_the_fma_latency_when_a_split_of_the_row_avoids_it()
    {
        // the stem's rows of 112 outputs are 7 vectors: 6 + 1 left a block of 4 chains (half speed); 5 + 2 a block of 8,
        // at the peak only with no slack; 4 + 3 keeps 12 or more
        var stem = new ConvSpec(ElementType.Float, 3, 224, 224, 64, 7, 7, 2, 2, 3, 3, 1, 1, 1, true, ActivationKind.None);
        ConvPath path = ConvPlanner.Plan(stem, TargetInfo.Latest, 256).Paths[0];
        Assert.Equal(512, path.Bits);
        int rest = path.LastBlockStarts.Count;
        Assert.True(path.ChannelTile * path.VectorsPerBlock >= ConvPlanner.FullRateChains, $"{path.ChannelTile} x {path.VectorsPerBlock}");
        Assert.True(rest == 0 || path.ChannelTile * rest >= ConvPlanner.FullRateChains, $"{path.ChannelTile} x {rest} left");
        Assert.Equal(112, (path.LoopedBlocks * path.VectorsPerBlock * 16) + (rest * 16));
    }

    [Fact]
    public void A_wide_filter_looped_by_rows_loops_its_columns_a_group_of_taps_at_a_time()
    {
        // the stem: 4 channels x 4 vectors = 16 multiply-adds per tap; a group is the two phases of a stride-2 row, 32
        // multiply-adds (at least 2 x FullRateChains), and 7 columns hold three groups: 3 steps of 2 taps, then 1
        var stem = new ConvSpec(ElementType.Float, 3, 224, 224, 64, 7, 7, 2, 2, 3, 3, 1, 1, 1, true, ActivationKind.None);
        ConvPlan plan = ConvPlanner.Plan(stem, TargetInfo.Latest, 256);
        Assert.Equal(2, ConvPlanner.TapGroup(stem));
        Assert.All(plan.Paths.Where(p => p.Bits > 0), p =>
        {
            Assert.Equal(TapUnroll.PerTap, p.Unroll);
            Assert.Equal(2, p.LoopedTaps);
            Assert.Equal(2 * p.ChannelTile * p.VectorsPerBlock, p.UnrolledMultiplyAdds);
            Assert.True(p.UnrolledMultiplyAdds >= 2 * ConvPlanner.FullRateChains);
        });

        // the scalar path's 8 multiply-adds per tap would need groups of 4 taps: 7 columns are not three of them
        ConvPath scalar = plan.Paths.Single(p => p.Bits == 0);
        Assert.Equal(TapUnroll.PerRow, scalar.Unroll);
        Assert.Equal(0, scalar.LoopedTaps);

        // a group ends where the next one reads the same phases one scratch position on (stride 3, dilation 2: columns
        // 0, 2, 4 are phases 0, 2, 1, and column 6 is phase 0 again); stride 2 with dilation 2 stays in phase 0
        var s3d2 = new ConvSpec(ElementType.Float, 2, 24, 70, 8, 3, 10, 3, 3, 4, 4, 1, 2, 1, false, ActivationKind.None);
        Assert.Equal(3, ConvPlanner.TapGroup(s3d2));
        ConvPlan s3 = ConvPlanner.Plan(s3d2, TargetInfo.Latest, 100);
        foreach (int x in Enumerable.Range(0, 3))
        {
            Assert.Equal(s3.TapOffset(0, x + 3), s3.TapOffset(0, x) + s3.TapOffset(0, 3)); // every group as the first, moved on
        }

        Assert.Equal(1, ConvPlanner.TapGroup(new ConvSpec(ElementType.Float, 2, 24, 70, 8, 3, 10, 2, 2, 4, 4, 1, 2, 1, false, ActivationKind.None)));
        Assert.Equal(1, ConvPlanner.TapGroup(new ConvSpec(ElementType.Float, 2, 24, 70, 8, 3, 10, 1, 1, 4, 4, 1, 1, 1, false, ActivationKind.None)));

        // within the budget per input channel, the filter stays unrolled
        var resnet = new ConvSpec(ElementType.Float, 64, 56, 56, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1, true, ActivationKind.None);
        Assert.All(ConvPlanner.Plan(resnet, TargetInfo.Latest, 256).Paths, p => Assert.NotEqual(TapUnroll.PerTap, p.Unroll));
    }

    [Fact]
    public void The_band_height_is_the_one_that_computes_the_fewest_pixels()
    {
        // 56 rows: bands of 12 would compute 60 rows, of 8 exactly 56 (flat runs of 8 rows, 462 pixels in 29 vectors)
        var resnet = new ConvSpec(ElementType.Float, 64, 56, 56, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1, true, ActivationKind.None);
        ConvPlan plan = ConvPlanner.Plan(resnet, TargetInfo.Latest, 256);
        Assert.Equal(8, plan.BandRows);
        Assert.Equal(8, plan.Paths[0].FlatRows);
        Assert.All(plan.Paths, p => Assert.Equal(0, plan.BandRows % p.RowTile));
        Assert.True(ConvPlanner.BandedPixels(resnet, ConvPlanner.Layout(resnet), 8, plan.Paths[0]) < ConvPlanner.BandedPixels(resnet, ConvPlanner.Layout(resnet), 12, plan.Paths[0]));

        // the stem's 112 rows at two threads: 8 and 16 both divide them; the taller band copies fewer input rows twice
        var stem = new ConvSpec(ElementType.Float, 3, 224, 224, 64, 7, 7, 2, 2, 3, 3, 1, 1, 1, true, ActivationKind.None) { Threads = 2 };
        Assert.Equal(16, ConvPlanner.Plan(stem, TargetInfo.Latest, 256).BandRows);
    }

    [Fact]
    public void Large_padded_images_are_copied_band_by_band_and_small_ones_whole()
    {
        ConvPlan large = ConvPlanner.Plan(Filter(480, 640, 3, SobelX), TargetInfo.Latest, 256);
        Assert.Equal(ConvPlanner.BandRows, large.BandRows);
        Assert.Equal(ConvPlanner.BandRows + 2, large.PaddedHeight);
        Assert.True(large.ScratchLength * 4 < 64 * 1024, "a band of 640 columns stays in L1/L2");
        Assert.All(large.Paths, p => Assert.Equal(0, ConvPlanner.BandRows % p.RowTile));

        // the 3x224x224 stem's whole copy (635 KB) is over the threshold: bands of 16 output rows, 100 KB
        var stem = new ConvSpec(ElementType.Float, 3, 224, 224, 64, 7, 7, 2, 2, 3, 3, 1, 1, 1, true, ActivationKind.None);
        ConvPlan banded = ConvPlanner.Plan(stem, TargetInfo.Latest, 256);
        Assert.Equal(16, banded.BandRows);
        Assert.Equal(3L * 37 * 230 * 4, banded.ScratchLength * 4L);

        // 128x28x28's whole copy (460 KB) stays in L2
        var resnet = new ConvSpec(ElementType.Float, 128, 28, 28, 128, 3, 3, 1, 1, 1, 1, 1, 1, 1, true, ActivationKind.None);
        Assert.True(ConvPlanner.Layout(resnet).ScratchLengthFor(128) * 4 is > 256 * 1024 and < ConvPlanner.BandThresholdBytes);
        Assert.False(ConvPlanner.Plan(resnet, TargetInfo.Latest, 256).IsBanded);

        ConvPlan small = ConvPlanner.Plan(Filter(32, 32, 3, SobelX), TargetInfo.Latest, 256);
        Assert.False(small.IsBanded);
        ConvPlan unpadded = ConvPlanner.Plan(Filter(480, 640, 3, SobelX, padding: 0), TargetInfo.Latest, 256);
        Assert.False(unpadded.UsesScratch);
    }

    [Fact]
    public void A_single_filter_over_a_wide_image_shares_each_loaded_input_row_between_output_rows()
    {
        ConvPlan plan = ConvPlanner.Plan(Filter(480, 640, 3, null), TargetInfo.Latest, 256);
        ConvPath widest = plan.Paths[0];
        Assert.Equal(4, widest.RowTile);
        Assert.Equal(6, widest.VectorsPerBlock);

        // a 5x5 filter keeps the 4 rows within the budget by taking fewer vectors
        ConvPath five = ConvPlanner.Plan(Filter(480, 640, 5, null), TargetInfo.Latest, 256).Paths[0];
        Assert.Equal(4, five.RowTile);
        Assert.Equal(2, five.VectorsPerBlock);
        Assert.Equal(6, widest.InputRows.Count); // 4 output rows of a 3-row filter read 6 input rows, not 12
    }
}
