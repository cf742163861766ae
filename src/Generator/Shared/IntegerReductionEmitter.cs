using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Shared;

/// <summary>
/// One operand of integer products: the ref local it is read through, its type (<c>byte</c> or <c>sbyte</c>), its zero
/// point (activations; 0 for weights) and a constant element offset from the step's (a dense layer's row).
/// <see cref="KnownSum"/>: for weights whose sum the code already holds (an expression), the byte dot-product paths take
/// the activations' offset off with it instead of summing the weights again.
/// </summary>
internal sealed record IntegerOperand(string Reference, ElementType Type, int ZeroPoint = 0, int Offset = 0, string? KnownSum = null)
{
    /// <summary>What the bytes <paramref name="product"/> reads carry: <c>x - ZeroPoint = t - offset</c> (<see cref="IntegerReductionPlanner.Offset"/>).</summary>
    public int OffsetFor(IntegerProduct product) => IntegerReductionPlanner.Offset(product, Type, ZeroPoint);
}

/// <summary>One exact sum of products <c>(a[i] - a.ZeroPoint) * b[i]</c>; <see cref="B"/> is <c>sbyte</c> with zero point 0.</summary>
internal sealed record IntegerSum(IntegerOperand A, IntegerOperand B);

/// <summary>
/// Writes one path of an integer reduction (<see cref="IntegerProduct"/>): the accumulators, every step through
/// <see cref="ReductionEmitter.WriteSteps"/> (unrolled or looped, the overlapping tail masked to zero in both operands,
/// so that a masked lane's product is 0 whatever the transform), then each sum's exact <c>int</c> in a local. Dot
/// products, dense layers and cosine similarities all go through here; the operands each step loads are shared by
/// every sum that reads them.
/// </summary>
internal static class IntegerReductionEmitter
{
    /// <param name="segments">
    /// Where each run of <see cref="ReductionPlan.Length"/> elements starts in the activations and in the weights (a
    /// convolution's filter rows); null: one run at 0. Every run adds into the same accumulators.
    /// </param>
    public static void Emit(IndentedWriter w, TargetInfo target, ReductionPlan plan, IReadOnlyList<IntegerSum> sums, IReadOnlyList<string> results, string prefix,
        IReadOnlyList<(int A, int B)>? segments = null)
    {
        int bits = plan.Bits;
        var code = new VectorCode(ElementType.Byte, target, bits);
        string v = VectorCode.Vector(bits);
        List<IntegerOperand> operands = sums.SelectMany(s => new[] { s.A, s.B }).Distinct().ToList();
        string Loaded(IntegerOperand o) => $"{prefix}v{operands.IndexOf(o)}";
        string Acc(int s, int j) => $"{prefix}acc{s}_{j}";

        // VPDPBUSD takes the activations unsigned, SDOT signed: each weight operand a sum reads with an offset also gets its own sum.
        IntegerProduct product = plan.Product;
        bool byteDot = IntegerReductionPlanner.IsByteDot(product);
        var corrected = sums.Where(s => s.A.OffsetFor(product) != 0 && s.B.KnownSum is null).Select(s => s.B).Distinct().ToList();
        string Correction(IntegerOperand b, int j) => $"{prefix}wsum{operands.IndexOf(b)}_{j}";
        string Type(ElementType t) => bits == 0 ? "int" : $"global::System.Runtime.Intrinsics.Vector{bits}<{t.Keyword()}>";
        string IntVector = Type(ElementType.Int32);
        string zero = bits == 0 ? "0" : $"{IntVector}.Zero";

        for (int s = 0; s < sums.Count; s++)
        {
            w.Line($"{IntVector} {string.Join(", ", Enumerable.Range(0, plan.Accumulators).Select(j => Acc(s, j) + " = " + zero))};");
        }

        foreach (IntegerOperand b in corrected)
        {
            w.Line($"{IntVector} {string.Join(", ", Enumerable.Range(0, plan.Accumulators).Select(j => Correction(b, j) + " = " + zero))};");
        }

        if (bits != 0)
        {
            foreach (IntegerOperand o in operands)
            {
                w.Line($"{Type(o.Type)} {Loaded(o)};");
            }

            if (byteDot)
            {
                // VPDPBUSD reads unsigned activations, SDOT signed ones: the other type is flipped (x ^ 0x80 = x -/+ 128)
                ElementType native = product == IntegerProduct.DotProduct ? ElementType.Byte : ElementType.SByte;
                if (corrected.Count > 0)
                {
                    w.Line($"{Type(native)} {prefix}ones = {v}.Create(({native.Keyword()})1);");
                }

                if (sums.Any(s => s.A.Type != native))
                {
                    w.Line($"{Type(ElementType.Byte)} {prefix}flip = {v}.Create((byte)0x80);");
                }
            }
            else
            {
                w.Line($"{Type(ElementType.Int32).Replace("<int>", "<short>")} {string.Join(", ", operands.SelectMany(o => new[] { Loaded(o) + "lo", Loaded(o) + "hi" }))};");
                if (plan.Product == IntegerProduct.Widening)
                {
                    w.Line($"global::System.Runtime.Intrinsics.Vector{bits}<short> {prefix}p;");
                }
            }
        }

        string unsignedNote = sums.Any(s => s.A.OffsetFor(product) != 0)
            ? $", activations made {(product == IntegerProduct.DotProduct ? "unsigned" : "signed")} (the offset times the weights' sum taken off below)" : "";
        IReadOnlyList<(int A, int B)> runs = segments ?? new[] { (0, 0) };
        for (int run = 0; run < runs.Count; run++)
        {
            (int a, int b) = runs[run];
            // a run's offsets: the activations' and the weights' operands each move by their own
            var shifted = operands.Select(o => sums.Any(s => s.A == o) ? a : b).ToList();
            string label = segments is null ? "elements" : $"run at {a} / {b}, elements";
            ReductionEmitter.WriteSteps(w, code, plan, prefix + "i", prefix + "mask" + (run == 0 ? "" : VectorCode.Number(run)), label,
                $", {plan.Accumulators} accumulator{(plan.Accumulators == 1 ? "" : "s")}{(sums.Count == 1 ? "" : " per sum")}{unsignedNote}",
                (first, last) => first == last ? $"{label.Replace("elements", "element")} {first}" : $"{label} {first}..{last}",
                (offset, j, mask) => WriteStep(w, plan, sums, operands, corrected, Loaded, Acc, Correction,
                    o => offset(o.Offset + shifted[operands.IndexOf(o)]), j, mask, prefix));
        }

        w.Line();
        w.Line(sums.Count == 1 ? "// the exact sum" : "// each exact sum");
        foreach (IntegerOperand b in corrected)
        {
            WriteTotal(w, code, plan, Enumerable.Range(0, plan.Accumulators).Select(j => Correction(b, j)).ToList(), $"{prefix}wsum{operands.IndexOf(b)}");
        }

        for (int s = 0; s < sums.Count; s++)
        {
            string total = WriteTotal(w, code, plan, Enumerable.Range(0, plan.Accumulators).Select(j => Acc(s, j)).ToList(), results[s]);
            int offset = sums[s].A.OffsetFor(product);
            if (corrected.Contains(sums[s].B))
            {
                w.Line(Subtract(total, offset, $"{prefix}wsum{operands.IndexOf(sums[s].B)}"));
            }
            else if (offset != 0 && sums[s].B.KnownSum is { } known)
            {
                w.Line(Subtract(total, offset, known));
            }
        }
    }

