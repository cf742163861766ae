using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Planning;

namespace KernelGen.Generator.Shared;

/// <summary>
/// What a reduction reads: a vector shared by every row (<see cref="Shared"/>, e.g. the dense layer's input) and one
/// row per output (<see cref="RowReference"/> at element offset <c>row * RowStride</c>).
/// </summary>
internal sealed record ReductionOperands(string Shared, string RowReference, int RowStride);

/// <summary>
/// Writes one planned reduction (<see cref="ReductionPlan"/>): accumulators, the unrolled (or looped) main vectors,
/// the masked tail vector and the horizontal sums, leaving each row's result in a scalar local named by
/// <see cref="ResultName"/>. Dot products and dense layers both go through here.
/// </summary>
internal static class ReductionEmitter
{
    public static string ResultName(string prefix, ReductionPlan plan, int row) =>
        plan.Rows == 1 ? prefix + "z" : prefix + "z" + Number(row);

    public static void Emit(IndentedWriter w, VectorCode code, ReductionPlan plan, ReductionOperands ops, string prefix)
    {
        int bits = plan.Bits;
        string Acc(int row, int j) => plan.Rows == 1 ? $"{prefix}acc{Number(j)}" : $"{prefix}acc{Number(row)}_{Number(j)}";
        string shared = prefix + "in";

        for (int r = 0; r < plan.Rows; r++)
        {
            var names = new List<string>();
            for (int j = 0; j < plan.Accumulators; j++)
            {
                names.Add(Acc(r, j) + " = " + code.Zero(bits));
            }

            w.Line($"{code.VectorType(bits)} {string.Join(", ", names)};");
        }

        if (plan.Rows > 1)
        {
            w.Line($"{code.VectorType(bits)} {shared};");
        }

        string unit = bits == 0 ? "scalars" : $"x {code.VectorTypeInComments(bits)}";
        int done = 0;
        if (plan.IsLooped)
        {
            int step = plan.LoopBlockVectors * plan.Lanes;
            int end = plan.LoopIterations * step;
            string i = prefix + "i";
            w.Line();
            w.Line($"// elements 0..{end - 1}: {plan.LoopIterations} iterations of {plan.LoopBlockVectors} {unit} (over the unroll budget)");
            using (w.Block($"for (nuint {i} = 0; {i} < {Number(end)}; {i} += {Number(step)})"))
            {
                for (int k = 0; k < plan.LoopBlockVectors; k++)
                {
                    int at = k * plan.Lanes;
                    WriteStep(w, code, plan, ops, Acc, shared, k % plan.Accumulators,
                        rowBase => rowBase + at == 0 ? i : $"{i} + {Number(rowBase + at)}", mask: null);
                }
            }

            done = plan.LoopIterations * plan.LoopBlockVectors;
        }

        if (done < plan.MainVectors)
        {
            w.Line();
            w.Line($"// elements {done * plan.Lanes}..{(plan.MainVectors * plan.Lanes) - 1}: {plan.MainVectors - done} {unit}, {plan.Accumulators} accumulator{(plan.Accumulators == 1 ? "" : "s")}{(plan.Rows == 1 ? "" : " per row")}");
            for (int k = done; k < plan.MainVectors; k++)
            {
                int at = k * plan.Lanes;
                WriteStep(w, code, plan, ops, Acc, shared, k % plan.Accumulators, rowBase => Number(rowBase + at), mask: null);
            }
        }

        if (plan.TailLanes > 0)
        {
            int counted = plan.Lanes - plan.TailLanes;
            string mask = prefix + "mask";
            w.Line();
            string elements = plan.TailLanes == 1 ? $"element {plan.Length - 1}" : $"elements {plan.Length - plan.TailLanes}..{plan.Length - 1}";
            w.Line($"// {elements}: one vector ending at the last element, its first {counted} lane{(counted == 1 ? "" : "s")} (counted above) masked to zero");
            w.Line($"{code.VectorType(bits)} {mask} = {code.TailMask(bits, counted)};");
            WriteStep(w, code, plan, ops, Acc, shared, plan.MainVectors % plan.Accumulators, rowBase => Number(rowBase + plan.TailOffset), mask);
        }

        w.Line();
        w.Line(plan.Rows == 1 ? "// sum the accumulators" : "// sum each row's accumulators");
        for (int r = 0; r < plan.Rows; r++)
        {
            var accumulators = new List<string>();
            for (int j = 0; j < plan.Accumulators; j++)
            {
                accumulators.Add(Acc(r, j));
            }

            string z = ResultName(prefix, plan, r);
            if (bits == 0)
            {
                w.Line($"{code.Scalar} {z} = {VectorCode.SumTree(accumulators)};");
                continue;
            }

            WriteHorizontalSum(w, code, accumulators, $"{prefix}sum{(plan.Rows == 1 ? "" : Number(r))}", z);
        }
    }

    /// <summary>
    /// Sums vector accumulators into the scalar local <paramref name="z"/>: a tree of vector adds, then halves added down
    /// to a Vector128 (<c>{sumName}_{bits}</c> locals) and one <c>Vector128.Sum</c>; cheaper than <c>Vector512.Sum</c>.
    /// </summary>
    public static void WriteHorizontalSum(IndentedWriter w, VectorCode code, IReadOnlyList<string> accumulators, string sumName, string z)
    {
        int bits = code.PathBits;
        string current = $"{sumName}_{bits}";
        w.Line($"{code.VectorType(bits)} {current} = {VectorCode.SumTree(accumulators)};");
        for (int narrower = bits / 2; narrower >= 128; narrower /= 2)
        {
            string next = $"{sumName}_{narrower}";
            string wide = VectorCode.Vector(narrower * 2);
            w.Line($"{code.VectorType(narrower)} {next} = {wide}.GetLower({current}) + {wide}.GetUpper({current});");
            current = next;
        }

        w.Line($"{code.Scalar} {z} = global::System.Runtime.Intrinsics.Vector128.Sum({current});");
    }

    /// <summary>One vector (or element) step: every row multiply-adds its slice with the shared slice.</summary>
    private static void WriteStep(IndentedWriter w, VectorCode code, ReductionPlan plan, ReductionOperands ops,
        System.Func<int, int, string> acc, string shared, int j, System.Func<int, string> offset, string? mask)
    {
        int bits = plan.Bits;
        string Masked(string load) => mask is null ? load : $"{load} & {mask}";
        if (plan.Rows == 1)
        {
            string a = acc(0, j);
            w.Line($"{a} = {code.MultiplyAdd(bits, Masked(VectorCode.Load(bits, ops.RowReference, offset(0))), Masked(VectorCode.Load(bits, ops.Shared, offset(0))), a)};");
            return;
        }

        w.Line($"{shared} = {Masked(VectorCode.Load(bits, ops.Shared, offset(0)))};");
        for (int r = 0; r < plan.Rows; r++)
        {
            string a = acc(r, j);
            w.Line($"{a} = {code.MultiplyAdd(bits, Masked(VectorCode.Load(bits, ops.RowReference, offset(r * ops.RowStride))), shared, a)};");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
