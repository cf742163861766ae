using System;
using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Model;
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
            WriteSum(w, code, plan, accumulators, $"{prefix}sum{(plan.Rows == 1 ? "" : Number(r))}", z);
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

        if (plan.TailLanes > 0 && plan.IsFixedOrder)
        {
            // The tail is one logical vector ending at the last element: this path's registers of it, those wholly
            // counted already skipped, the one partly counted keeping those lanes' accumulators as they are.
            int counted = plan.Width - plan.TailLanes;
            w.Line();
            w.Line($"// {tailLabel(plan.Length - plan.TailLanes, plan.Length - 1)}: one logical vector of {plan.Width} ending at the last element, its first {counted} lane{(counted == 1 ? "" : "s")} (counted above) left as they are");
            for (int q = 0; q < plan.Registers; q++)
            {
                int kept = System.Math.Max(0, System.Math.Min(plan.Lanes, counted - (q * plan.Lanes)));
                if (kept == plan.Lanes)
                {
                    continue;
                }

                string? mask = null;
                if (kept > 0)
                {
                    mask = maskName;
                    w.Line($"{code.VectorType(bits)} {maskName} = {code.TailMask(bits, kept)};");
                }

                int at = plan.TailOffset + (q * plan.Lanes);
                step(extra => Number(extra + at), (plan.MainVectors + q) % plan.Accumulators, mask);
            }
        }
        else if (plan.TailLanes > 0)
        {
            int counted = plan.Lanes - plan.TailLanes;
            w.Line();
            w.Line($"// {tailLabel(plan.Length - plan.TailLanes, plan.Length - 1)}: one vector ending at the last element, its first {counted} lane{(counted == 1 ? "" : "s")} (counted above) masked to zero");
            w.Line($"{code.VectorType(bits)} {maskName} = {code.TailMask(bits, counted)};");
            step(extra => Number(extra + plan.TailOffset), plan.MainVectors % plan.Accumulators, maskName);
        }
    }

    /// <summary>
    /// Sums one row's accumulators (vectors or scalars) into the scalar local <paramref name="z"/>: in the kernel's fixed
    /// order when the plan has one (<see cref="WriteFixedSum"/>), else as fast as this path allows.
    /// </summary>
    public static void WriteSum(IndentedWriter w, VectorCode code, ReductionPlan plan, IReadOnlyList<string> accumulators, string sumName, string z)
    {
        if (plan.IsFixedOrder)
        {
            WriteFixedSum(w, code, plan, accumulators, sumName, z);
        }
        else if (plan.Bits == 0)
        {
            w.Line($"{code.Scalar} {z} = {VectorCode.SumTree(accumulators)};");
        }
        else
        {
            WriteHorizontalSum(w, code, accumulators, sumName, z);
        }
    }

    /// <summary>
    /// The fixed order's sum (<see cref="FixedOrder"/>): per register of the logical vector (<c>{sumName}_q{q}</c>), the
    /// balanced tree over the logical accumulators; then the logical vector's lanes halved, lane <c>l</c> plus lane
    /// <c>l + half</c>: across registers first, then each register's upper half onto its lower half, down to one lane.
    /// </summary>
    private static void WriteFixedSum(IndentedWriter w, VectorCode code, ReductionPlan plan, IReadOnlyList<string> accumulators, string sumName, string z)
    {
        int bits = plan.Bits, registers = plan.Registers, logical = accumulators.Count / registers;
        string Register(int q) => $"{sumName}_q{Number(q)}";
        for (int q = 0; q < registers; q++)
        {
            var terms = new List<string>();
            for (int k = 0; k < logical; k++)
            {
                terms.Add(accumulators[(k * registers) + q]);
            }

            w.Line($"{code.VectorType(bits)} {Register(q)} = {VectorCode.SumTree(terms)};");
        }

        for (int count = registers; count > 1; count /= 2)
        {
            for (int q = 0; q < count / 2; q++)
            {
                w.Line($"{Register(q)} += {Register(q + (count / 2))};");
            }
        }

        if (bits == 0)
        {
            w.Line($"{code.Scalar} {z} = {Register(0)};");
            return;
        }

        string current = WriteHalvesTo128(w, code, bits, Register(0), sumName);
        string Lane(int l) => $"global::System.Runtime.Intrinsics.Vector128.GetElement({current}, {Number(l)})";
        w.Line(code.Element == ElementType.Float
            ? $"{code.Scalar} {z} = ({Lane(0)} + {Lane(2)}) + ({Lane(1)} + {Lane(3)});"
            : $"{code.Scalar} {z} = {Lane(0)} + {Lane(1)};");
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
        current = WriteHalvesTo128(w, code, bits, current, sumName);
        w.Line($"{code.Scalar} {z} = global::System.Runtime.Intrinsics.Vector128.Sum({current});");
    }

    /// <summary>Adds the upper half of the vector <paramref name="current"/> onto its lower half down to a Vector128
    /// (<c>{sumName}_{bits}</c> locals, lane l plus lane l + half); returns the Vector128's local.</summary>
    private static string WriteHalvesTo128(IndentedWriter w, VectorCode code, int bits, string current, string sumName)
    {
        for (int narrower = bits / 2; narrower >= 128; narrower /= 2)
        {
            string next = $"{sumName}_{narrower}";
            string wide = VectorCode.Vector(narrower * 2);
            w.Line($"{code.VectorType(narrower)} {next} = {wide}.GetLower({current}) + {wide}.GetUpper({current});");
            current = next;
        }

        return current;
    }

    /// <summary>One vector (or element) step: every row multiply-adds its slice with the shared slice.</summary>
    private static void WriteStep(IndentedWriter w, VectorCode code, ReductionPlan plan, ReductionOperands ops,
        System.Func<int, int, string> acc, string shared, int j, System.Func<int, string> offset, string? mask)
    {
        int bits = plan.Bits;
        if (plan.Rows == 1)
        {
            string a = acc(0, j);
            w.Line($"{a} = {Accumulate(code, plan, MaskLoad(plan, VectorCode.Load(bits, ops.RowReference, offset(0)), mask), MaskLoad(plan, VectorCode.Load(bits, ops.Shared, offset(0)), mask), a, mask)};");
            return;
        }

        w.Line($"{shared} = {MaskLoad(plan, VectorCode.Load(bits, ops.Shared, offset(0)), mask)};");
        for (int r = 0; r < plan.Rows; r++)
        {
            string a = acc(r, j);
            w.Line($"{a} = {Accumulate(code, plan, MaskLoad(plan, VectorCode.Load(bits, ops.RowReference, offset(r * ops.RowStride)), mask), shared, a, mask)};");
        }
    }

    /// <summary>
    /// A load as a tail step uses it: masked to zero in the lanes counted before (free order), or as it is (fixed order,
    /// whose <see cref="Accumulate"/> keeps those lanes' accumulator instead).
    /// </summary>
    public static string MaskLoad(ReductionPlan plan, string load, string? mask) =>
        mask is null || plan.IsFixedOrder ? load : $"{load} & {mask}";

    /// <summary><c>acc + a * b</c> fused, for a step of <paramref name="plan"/>; a fixed-order tail step keeps the lanes
    /// of <paramref name="acc"/> that <paramref name="mask"/> clears.</summary>
    public static string Accumulate(VectorCode code, ReductionPlan plan, string a, string b, string acc, string? mask)
    {
        string sum = code.MultiplyAdd(plan.Bits, a, b, acc);
        return mask is null || !plan.IsFixedOrder ? sum : $"{VectorCode.Vector(plan.Bits)}.ConditionalSelect({mask}, {sum}, {acc})";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
