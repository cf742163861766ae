using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.DotProduct;

/// <summary>A dot product: one reduction per vector path.</summary>
internal sealed record DotPlan(DotSpec Spec, EquatableArray<ReductionPlan> Paths, TargetInfo Target, int UnrollBudget)
    : KernelPlan(Target, UnrollBudget)
{
    public override bool IsLooped => Paths[0].IsLooped;

    public override bool Inline => Spec.Length <= InlineLimit;

    public override long EmittedMultiplyAdds => Paths.Sum(p => p.EmittedMultiplyAdds);

    public override int FullMultiplyAdds => Paths[0].FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Paths[0].UnrolledMultiplyAdds;
}

/// <summary>Plans a dot product: one reduction of the whole length per vector width.</summary>
internal static class DotPlanner
{
    /// <summary>
    /// Logical accumulators of a deterministic dot product: 4, enough chains where two loads feed each FMA (one FMA per
    /// cycle hides a latency of 4), and 8 registers of a Vector256 path: the same assignment its free plan has.
    /// </summary>
    public const int FixedOrderChains = 4;

    public static DotPlan Plan(DotSpec spec, TargetInfo target, int budget)
    {
        var paths = new List<ReductionPlan>();
        if (spec.Integer is { } integer)
        {
            return new DotPlan(spec, IntegerReductionPlanner.PlanPaths(spec.Length, 1, target, budget, integer.Activations, integer.InputZeroPoint), target, budget);
        }

        int[] widths = VectorPaths.ReductionWidths(spec.Element, spec.Length, target).ToArray();
        int logicalLanes = FixedOrder.LogicalLanes(spec.Element, spec.Length);
        int logicalAccumulators = FixedOrder.Accumulators(spec.Length, logicalLanes, FixedOrderChains);
        foreach (int bits in widths)
        {
            int pathBudget = VectorPaths.PathBudget(bits, widths.Length > 1, budget);
            paths.Add(spec.Deterministic
                ? ReductionPlanner.PlanFixed(spec.Element, bits, spec.Length, 1, pathBudget, logicalLanes, logicalAccumulators)
                : ReductionPlanner.Plan(spec.Element, bits, spec.Length, rows: 1, pathBudget));
        }

        return new DotPlan(spec, paths.ToEquatableArray(), target, budget);
    }
}
