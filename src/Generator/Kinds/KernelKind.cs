using System.Collections.Generic;
using KernelGen.Generator.Catalog;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds;

/// <summary>
/// The contract of one kernel kind, a vertical slice in its own folder under <c>Kinds/</c>: the attribute it answers
/// to, the ordered roles of its operands, how it reads and validates the attribute into a spec, how it plans a spec,
/// and how it writes the header lines and the body of a planned kernel. Everything every kind shares (the declaration
/// checks, the signature from the roles, the span checks, the file skeleton, the JIT size limit) is done once by the
/// pipeline around it. Register a kind by adding it to <see cref="KernelKinds.All"/>.
/// </summary>
internal abstract class KernelKind
{
    /// <summary>The attribute's name without the <c>Attribute</c> suffix, as users write it: <c>DotProduct</c>.</summary>
    public abstract string AttributeName { get; }

    /// <summary>The attribute's metadata name, for <c>ForAttributeWithMetadataName</c>.</summary>
    public string AttributeMetadataName => "KernelGen." + AttributeName + "Attribute";

    /// <summary>
    /// Whether the kind has integer (quantized) kernels: <c>byte</c>/<c>sbyte</c> spans make one, typed by the roles'
    /// <see cref="Quantity"/> (<see cref="IntegerScheme"/>); its plan and body then take the integer paths.
    /// </summary>
    public virtual bool SupportsIntegers => false;

    /// <summary>The operands in declaration order (a <see cref="RoleUse.Returned"/> role is the return value).</summary>
    public abstract IReadOnlyList<ParameterRole> Roles { get; }

    /// <summary>
    /// Reads and validates the attribute's arguments into a spec; every misuse is added to the declaration's
    /// diagnostics, and the result is then null. Never throws on user input.
    /// </summary>
    public abstract KernelSpec? Read(KernelDeclaration declaration);

    /// <summary>
    /// The shape a <c>T[,]</c> member may give <paramref name="role"/> of <paramref name="spec"/> (<c>Conv2D</c>'s single
    /// filter of one channel), or null when the role takes only flat arrays and spans.
    /// </summary>
    public virtual (int Rows, int Columns)? MatrixShapeOf(KernelSpec spec, string role) => null;

    /// <summary>The plan for <paramref name="budget"/>: a pure function (the pipeline keeps it under the JIT's limit).</summary>
    public abstract KernelPlan Plan(KernelSpec spec, TargetInfo target, int budget);

    /// <summary>
    /// One image's work in multiply-adds (or their equivalent in time), which the partition weighs against
    /// <see cref="Planning.WorkPartition.MinMultiplyAddsPerThread"/>: by default the multiply-adds, half the FLOPs.
    /// </summary>
    public virtual long WorkPerImage(KernelSpec spec) => spec.Flops / 2;

    /// <summary>The header lines that say what the kernel computes and its layouts (<c>// Computes: ...</c>).</summary>
    public abstract void WriteComputation(IndentedWriter w, KernelSpec spec);

    /// <summary>The kernel catalog's reference calls for <paramref name="spec"/> over the given operand expressions.</summary>
    public abstract CatalogReference Reference(KernelSpec spec, CatalogOperands operands);

    /// <summary>The header lines of the plan, one or more per vector path.</summary>
    public abstract void WritePlanHeader(IndentedWriter w, KernelPlan plan);

    /// <summary>
    /// The header's words for how a deterministic kernel keeps one order (after "every multiply-add fused, "). By
    /// default each output is one accumulator that takes its products in the same order on every path.
    /// </summary>
    public virtual string FixedOrderText(KernelPlan plan) =>
        "each output one accumulator taking its products in the same order on every path; activations by KernelGen.DeterministicMath.";

    /// <summary>Members the kernel needs beside the method, in the containing type (a scratch buffer field).</summary>
    public virtual void WriteTypeMembers(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
    }

    /// <summary>
    /// For a plan with a <see cref="KernelPlan.PreparedRole"/>: the code after the span checks, once per call on the
    /// calling thread, that declares the span <c>{prefix}prepared</c> the parts and the body read in place of the role's
    /// parameter.
    /// </summary>
    public virtual void WritePreparation(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
    }

    /// <summary>
    /// The body after the span checks and the ref locals of the roles (<c>{prefix}{role.Local}</c>), which the file
    /// writer has written: the vector paths, each ending in a return.
    /// </summary>
    public abstract void WriteMethodBody(IndentedWriter w, KernelPlan plan, MethodInfo method);
}

/// <summary>A <see cref="KernelKind"/> typed by its spec and plan, so that a slice's code never casts.</summary>
internal abstract class KernelKind<TSpec, TPlan> : KernelKind
    where TSpec : KernelSpec
    where TPlan : KernelPlan
{
    public sealed override KernelPlan Plan(KernelSpec spec, TargetInfo target, int budget) => Plan((TSpec)spec, target, budget);

    public sealed override void WriteComputation(IndentedWriter w, KernelSpec spec) => WriteComputation(w, (TSpec)spec);

    public sealed override void WritePlanHeader(IndentedWriter w, KernelPlan plan) => WritePlan(w, (TPlan)plan);

    public sealed override CatalogReference Reference(KernelSpec spec, CatalogOperands operands) => Reference((TSpec)spec, operands);

    public sealed override void WriteTypeMembers(IndentedWriter w, KernelPlan plan, MethodInfo method) => WriteMembers(w, (TPlan)plan, method);

    public sealed override void WriteMethodBody(IndentedWriter w, KernelPlan plan, MethodInfo method) => WriteBody(w, (TPlan)plan, method);

    protected abstract TPlan Plan(TSpec spec, TargetInfo target, int budget);

    protected abstract void WriteComputation(IndentedWriter w, TSpec spec);

    protected abstract CatalogReference Reference(TSpec spec, CatalogOperands o);

    protected abstract void WritePlan(IndentedWriter w, TPlan plan);

    protected virtual void WriteMembers(IndentedWriter w, TPlan plan, MethodInfo method)
    {
    }

    protected abstract void WriteBody(IndentedWriter w, TPlan plan, MethodInfo method);
}
