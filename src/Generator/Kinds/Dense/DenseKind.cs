using KernelGen.Generator.Catalog;
using System.Collections.Generic;
using KernelGen.Generator.Kinds.MatMul;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Reading;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Dense;

/// <summary>
/// The <c>[Dense(inputs, outputs)]</c> slice: <c>void Layer(input, weights, [bias,] output)</c>. At batch 1 each output
/// row is a reduction (<see cref="DensePlanner"/>); a batch is planned and written as a matrix product with
/// <c>TransposeB</c> by the MatMul slice's machinery (<see cref="GemmPlanner"/>, <see cref="GemmEmitter"/>).
/// </summary>
internal sealed class DenseKind : KernelKind<DenseSpec, KernelPlan>
{
    public static DenseKind Instance { get; } = new();

    public override string AttributeName => "Dense";

    public override bool SupportsIntegers => true;

    public override IReadOnlyList<ParameterRole> Roles { get; } = new[]
    {
        ParameterRole.Input("input"),
        ParameterRole.Input("weights", givenBy: "Weights") with { Quantity = Quantity.Weight },
        ParameterRole.Input("bias", optional: true, givenBy: "Bias") with { Quantity = Quantity.Bias },
        ParameterRole.Scale(),
        ParameterRole.Output("output"),
    };

    public override KernelSpec? Read(KernelDeclaration declaration)
    {
        AttributeArguments arguments = declaration.Arguments;
        int? inputs = arguments.PositiveSize(0, "inputs", declaration.Diagnostics);
        int? outputs = arguments.PositiveSize(1, "outputs", declaration.Diagnostics);
        int? batch = arguments.PositiveNamed("Batch", 1, declaration.Diagnostics);
        ActivationKind? activation = arguments.Activation(declaration.Diagnostics);
        if (inputs is not { } i || outputs is not { } o || batch is not { } b || activation is not { } a)
        {
            return null;
        }

        if (!declaration.AllFit(("weights", (long)i * o), ("input", (long)b * i), ("output", (long)b * o)))
        {
            return null;
        }

        return new DenseSpec(declaration.Element, i, o, declaration.Binds("bias"), a, b);
    }

    protected override KernelPlan Plan(DenseSpec spec, TargetInfo target, int budget) =>
        spec.Batch == 1 || spec.Integer is not null ? DensePlanner.Plan(spec, target, budget) : GemmPlanner.Plan(spec.AsMatMul(), target, budget);

    /// <summary>A batch of rows through the layer; the exact values are the product <c>input · weightsᵀ + bias</c>.</summary>
    protected override CatalogReference Reference(DenseSpec spec, CatalogOperands o)
    {
        string sizes = $"{CatalogOperands.N(spec.Inputs)}, {CatalogOperands.N(spec.Outputs)}";
        return new(
            $"{o.Reference("DenseBatch")}({o.In("input")}, {o.In("weights")}, {o.In("bias")}, {o.Output}, {sizes}, {CatalogOperands.N(spec.Batch)}, {CatalogOperands.Activation(spec.Activation)})",
            $"{o.Reference("MatMulPreActivation")}({o.Abs("input")}, {o.Abs("weights")}, {o.Abs("bias")}, {o.Exact}, {CatalogOperands.N(spec.Batch)}, {sizes}, true)",
            spec.Inputs + 1,
            spec.Activation);
    }

    protected override void WriteComputation(IndentedWriter w, DenseSpec spec)
    {
        string open = spec.Activation == ActivationKind.None ? "" : spec.Activation + "(";
        string close = spec.Activation == ActivationKind.None ? "" : ")";
        string bias = spec.HasBias ? " + bias[o]" : "";
        if (spec.Integer is { } integer)
        {
            string x = integer.InputZeroPoint == 0 ? "input[b * {0} + i]" : "(input[b * {0} + i] - " + integer.InputZeroPoint + ")";
            w.Line($"// Computes: acc[b, o] = sum over i < {spec.Inputs} of {string.Format(System.Globalization.CultureInfo.InvariantCulture, x, spec.Inputs)} * weights[o * {spec.Inputs} + i]{bias}, exact in int, o < {spec.Outputs}, b < {spec.Batch}");
            w.Line($"//           output[b * {spec.Outputs} + o] = {open}{(integer.HasScale ? "the output form of acc (below) with scale[o]" : "acc")}{close}");
            w.Line($"// Layout:   input [{spec.Batch}][{spec.Inputs}], weights row-major [{spec.Outputs}][{spec.Inputs}], output [{spec.Batch}][{spec.Outputs}]");
            return;
        }

        if (spec.Batch == 1)
        {
            w.Line($"// Computes: output[o] = {open}sum over i < {spec.Inputs} of weights[o * {spec.Inputs} + i] * input[i]{bias}{close}, o < {spec.Outputs}");
            w.Line($"// Layout:   weights row-major [{spec.Outputs}][{spec.Inputs}]");
            return;
        }

        w.Line($"// Computes: output[b * {spec.Outputs} + o] = {open}sum over i < {spec.Inputs} of input[b * {spec.Inputs} + i] * weights[o * {spec.Inputs} + i]{bias}{close}, o < {spec.Outputs}, b < {spec.Batch}");
        w.Line($"// Layout:   input [{spec.Batch}][{spec.Inputs}], weights row-major [{spec.Outputs}][{spec.Inputs}], output [{spec.Batch}][{spec.Outputs}]: the matrix product input x weights^T");
    }

    public override string FixedOrderText(KernelPlan plan) => FixedOrder.HeaderText;

    protected override void WritePlan(IndentedWriter w, KernelPlan plan)
    {
        if (plan is GemmPlan gemm)
        {
            GemmEmitter.WritePlan(w, gemm);
            return;
        }

        foreach (DensePath p in ((DensePlan)plan).Paths)
        {
            w.Line($"//   {ReductionPlan.PathName(p.Block),-10} {p.FullBlocks} block{(p.FullBlocks == 1 ? "" : "s")} of {p.RowsPerBlock} row{(p.RowsPerBlock == 1 ? "" : "s")} sharing each input load{(p.Remainder is null ? "" : $", then 1 block of {p.Remainder.Rows}")}");
            w.Line($"//   {"",-10} per block: {ReductionPlan.Describe(p.Block)}");
        }
    }

    protected override void WriteBody(IndentedWriter w, KernelPlan plan, MethodInfo method)
    {
        string prefix = method.LocalPrefix;
        if (plan is GemmPlan gemm)
        {
            GemmEmitter.WriteBody(w, gemm, new GemmOperands(prefix + "input", prefix + "weights", prefix + "bias", prefix + "output"), prefix);
            return;
        }

        DenseEmitter.WriteBody(w, (DensePlan)plan, prefix);
    }
}
