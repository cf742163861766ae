using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Cosine;

/// <summary>
/// A cosine similarity: per vector path one reduction plan, run three times over the same loads (x.y, x.x, y.y each
/// with <see cref="ReductionPlan.Accumulators"/> accumulators of its own).
/// </summary>
internal sealed record CosinePlan(CosineSpec Spec, EquatableArray<ReductionPlan> Paths, TargetInfo Target, int UnrollBudget)
    : KernelPlan(Target, UnrollBudget)
{
    public override bool IsLooped => Paths[0].IsLooped;

    public override bool Inline => 3L * Spec.Length <= InlineLimit;

    public override long EmittedMultiplyAdds => Paths.Sum(p => p.EmittedMultiplyAdds);

    public override int FullMultiplyAdds => Paths[0].FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Paths[0].UnrolledMultiplyAdds;
}

/// <summary>
/// Plans a cosine similarity as a reduction of three rows (the three sums), so that the budget counts all three
/// multiply-adds of a step: free order, 3 accumulators per sum (9 chains, 11 registers with the two loads); fixed
/// order, <see cref="FixedOrderChains"/> logical accumulators per sum.
/// </summary>
internal static class CosinePlanner
{
    /// <summary>Sums accumulated together.</summary>
    public const int Sums = 3;

    /// <summary>
    /// Logical accumulators per sum of a deterministic cosine: 2, so 6 chains in all, 12 registers on a Vector256 path
    /// (2 per logical vector of 16 floats), which leaves room for the two loads among AVX2's 16.
    /// </summary>
    public const int FixedOrderChains = 2;

    public static CosinePlan Plan(CosineSpec spec, TargetInfo target, int budget)
    {
        var paths = new List<ReductionPlan>();
        if (spec.Integer is not null)
        {
            return new CosinePlan(spec, IntegerReductionPlanner.PlanPaths(spec.Length, Sums, target, budget, ElementType.SByte, 0), target, budget);
        }

        int[] widths = VectorPaths.ReductionWidths(spec.Element, spec.Length, target).ToArray();
        int logicalLanes = FixedOrder.LogicalLanes(spec.Element, spec.Length);
        int logicalAccumulators = FixedOrder.Accumulators(spec.Length, logicalLanes, FixedOrderChains);
        foreach (int bits in widths)
        {
            int pathBudget = VectorPaths.PathBudget(bits, widths.Length > 1, budget);
            paths.Add(spec.Deterministic
                ? ReductionPlanner.PlanFixed(spec.Element, bits, spec.Length, Sums, pathBudget, logicalLanes, logicalAccumulators)
                : ReductionPlanner.Plan(spec.Element, bits, spec.Length, Sums, pathBudget));
        }

        return new CosinePlan(spec, paths.ToEquatableArray(), target, budget);
    }
}
