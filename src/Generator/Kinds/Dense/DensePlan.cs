using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Dense;

/// <summary>
/// One vector path of a dense layer: the outputs in blocks of <see cref="RowsPerBlock"/> rows that share every loaded
/// input vector (register blocking), looped <see cref="FullBlocks"/> times, then one smaller block for the rows left.
/// </summary>
internal sealed record DensePath(int Bits, int RowsPerBlock, int FullBlocks, ReductionPlan Block, ReductionPlan? Remainder);

/// <summary>A dense layer at batch 1: one <see cref="DensePath"/> per vector path.</summary>
internal sealed record DensePlan(DenseSpec Spec, EquatableArray<DensePath> Paths, TargetInfo Target, int UnrollBudget)
    : KernelPlan(Target, UnrollBudget)
{
    public override bool IsLooped => Paths[0].Block.IsLooped;

    /// <summary>Register blocks of output rows (the remainder block counted), the units threads share out.</summary>
    public static int UnitsOf(DensePath path) => path.FullBlocks + (path.Remainder is null ? 0 : 1);

    public override int SplitUnits => UnitsOf(Paths[0]);

    public override string SplitUnitNoun => "blocks of output rows";

    public override bool Inline => (long)Spec.Inputs * Spec.Outputs <= InlineLimit;

    public override long EmittedMultiplyAdds => Paths.Sum(p => p.Block.EmittedMultiplyAdds + (p.Remainder?.EmittedMultiplyAdds ?? 0));

    public override int FullMultiplyAdds => Paths[0].Block.FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Paths[0].Block.UnrolledMultiplyAdds;
}

/// <summary>Plans a dense layer at batch 1: blocks of rows sharing each input load, each row a reduction.</summary>
internal static class DensePlanner
{
    /// <summary>Output rows per block of an integer layer: 4 sums (and on VPDPBUSD their weights' sums) share each input load.</summary>
    public const int IntegerRows = 4;

    public static DensePlan Plan(DenseSpec spec, TargetInfo target, int budget)
    {
        var paths = new List<DensePath>();
        if (spec.Integer is { } integer)
        {
            foreach ((IntegerProduct product, int bits, int pathBudget) in IntegerReductionPlanner.Ladder(spec.Inputs, target, budget))
            {
                int rows = System.Math.Min(IntegerRows, spec.Outputs);
                int full = spec.Outputs / rows, left = spec.Outputs - (full * rows);
                ReductionPlan Reduction(int count) => IntegerReductionPlanner.Plan(product, bits, spec.Inputs, count, pathBudget, IntegerReductionPlanner.Corrects(product, integer));
                paths.Add(new DensePath(bits, rows, full, Reduction(rows), left == 0 ? null : Reduction(left)));
            }

            return new DensePlan(spec, paths.ToEquatableArray(), target, budget);
        }

        int[] widths = VectorPaths.ReductionWidths(spec.Element, spec.Inputs, target).ToArray();
        int logicalLanes = FixedOrder.LogicalLanes(spec.Element, spec.Inputs);
        int logicalAccumulators = FixedOrder.Accumulators(spec.Inputs, logicalLanes, FixedOrderChains(spec.Outputs));
        foreach (int bits in widths)
        {
            int pathBudget = VectorPaths.PathBudget(bits, widths.Length > 1, budget);
            int registersPerRow = logicalAccumulators * (logicalLanes / ReductionPlan.LanesOf(bits, spec.Element));
            int rows = spec.Deterministic ? RowsPerBlock(spec.Outputs, bits, System.Math.Max(1, ReductionPlanner.MaxLiveAccumulators / registersPerRow)) : RowsPerBlock(spec.Outputs, bits);
            int full = spec.Outputs / rows;
            int left = spec.Outputs - (full * rows);
            ReductionPlan Reduction(int count) => spec.Deterministic
                ? ReductionPlanner.PlanFixed(spec.Element, bits, spec.Inputs, count, pathBudget, logicalLanes, logicalAccumulators)
                : ReductionPlanner.Plan(spec.Element, bits, spec.Inputs, count, pathBudget);
            paths.Add(new DensePath(bits, rows, full, Reduction(rows), left == 0 ? null : Reduction(left)));
        }

        return new DensePlan(spec, paths.ToEquatableArray(), target, budget);
    }

    /// <summary>
    /// Logical accumulators per row of a deterministic layer: one when at least 4 rows share the input (the rows are the
    /// independent chains), else enough for 4 chains in all. Fixed by the layer's shape, never by the path.
    /// </summary>
    public static int FixedOrderChains(int outputs) => outputs >= 4 ? 1 : (4 + outputs - 1) / outputs;

    /// <summary>
    /// Output rows per register block (at most <paramref name="most"/>, what a deterministic path's registers hold): all of them when there are at most 8, else the largest of 8..4 that divides the
    /// outputs (no remainder block), else 8 with a remainder block. The scalar path keeps 4.
    /// </summary>
    public static int RowsPerBlock(int outputs, int bits, int most = 8)
    {
        int max = System.Math.Min(most, bits == 0 ? 4 : 8);
        if (outputs <= max)
        {
            return outputs;
        }

        for (int r = max; r >= System.Math.Min(4, max); r--)
        {
            if (outputs % r == 0)
            {
                return r;
            }
        }

        return max;
    }
}
