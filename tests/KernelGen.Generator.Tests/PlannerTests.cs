using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Kinds.Dense;
using KernelGen.Generator.Kinds.DotProduct;
using KernelGen.Generator.Shared;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>The planner is a pure function: these pin its decisions without compiling anything.</summary>
public class PlannerTests
{
    [Theory]
    [InlineData(9, new[] { 256, 128, 0 })]
    [InlineData(16, new[] { 256, 128, 0 })]
    [InlineData(32, new[] { 512, 256, 128, 0 })]
    [InlineData(3, new[] { 0 })]
    public void Dot_paths_depend_on_length(int length, int[] widths)
    {
        DotPlan plan = DotPlanner.Plan(new DotSpec(ElementType.Float, length), TargetInfo.Latest, 256);
        Assert.Equal(widths, plan.Paths.Select(p => p.Bits).ToArray());
    }

    [Fact]
    public void Without_Vector512_there_is_no_512_bit_path()
    {
        DotPlan plan = DotPlanner.Plan(new DotSpec(ElementType.Float, 4096), TargetInfo.Latest with { HasVector512 = false }, 256);
        Assert.Equal(new[] { 256, 128, 0 }, plan.Paths.Select(p => p.Bits).ToArray());
    }

    [Theory]
    [InlineData(false, 27, 256, 3, 3)]
    [InlineData(false, 1030, 512, 64, 6)]
    [InlineData(true, 15, 256, 3, 3)]
    [InlineData(true, 16, 512, 2, 0)]
    public void Reduction_is_main_vectors_then_one_overlapping_masked_tail(bool isDouble, int length, int bits, int main, int tail)
    {
        ElementType element = isDouble ? ElementType.Double : ElementType.Float;
        ReductionPlan plan = ReductionPlanner.Plan(element, bits, length, rows: 1, budget: 256);
        Assert.Equal(main, plan.MainVectors);
        Assert.Equal(tail, plan.TailLanes);
        Assert.Equal(length, (main * plan.Lanes) + tail);
        Assert.True(plan.TailOffset >= 0);
    }

    [Theory]
    [InlineData(1, 512, 256, 8)]
    [InlineData(1, 3, 256, 3)]
    [InlineData(8, 16, 256, 1)]
    [InlineData(4, 16, 256, 2)]
    [InlineData(5, 49, 256, 2)]
    public void Accumulators_cover_the_fma_latency_without_exceeding_the_registers(int rows, int vectors, int budget, int expected)
    {
        ReductionPlan plan = ReductionPlanner.Plan(ElementType.Float, 512, vectors * 16, rows, budget);
        Assert.Equal(expected, plan.Accumulators);
        Assert.True(rows * plan.Accumulators <= ReductionPlanner.MaxLiveAccumulators);
    }

    [Theory]
    [InlineData(4096, 64)]
    [InlineData(4099, 100)]
    [InlineData(1 << 20, 256)]
    [InlineData(700, 7)]
    public void Over_budget_reductions_loop_and_no_unrolled_stretch_exceeds_the_budget(int length, int budget)
    {
        foreach (int bits in new[] { 512, 256, 128, 0 })
        {
            ReductionPlan plan = ReductionPlanner.Plan(ElementType.Float, bits, length, rows: 1, budget);
            Assert.True(plan.IsLooped);
            Assert.True(plan.UnrolledMultiplyAdds <= System.Math.Max(budget, plan.Accumulators), $"{bits}: {plan}");
            Assert.Equal(plan.MainVectors, (plan.LoopIterations * plan.LoopBlockVectors) + plan.UnrolledMainVectors);
            Assert.Equal(0, plan.LoopBlockVectors % plan.Accumulators);
        }
    }

    [Theory]
    [InlineData(10, 512, 5, 2, false)]
    [InlineData(256, 512, 8, 32, false)]
    [InlineData(33, 512, 8, 4, true)]
    [InlineData(3, 512, 3, 1, false)]
    [InlineData(10, 0, 4, 2, true)]
    public void Dense_rows_are_blocked_to_share_each_input_load(int outputs, int bits, int rows, int blocks, bool remainder)
    {
        DensePlan plan = DensePlanner.Plan(new DenseSpec(ElementType.Float, 64, outputs, true, ActivationKind.None), TargetInfo.Latest, 256);
        DensePath path = plan.Paths.Single(p => p.Bits == bits);
        Assert.Equal(rows, path.RowsPerBlock);
        Assert.Equal(blocks, path.FullBlocks);
        Assert.Equal(remainder, path.Remainder is not null);
        Assert.Equal(outputs, (path.FullBlocks * path.RowsPerBlock) + (path.Remainder?.Rows ?? 0));
    }

