using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;

namespace KernelGen.Generator.Emitting;

/// <summary>Writes the body of a <c>[DotProduct]</c> kernel: one reduction per vector path.</summary>
internal static class DotEmitter
{
    public static void WriteBody(IndentedWriter w, DotPlan plan, EquatableArray<string> parameters, string prefix)
    {
        string x = parameters[0], y = parameters[1];
        string t = plan.Spec.Element.Keyword();
        KernelEmitter.WriteLengthChecks(w, new[] { (x, (long)plan.Spec.Length), (y, (long)plan.Spec.Length) }, prefix);
        w.Line();
        w.Line($"ref {t} {prefix}x = ref MemoryMarshal.GetReference({x});");
        w.Line($"ref {t} {prefix}y = ref MemoryMarshal.GetReference({y});");
        var ops = new ReductionOperands(prefix + "y", prefix + "x", 0);
        KernelEmitter.WritePaths(w, plan, plan.Paths, p => p.Bits, (code, path) =>
        {
            ReductionEmitter.Emit(w, code, path, ops, prefix);
            w.Line($"return {ReductionEmitter.ResultName(prefix, path, 0)};");
        }, plan.Spec.Element);
    }
}
