using KernelGen.Generator.Catalog;
using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Cosine;

/// <summary>The <c>[CosineSimilarity(length)]</c> slice: <c>T Similarity(ReadOnlySpan&lt;T&gt; x, ReadOnlySpan&lt;T&gt; y)</c>.</summary>
internal sealed class CosineKind : KernelKind<CosineSpec, CosinePlan>
{
    public static CosineKind Instance { get; } = new();

    public override string AttributeName => "CosineSimilarity";

    public override bool SupportsIntegers => true;

    public override IReadOnlyList<ParameterRole> Roles { get; } = new[]
    {
        ParameterRole.Input("x") with { Quantity = Quantity.Weight },
        ParameterRole.Input("y") with { Quantity = Quantity.Weight },
        ParameterRole.Result("result") with { Quantity = Quantity.Real },
    };

    public override KernelSpec? Read(KernelDeclaration declaration)
    {
        int? length = declaration.Arguments.PositiveSize(0, "length", declaration.Diagnostics);
        return length is { } l ? new CosineSpec(declaration.Element, l) : null;
    }

    protected override CosinePlan Plan(CosineSpec spec, TargetInfo target, int budget) => CosinePlanner.Plan(spec, target, budget);

    protected override CatalogReference Reference(CosineSpec spec, CatalogOperands o) => new(
        $"{o.Reference("CosineSimilarity")}({o.In("x")}, {o.In("y")}, {CatalogOperands.N(spec.Length)})",
        $"{o.Exact}[0] = {o.Reference("CosineSimilarityExact")}({o.Abs("x")}, {o.Abs("y")}, {CatalogOperands.N(spec.Length)})",
        spec.Length);

    protected override void WriteComputation(IndentedWriter w, CosineSpec spec) =>
        w.Line(spec.Integer is null
            ? $"// Computes: (x . y) / (sqrt(x . x) * sqrt(y . y)) over {spec.Length} elements (NaN when either vector is all zeros)"
            : $"// Computes: (float)(xy / Math.Sqrt((double)xx * yy)) over {spec.Length} elements, the three sums exact in int (NaN when either vector is all zeros)");

    public override string FixedOrderText(KernelPlan plan) => FixedOrder.HeaderText;

    protected override void WritePlan(IndentedWriter w, CosinePlan plan)
    {
        foreach (ReductionPlan p in plan.Paths)
        {
            w.Line($"//   {ReductionPlan.PathName(p),-10} {ReductionPlan.Describe(p)}, x3 sums over each loaded pair");
        }
    }

    protected override void WriteBody(IndentedWriter w, CosinePlan plan, MethodInfo method) => CosineEmitter.WriteBody(w, plan, method.LocalPrefix);
}
