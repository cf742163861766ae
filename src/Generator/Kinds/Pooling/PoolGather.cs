using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.Pooling;

/// <summary>
/// The gather path of a small integer max pooling (<see cref="PoolPlan.GatherBlock"/>): the output as blocks of
/// 16, 32 or 64 consecutive bytes (across rows and channels), each block's taps one <c>VPERMT2B</c> (AVX512-VBMI) of a
/// 64-byte window of the input with constant indices (computed by the generator; a tap in the padding picks the type's
/// least value, which never wins) and one maximum. The rows of a small plane (the digits' 8 and 4 bytes) are shorter
/// than any vector, so the row paths ran one output at a time.
/// </summary>
internal static class PoolGather
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    private const string V512 = "global::System.Runtime.Intrinsics.Vector512";

    /// <summary>Permutes at most (blocks x taps): each is one unrolled statement.</summary>
    public const int MaxPermutes = 256;

    /// <summary>
    /// The outputs per block: for bytes the widest of 64, 32 and 16 whose every block reads one window; for floats 16
    /// (one vector), when every block reads one window of 64 floats and no tap is in the padding; or 0 (no gather path).
    /// </summary>
    public static int BlockFor(PoolSpec spec, TargetInfo target)
    {
        if (spec.Op != PoolOp.Max || !target.HasVector512 || spec.InputLength < 64)
        {
            return 0;
        }

        if (spec.Element == ElementType.Float)
        {
            return spec.OutputLength >= FloatLanes && Blocks(spec, FloatLanes) * (long)spec.Taps <= MaxPermutes && Gathers(spec, FloatLanes) is { } blocks
                && blocks.All(b => b.Taps.All(tap => tap.Take(FloatLanes).All(i => i < 64)))
                ? FloatLanes : 0;
        }

        if (spec.Element is not (ElementType.Byte or ElementType.SByte))
        {
            return 0;
        }

        foreach (int block in new[] { 64, 32, 16 })
        {
            if (spec.OutputLength >= block && Blocks(spec, block) * (long)spec.Taps <= MaxPermutes && Gathers(spec, block) is not null)
            {
                return block;
            }
        }

        return 0;
    }

    /// <summary>Outputs per block of a float gather: one Vector512.</summary>
    public const int FloatLanes = 16;

    public static int Blocks(PoolSpec spec, int block) => (int)((spec.OutputLength + block - 1) / block);

    /// <summary>Block <paramref name="b"/>'s first output (the last block overlaps the one before).</summary>
    public static int Start(PoolSpec spec, int block, int b) => (int)System.Math.Min((long)b * block, spec.OutputLength - block);

    /// <summary>
    /// Per block, its window's start in the input and per tap 64 indices into the window (64: the least value), or null
    /// when a block's taps do not fit one window. The window is 64 elements: 64 bytes, or 4 vectors of floats (whose
    /// gathers need every index under 64: no tap in the padding).
    /// </summary>
    public static IReadOnlyList<(int Window, byte[][] Taps)>? Gathers(PoolSpec spec, int block)
    {
        int plane = spec.OutHeight * spec.OutWidth, inPlane = spec.Height * spec.Width;
        var blocks = new List<(int, byte[][])>();
        for (int b = 0; b < Blocks(spec, block); b++)
        {
            int first = Start(spec, block, b);
            var sources = new int[spec.Taps][];
            for (int tap = 0; tap < spec.Taps; tap++)
            {
                int ky = tap / spec.KernelWidth, kx = tap % spec.KernelWidth;
                sources[tap] = Enumerable.Repeat(ByteGathers.Fill0, 64).ToArray(); // the least value
                for (int lane = 0; lane < block; lane++)
                {
                    int o = first + lane, c = o / plane, oy = o % plane / spec.OutWidth, ox = o % spec.OutWidth;
                    int iy = (oy * spec.StrideY) - spec.PaddingY + (ky * spec.DilationY);
                    int ix = (ox * spec.StrideX) - spec.PaddingX + (kx * spec.DilationX);
                    if (iy >= 0 && iy < spec.Height && ix >= 0 && ix < spec.Width)
                    {
                        sources[tap][lane] = (c * inPlane) + (iy * spec.Width) + ix;
                    }
                }
            }

            if (ByteGathers.Window(sources.SelectMany(s => s), spec.InputLength) is not { } window)
            {
                return null;
            }

            blocks.Add((window, sources.Select(s => s.Select(x => ByteGathers.Index(x, window)).ToArray()).ToArray()));
        }

        return blocks;
    }

    private static string IndexData(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Gather";

    public static void WritePlanLine(IndentedWriter w, PoolPlan plan)
    {
        PoolSpec spec = plan.Spec;
        int blocks = Blocks(spec, plan.GatherBlock);
        if (spec.Element == ElementType.Float)
        {
            w.Line($"//   Gather     blocks of 16 outputs across rows and channels, each tap one VPERMT2PS (AVX-512) of a window of 4 vectors of the input (or two and a select) and one maximum: {blocks * spec.Taps} taps (an input without NaN)");
            return;
        }

        w.Line($"//   Gather     blocks of {plan.GatherBlock} outputs across rows and channels, each tap one VPERMT2B (AVX512-VBMI) of a 64-byte window of the input and one maximum: {blocks * spec.Taps} permutes (where the machine has AVX512-VBMI)");
    }

    public static void WriteMembers(IndentedWriter w, PoolPlan plan, MethodInfo method)
    {
        IReadOnlyList<(int Window, byte[][] Taps)> gathers = Gathers(plan.Spec, plan.GatherBlock)!;
        if (plan.Spec.Element == ElementType.Float)
        {
            int[] lanes = gathers.SelectMany(g => g.Taps.SelectMany(t => t.Take(FloatLanes).Select(i => (int)i))).ToArray();
            w.Line($"// {method.Name}'s gathers: per block and tap, 16 indices into the block's window of 64 floats of the input.");
            KernelFileWriter.WriteData(w, IndexData(method), ElementType.Int32, lanes.Length, i => lanes[i]);
            w.Line();
            return;
        }

        byte[] indices = gathers.SelectMany(g => g.Taps.SelectMany(t => t)).ToArray();
        w.Line($"// {method.Name}'s gathers: per block and tap, 64 indices into the block's window of the input (64: the least value).");
        KernelFileWriter.WriteData(w, IndexData(method), ElementType.Byte, indices.Length, i => indices[i]);
        w.Line();
    }

    /// <summary>
    /// Floats: <c>if (Avx512F.IsSupported &amp;&amp; {guard}) { every block; return; }</c>. Each block loads the (up to) 4
    /// vectors of its window; each tap is one <c>VPERMT2PS</c> of the pair its indices fall in, or of both pairs and a
    /// select, and one maximum (the row paths' maximum: the same result, and the same NaN check before it).
    /// </summary>
    public static void WriteFloats(IndentedWriter w, PoolPlan plan, MethodInfo method, string guard)
    {
        PoolSpec spec = plan.Spec;
        string p = method.LocalPrefix;
        const string X86 = "global::System.Runtime.Intrinsics.X86.Avx512F";
        IReadOnlyList<(int Window, byte[][] Taps)> gathers = Gathers(spec, FloatLanes)!;
        using (w.Block($"if ({X86}.IsSupported && {guard})"))
        {
            w.Line("// blocks of 16 outputs: per tap, the window's floats that tap reads, permuted into the outputs' order; their maximum");
            w.Line($"ref int {p}indices = ref {KernelFileWriter.SpanStart(plan.Target, IndexData(method))};");
            w.Line($"{V512}<float> {p}w0, {p}w1, {p}w2, {p}w3, {p}m;");
            w.Line($"{V512}<int> {p}i;");
            int at = 0;
            for (int b = 0; b < gathers.Count; b++)
            {
                (int window, byte[][] taps) = gathers[b];
                bool low = taps.Any(t => t.Take(FloatLanes).Any(i => i < 32)), high = taps.Any(t => t.Take(FloatLanes).Any(i => i >= 32));
                for (int v = 0; v < 4; v++)
                {
                    if ((v < 2 && low) || (v >= 2 && high))
                    {
                        w.Line($"{p}w{v} = {V512}.LoadUnsafe(ref {p}input, {N(window + (16 * v))});");
                    }
                }

                for (int tap = 0; tap < taps.Length; tap++, at += FloatLanes)
                {
                    byte[] lanes = taps[tap].Take(FloatLanes).ToArray();
                    w.Line($"{p}i = {V512}.LoadUnsafe(ref {p}indices, {N(at)});");
                    string lo = $"{X86}.PermuteVar16x32x2({p}w0, {p}i, {p}w1)", hi = $"{X86}.PermuteVar16x32x2({p}w2, {p}i, {p}w3)";
                    string gathered = lanes.All(i => i < 32) ? lo
                        : lanes.All(i => i >= 32) ? hi
                        : $"{V512}.ConditionalSelect({V512}.AsSingle({V512}.GreaterThan({p}i, {V512}.Create(31))), {hi}, {lo})";
                    w.Line(tap == 0 ? $"{p}m = {gathered};" : $"{p}m = {PoolEmitter.Max(plan, 512, p + "m", gathered)};");
                }

                w.Line($"{V512}.StoreUnsafe({p}m, ref {p}output, {N(Start(spec, FloatLanes, b))});");
            }

            w.Line("return;");
        }
    }

    /// <summary><c>if (Avx512Vbmi.IsSupported) { every block; return; }</c>: a constant to the JIT, which keeps this path alone where it runs.</summary>
    public static void Write(IndentedWriter w, PoolPlan plan, MethodInfo method)
    {
        PoolSpec spec = plan.Spec;
        string p = method.LocalPrefix, t = spec.Element.Keyword();
        int block = plan.GatherBlock;
        IReadOnlyList<(int Window, byte[][] Taps)> gathers = Gathers(spec, block)!;
        using (w.Block("if (global::System.Runtime.Intrinsics.X86.Avx512Vbmi.IsSupported)"))
        {
            w.Line($"// blocks of {block} outputs: per tap, the window's bytes that tap reads, permuted into the outputs' order; their maximum");
            string indices = KernelFileWriter.SpanStart(plan.Target, IndexData(method));
            w.Line($"ref {t} {p}indices = ref {(t == "byte" ? indices : $"{Unsafe}.As<byte, {t}>(ref {indices})")};");
            string least = spec.Element == ElementType.Byte ? "byte.MinValue" : "sbyte.MinValue";
            w.Line($"{V512}<{t}> {p}least = {V512}.Create({least}), {p}window, {p}m;");
            string store = block switch
            {
                64 => $"{V512}.StoreUnsafe({p}m, ref {p}output, {{0}});",
                32 => $"global::System.Runtime.Intrinsics.Vector256.StoreUnsafe({V512}.GetLower({p}m), ref {p}output, {{0}});",
                _ => $"global::System.Runtime.Intrinsics.Vector128.StoreUnsafe(global::System.Runtime.Intrinsics.Vector256.GetLower({V512}.GetLower({p}m)), ref {p}output, {{0}});",
            };
            int at = 0;
            for (int b = 0; b < gathers.Count; b++)
            {
                w.Line($"{p}window = {V512}.LoadUnsafe(ref {p}input, {N(gathers[b].Window)});");
                for (int tap = 0; tap < spec.Taps; tap++, at += 64)
                {
                    string permuted = ByteGathers.Permute(p + "window", $"{V512}.LoadUnsafe(ref {p}indices, {N(at)})", p + "least");
                    w.Line(tap == 0 ? $"{p}m = {permuted};" : $"{p}m = {V512}.Max({p}m, {permuted});");
                }

                w.Line(string.Format(CultureInfo.InvariantCulture, store, N(Start(spec, block, b))));
            }

            w.Line("return;");
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
