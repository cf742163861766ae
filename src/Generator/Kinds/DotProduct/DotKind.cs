using KernelGen.Generator.Catalog;
using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.DotProduct;

/// <summary>The <c>[DotProduct(length)]</c> slice: <c>T Dot(ReadOnlySpan&lt;T&gt; x, ReadOnlySpan&lt;T&gt; y)</c>.</summary>
internal sealed class DotKind : KernelKind<DotSpec, DotPlan>
{
    public static DotKind Instance { get; } = new();

    public override string AttributeName => "DotProduct";

    public override bool SupportsIntegers => true;

    public override IReadOnlyList<ParameterRole> Roles { get; } = new[]
    {
        ParameterRole.Input("x"),
        ParameterRole.Input("y", givenBy: "Weights") with { Quantity = Quantity.Weight },
        ParameterRole.Result("result"),
    };

    public override KernelSpec? Read(KernelDeclaration declaration)
    {
        int? length = declaration.Arguments.PositiveSize(0, "length", declaration.Diagnostics);
        return length is { } l ? new DotSpec(declaration.Element, l) : null;
    }

    protected override DotPlan Plan(DotSpec spec, TargetInfo target, int budget) => DotPlanner.Plan(spec, target, budget);

    protected override CatalogReference Reference(DotSpec spec, CatalogOperands o) => new(
        $"{o.Reference("DotProduct")}({o.In("x")}, {o.In("y")}, {CatalogOperands.N(spec.Length)})",
        $"{o.Exact}[0] = {o.Reference("DotProductExact")}({o.Abs("x")}, {o.Abs("y")}, {CatalogOperands.N(spec.Length)})",
        spec.Length);

    protected override void WriteComputation(IndentedWriter w, DotSpec spec) =>
        w.Line(spec.Integer is { } integer
            ? $"// Computes: sum over i < {spec.Length} of {(integer.InputZeroPoint == 0 ? "x[i]" : $"(x[i] - {integer.InputZeroPoint})")} * y[i], exact in int"
            : $"// Computes: sum over i < {spec.Length} of x[i] * y[i]");

    public override string FixedOrderText(KernelPlan plan) => FixedOrder.HeaderText;

    protected override void WritePlan(IndentedWriter w, DotPlan plan)
    {
        foreach (ReductionPlan p in plan.Paths)
        {
            w.Line($"//   {ReductionPlan.PathName(p),-10} {ReductionPlan.Describe(p)}");
        }
    }

    protected override void WriteBody(IndentedWriter w, DotPlan plan, MethodInfo method) => DotEmitter.WriteBody(w, plan, method.LocalPrefix);
}
