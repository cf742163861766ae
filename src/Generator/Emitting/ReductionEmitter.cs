using System.Collections.Generic;
using KernelGen.Generator.Planning;

namespace KernelGen.Generator.Emitting;

/// <summary>
/// What a reduction reads: a vector shared by every row (<see cref="Shared"/>, e.g. the dense layer's input) and one
/// row per output (<see cref="RowReference"/> at element offset <c>row * RowStride</c>).
/// </summary>
internal sealed record ReductionOperands(string Shared, string RowReference, int RowStride);

/// <summary>
/// Writes one planned reduction (<see cref="ReductionPlan"/>): accumulators, the unrolled (or looped) main vectors,
/// the horizontal sums and the tail, leaving each row's result in a scalar local named by <see cref="ResultName"/>.
/// Dot products and dense layers both go through here.
/// </summary>
internal static class ReductionEmitter
{
    public static string ResultName(string prefix, ReductionPlan plan, int row) => plan.Rows == 1 ? prefix + "z" : prefix + "z" + row;

    public static void Emit(IndentedWriter w, VectorCode code, ReductionPlan plan, ReductionOperands ops, string prefix)
    {
        int bits = plan.Bits;
        string acc(int row, int j) => plan.Rows == 1 ? $"{prefix}acc{j}" : $"{prefix}acc{row}_{j}";
        string shared = prefix + "in";

        // Accumulators.
        for (int r = 0; r < plan.Rows; r++)
        {
            var names = new List<string>();
            for (int j = 0; j < plan.Accumulators; j++)
            {
                names.Add(acc(r, j) + " = " + code.Zero(bits));
            }

            w.Line($"{code.VectorType(bits)} {string.Join(", ", names)};");
        }

        if (plan.Rows > 1 && plan.MainVectors > 0)
        {
            w.Line($"{code.VectorType(bits)} {shared};");
        }

        string width = bits == 0 ? "scalars" : $"x {code.VectorType(bits)}";
        int done = 0;
        if (plan.IsLooped)
        {
            int step = plan.LoopBlockVectors * plan.Lanes;
            int end = plan.LoopIterations * step;
            w.Line();
            w.Line($"// elements 0..{end - 1}: {plan.LoopIterations} iterations of {plan.LoopBlockVectors} {width} (over the unroll budget of one block)");
            using (w.Block($"for (nuint {prefix}i = 0; {prefix}i < {end}; {prefix}i += {step})"))
            {
                WriteVectors(w, code, plan, ops, acc, shared, 0, plan.LoopBlockVectors, prefix + "i");
            }

            done = plan.LoopIterations * plan.LoopBlockVectors;
        }

        if (done < plan.MainVectors)
        {
            w.Line();
            w.Line($"// elements {done * plan.Lanes}..{(plan.MainVectors * plan.Lanes) - 1}: {plan.MainVectors - done} {width}, {plan.Accumulators} accumulator{(plan.Accumulators == 1 ? "" : "s")}{(plan.Rows == 1 ? "" : " per row")}");
            WriteVectors(w, code, plan, ops, acc, shared, done, plan.MainVectors - done, null);
        }

        // Horizontal sums, with the narrower tail vectors folded in at their width, then the scalar tail.
        w.Line();
        int offset = plan.MainVectors * plan.Lanes;
        if (plan.TailBits.Count > 0 || plan.TailScalars > 0)
        {
            w.Line($"// sum the accumulators; fold in the tail, elements {offset}..{plan.Length - 1}");
        }
        else
        {
            w.Line("// sum the accumulators");
        }

        for (int r = 0; r < plan.Rows; r++)
        {
            var accs = new List<string>();
            for (int j = 0; j < plan.Accumulators; j++)
            {
                accs.Add(acc(r, j));
            }

            string rowTag = plan.Rows == 1 ? "" : r.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string z = ResultName(prefix, plan, r);
            int rowBase = r * ops.RowStride;
            int tailOffset = offset;
            if (bits == 0)
            {
                w.Line($"{code.Scalar} {z} = {VectorCode.SumTree(accs)};");
            }
            else
            {
                string current = $"{prefix}sum{rowTag}_{bits}";
                w.Line($"{code.VectorType(bits)} {current} = {VectorCode.SumTree(accs)};");
                for (int narrower = bits / 2; narrower >= 128; narrower /= 2)
                {
                    string next = $"{prefix}sum{rowTag}_{narrower}";
                    w.Line($"{code.VectorType(narrower)} {next} = {current}.GetLower() + {current}.GetUpper();");
                    current = next;
                    if (System.Linq.Enumerable.Contains(plan.TailBits, narrower))
                    {
                        w.Line($"{current} = {code.MultiplyAdd(narrower, VectorCode.Load(narrower, ops.RowReference, Offset(rowBase + tailOffset)), VectorCode.Load(narrower, ops.Shared, Offset(tailOffset)), current)};");
                        tailOffset += ReductionPlan.LanesOf(narrower, code.Element);
                    }
                }

                w.Line($"{code.Scalar} {z} = Vector128.Sum({current});");
            }

            for (int s = 0; s < plan.TailScalars; s++)
            {
                w.Line($"{z} = {code.MultiplyAdd(0, VectorCode.Load(0, ops.RowReference, Offset(rowBase + tailOffset)), VectorCode.Load(0, ops.Shared, Offset(tailOffset)), z)};");
                tailOffset++;
            }
        }
    }

    private static void WriteVectors(IndentedWriter w, VectorCode code, ReductionPlan plan, ReductionOperands ops,
        System.Func<int, int, string> acc, string shared, int first, int count, string? loopIndex)
    {
        int bits = plan.Bits;
        for (int k = first; k < first + count; k++)
        {
            int element = (k - (loopIndex is null ? 0 : first)) * plan.Lanes;
            string at(int rowBase) => loopIndex is null ? Offset(rowBase + element)
                : rowBase + element == 0 ? loopIndex : $"{loopIndex} + {rowBase + element}";
            int j = k % plan.Accumulators;
            if (plan.Rows == 1)
            {
                string a = acc(0, j);
                w.Line($"{a} = {code.MultiplyAdd(bits, VectorCode.Load(bits, ops.RowReference, at(0)), VectorCode.Load(bits, ops.Shared, at(0)), a)};");
                continue;
            }

            w.Line($"{shared} = {VectorCode.Load(bits, ops.Shared, at(0))};");
            for (int r = 0; r < plan.Rows; r++)
            {
                string a = acc(r, j);
                w.Line($"{a} = {code.MultiplyAdd(bits, VectorCode.Load(bits, ops.RowReference, at(r * ops.RowStride)), shared, a)};");
            }
        }
    }

    private static string Offset(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
