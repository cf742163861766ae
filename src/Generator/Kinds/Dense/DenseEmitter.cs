using System.Collections.Generic;
using System.Globalization;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Dense;

/// <summary>
/// Writes the body of a <c>[Dense]</c> kernel: per vector path, a loop over blocks of output rows that share every
/// loaded input vector, each row reduced, biased, activated and stored once.
/// </summary>
internal static class DenseEmitter
{
    public static void WriteBody(IndentedWriter w, DensePlan plan, string prefix)
    {
        VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
        {
            WritePath(w, code, plan, path, prefix);
            w.Line("return;");
        }, plan.Spec.Element);
    }

    private static void WritePath(IndentedWriter w, VectorCode code, DensePlan plan, DensePath path, string prefix)
    {
        DenseSpec spec = plan.Spec;
        int n = spec.Inputs;
        string row = prefix + "o";
        string block = prefix + "w";
        var ops = new ReductionOperands(prefix + "input", block, n);
        int fullRows = path.FullBlocks * path.RowsPerBlock;
        if (plan.Partition.SharesPerImage > 1)
        {
            // this part's blocks of rows: each block k < FullBlocks is rows k * RowsPerBlock on; the remainder block follows
            (string first, string end) = plan.Partition.UnitRange(DensePlan.UnitsOf(path), prefix);
            string k = prefix + "k";
            w.Line($"// this part's blocks of {path.RowsPerBlock} outputs{(path.Remainder is null ? "" : $" (block {path.FullBlocks}: outputs {fullRows}..{spec.Outputs - 1})")}");
            using (w.Block($"for (int {k} = {first}; {k} < {end}; {k}++)"))
            {
                if (path.Remainder is { } rest)
                {
                    using (w.Block($"if ({k} == {path.FullBlocks})"))
                    {
                        WriteBlock(w, code, spec, rest, ops, fullRows.ToString(CultureInfo.InvariantCulture), prefix);
                        w.Line("continue;");
                    }

                    w.Line();
                }

                using (w.Block())
                {
                    w.Line($"int {row} = {k} * {path.RowsPerBlock};");
                    WriteBlock(w, code, spec, path.Block, ops, row, prefix);
                }
            }

            return;
        }

        if (path.FullBlocks > 1)
        {
            w.Line($"// outputs 0..{fullRows - 1}, {path.RowsPerBlock} at a time");
            using (w.Block($"for (int {row} = 0; {row} < {fullRows}; {row} += {path.RowsPerBlock})"))
            {
                WriteBlock(w, code, spec, path.Block, ops, row, prefix);
            }
        }
        else
        {
            w.Line($"// outputs 0..{fullRows - 1}");
            using (w.Block())
            {
                WriteBlock(w, code, spec, path.Block, ops, null, prefix);
            }
        }

        if (path.Remainder is { } remainder)
        {
            w.Line();
            w.Line($"// outputs {fullRows}..{spec.Outputs - 1}");
            using (w.Block())
            {
                WriteBlock(w, code, spec, remainder, ops, fullRows.ToString(CultureInfo.InvariantCulture), prefix);
            }
        }
    }

    /// <summary>One register block: rows <c>firstRow .. firstRow + Rows - 1</c>; <paramref name="firstRow"/> is a
    /// loop variable, a constant, or null for row 0.</summary>
    private static void WriteBlock(IndentedWriter w, VectorCode code, DenseSpec spec, ReductionPlan plan,
        ReductionOperands ops, string? firstRow, string prefix)
    {
        string t = code.Scalar;
        string weightsAt = firstRow is null ? $"ref {prefix}weights"
            : $"ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}weights, {firstRow} * {spec.Inputs.ToString(CultureInfo.InvariantCulture)})";
        w.Line($"ref {t} {ops.RowReference} = {weightsAt};");
        ReductionEmitter.Emit(w, code, plan, ops, prefix);
        w.Line();
        w.Line(spec.HasBias || spec.Activation != ActivationKind.None ? "// add the bias, activate, store" : "// store");
        for (int r = 0; r < plan.Rows; r++)
        {
            string at = firstRow is null ? r.ToString(CultureInfo.InvariantCulture)
                : r == 0 ? firstRow : $"{firstRow} + {r.ToString(CultureInfo.InvariantCulture)}";
            string z = ReductionEmitter.ResultName(prefix, plan, r);
            if (spec.HasBias)
            {
                w.Line($"{z} += global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}bias, {at});");
            }

            w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}output, {at}) = {code.Activate(spec.Activation, z)};");
        }
    }
}
