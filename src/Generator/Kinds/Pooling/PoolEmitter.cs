using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Pooling;

/// <summary>
/// Writes the body of a pooling kernel. Per path: a loop over channels; in it each group of output rows (a loop, or one
/// row) with a ref to every input row its window keeps; in each row the columns one by one where the window is clipped,
/// and the interior in vector blocks. The window is unrolled: a maximum is one instruction per tap (the vector paths run
/// only on an input without NaN, which one pass checks first; the scalar path's Math.Max keeps NaN), an average sums the
/// taps and multiplies by the reciprocal of its divisor. Nothing is bounds-checked: the plan only reads inside the image
/// (a large window's border function, <see cref="PoolPlan.CompactBorders"/>, clips its taps itself).
/// </summary>
internal static class PoolEmitter
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";

    public static void WriteBody(IndentedWriter w, PoolPlan plan, MethodInfo method)
    {
        PoolSpec spec = plan.Spec;
        string p = method.LocalPrefix, t = spec.Element.Keyword();
        if (plan.Gathers && spec.Element.IsInteger())
        {
            PoolGather.Write(w, plan, method);
            w.Line();
        }

        bool checksNaN = spec.Op == PoolOp.Max && !spec.Element.IsInteger() && (plan.Paths.Any(path => path.Bits != 0) || plan.Gathers);
        if (checksNaN)
        {
            // A vector maximum is one instruction that drops a NaN operand on x64. One pass over the input (which then
            // stays in cache for the pooling) tells whether it holds a NaN: without one the vector paths run on such
            // maxima; with one the scalar path runs, whose Math.Max keeps the NaN.
            w.Line($"bool {p}hasNaN = global::KernelGen.KernelGuard.HasNaN({method.NameOf("input")}, {N(spec.InputLength)});");
        }

        if (plan.Gathers && !spec.Element.IsInteger())
        {
            PoolGather.WriteFloats(w, plan, method, $"!{p}hasNaN");
            w.Line();
        }

        if (plan.CompactBorders)
        {
            WriteClippedWindow(w, plan, p, t);
        }

        VectorPaths.Write(w, plan, plan.Paths, path => path.Bits, (code, path) =>
        {
            WritePlanes(w, plan, code, path, p, t);
            w.Line("return;");
        }, spec.Element, (code, path) => Condition(path),
            spec.StrideX > 2 ? $"stride {spec.StrideX} has no vector plan" : "the interior of a row is shorter than the narrowest vector",
            checksNaN ? $"!{p}hasNaN" : null);
    }

    /// <summary>Every channel's plane: the loop over channels around each group of output rows.</summary>
    private static void WritePlanes(IndentedWriter w, PoolPlan plan, VectorCode code, PoolPath path, string p, string t)
    {
        PoolSpec spec = plan.Spec;
        string loop = $"for (nuint {p}c = 0; {p}c < {N(spec.Channels)}; {p}c++)";
        if (plan.Partition.SharesPerImage > 1)
        {
            (string first, string end) = plan.Partition.UnitRange(spec.Channels, p);
            w.Line("// this part's channels:");
            loop = $"for (nuint {p}c = (nuint)({first}); {p}c < (nuint)({end}); {p}c++)";
        }

        using (w.Block(loop))
        {
            w.Line($"ref {t} {p}inPlane = ref {Unsafe}.Add(ref {p}input, {p}c * {N((long)spec.Height * spec.Width)});");
            w.Line($"ref {t} {p}outPlane = ref {Unsafe}.Add(ref {p}output, {p}c * {N((long)spec.OutHeight * spec.OutWidth)});");
            foreach (PoolRange rows in plan.Rows)
            {
                WriteRows(w, plan, code, path, rows, p);
            }
        }
    }

    /// <summary>
    /// The compact plan's one function for any clipped window: PyTorch's definition with the window clipped at run time
    /// (the same loops as aten's), for the outputs whose window leaves the image.
    /// </summary>
    private static void WriteClippedWindow(IndentedWriter w, PoolPlan plan, string p, string t)
    {
        PoolSpec spec = plan.Spec;
        string math = spec.Element == ElementType.Float ? "global::System.MathF" : "global::System.Math";
        w.Line("// the output whose window leaves the image, clipped at run time (the border of a large window: writing each one out would make the method too large to optimize)");
        using (w.Block($"static {t} {p}Clipped(ref {t} {p}plane, int {p}y, int {p}x)"))
        {
            w.Line($"int {p}y0 = ({p}y * {N(spec.StrideY)}) - {N(spec.PaddingY)}, {p}x0 = ({p}x * {N(spec.StrideX)}) - {N(spec.PaddingX)};");
            if (spec.Op == PoolOp.Max)
            {
                w.Line($"{t} {p}m = {Lowest(spec.Element)};");
                using (w.Block($"for (int {p}ky = 0; {p}ky < {N(spec.KernelHeight)}; {p}ky++)"))
                {
                    w.Line($"int {p}iy = {p}y0 + ({p}ky * {N(spec.DilationY)});");
                    using (w.Block($"for (int {p}kx = 0; {p}kx < {N(spec.KernelWidth)}; {p}kx++)"))
                    {
                        w.Line($"int {p}ix = {p}x0 + ({p}kx * {N(spec.DilationX)});");
                        using (w.Block($"if ((uint){p}iy < {N(spec.Height)}u && (uint){p}ix < {N(spec.Width)}u)"))
                        {
                            w.Line($"{p}m = {math}.Max({p}m, {Unsafe}.Add(ref {p}plane, ({p}iy * {N(spec.Width)}) + {p}ix));");
                        }
                    }
                }

                w.Line($"return {p}m;");
                return;
            }

            w.Line($"int {p}y1 = global::System.Math.Min({p}y0 + {N(spec.KernelHeight)}, {N((long)spec.Height + spec.PaddingY)}), {p}x1 = global::System.Math.Min({p}x0 + {N(spec.KernelWidth)}, {N((long)spec.Width + spec.PaddingX)});");
            w.Line($"int {p}pool = ({p}y1 - {p}y0) * ({p}x1 - {p}x0);");
            w.Line($"{p}y0 = global::System.Math.Max({p}y0, 0); {p}x0 = global::System.Math.Max({p}x0, 0); {p}y1 = global::System.Math.Min({p}y1, {N(spec.Height)}); {p}x1 = global::System.Math.Min({p}x1, {N(spec.Width)});");
            if (plan.Deterministic)
            {
                // the fixed order of every path: each column down its rows, the columns left to right; from -0, which
                // adds nothing (not even a sign to a sum of -0s)
                string negativeZero = VectorCode.Literal(-0.0, spec.Element);
                w.Line($"{t} {p}s = {negativeZero};");
                using (w.Block($"for (int {p}ix = {p}x0; {p}ix < {p}x1; {p}ix++)"))
                {
                    w.Line($"{t} {p}column = {negativeZero};");
                    using (w.Block($"for (int {p}iy = {p}y0; {p}iy < {p}y1; {p}iy++)"))
                    {
                        w.Line($"{p}column += {Unsafe}.Add(ref {p}plane, ({p}iy * {N(spec.Width)}) + {p}ix);");
                    }

                    w.Line($"{p}s += {p}column;");
                }
            }
            else
            {
                w.Line($"{t} {p}s = 0;");
                using (w.Block($"for (int {p}iy = {p}y0; {p}iy < {p}y1; {p}iy++)"))
                {
                    using (w.Block($"for (int {p}ix = {p}x0; {p}ix < {p}x1; {p}ix++)"))
                    {
                        w.Line($"{p}s += {Unsafe}.Add(ref {p}plane, ({p}iy * {N(spec.Width)}) + {p}ix);");
                    }
                }
            }

            w.Line(spec.CountIncludePad
                ? $"return {p}y0 >= {p}y1 || {p}x0 >= {p}x1 ? 0 : {p}s / {p}pool;"
                : $"return {p}y0 >= {p}y1 || {p}x0 >= {p}x1 ? 0 : {p}s / (({p}y1 - {p}y0) * ({p}x1 - {p}x0));");
        }
    }

    /// <summary>The divisor of the windows of <paramref name="rows"/> x <paramref name="columns"/> (0 when they are empty).</summary>
    public static int Divisor(PoolSpec spec, PoolRange rows, PoolRange columns) =>
        spec.CountIncludePad ? rows.PoolSize * columns.PoolSize : rows.Taps * columns.Taps;

    private static string Condition(PoolPath path)
    {
        string v = VectorCode.Vector(path.Bits) + ".IsHardwareAccelerated";
        if (!path.Deinterleaves)
        {
            return path.Bits == 0 ? "true" : v;
        }

        return path.Bits switch
        {
            512 => v + " && global::System.Runtime.Intrinsics.X86.Avx512F.IsSupported",
            256 => v + " && global::System.Runtime.Intrinsics.X86.Avx2.IsSupported",
            _ => v + " && (global::System.Runtime.Intrinsics.X86.Sse2.IsSupported || global::System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported)",
        };
    }

    private static void WriteRows(IndentedWriter w, PoolPlan plan, VectorCode code, PoolPath path, PoolRange rows, string p)
    {
        PoolSpec spec = plan.Spec;
        string t = spec.Element.Keyword();
        bool loop = rows.Count > 1;
        string oy = loop ? p + "oy" : N(rows.First);
        if (plan.CompactBorders && rows != plan.InteriorRows)
        {
            w.Line(loop ? $"// output rows {rows.First}..{rows.First + rows.Count - 1}: the window clipped at run time" : $"// output row {rows.First}: the window clipped at run time");
            using (w.Block($"for (int {p}y = {N(rows.First)}; {p}y < {N(rows.First + rows.Count)}; {p}y++)"))
            {
                using (w.Block($"for (int {p}x = 0; {p}x < {N(spec.OutWidth)}; {p}x++)"))
                {
                    w.Line($"{Unsafe}.Add(ref {p}outPlane, ({p}y * {N(spec.OutWidth)}) + {p}x) = {p}Clipped(ref {p}inPlane, {p}y, {p}x);");
                }
            }

            return;
        }

        string taps = rows.Taps == 0 ? "no window row in the image" : rows.TapFirst == 0 && rows.TapEnd == spec.KernelHeight ? "the whole window" : $"window rows {rows.TapFirst}..{rows.TapEnd - 1}";
        w.Line(loop ? $"// output rows {rows.First}..{rows.First + rows.Count - 1}: {taps}" : $"// output row {rows.First}: {taps}");
        using (w.Block(loop ? $"for (nuint {oy} = {N(rows.First)}; {oy} < {N(rows.First + rows.Count)}; {oy}++)" : null))
        {
            for (int ky = rows.TapFirst; ky < rows.TapEnd; ky++)
            {
                int shift = (ky * spec.DilationY) - spec.PaddingY;
                string row = loop ? $"({Affine(oy, spec.StrideY, shift)}) * {N(spec.Width)}" : N(((long)((rows.First * spec.StrideY) + shift)) * spec.Width);
                w.Line($"ref {t} {p}r{ky} = ref {Unsafe}.Add(ref {p}inPlane, {row});");
            }

            w.Line($"ref {t} {p}o = ref {Unsafe}.Add(ref {p}outPlane, {(loop ? $"{oy} * {N(spec.OutWidth)}" : N((long)rows.First * spec.OutWidth))});");
            if (rows.Taps == 0)
            {
                // PyTorch's empty window: the maximum's start value, or an average of nothing
                string empty = spec.Op == PoolOp.Max ? Lowest(spec.Element) : code.Literal(0);
                w.Line($"global::System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref {p}o, {N(spec.OutWidth)}).Fill({empty});");
                return;
            }

            foreach (PoolRange columns in plan.Columns)
            {
                for (int ox = columns.First; ox < columns.First + columns.Count; ox++)
                {
                    if (ox >= path.RunStart && ox < path.RunEnd)
                    {
                        continue;
                    }

                    if (plan.CompactBorders)
                    {
                        w.Line($"{Unsafe}.Add(ref {p}o, {N(ox)}) = {p}Clipped(ref {p}inPlane, (int){oy}, {N(ox)});");
                        continue;
                    }

                    using (w.Block())
                    {
                        WriteColumn(w, plan, code, rows, columns, ox, p);
                    }
                }

                if (columns.First <= path.RunStart && path.RunStart < columns.First + columns.Count && path.Run > 0)
                {
                    WriteRun(w, plan, code, path, rows, columns, p);
                }
            }
        }
    }

    /// <summary>One output whose window is clipped (or any output of the scalar path outside its run), every tap a scalar.</summary>
    private static void WriteColumn(IndentedWriter w, PoolPlan plan, VectorCode code, PoolRange rows, PoolRange columns, int ox, string p)
    {
        PoolSpec spec = plan.Spec;
        var values = new List<string>();
        for (int ky = rows.TapFirst; ky < rows.TapEnd; ky++)
        {
            for (int kx = columns.TapFirst; kx < columns.TapEnd; kx++)
            {
                values.Add($"{Unsafe}.Add(ref {p}r{ky}, {N(((long)ox * spec.StrideX) - spec.PaddingX + ((long)kx * spec.DilationX))})");
            }
        }

        string target = $"{Unsafe}.Add(ref {p}o, {N(ox)})";
        if (values.Count == 0)
        {
            w.Line($"{target} = {(spec.Op == PoolOp.Max ? Lowest(spec.Element) : code.Literal(0))};");
            return;
        }

        WriteWindow(w, plan, code, 0, values, columns.TapEnd - columns.TapFirst, target, Divisor(spec, rows, columns), p);
    }

    /// <summary>The interior columns of <paramref name="path"/>: blocks of one vector, unrolled or in a loop.</summary>
    private static void WriteRun(IndentedWriter w, PoolPlan plan, VectorCode code, PoolPath path, PoolRange rows, PoolRange columns, string p)
    {
        int divisor = Divisor(plan.Spec, rows, columns);
        if (!path.Looped)
        {
            foreach (int start in path.BlockStarts())
            {
                using (w.Block())
                {
                    WriteBlock(w, plan, code, path, rows, N(start), divisor, p);
                }
            }

            return;
        }

        int full = path.Run / path.Lanes;
        string ox = p + "ox";
        using (w.Block($"for (nuint {ox} = {N(path.RunStart)}; {ox} < {N(path.RunStart + ((long)full * path.Lanes))}; {ox} += {N(path.Lanes)})"))
        {
            WriteBlock(w, plan, code, path, rows, ox, divisor, p);
        }

        if (path.Run % path.Lanes != 0)
        {
            using (w.Block())
            {
                WriteBlock(w, plan, code, path, rows, N(path.RunEnd - path.Lanes), divisor, p);
            }
        }
    }

    /// <summary>One block: <c>Lanes</c> outputs starting at column <paramref name="start"/> (a constant or the loop's variable).</summary>
    private static void WriteBlock(IndentedWriter w, PoolPlan plan, VectorCode code, PoolPath path, PoolRange rows, string start, int divisor, string p)
    {
        PoolSpec spec = plan.Spec;
        int bits = path.Bits;
        string target = bits == 0 ? $"{Unsafe}.Add(ref {p}o, {start})" : start;
        if (!path.Deinterleaves)
        {
            var values = new List<string>();
            for (int ky = rows.TapFirst; ky < rows.TapEnd; ky++)
            {
                for (int kx = 0; kx < spec.KernelWidth; kx++)
                {
                    values.Add(VectorCode.Load(bits, $"{p}r{ky}", Affine(start, bits == 0 ? spec.StrideX : 1, (kx * spec.DilationX) - spec.PaddingX)));
                }
            }

            WriteWindow(w, plan, code, bits, values, spec.KernelWidth, target, divisor, p);
            return;
        }

        // Stride 2: per pair of columns kept by the window, the rows combined on the raw loads (2 x lanes columns),
        // then each tap's even or odd columns taken out of the pair.
        string vt = code.VectorType(bits);
        var pairs = Enumerable.Range(0, spec.KernelWidth).Select(kx => kx * spec.DilationX / 2).Distinct().ToList();
        foreach (int g in pairs)
        {
            foreach (string half in new[] { "Lo", "Hi" })
            {
                var loads = new List<string>();
                for (int ky = rows.TapFirst; ky < rows.TapEnd; ky++)
                {
                    loads.Add(VectorCode.Load(bits, $"{p}r{ky}", Affine(start, 2, (2 * g) - spec.PaddingX + (half == "Hi" ? path.Lanes : 0))));
                }

                string name = $"{p}{half.ToLowerInvariant()}{g}";
                WriteCombine(w, plan, code, bits, loads, name);
            }
        }

        var taps = new List<string>();
        for (int kx = 0; kx < spec.KernelWidth; kx++)
        {
            int offset = kx * spec.DilationX;
            taps.Add(Phase(code, bits, $"{p}lo{offset / 2}", $"{p}hi{offset / 2}", offset % 2));
        }

        WriteWindow(w, plan, code, bits, taps, taps.Count, start, divisor, p, vt);
    }

    /// <summary>Combines <paramref name="values"/> into the local <paramref name="name"/> (a maximum or a sum): the rows of a de-interleaved pair.</summary>
    private static void WriteCombine(IndentedWriter w, PoolPlan plan, VectorCode code, int bits, IReadOnlyList<string> values, string name)
    {
        string vt = code.VectorType(bits);
        w.Line($"{vt} {name} = {values[0]};");
        if (values.Count == 1)
        {
            return;
        }

        if (plan.Spec.Op == PoolOp.Avg)
        {
            for (int i = 1; i < values.Count; i++)
            {
                w.Line($"{name} += {values[i]};");
            }

            return;
        }

        for (int i = 1; i < values.Count; i++)
        {
            w.Line($"{name} = {Max(plan, bits, name, values[i])};");
        }
    }

    /// <summary>
    /// One window: the running maximum or the sum over <paramref name="values"/> (the taps row by row,
    /// <paramref name="columns"/> per row), stored to <paramref name="target"/> (for a vector, the output column it starts at).
    /// </summary>
    private static void WriteWindow(IndentedWriter w, PoolPlan plan, VectorCode code, int bits, IReadOnlyList<string> values, int columns,
        string target, int divisor, string p, string? vectorType = null)
    {
        PoolSpec spec = plan.Spec;
        string vt = vectorType ?? code.VectorType(bits), v = VectorCode.Vector(bits);
        string Store(string value) => bits == 0 ? $"{target} = {value};" : $"{v}.StoreUnsafe({value}, ref {p}o, {target});";
        if (spec.Op == PoolOp.Avg && plan.Deterministic)
        {
            // The fixed order of every path: each window column summed down its rows, the columns summed left to
            // right (the order of the stride-2 paths, which add rows before de-interleaving columns), then divided.
            var sums = Enumerable.Range(0, columns)
                .Select(k => Enumerable.Range(0, values.Count / columns).Select(r => values[(r * columns) + k]).ToList())
                .Select(column => column.Count == 1 ? column[0] : $"({string.Join(" + ", column)})").ToList();
            w.Line($"{vt} {p}s = {sums[0]};");
            for (int i = 1; i < sums.Count; i++)
            {
                w.Line($"{p}s += {sums[i]};");
            }

            w.Line(Store($"{p}s / {code.Broadcast(bits, divisor)}"));
            return;
        }

        if (spec.Op == PoolOp.Avg)
        {
            w.Line($"{vt} {p}s = {values[0]};");
            for (int i = 1; i < values.Count; i++)
            {
                w.Line($"{p}s += {values[i]};");
            }

            w.Line(Store($"{p}s * {code.Broadcast(bits, 1.0 / divisor)}"));
            return;
        }

        w.Line($"{vt} {p}m = {values[0]};");
        if (values.Count == 1)
        {
            w.Line(Store($"{p}m"));
            return;
        }

        if (bits == 0 && code.Element.IsInteger())
        {
            // bytes: max(m, v) = m - (d & (d >> 31)) with d = m - v, no branch for the data to mispredict
            w.Line($"int {p}d;");
            for (int i = 1; i < values.Count; i++)
            {
                w.Line($"{p}d = {p}m - {values[i]}; {p}m = ({vt})({p}m - ({p}d & ({p}d >> 31)));");
            }

            w.Line(Store($"{p}m"));
            return;
        }

        if (bits == 0)
        {
            // Math.Max returns NaN when either value is NaN, so a NaN anywhere in the window gives NaN, as PyTorch's
            // rule does (a tap replaces the maximum when it is larger or NaN); branch-free.
            for (int i = 1; i < values.Count; i++)
            {
                w.Line($"{p}m = {code.MathClass}.Max({p}m, {values[i]});");
            }

            w.Line(Store($"{p}m"));
            return;
        }

        for (int i = 1; i < values.Count; i++)
        {
            w.Line($"{p}m = {Max(plan, bits, p + "m", values[i])};");
        }

        w.Line(Store($"{p}m"));
    }

    /// <summary>The lane-wise maximum, one instruction; a vector path runs only on an input without NaN (<c>KernelGuard.HasNaN</c>).
    /// A deterministic kernel takes IEEE 754's maximum (+0 above -0, as Math.Max) instead of the instruction's (the
    /// second operand of two zeros).</summary>
    internal static string Max(PoolPlan plan, int bits, string a, string b) =>
        $"{VectorCode.Vector(bits)}.{(plan.Target.HasNativeMinMax && !plan.Deterministic ? "MaxNative" : "Max")}({a}, {b})";

    /// <summary>The even (<paramref name="phase"/> 0) or odd columns of the pair <paramref name="lo"/>, <paramref name="hi"/>, in order (floats and doubles by shuffles, bytes by narrowing).</summary>
    private static string Phase(VectorCode code, int bits, string lo, string hi, int phase)
    {
        const string X86 = "global::System.Runtime.Intrinsics.X86.";
        bool single = code.Element == ElementType.Float;
        string even = phase == 0 ? "Even" : "Odd";
        if (code.Element is ElementType.Byte or ElementType.SByte)
        {
            // bytes: each pair of bytes as a ushort, its low (even) or high (odd) byte, narrowed back in order; any platform
            string v = VectorCode.Vector(bits);
            string Half(string x) => phase == 0 ? $"({v}.AsUInt16({x}) & {v}.Create((ushort)0xFF))" : $"{v}.ShiftRightLogical({v}.AsUInt16({x}), 8)";
            string narrowed = $"{v}.Narrow({Half(lo)}, {Half(hi)})";
            return code.Element == ElementType.Byte ? narrowed : $"{v}.AsSByte({narrowed})";
        }

        switch (bits)
        {
            case 512:
                int lanes = single ? 16 : 8;
                string indices = string.Join(", ", Enumerable.Range(0, lanes).Select(i => N((2 * i) + phase) + (single ? "" : "L")));
                return $"{X86}Avx512F.PermuteVar{(single ? "16x32x2" : "8x64x2")}({lo}, global::System.Runtime.Intrinsics.Vector512.Create({indices}), {hi})";
            case 256:
                const string V256 = "global::System.Runtime.Intrinsics.Vector256";
                return single
                    ? $"{V256}.AsSingle({X86}Avx2.Permute4x64({V256}.AsDouble({X86}Avx.Shuffle({lo}, {hi}, {(phase == 0 ? 136 : 221)})), 216))"
                    : $"{X86}Avx2.Permute4x64({X86}Avx.Unpack{(phase == 0 ? "Low" : "High")}({lo}, {hi}), 216)";
            default:
                string x86 = single ? $"{X86}Sse.Shuffle({lo}, {hi}, {(phase == 0 ? 136 : 221)})" : $"{X86}Sse2.Unpack{(phase == 0 ? "Low" : "High")}({lo}, {hi})";
                return $"({X86}{(single ? "Sse" : "Sse2")}.IsSupported ? {x86} : global::System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.Unzip{even}({lo}, {hi}))";
        }
    }

    /// <summary><c>start * scale + shift</c> as C#, folded when <paramref name="start"/> is a constant; never a negative term added to a nuint.</summary>
    private static string Affine(string start, int scale, long shift)
    {
        if (long.TryParse(start, NumberStyles.Integer, CultureInfo.InvariantCulture, out long constant))
        {
            return N((constant * scale) + shift);
        }

        string text = scale == 1 ? start : $"{start} * {N(scale)}";
        return shift == 0 ? text : shift > 0 ? $"{text} + {N(shift)}" : $"{text} - {N(-shift)}";
    }

    /// <summary>
    /// A maximum's start value, which any tap replaces: negative infinity, or an integer type's minimum (a byte or sbyte
    /// pooling's window with no tap in the image gives it, as the contract says).
    /// </summary>
    private static string Lowest(ElementType element) => element switch
    {
        ElementType.Byte => "(byte)0",
        ElementType.SByte => "(sbyte)-128",
        _ => VectorCode.Literal(double.NegativeInfinity, element),
    };

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
