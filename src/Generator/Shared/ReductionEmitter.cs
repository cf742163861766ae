using System;
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

        string accumulatorsText = $", {plan.Accumulators} accumulator{(plan.Accumulators == 1 ? "" : "s")}{(plan.Rows == 1 ? "" : " per row")}";
        WriteSteps(w, code, plan, prefix + "i", prefix + "mask", "elements", accumulatorsText,
            (first, last) => first == last ? $"element {first}" : $"elements {first}..{last}",
            (offset, j, mask) => WriteStep(w, code, plan, ops, Acc, shared, j, offset, mask));

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
    /// Walks a planned reduction's steps, writing the loop over blocks of main vectors (when over the budget), the
    /// unrolled rest and the masked overlapping tail, each under its comment; <paramref name="step"/> writes one step
    /// given its offset (as a function of a further constant, such as a row's start), its accumulator and the mask
    /// (null, or the tail's). Reductions and the inner-product GEMM tile both go through here.
    /// </summary>
    public static void WriteSteps(IndentedWriter w, VectorCode code, ReductionPlan plan, string loopVariable, string maskName,
        string label, string mainSuffix, Func<int, int, string> tailLabel, Action<Func<int, string>, int, string?> step)
    {
        int bits = plan.Bits;
        string unit = bits == 0 ? "scalars" : $"x {code.VectorTypeInComments(bits)}";
        int done = 0;
        if (plan.IsLooped)
        {
            int stride = plan.LoopBlockVectors * plan.Lanes;
            int end = plan.LoopIterations * stride;
            string i = loopVariable;
            w.Line();
            w.Line($"// {label} 0..{end - 1}: {plan.LoopIterations} iterations of {plan.LoopBlockVectors} {unit} (over the unroll budget)");
            using (w.Block($"for (nuint {i} = 0; {i} < {Number(end)}; {i} += {Number(stride)})"))
            {
                for (int k = 0; k < plan.LoopBlockVectors; k++)
                {
                    int at = k * plan.Lanes;
                    step(extra => extra + at == 0 ? i : $"{i} + {Number(extra + at)}", k % plan.Accumulators, null);
                }
            }

            done = plan.LoopIterations * plan.LoopBlockVectors;
        }

        if (done < plan.MainVectors)
        {
            w.Line();
            w.Line($"// {label} {done * plan.Lanes}..{(plan.MainVectors * plan.Lanes) - 1}: {plan.MainVectors - done} {unit}{mainSuffix}");
            for (int k = done; k < plan.MainVectors; k++)
            {
                int at = k * plan.Lanes;
                step(extra => Number(extra + at), k % plan.Accumulators, null);
            }
        }

        if (plan.TailLanes > 0)
        {
            int counted = plan.Lanes - plan.TailLanes;
            w.Line();
            w.Line($"// {tailLabel(plan.Length - plan.TailLanes, plan.Length - 1)}: one vector ending at the last element, its first {counted} lane{(counted == 1 ? "" : "s")} (counted above) masked to zero");
            w.Line($"{code.VectorType(bits)} {maskName} = {code.TailMask(bits, counted)};");
            step(extra => Number(extra + plan.TailOffset), plan.MainVectors % plan.Accumulators, maskName);
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
