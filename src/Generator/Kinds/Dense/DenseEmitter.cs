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
        if (plan.Spec.Integer is not null)
        {
            VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
            {
                WriteRows(w, code, plan, path, prefix);
                w.Line("return;");
            }, plan.Spec.Element, (_, path) => IntegerReductionPlanner.Condition(path.Block));
            return;
        }

        VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
        {
            WritePath(w, code, plan, path, prefix);
            w.Line("return;");
        }, plan.Spec.Element);
    }

    /// <summary>An integer layer's path: each row of the batch through <see cref="WritePath"/>, the input and output rows as ref locals.</summary>
    private static void WriteRows(IndentedWriter w, VectorCode code, DensePlan plan, DensePath path, string prefix)
    {
        DenseSpec spec = plan.Spec;
        string t = spec.Integer!.Activations.Keyword(), o = spec.Integer.Output.Keyword();
        if (spec.Batch == 1)
        {
            w.Line($"ref {t} {prefix}inputRow = ref {prefix}input;");
            w.Line($"ref {o} {prefix}outputRow = ref {prefix}output;");
            WritePath(w, code, plan, path, prefix);
            return;
        }

        string b = prefix + "row";
        w.Line($"// each of the {spec.Batch} rows of the batch through the layer");
        using (w.Block($"for (int {b} = 0; {b} < {spec.Batch}; {b}++)"))
        {
            w.Line($"ref {t} {prefix}inputRow = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}input, {b} * {spec.Inputs});");
            w.Line($"ref {o} {prefix}outputRow = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}output, {b} * {spec.Outputs});");
            WritePath(w, code, plan, path, prefix);
        }
    }

    private static void WritePath(IndentedWriter w, VectorCode code, DensePlan plan, DensePath path, string prefix)
    {
        DenseSpec spec = plan.Spec;
        int n = spec.Inputs;
        string row = prefix + "o";
        string block = prefix + "w";
        var ops = new ReductionOperands(spec.Integer is null ? prefix + "input" : prefix + "inputRow", block, n);
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
        if (spec.Integer is not null)
        {
            WriteIntegerBlock(w, code, spec, plan, ops, firstRow, prefix);
            return;
        }

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

    /// <summary>An integer layer's register block: each row's exact sum (<see cref="IntegerReductionEmitter"/>), then its one store (<see cref="IntegerStore"/>).</summary>
    private static void WriteIntegerBlock(IndentedWriter w, VectorCode code, DenseSpec spec, ReductionPlan plan,
        ReductionOperands ops, string? firstRow, string prefix)
    {
        IntegerScheme integer = spec.Integer!;
        string weightsAt = firstRow is null ? $"ref {prefix}weights"
            : $"ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}weights, {firstRow} * {spec.Inputs.ToString(CultureInfo.InvariantCulture)})";
        w.Line($"ref sbyte {ops.RowReference} = {weightsAt};");
        var input = new IntegerOperand(ops.Shared, integer.Activations, integer.InputZeroPoint);
        var sums = new List<IntegerSum>();
        var results = new List<string>();
        for (int r = 0; r < plan.Rows; r++)
        {
            sums.Add(new IntegerSum(input, new IntegerOperand(ops.RowReference, ElementType.SByte, 0, r * spec.Inputs)));
            results.Add($"{prefix}z{r.ToString(CultureInfo.InvariantCulture)}");
        }

        IntegerReductionEmitter.Emit(w, code.Target, plan, sums, results, prefix);
        w.Line();
        w.Line(spec.HasBias ? "// add the bias, store" : "// store");
        var floats = new VectorCode(ElementType.Float, code.Target, 0);
        for (int r = 0; r < plan.Rows; r++)
        {
            string at = firstRow is null ? r.ToString(CultureInfo.InvariantCulture)
                : r == 0 ? firstRow : $"{firstRow} + {r.ToString(CultureInfo.InvariantCulture)}";
            string acc = spec.HasBias ? $"({results[r]} + global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}bias, {at}))" : results[r];
            string? scale = integer.HasScale ? $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}scale, {at})" : null;
            w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref {prefix}outputRow, {at}) = {IntegerStore.Value(integer, spec.Activation, acc, scale, floats)};");
        }
    }
}
