using System;
using System.Linq;
using KernelGen.Generator.Kinds.Conv2D;
using KernelGen.Generator.Kinds.Conv2D.Winograd;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// The Winograd planner as pure data: the transform matrices against the definition in exact arithmetic, the published
/// F(4x4, 3x3) matrices, the tile choice, and the plan's layout (channel strides, blocks, scratch) for many shapes.
/// </summary>
public class WinogradPlannerTests
{
    private static ConvSpec Conv(int c, int h, int w, int oc, int padding = 1, int threads = 1, int images = 1, ElementType element = ElementType.Float) =>
        new ConvSpec(element, c, h, w, oc, 3, 3, 1, 1, padding, padding, 1, 1, 1, true, ActivationKind.None) { Winograd = true, Threads = threads, Images = images };

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void The_transforms_compute_the_correlation_exactly(int m)
    {
        // y = Aᵀ [(G g) ⊙ (Bᵀ d)] is bilinear in g and d: it is the 3-tap correlation y[i] = Σ_k g[k] d[i + k] for every g
        // and d when it is for every pair of unit vectors, which is checked here in exact rational arithmetic
        Rational[,] bt = WinogradTransform.InputTransform(m), g = WinogradTransform.FilterTransform(m), at = WinogradTransform.OutputTransform(m);
        int alpha = m + 2;
        Assert.Equal((alpha, alpha), (bt.GetLength(0), bt.GetLength(1)));
        Assert.Equal((alpha, 3), (g.GetLength(0), g.GetLength(1)));
        Assert.Equal((m, alpha), (at.GetLength(0), at.GetLength(1)));
        for (int k = 0; k < 3; k++)
        {
            for (int j = 0; j < alpha; j++)
            {
                for (int i = 0; i < m; i++)
                {
                    Rational y = Rational.Zero;
                    for (int xi = 0; xi < alpha; xi++)
                    {
                        y += at[i, xi] * g[xi, k] * bt[xi, j];
                    }

                    Assert.Equal(j == i + k ? Rational.One : Rational.Zero, y);
                }
            }
        }
    }

    [Fact]
    public void F4x4_is_Lavin_and_Grays_published_matrices()
    {
        string Text(Rational[,] matrix) => WinogradTransform.Rows(matrix);
        Assert.Equal("[4 0 -5 0 1 0] [0 -4 -4 1 1 0] [0 4 -4 -1 1 0] [0 -2 -1 2 1 0] [0 2 -1 -2 1 0] [0 4 0 -5 0 1]", Text(WinogradTransform.InputTransform(4)));
        Assert.Equal("[1/4 0 0] [-1/6 -1/6 -1/6] [-1/6 1/6 -1/6] [1/24 1/12 1/6] [1/24 -1/12 1/6] [0 0 1]", Text(WinogradTransform.FilterTransform(4)));
        Assert.Equal("[1 1 1 1 1 0] [0 1 -1 2 -2 0] [0 1 1 4 4 0] [0 1 -1 8 -8 1]", Text(WinogradTransform.OutputTransform(4)));
    }

    [Fact]
    public void Rational_arithmetic_is_exact_and_in_lowest_terms()
    {
        var third = new Rational(1, 3);
        Assert.Equal(Rational.One, third + third + third);
        Assert.Equal(new Rational(-1, 6), new Rational(2, -12));
        Assert.Equal(new Rational(1, 24), new Rational(1, 4) / new Rational(6));
        Assert.Equal("-5/2", (new Rational(-1) - new Rational(3, 2)).ToString());
        Assert.Equal(0.25, new Rational(3, 12).Value);
    }

    [Theory]
    [InlineData(56, 56, false, 4)] // 196 tiles: the tiles dominate
    [InlineData(28, 28, false, 4)]
    [InlineData(14, 14, false, 2)] // 16 tiles of 4x4 against 49 of 2x2: nearly a tie, and 2x2 moves half the filters
    [InlineData(14, 14, true, 4)]
    [InlineData(7, 7, false, 2)] // 4 tiles of 4x4 against 16 of 2x2: the per-call filter transform dominates
    [InlineData(4, 4, false, 2)] // one 4x4 tile against four 2x2, but 36 filter values to transform against 16
    [InlineData(2, 2, true, 2)] // one 2x2 tile against one 4x4
    [InlineData(8, 8, true, 2)]
    [InlineData(12, 12, true, 4)]
    public void The_tile_is_the_cheaper_of_the_two(int height, int width, bool constant, int expected) =>
        Assert.Equal(expected, WinogradPlanner.ChooseTile(height, width, constant));

