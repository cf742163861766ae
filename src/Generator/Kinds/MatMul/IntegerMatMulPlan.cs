using System.Linq;
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
/// <remarks>
/// On x64 the product runs as register tiles instead (<see cref="Tiles"/>, <see cref="IntegerGemmTiles"/>), written
/// first; the dense layer's body stays for the portable and scalar paths.
/// </remarks>
internal sealed record IntegerMatMulPlan(MatMulSpec Spec, DensePlan Dense, EquatableArray<IntegerTilePath> Tiles, TargetInfo Target, int UnrollBudget) : KernelPlan(Target, UnrollBudget)
{
    public override int SplitUnits => Dense.SplitUnits;

    public override string SplitUnitNoun => Dense.SplitUnitNoun;

    public override bool IsLooped => Dense.IsLooped;

    public override int FullMultiplyAdds => Dense.FullMultiplyAdds;

    public override int UnrolledMultiplyAdds => Dense.UnrolledMultiplyAdds;

    public override long EmittedMultiplyAdds => Dense.EmittedMultiplyAdds;

    /// <summary>A <c>[k][n]</c> b given at run time is transposed once per call.</summary>
    public override string? PreparedRole => Spec.ConstantOf("b") is null && (!Spec.TransposeB || Tiles.Count > 0) ? "b" : null;

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
        EquatableArray<IntegerTilePath> tiles = IntegerGemmTiles.Plan(spec, target);
        if (tiles.Count > 0)
        {
            // the tiles cover every x64 machine with AVX2: the dense body keeps the portable and scalar paths
            dense = dense with { Paths = dense.Paths.Where(p => p.Block.Product is not (IntegerProduct.DotProduct or IntegerProduct.MultiplyAddAdjacent)).ToEquatableArray() };
        }

        return new IntegerMatMulPlan(spec, dense, tiles, target, budget);
    }

    public static void WriteMembers(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        if (plan.Tiles.Count > 0)
        {
            IntegerGemmTiles.WriteMembers(w, plan, method);
        }

        if (spec.TransposeB && plan.PreparedRole is not null)
        {
            w.Line($"// {method.Name}'s b packed for the tiles (or copied as it is), once per call.");
            ScratchBuffers.WriteField(w, Field(method));
            w.Line();
            return;
        }

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
        ScratchBuffers.WriteField(w, Field(method));
        w.Line();
    }

    public static void WritePreparation(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        string p = method.LocalPrefix;
        long length = (long)spec.K * spec.N;
        foreach (IntegerTilePath tile in plan.Tiles)
        {
            length = System.Math.Max(length, IntegerGemmTiles.PreparedBytes(spec, tile));
        }

        ScratchBuffers.WriteAllocate(w, p + "buffer", Field(method), length, "sbyte");
        w.Line($"global::System.Span<sbyte> {p}transposed = {Marshal}.CreateSpan(ref {ScratchBuffers.Aligned(p + "buffer", "sbyte")}, {N(length)});");
        if (plan.Tiles.Count > 0)
        {
            IntegerGemmTiles.WritePreparation(w, plan, p, method.NameOf("b"), () => WriteTranspose(w, plan, method));
        }
        else
        {
            WriteTranspose(w, plan, method);
        }

        w.Line($"global::System.ReadOnlySpan<sbyte> {p}prepared = {p}transposed;");
    }

    /// <summary>What the dense body reads: <c>b</c> transposed to <c>[n][k]</c> (or, given so, copied as it is).</summary>
    private static void WriteTranspose(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        string p = method.LocalPrefix;
        if (spec.TransposeB)
        {
            w.Line($"{method.NameOf("b")}.Slice(0, {N((long)spec.K * spec.N)}).CopyTo({p}transposed); // the dense body reads b as it is");
            return;
        }

        w.Line($"// b transposed to [{spec.N}][{spec.K}] once per call: every column's sum then runs along contiguous memory");
        w.Line($"global::System.ReadOnlySpan<sbyte> {p}from = {method.NameOf("b")};");
        using (w.Block($"for (int {p}p = 0; {p}p < {N(spec.K)}; {p}p++)"))
        {
            using (w.Block($"for (int {p}j = 0; {p}j < {N(spec.N)}; {p}j++)"))
            {
                w.Line($"{p}transposed[({p}j * {N(spec.K)}) + {p}p] = {p}from[({p}p * {N(spec.N)}) + {p}j];");
            }
        }
    }

    public static void WriteBody(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        IntegerScheme integer = spec.Integer!;
        string p = method.LocalPrefix;
        if (plan.Tiles.Count > 0)
        {
            IntegerGemmTiles.WritePaths(w, plan, method);
            w.Line();
        }

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
