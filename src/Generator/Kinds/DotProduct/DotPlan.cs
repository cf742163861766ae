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
    public static DotPlan Plan(DotSpec spec, TargetInfo target, int budget)
    {
        var paths = new List<ReductionPlan>();
        int[] widths = VectorPaths.ReductionWidths(spec.Element, spec.Length, target).ToArray();
        foreach (int bits in widths)
        {
            paths.Add(ReductionPlanner.Plan(spec.Element, bits, spec.Length, rows: 1, VectorPaths.PathBudget(bits, widths.Length > 1, budget)));
        }

        return new DotPlan(spec, paths.ToEquatableArray(), target, budget);
    }
}
