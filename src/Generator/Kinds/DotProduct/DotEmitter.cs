using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.DotProduct;

/// <summary>Writes the body of a <c>[DotProduct]</c> kernel: one reduction per vector path.</summary>
internal static class DotEmitter
{
    public static void WriteBody(IndentedWriter w, DotPlan plan, string prefix)
    {
        var ops = new ReductionOperands(prefix + "y", prefix + "x", 0);
        VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
        {
            ReductionEmitter.Emit(w, code, path, ops, prefix);
            w.Line($"return {ReductionEmitter.ResultName(prefix, path, 0)};");
        }, plan.Spec.Element);
    }
}