    [Fact]
    public void Plans_are_value_equal_for_equal_inputs()
    {
        var spec = new DenseSpec(ElementType.Double, 100, 9, false, ActivationKind.Relu);
        Assert.Equal(DensePlanner.Plan(spec, TargetInfo.Net8, 64), DensePlanner.Plan(spec with { }, TargetInfo.Net8, 64));
    }
}

/// <summary>The matrix-product planner: register tiles per width, clamped edges, the k loop under the budget.</summary>
public class GemmPlannerTests
{
    private static KernelGen.Generator.Kinds.MatMul.MatMulSpec Spec(int m, int k, int n, bool transposeB = false) =>
        new(ElementType.Float, m, k, n, transposeB, HasBias: false, ActivationKind.None);

    [Theory]
    [InlineData(64, 64, 64, 6, 4)]
    [InlineData(16, 16, 16, 16, 1)]
    [InlineData(128, 64, 256, 6, 4)]
    public void Outer_tiles_use_most_of_the_avx512_registers(int m, int k, int n, int rows, int vectors)
    {
        var plan = KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(Spec(m, k, n), TargetInfo.Latest, 256);
        var path = Assert.IsType<KernelGen.Generator.Kinds.MatMul.OuterGemmPath>(plan.Paths[0]);
        Assert.Equal(512, path.Bits);
        Assert.Equal(rows, path.Rows.Tile);
        Assert.Equal(vectors, path.VectorsPerBlock);
    }

    [Theory]
    [InlineData(1024, 1024, 1024, true, true)] // b of 4 MB: panels outer, packed
    [InlineData(256, 256, 256, true, true)] // b of 256 KB read by 43 row tiles: packed
    [InlineData(64, 256, 256, false, false)] // 11 row tiles: the copy would not pay
    [InlineData(128, 64, 256, false, false)] // b of 64 KB: stays in L2 in place
    public void Large_b_is_read_as_packed_panels_when_enough_row_tiles_read_each(int m, int k, int n, bool outer, bool packed)
    {
        var plan = KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(Spec(m, k, n), TargetInfo.Latest, 256, packPanels: true);
        var path = Assert.IsType<KernelGen.Generator.Kinds.MatMul.OuterGemmPath>(plan.Paths[0]);
        Assert.Equal((outer, packed), (path.PanelsOuter, path.PacksPanels));
        Assert.Equal(packed ? (long)k * path.VectorsPerBlock * path.Lanes : 0, plan.PanelLength);

        // without a scratch from the kind (the Winograd product), nothing is packed
        var unpacked = KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(Spec(m, k, n), TargetInfo.Latest, 256);
        Assert.All(unpacked.Paths, p => Assert.False(((KernelGen.Generator.Kinds.MatMul.OuterGemmPath)p).PacksPanels));
        Assert.Equal(0, unpacked.PanelLength);
    }

    [Fact]
    public void Each_thread_packs_its_own_panels_so_a_smaller_b_is_packed_only_when_each_thread_has_enough_row_tiles()
    {
        var spec = Spec(256, 256, 256);
        Assert.True(((KernelGen.Generator.Kinds.MatMul.OuterGemmPath)KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(spec with { Threads = 1 }, TargetInfo.Latest, 256, packPanels: true).Paths[0]).PacksPanels);
        Assert.False(((KernelGen.Generator.Kinds.MatMul.OuterGemmPath)KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(spec with { Threads = 2 }, TargetInfo.Latest, 256, packPanels: true).Paths[0]).PacksPanels);
        // a b over 384 KB is read panel by panel however many threads share the rows
        Assert.True(((KernelGen.Generator.Kinds.MatMul.OuterGemmPath)KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(Spec(512, 512, 512) with { Threads = 2 }, TargetInfo.Latest, 256, packPanels: true).Paths[0]).PacksPanels);
    }

    [Fact]
    public void A_batched_dense_layer_is_an_inner_product_tile_along_the_inputs()
    {
        var plan = KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(Spec(64, 784, 10, transposeB: true), TargetInfo.Latest, 256);
        var path = Assert.IsType<KernelGen.Generator.Kinds.MatMul.InnerGemmPath>(plan.Paths[0]);
        Assert.Equal((4, 5), (path.Rows.Tile, path.Columns.Tile));
        Assert.Equal(784, (path.Reduction.MainVectors * path.Reduction.Lanes) + path.Reduction.TailLanes);
        Assert.True(path.IsLooped);
    }

