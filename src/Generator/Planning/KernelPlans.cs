using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Planning;

/// <summary>A kernel's plan: the spec, the vector paths from widest to scalar, and what the emitter must know of the target.</summary>
internal abstract record KernelPlan(TargetInfo Target, int UnrollBudget)
{
    /// <summary>Whether the widest path (which the budget diagnostic speaks of) needs a loop around its unrolled body.</summary>
    public abstract bool IsLooped { get; }

    /// <summary>Multiply-adds the widest path's reduction would need fully unrolled.</summary>
    public abstract int FullMultiplyAdds { get; }

    /// <summary>Multiply-adds in the widest path's unrolled body as planned.</summary>
    public abstract int UnrolledMultiplyAdds { get; }

    /// <summary>
    /// Small kernels are marked for inlining: the call, the prologue and the length checks' frame disappear, and the JIT
    /// folds away the paths the hardware does not take. Larger ones ask for full optimization from the first call
    /// instead (they are too big to inline, and running them unoptimized first would be slow).
    /// </summary>
    public virtual bool Inline => false;

    /// <summary>Multiply-adds of the whole kernel at most, for <see cref="Inline"/>.</summary>
    public const int InlineLimit = 64;

    /// <summary>Multiply-adds written out in the method, summed over every path (all of them are in the IL).</summary>
    public abstract long EmittedMultiplyAdds { get; }

    /// <summary>
    /// An upper estimate of the method's IL size. Measured: 25-31 bytes per emitted multiply-add (a load or two, a
    /// broadcast shared with others, the FMA, the stores back to locals), plus a fixed part for checks and reductions.
    /// </summary>
    public long EstimatedIlBytes => 2_000 + (EmittedMultiplyAdds * IlBytesPerMultiplyAdd);

    public const int IlBytesPerMultiplyAdd = 32;
}

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

/// <summary>
/// One vector path of a dense layer: the outputs in blocks of <see cref="RowsPerBlock"/> rows that share every loaded
/// input vector (register blocking), looped <see cref="FullBlocks"/> times, then one smaller block for the rows left.
/// </summary>
internal sealed record DensePath(int Bits, int RowsPerBlock, int FullBlocks, ReductionPlan Block, ReductionPlan? Remainder);

/// <summary>A dense layer: one <see cref="DensePath"/> per vector path.</summary>
internal sealed record DensePlan(DenseSpec Spec, EquatableArray<DensePath> Paths, TargetInfo Target, int UnrollBudget)
    : KernelPlan(Target, UnrollBudget)
{
    public override bool IsLooped => Paths[0].Block.IsLooped;

    public override bool Inline => (long)Spec.Inputs * Spec.Outputs <= InlineLimit;

    public override long EmittedMultiplyAdds => Paths.Sum(p => p.Block.EmittedMultiplyAdds + (p.Remainder?.EmittedMultiplyAdds ?? 0));

    public override int FullMultiplyAdds => Paths[0].Block.FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Paths[0].Block.UnrolledMultiplyAdds;
}

/// <summary>Chooses every kernel's plan: a pure function of the model, the target and the budget.</summary>
internal static class KernelPlanner
{
    /// <summary>A Vector512 path is emitted only when the reduction has at least this many full 512-bit vectors;
    /// below it, the Vector256 path (taken on the same hardware) has less fixed cost.</summary>
    public const int MinVector512Vectors = 2;

    /// <summary>
    /// RyuJIT compiles a method of more than 60,000 bytes of IL with MinOpts (no optimization at all), which would make
    /// an unrolled kernel many times slower. Plans are kept under this estimate, two thirds of that limit, whatever the budget.
    /// </summary>
    public const int MaxIlBytes = 40_000;

