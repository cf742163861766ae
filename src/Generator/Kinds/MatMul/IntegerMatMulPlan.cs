using KernelGen.Generator.Kinds.Dense;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.MatMul;

/// <summary>
/// An integer matrix product: the dense layer of <c>k</c> inputs, <c>n</c> outputs and a batch of <c>m</c> rows
/// (<see cref="MatMulSpec.AsIntegerDense"/>), planned and written by the Dense slice's integer machinery. A <c>b</c> of
/// <c>[k][n]</c> is transposed to the layer's <c>[n][k]</c> once per call (or by the generator for constant values), so
/// that every sum runs along contiguous memory.
/// </summary>
internal sealed record IntegerMatMulPlan(MatMulSpec Spec, DensePlan Dense, TargetInfo Target, int UnrollBudget) : KernelPlan(Target, UnrollBudget)
{
    public override int SplitUnits => Dense.SplitUnits;

    public override string SplitUnitNoun => Dense.SplitUnitNoun;

    public override bool IsLooped => Dense.IsLooped;

    public override int FullMultiplyAdds => Dense.FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Dense.UnrolledMultiplyAdds;

    public override long EmittedMultiplyAdds => Dense.EmittedMultiplyAdds;

    /// <summary>A <c>[k][n]</c> b given at run time is transposed once per call.</summary>
    public override string? PreparedRole => !Spec.TransposeB && Spec.ConstantOf("b") is null ? "b" : null;

    public override bool ReadsConstantData(string role) => role != "b" || Spec.TransposeB;
}

/// <summary>Writes an integer matrix product: <c>b</c> transposed where it must be, then the dense layer's body over aliases.</summary>
internal static class IntegerMatMulEmitter
{
    private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";

    private static string Field(MethodInfo method) => $"__KernelGen_{method.UniqueName}_TransposedB";

    public static IntegerMatMulPlan Plan(MatMulSpec spec, TargetInfo target, int budget)
    {
        DensePlan dense = DensePlanner.Plan(spec.AsIntegerDense(), target, budget);
        return new IntegerMatMulPlan(spec, dense, target, budget);
    }

    public static void WriteMembers(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        if (spec.TransposeB)
        {
            return;
        }

        if (spec.ConstantOf("b") is { } b)
        {
            w.Line($"// {method.Name}'s b ({b.Member}) transposed to [{spec.N}][{spec.K}] by the generator.");
            KernelFileWriter.WriteData(w, Field(method), ElementType.SByte, b.Length, i => b[((i % spec.K) * spec.N) + (i / spec.K)]);
            return;
        }

        w.Line($"// {method.Name}'s b transposed to [{spec.N}][{spec.K}], once per call.");
        w.Line("[global::System.ThreadStatic]");
        w.Line($"private static sbyte[]? {Field(method)};");
        w.Line();
    }

    public static void WritePreparation(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        string p = method.LocalPrefix, length = N((long)spec.K * spec.N);
        w.Line($"// b transposed to [{spec.N}][{spec.K}] once per call: every column's sum then runs along contiguous memory");
        w.Line($"sbyte[] {p}buffer = {Field(method)} ??= global::KernelGen.KernelScratch.Allocate<sbyte>({length});");
        w.Line($"global::System.Span<sbyte> {p}transposed = {Marshal}.CreateSpan(ref global::KernelGen.KernelScratch.Aligned({p}buffer), {length});");
        w.Line($"global::System.ReadOnlySpan<sbyte> {p}from = {method.NameOf("b")};");
        using (w.Block($"for (int {p}p = 0; {p}p < {N(spec.K)}; {p}p++)"))
        {
            using (w.Block($"for (int {p}j = 0; {p}j < {N(spec.N)}; {p}j++)"))
            {
                w.Line($"{p}transposed[({p}j * {N(spec.K)}) + {p}p] = {p}from[({p}p * {N(spec.N)}) + {p}j];");
            }
        }

        w.Line($"global::System.ReadOnlySpan<sbyte> {p}prepared = {p}transposed;");
    }

    public static void WriteBody(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        IntegerScheme integer = spec.Integer!;
        string p = method.LocalPrefix;
        w.Line($"// the dense layer of {spec.K} inputs and {spec.N} outputs over the {spec.M} rows of a");
        w.Line($"ref {integer.Activations.Keyword()} {p}input = ref {p}a;");
        w.Line(!spec.TransposeB && spec.ConstantOf("b") is not null
            ? $"ref sbyte {p}weights = ref {Marshal}.GetReference({Field(method)});"
            : $"ref sbyte {p}weights = ref {p}b;");
        w.Line($"ref {integer.Output.Keyword()} {p}output = ref {p}c;");
        DenseEmitter.WriteBody(w, plan.Dense with { Partition = plan.Partition }, p);
    }

    private static string N(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