    /// <summary>Every shape and width: tiles fit the registers, cover every row and column, and no unrolled stretch exceeds the budget.</summary>
    [Fact]
    public void Tiles_fit_the_registers_and_cover_every_output()
    {
        var sizes = new[] { 1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 23, 31, 33, 64, 100 };
        foreach (int m in sizes)
        {
            foreach (int k in sizes)
            {
                foreach (int n in sizes)
                {
                    foreach (bool transposeB in new[] { false, true })
                    {
                        var plan = KernelGen.Generator.Kinds.MatMul.GemmPlanner.Plan(Spec(m, k, n, transposeB), TargetInfo.Latest, 64);
                        foreach (var path in plan.Paths)
                        {
                            string at = $"{m}x{k}x{n} T={transposeB} {path}";
                            Assert.True(path.Rows.Tile <= m && path.Rows.Count * path.Rows.Tile >= m, at);
                            Assert.True(path.Accumulators <= (path.Bits == 512 ? 24 : 12), at);
                            if (path is KernelGen.Generator.Kinds.MatMul.OuterGemmPath o)
                            {
                                // The full blocks cover 0..looped*width, the last block starts at or before their end and ends at n.
                                int full = o.LoopedBlocks * o.VectorsPerBlock * o.Lanes;
                                Assert.True(o.LastBlockStarts.Count == 0
                                    ? full == n
                                    : o.LastBlockStarts[0] <= full && o.LastBlockStarts[o.LastBlockStarts.Count - 1] + o.Lanes == n, at);
                                Assert.Equal(k, (o.KIterations * o.KBody) + o.KRest);
                                Assert.True(!o.IsLooped || o.UnrolledMultiplyAdds <= System.Math.Max(64, o.Rows.Tile * o.VectorsPerBlock), at);
                            }
                            else if (path is KernelGen.Generator.Kinds.MatMul.InnerGemmPath i)
                            {
                                Assert.True(i.Columns.Tile <= n && i.Columns.Count * i.Columns.Tile >= n, at);
                            }
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(false, 100, 16, 4)]
    [InlineData(false, 1030, 16, 4)]
    [InlineData(false, 12, 8, 2)]
    [InlineData(false, 5, 4, 2)]
    [InlineData(false, 3, 1, 3)]
    [InlineData(true, 101, 8, 4)]
    [InlineData(true, 3, 2, 2)]
    public void Deterministic_dot_paths_share_one_logical_order(bool isDouble, int length, int logicalLanes, int logicalAccumulators)
    {
        ElementType element = isDouble ? ElementType.Double : ElementType.Float;
        DotPlan plan = DotPlanner.Plan(new DotSpec(element, length) { Deterministic = true }, TargetInfo.Latest, 256);

        Assert.True(plan.Paths.Count >= 1);
        foreach (ReductionPlan path in plan.Paths)
        {
            // every path: the same logical vector of L lanes and K accumulators, each a whole number of its registers
            Assert.True(path.IsFixedOrder);
            Assert.Equal(logicalLanes, path.Width);
            Assert.Equal(logicalLanes, path.Registers * path.Lanes);
            Assert.Equal(logicalAccumulators * path.Registers, path.Accumulators);
            Assert.Equal(length / logicalLanes * path.Registers, path.MainVectors);
            Assert.Equal(length % logicalLanes, path.TailLanes);
            Assert.Equal(length - logicalLanes, path.TailOffset);
            // a loop block is a whole number of rounds over the accumulators, so each element keeps its accumulator
            Assert.True(!path.IsLooped || path.LoopBlockVectors % path.Accumulators == 0);
        }
    }

    [Fact]
    public void Deterministic_plans_differ_from_free_ones_only_in_order_and_cosine_sums_three_rows()
    {
        DotPlan free = DotPlanner.Plan(new DotSpec(ElementType.Float, 1030), TargetInfo.Latest, 64);
        DotPlan fixedOrder = DotPlanner.Plan(new DotSpec(ElementType.Float, 1030) { Deterministic = true }, TargetInfo.Latest, 64);
        Assert.All(free.Paths, p => Assert.False(p.IsFixedOrder));
        Assert.Equal(free.Paths.Select(p => p.Bits), fixedOrder.Paths.Select(p => p.Bits));
        Assert.All(fixedOrder.Paths, p => Assert.True(p.UnrolledMultiplyAdds <= 64 + p.Registers));

        var cosine = Kinds.Cosine.CosinePlanner.Plan(new Kinds.Cosine.CosineSpec(ElementType.Float, 384), TargetInfo.Latest, 256);
        Assert.All(cosine.Paths, p => Assert.Equal(3, p.Rows));
        Assert.Equal(new[] { 512, 256, 128, 0 }, cosine.Paths.Select(p => p.Bits));
    }
}
