using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.DotProduct;

/// <summary>Writes the body of a <c>[DotProduct]</c> kernel: one reduction per vector path.</summary>
internal static class DotEmitter
{
    public static void WriteBody(IndentedWriter w, DotPlan plan, string prefix)
    {
        if (plan.Spec.Integer is { } integer)
        {
            var sum = new IntegerSum(new IntegerOperand(prefix + "x", integer.Activations, integer.InputZeroPoint), new IntegerOperand(prefix + "y", ElementType.SByte));
            VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
            {
                IntegerReductionEmitter.Emit(w, plan.Target, path, new[] { sum }, new[] { prefix + "z" }, prefix);
                w.Line($"return {prefix}z;");
            }, plan.Spec.Element, (_, path) => IntegerReductionPlanner.Condition(path));
            return;
        }

        var ops = new ReductionOperands(prefix + "y", prefix + "x", 0);
        VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
        {
            ReductionEmitter.Emit(w, code, path, ops, prefix);
            w.Line($"return {ReductionEmitter.ResultName(prefix, path, 0)};");
        }, plan.Spec.Element);
    }
}