    /// <summary>The plan for <paramref name="budget"/>, or for the largest smaller budget whose method stays under <see cref="MaxIlBytes"/>.</summary>
    public static KernelPlan Plan(KernelSpec spec, TargetInfo target, int budget)
    {
        KernelPlan plan = PlanWithBudget(spec, target, budget);
        while (plan.EstimatedIlBytes > MaxIlBytes && budget > 8)
        {
            budget = (int)System.Math.Max(8, System.Math.Min(budget - 1, budget * 0.9 * MaxIlBytes / plan.EstimatedIlBytes));
            plan = PlanWithBudget(spec, target, budget);
        }

        return plan;
    }

    private static KernelPlan PlanWithBudget(KernelSpec spec, TargetInfo target, int budget) => spec switch
    {
        DotSpec dot => PlanDot(dot, target, budget),
        DenseSpec dense => PlanDense(dense, target, budget),
        ConvSpec conv => ConvPlanner.Plan(conv, target, budget),
        _ => throw new System.ArgumentException("Unknown kernel spec " + spec.GetType().Name),
    };

    /// <summary>The vector widths worth a path for a reduction of <paramref name="length"/>, widest first, ending with 0 (scalar).</summary>
    public static IEnumerable<int> PathWidths(ElementType element, int length, TargetInfo target)
    {
        if (target.HasVector512 && length >= MinVector512Vectors * ReductionPlan.LanesOf(512, element))
        {
            yield return 512;
        }

        foreach (int bits in new[] { 256, 128 })
        {
            if (length >= ReductionPlan.LanesOf(bits, element))
            {
                yield return bits;
            }
        }

        yield return 0;
    }

    /// <summary>
    /// Unroll budget of the scalar path when vector paths exist. It is the fallback for hardware without any SIMD (every
    /// x64 and Arm64 machine takes a vector path), yet its IL counts against the JIT's size limit as much as the others':
    /// it gets a small loop body instead of a long unrolled one.
    /// </summary>
    public const int FallbackScalarBudget = 64;

    /// <summary>The budget of the path of <paramref name="bits"/> (0: scalar) when the kernel has a vector path or not.</summary>
    public static int PathBudget(int bits, bool hasVectorPath, int budget) =>
        bits == 0 && hasVectorPath ? System.Math.Min(budget, FallbackScalarBudget) : budget;

    public static DotPlan PlanDot(DotSpec spec, TargetInfo target, int budget)
    {
        var paths = new List<ReductionPlan>();
        int[] widths = PathWidths(spec.Element, spec.Length, target).ToArray();
        foreach (int bits in widths)
        {
            paths.Add(ReductionPlanner.Plan(spec.Element, bits, spec.Length, rows: 1, PathBudget(bits, widths.Length > 1, budget)));
        }

        return new DotPlan(spec, paths.ToEquatableArray(), target, budget);
    }

    public static DensePlan PlanDense(DenseSpec spec, TargetInfo target, int budget)
    {
        var paths = new List<DensePath>();
        int[] widths = PathWidths(spec.Element, spec.Inputs, target).ToArray();
        foreach (int bits in widths)
        {
            int pathBudget = PathBudget(bits, widths.Length > 1, budget);
            int rows = RowsPerBlock(spec.Outputs, bits);
            int full = spec.Outputs / rows;
            int left = spec.Outputs - (full * rows);
            paths.Add(new DensePath(
                bits,
                rows,
                full,
                ReductionPlanner.Plan(spec.Element, bits, spec.Inputs, rows, pathBudget),
                left == 0 ? null : ReductionPlanner.Plan(spec.Element, bits, spec.Inputs, left, pathBudget)));
        }

        return new DensePlan(spec, paths.ToEquatableArray(), target, budget);
    }

    /// <summary>
    /// Output rows per register block: all of them when there are at most 8, else the largest of 8..4 that divides the
    /// outputs (no remainder block), else 8 with a remainder block. The scalar path keeps 4.
    /// </summary>
    public static int RowsPerBlock(int outputs, int bits)
    {
        int max = bits == 0 ? 4 : 8;
        if (outputs <= max)
        {
            return outputs;
        }

        for (int r = max; r >= 4; r--)
        {
            if (outputs % r == 0)
            {
                return r;
            }
        }

        return max;
    }
}
