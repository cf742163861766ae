using KernelGen.Generator.Model;

namespace KernelGen.Generator.Planning;

/// <summary>A kernel's plan: the spec, the vector paths from widest to scalar, and what the emitter must know of the target.</summary>
internal abstract record KernelPlan(TargetInfo Target, int UnrollBudget)
{
    /// <summary>
    /// Whether the spec asked for one fixed order of every sum (set by <see cref="KernelPlanner"/> from the spec, which
    /// the kind's planner reads too): every path then fuses every multiply-add and reduces in that order.
    /// </summary>
    public bool Deterministic { get; init; }

    /// <summary>How one call is split into parts and threads (<see cref="WorkPartition"/>), set by <see cref="KernelPlanner"/>.</summary>
    public WorkPartition Partition { get; init; } = WorkPartition.Single;

    /// <summary>
    /// The independent units of one image's output on the widest path that parts may divide (output-channel tiles,
    /// row bands, row tiles): the kind's emitter computes <see cref="WorkPartition.UnitRange"/> of its own units on
    /// each path. 1 (the default): an image is not divided.
    /// </summary>
    public virtual int SplitUnits => 1;

    /// <summary>
    /// Consecutive images of a batch one body computes together (a divisor of the batch): a plan that folds the batch
    /// into its product (each weight loaded once for them all) says how many; 1 (the default): image by image.
    /// </summary>
    public virtual int ImagesPerPart => 1;

    /// <summary>What a unit of <see cref="SplitUnits"/> is, plural, for the header.</summary>
    public virtual string SplitUnitNoun => "";

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

    /// <summary>
    /// Whether the body reads <paramref name="role"/>'s compile-time values from the generated data (through the role's
    /// ref local); false when the plan folds every value into the code as literals, and then no data is emitted.
    /// </summary>
    public virtual bool ReadsConstantData(string role) => true;

    /// <summary>
    /// The role whose run-time values the kernel prepares once per call, before any part starts (a Winograd
    /// convolution's filter transform), or null. The kind's <see cref="Kinds.KernelKind.WritePreparation"/> writes the
    /// preparation into a local span that then stands for the role's parameter in the parts and the body.
    /// </summary>
    public virtual string? PreparedRole => null;

    /// <summary>Multiply-adds of the whole kernel at most, for <see cref="Inline"/>.</summary>
    public const int InlineLimit = 64;

    /// <summary>Multiply-adds written out in the method, summed over every path (all of them are in the IL).</summary>
    public abstract long EmittedMultiplyAdds { get; }

    /// <summary>
    /// An upper estimate of the method's IL size. Measured: 25-31 bytes per emitted multiply-add (a load or two, a
    /// broadcast shared with others, the FMA, the stores back to locals), plus a fixed part for checks and reductions.
    /// </summary>
    public long EstimatedIlBytes => 2_000 + (EmittedMultiplyAdds * IlBytesPerMultiplyAdd) + (EmittedStores * IlBytesPerStore);

    public const int IlBytesPerMultiplyAdd = 32;

    /// <summary>
    /// Accumulator epilogues written out (bias, activation, store; for an inner-product tile also the horizontal sum),
    /// summed over every path, for kinds whose tiles have many of them; 0 where they are negligible.
    /// </summary>
    public virtual long EmittedStores => 0;

    /// <summary>An upper estimate of one epilogue's IL (a lane-wise activation's store loop is the largest).</summary>
    public const int IlBytesPerStore = 96;
}

/// <summary>Plans any kernel through its kind, under the JIT's size limit: a pure function of spec, target and budget.</summary>
internal static class KernelPlanner
{
    /// <summary>
    /// RyuJIT compiles a method of more than 60,000 bytes of IL with MinOpts (no optimization at all), which would make
    /// an unrolled kernel many times slower. Plans are kept under this estimate, two thirds of that limit, whatever the budget.
    /// </summary>
    public const int MaxIlBytes = 40_000;

    /// <summary>
    /// Beyond this estimate even the smallest plan (the budget capped as far as it goes) is not worth writing: the
    /// source alone would be hundreds of megabytes and the JIT would not optimize it. Such a kernel is KGEN021.
    /// </summary>
    public const long MaxGeneratedIlBytes = 1_000_000;

    /// <summary>The plan for <paramref name="budget"/>, or for the largest smaller budget whose method stays under <see cref="MaxIlBytes"/>.</summary>
    public static KernelPlan Plan(KernelSpec spec, TargetInfo target, int budget)
    {
        KernelPlan plan = spec.Kind.Plan(spec, target, budget);
        while (plan.EstimatedIlBytes > MaxIlBytes && budget > 8)
        {
            budget = (int)System.Math.Max(8, System.Math.Min(budget - 1, budget * 0.9 * MaxIlBytes / plan.EstimatedIlBytes));
            plan = spec.Kind.Plan(spec, target, budget);
        }

        plan = plan with { Deterministic = spec.Deterministic };
        return plan with { Partition = WorkPartition.Plan(spec.Images, spec.Kind.WorkPerImage(spec), spec.Threads, plan.SplitUnits, plan.SplitUnitNoun, plan.ImagesPerPart) };
    }
}