    /// <summary><c>total -= offset * sum;</c>, written as an addition when the offset is negative.</summary>
    private static string Subtract(string total, int offset, string sum) =>
        offset > 0 ? $"{total} -= {VectorCode.Number(offset)} * {sum};" : $"{total} += {VectorCode.Number(-offset)} * {sum};";

    /// <summary>Adds accumulators into the <c>int</c> local <paramref name="name"/> (declared here); returns its name.</summary>
    private static string WriteTotal(IndentedWriter w, VectorCode code, ReductionPlan plan, IReadOnlyList<string> accumulators, string name)
    {
        if (plan.Bits == 0)
        {
            w.Line($"int {name} = {VectorCode.SumTree(accumulators)};");
            return name;
        }

        ReductionEmitter.WriteHorizontalSum(w, new VectorCode(ElementType.Int32, code.Target, plan.Bits), accumulators, name + "Sum", name);
        return name;
    }

    private static void WriteStep(IndentedWriter w, ReductionPlan plan, IReadOnlyList<IntegerSum> sums, List<IntegerOperand> operands,
        List<IntegerOperand> corrected, System.Func<IntegerOperand, string> loaded, System.Func<int, int, string> acc,
        System.Func<IntegerOperand, int, string> correction, System.Func<IntegerOperand, string> offset, int j, string? mask, string prefix)
    {
        int bits = plan.Bits;
        string v = VectorCode.Vector(bits);
        if (bits == 0)
        {
            for (int s = 0; s < sums.Count; s++)
            {
                IntegerOperand a = sums[s].A, b = sums[s].B;
                string x = $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {a.Reference}, {offset(a)})";
                string y = $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {b.Reference}, {offset(b)})";
                w.Line($"{acc(s, j)} += {(a.ZeroPoint == 0 ? x : $"({x} - {VectorCode.Number(a.ZeroPoint)})")} * {y};");
            }

