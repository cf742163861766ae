using System.Collections.Generic;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Cosine;

/// <summary>
/// Writes the body of a <c>[CosineSimilarity]</c> kernel: per vector path one pass over both vectors, each loaded pair
/// feeding three multiply-adds (x.y, x.x, y.y), the three sums reduced like a dot product's, then
/// <c>xy / (sqrt(xx) * sqrt(yy))</c> as <c>TensorPrimitives.CosineSimilarity</c> writes it.
/// </summary>
internal static class CosineEmitter
{
    private static readonly string[] SumNames = { "xy", "xx", "yy" };

    public static void WriteBody(IndentedWriter w, CosinePlan plan, string prefix)
    {
        if (plan.Spec.Integer is not null)
        {
            // the three sums exactly in int, then the contract's one double expression
            var x = new IntegerOperand(prefix + "x", Model.ElementType.SByte);
            var y = new IntegerOperand(prefix + "y", Model.ElementType.SByte);
            var sums = new[] { new IntegerSum(x, y), new IntegerSum(x, x), new IntegerSum(y, y) };
            string[] results = { prefix + "xy", prefix + "xx", prefix + "yy" };
            VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
            {
                IntegerReductionEmitter.Emit(w, plan.Target, path, sums, results, prefix);
                w.Line($"return (float)({prefix}xy / global::System.Math.Sqrt((double){prefix}xx * {prefix}yy));");
            }, plan.Spec.Element, (_, path) => IntegerReductionPlanner.Condition(path));
            return;
        }

        VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) => WritePath(w, code, path, prefix), plan.Spec.Element);
    }

    private static void WritePath(IndentedWriter w, VectorCode code, ReductionPlan plan, string prefix)
    {
        int bits = plan.Bits;
        string Acc(int sum, int j) => $"{prefix}{SumNames[sum]}{VectorCode.Number(j)}";
        string xv = prefix + "xv", yv = prefix + "yv";
        for (int s = 0; s < CosinePlanner.Sums; s++)
        {
            var names = new List<string>();
            for (int j = 0; j < plan.Accumulators; j++)
            {
                names.Add(Acc(s, j) + " = " + code.Zero(bits));
            }

            w.Line($"{code.VectorType(bits)} {string.Join(", ", names)};");
        }

        w.Line($"{code.VectorType(bits)} {xv}, {yv};");
        string suffix = $", {plan.Accumulators} accumulator{(plan.Accumulators == 1 ? "" : "s")} per sum";
        ReductionEmitter.WriteSteps(w, code, plan, prefix + "i", prefix + "mask", "elements", suffix,
            (first, last) => first == last ? $"element {first}" : $"elements {first}..{last}",
            (offset, j, mask) =>
            {
                w.Line($"{xv} = {ReductionEmitter.MaskLoad(plan, VectorCode.Load(bits, prefix + "x", offset(0)), mask)};");
                w.Line($"{yv} = {ReductionEmitter.MaskLoad(plan, VectorCode.Load(bits, prefix + "y", offset(0)), mask)};");
                w.Line($"{Acc(0, j)} = {ReductionEmitter.Accumulate(code, plan, xv, yv, Acc(0, j), mask)};");
                w.Line($"{Acc(1, j)} = {ReductionEmitter.Accumulate(code, plan, xv, xv, Acc(1, j), mask)};");
                w.Line($"{Acc(2, j)} = {ReductionEmitter.Accumulate(code, plan, yv, yv, Acc(2, j), mask)};");
            });

        w.Line();
        w.Line("// sum each of the three");
        for (int s = 0; s < CosinePlanner.Sums; s++)
        {
            var accumulators = new List<string>();
            for (int j = 0; j < plan.Accumulators; j++)
            {
                accumulators.Add(Acc(s, j));
            }

            ReductionEmitter.WriteSum(w, code, plan, accumulators, $"{prefix}{SumNames[s]}Sum", $"{prefix}{SumNames[s]}");
        }

        w.Line($"return {prefix}xy / ({code.MathClass}.Sqrt({prefix}xx) * {code.MathClass}.Sqrt({prefix}yy));");
    }
}