    [Fact]
    public void Every_plan_covers_the_output_with_whole_blocks_and_vector_padded_channels()
    {
        var random = new Random(5);
        for (int trial = 0; trial < 400; trial++)
        {
            int c = random.Next(1, 300), oc = random.Next(1, 300), h = random.Next(3, 70), w = random.Next(3, 70), padding = random.Next(0, 2);
            int threads = random.Next(0, 4), images = random.Next(1, 4);
            ElementType element = random.Next(2) == 0 ? ElementType.Float : ElementType.Double;
            ConvSpec spec = Conv(c, h, w, oc, padding, threads, images, element);
            var plan = (WinogradPlan)KernelPlanner.Plan(spec, TargetInfo.Latest, 256);
            string context = spec.Describe();
            int lanes = element == ElementType.Float ? 16 : 8;
            Assert.True(plan.Tile is 2 or 4, context);
            Assert.True(plan.TilesY * plan.Tile >= spec.OutHeight && (plan.TilesY - 1) * plan.Tile < spec.OutHeight, context);
            Assert.True(plan.TilesX * plan.Tile >= spec.OutWidth && (plan.TilesX - 1) * plan.Tile < spec.OutWidth, context);
            Assert.Equal(0, plan.InStride % lanes);
            Assert.Equal(0, plan.OutStride % lanes);
            Assert.True(plan.InStride - c < lanes && plan.OutStride - oc < lanes, context);

            // the padded copy holds every input pixel and every tile's patch
            Assert.True(plan.PaddedHeight >= spec.Height + (2 * padding) && plan.PaddedWidth >= spec.Width + (2 * padding), context);

            // blocks: every tile in exactly one block's new tiles, the last block starting early inside the tiles
            var stored = new int[plan.Tiles];
            for (int b = 0; b < plan.Blocks; b++)
            {
                int start = Math.Min(b * plan.BlockTiles, plan.LastBlockStart);
                Assert.True(start >= 0, context);
                for (int t = b * plan.BlockTiles; t < start + plan.BlockTiles; t++)
                {
                    stored[t]++;
                }
            }

            Assert.All(stored, n => Assert.Equal(1, n));

            // the scratch's parts do not overlap, each on a 64-byte boundary
            int[] offsets = { 0, plan.TransformedTilesOffset, plan.ProductsOffset, plan.OutputsOffset, plan.BiasOffset, plan.ScratchLength };
            int[] lengths = { plan.PaddedLength, plan.TransformedTilesLength, plan.ProductsLength, plan.OutputsLength, plan.OutStride };
            for (int i = 0; i < lengths.Length; i++)
            {
                Assert.True(offsets[i] + lengths[i] <= offsets[i + 1], context);
                Assert.Equal(0, offsets[i] % 16);
            }

            // the products are a matrix product of the block's tiles, the padded channels
            Assert.Equal((plan.BlockTiles, plan.InStride, plan.OutStride), (plan.Product.Spec.M, plan.Product.Spec.K, plan.Product.Spec.N));
            Assert.True(plan.Product.EstimatedIlBytes <= KernelPlanner.MaxIlBytes, context);
            Assert.Equal(plan.Blocks, plan.SplitUnits);
            Assert.True(plan.Multiplications < plan.DirectMultiplications || spec.OutHeight * spec.OutWidth < 16, context);
        }
    }

    [Fact]
    public void A_threaded_kernel_of_one_image_has_a_block_per_thread()
    {
        var plan = (WinogradPlan)KernelPlanner.Plan(Conv(256, 14, 14, 256, threads: 2), TargetInfo.Latest, 256);
        Assert.True(plan.Blocks >= 2);
        Assert.Equal(2, plan.Partition.Threads);
        Assert.Equal(2, plan.Partition.SharesPerImage);
    }
}