            return;
        }

        foreach (IntegerOperand o in operands)
        {
            string load = VectorCode.Load(bits, o.Reference, offset(o));
            w.Line($"{loaded(o)} = {(mask is null ? load : $"{load} & {(o.Type == ElementType.SByte ? $"{v}.AsSByte({mask})" : mask)}")};");
        }

        if (IntegerReductionPlanner.IsByteDot(plan.Product))
        {
            // VPDPBUSD (u8 x s8) or SDOT (s8 x s8): activations of the other type flipped (x ^ 0x80)
            bool vnni = plan.Product == IntegerProduct.DotProduct;
            string instruction = vnni ? "global::System.Runtime.Intrinsics.X86.AvxVnni.MultiplyWideningAndAdd" : "global::System.Runtime.Intrinsics.Arm.Dp.DotProduct";
            for (int s = 0; s < sums.Count; s++)
            {
                IntegerOperand a = sums[s].A;
                string t = a.Type == (vnni ? ElementType.Byte : ElementType.SByte) ? loaded(a)
                    : vnni ? $"({v}.AsByte({loaded(a)}) ^ {prefix}flip)" : $"{v}.AsSByte({loaded(a)} ^ {prefix}flip)";
                w.Line($"{acc(s, j)} = {instruction}({acc(s, j)}, {t}, {loaded(sums[s].B)});");
            }

            foreach (IntegerOperand b in corrected)
            {
                w.Line($"{correction(b, j)} = {instruction}({correction(b, j)}, {prefix}ones, {loaded(b)});");
            }

            return;
        }

        // both operands as shorts, the activations less their zero point (exact: -255..255)
        foreach (IntegerOperand o in operands)
        {
            string less = o.ZeroPoint == 0 ? "" : $" - {v}.Create((short){VectorCode.Number(o.ZeroPoint)})";
            foreach (string half in new[] { "Lower", "Upper" })
            {
                string widened = $"{v}.Widen{half}({loaded(o)})";
                w.Line($"{loaded(o)}{(half == "Lower" ? "lo" : "hi")} = {(o.Type == ElementType.Byte ? $"{v}.AsInt16({widened})" : widened)}{less};");
            }
        }

        string isa = bits == 512 ? "Avx512BW" : "Avx2";
        for (int s = 0; s < sums.Count; s++)
        {
            string a = loaded(sums[s].A), b = loaded(sums[s].B), sum = acc(s, j);
            if (plan.Product == IntegerProduct.MultiplyAddAdjacent)
            {
                string Madd(string half) => $"global::System.Runtime.Intrinsics.X86.{isa}.MultiplyAddAdjacent({a}{half}, {b}{half})";
                w.Line($"{sum} += {Madd("lo")} + {Madd("hi")};");
                continue;
            }

            foreach (string half in new[] { "lo", "hi" })
            {
                w.Line($"{prefix}p = {a}{half} * {b}{half};");
                w.Line($"{sum} += {v}.WidenLower({prefix}p) + {v}.WidenUpper({prefix}p);");
            }
        }
    }
}
