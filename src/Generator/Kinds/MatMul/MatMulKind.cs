using KernelGen.Generator.Catalog;
using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.MatMul;

/// <summary>
/// The <c>[MatMul(m, k, n)]</c> slice (CS231n's "one large matrix multiply"): <c>void Gemm(a, b, [bias,] c)</c>.
/// A small-GEMM generator: <see cref="GemmPlanner"/> picks a register tile per vector width, <see cref="GemmEmitter"/>
/// writes it. The batched dense layer is planned and written by the same two.
/// </summary>
internal sealed class MatMulKind : KernelKind<MatMulSpec, KernelPlan>
{
    public static MatMulKind Instance { get; } = new();

    public override string AttributeName => "MatMul";

    public override bool SupportsIntegers => true;

    public override IReadOnlyList<ParameterRole> Roles { get; } = new[]
    {
        ParameterRole.Input("a"),
        ParameterRole.Input("b", givenBy: "Weights") with { Quantity = Quantity.Weight },
        ParameterRole.Input("bias", optional: true, givenBy: "Bias") with { Quantity = Quantity.Bias },
        ParameterRole.Scale(),
        ParameterRole.Output("c"),
    };

    public override KernelSpec? Read(KernelDeclaration declaration)
    {
        AttributeArguments arguments = declaration.Arguments;
        int? m = arguments.PositiveSize(0, "m", declaration.Diagnostics);
        int? k = arguments.PositiveSize(1, "k", declaration.Diagnostics);
        int? n = arguments.PositiveSize(2, "n", declaration.Diagnostics);
        ActivationKind? activation = arguments.Activation(declaration.Diagnostics);
        if (m is not { } rows || k is not { } depth || n is not { } columns || activation is not { } a)
        {
            return null;
        }

        if (!declaration.AllFit(("a", (long)rows * depth), ("b", (long)depth * columns), ("c", (long)rows * columns)))
        {
            return null;
        }

        return new MatMulSpec(declaration.Element, rows, depth, columns, arguments.NamedFlag("TransposeB", false), declaration.Binds("bias"), a);
    }

    protected override KernelPlan Plan(MatMulSpec spec, TargetInfo target, int budget) =>
        spec.Integer is not null ? IntegerMatMulEmitter.Plan(spec, target, budget) : GemmPlanner.Plan(spec, target, budget, packPanels: true);

    protected override CatalogReference Reference(MatMulSpec spec, CatalogOperands o)
    {
        string sizes = $"{CatalogOperands.N(spec.M)}, {CatalogOperands.N(spec.K)}, {CatalogOperands.N(spec.N)}, {(spec.TransposeB ? "true" : "false")}";
        return new(
            $"{o.Reference("MatMul")}({o.In("a")}, {o.In("b")}, {o.In("bias")}, {o.Output}, {sizes}, {CatalogOperands.Activation(spec.Activation)})",
            $"{o.Reference("MatMulPreActivation")}({o.Abs("a")}, {o.Abs("b")}, {o.Abs("bias")}, {o.Exact}, {sizes})",
            spec.K + 1,
            spec.Activation);
    }

    protected override void WriteComputation(IndentedWriter w, MatMulSpec spec)
    {
        string open = spec.Activation == ActivationKind.None ? "" : spec.Activation + "(";
        string close = spec.Activation == ActivationKind.None ? "" : ")";
        string b = spec.TransposeB ? $"b[j * {spec.K} + p]" : $"b[p * {spec.N} + j]";
        w.Line($"// Computes: c[i * {spec.N} + j] = {open}sum over p < {spec.K} of a[i * {spec.K} + p] * {b}{(spec.HasBias ? " + bias[j]" : "")}{close}, i < {spec.M}, j < {spec.N}");
        w.Line($"// Layout:   a [{spec.M}][{spec.K}], b [{(spec.TransposeB ? $"{spec.N}][{spec.K}] (transposed)" : $"{spec.K}][{spec.N}]")}, c [{spec.M}][{spec.N}], row-major");
    }

    protected override void WritePlan(IndentedWriter w, KernelPlan plan)
    {
        if (plan is IntegerMatMulPlan integer)
        {
            IntegerGemmTiles.WritePlanLines(w, integer);
            string b = integer.Spec.TransposeB ? "read in place ([n][k])" : integer.Spec.ConstantOf("b") is null ? "transposed to [n][k] once per call" : "transposed to [n][k] by the generator";
            w.Line($"//   b:        {b}{(integer.Tiles.Count > 0 ? " on the paths below (the dense layer over a's rows)" : "")}");
            Dense.DenseKind.Instance.WritePlanHeader(w, integer.Dense);
            return;
        }

        GemmEmitter.WritePlan(w, (GemmPlan)plan);
    }

    public override string FixedOrderText(KernelPlan plan) =>
        plan is GemmPlan { Spec.TransposeB: true } ? FixedOrder.HeaderText : base.FixedOrderText(plan);

    protected override void WriteMembers(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
        if (plan is IntegerMatMulPlan integer)
        {
            IntegerMatMulEmitter.WriteMembers(w, integer, method);
        }
        else if (plan is GemmPlan gemm)
        {
            GemmEmitter.WritePanelField(w, gemm, PanelField(method), method.Name);
        }
    }

    /// <summary>The name of a kernel's per-thread packed-panel field (a member of the user's type, so made unlikely to clash).</summary>
    private static string PanelField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Panel";

    public override void WritePreparation(IndentedWriter w, KernelPlan plan, MethodInfo method) =>
        IntegerMatMulEmitter.WritePreparation(w, (IntegerMatMulPlan)plan, method);

    protected override void WriteBody(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
        string prefix = method.LocalPrefix;
        if (plan is IntegerMatMulPlan integer)
        {
            IntegerMatMulEmitter.WriteBody(w, integer, method);
            return;
        }

        GemmEmitter.WriteBody(w, (GemmPlan)plan, new GemmOperands(prefix + "a", prefix + "b", prefix + "bias", prefix + "c", PanelField(method)), prefix);
    }
}
