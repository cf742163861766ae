using System.Globalization;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The single store of an integer kernel's output, as the contract writes it: the exact sum plus the bias, then for an
/// <c>int</c> output that value, for a <c>float</c> output <c>float(acc) * scale</c>, for a <c>byte</c>/<c>sbyte</c>
/// output <c>clamp(round_half_even(float(acc) * scale) + OutputZeroPoint)</c>; <c>Relu</c> in the output's own terms.
/// One scalar expression, the same on every path, so every path stores the same values.
/// </summary>
internal static class IntegerStore
{
    /// <summary>
    /// The output value of the exact <c>int</c> sum <paramref name="acc"/> (bias included) as an expression of the output
    /// type; <paramref name="scale"/> is the scale's expression (a <c>float</c>) when the output has one.
    /// </summary>
    public static string Value(IntegerScheme scheme, ActivationKind activation, string acc, string? scale, VectorCode floatCode)
    {
        switch (scheme.Output)
        {
            case ElementType.Int32:
                return activation == ActivationKind.Relu ? $"global::System.Math.Max({acc}, 0)" : acc;
            case ElementType.Float:
                string y = $"(float){acc} * {scale}";
                return activation == ActivationKind.None ? y : floatCode.Activate(activation, $"({y})");
            default:
                (int min, int max) = IntegerScheme.RangeOf(scheme.Output);
                int low = activation == ActivationKind.Relu ? System.Math.Max(min, scheme.OutputZeroPoint) : min;
                string zp = scheme.OutputZeroPoint == 0 ? "" : $" + {N(scheme.OutputZeroPoint)}f";
                // MathF.Round rounds half to even; the clamp in float happens before the conversion, which then cannot overflow
                return $"({scheme.Output.Keyword()})global::System.Math.Clamp(global::System.MathF.Round((float){acc} * {scale}){zp}, {N(low)}f, {N(max)}f)";
        }
    }

    /// <summary>
    /// The same store for <paramref name="lanes"/> (16, 8 or 4) outputs at once, x64 (AVX-512F, AVX2 or SSE2): <paramref name="acc"/> a
    /// vector of exact sums (bias included), <paramref name="scale"/> a vector of multipliers, <paramref name="target"/>
    /// the first output (a <c>ref</c> expression). Every lane gets the bits <see cref="Value"/> gives: <c>VCVTDQ2PS</c>
    /// rounds to nearest even as <c>(float)acc</c> does, the one multiplication, the clamp in <c>float</c> before
    /// rounding (to integer bounds, so the same as after), and <c>VCVTPS2DQ</c>, which rounds by MXCSR: .NET leaves it
    /// at round-to-nearest-even, <c>MathF.Round</c>'s rule. Only <c>None</c> and <c>Relu</c> (<see cref="Vectorizes"/>).
    /// </summary>
    public static void WriteVector(IndentedWriter w, IntegerScheme scheme, ActivationKind activation, int lanes, string acc, string? scale, string target, string prefix)
    {
        string v = $"global::System.Runtime.Intrinsics.Vector{lanes * 32}";
        string p = prefix;
        w.Line($"{v}<int> {p}acc = {acc};");
        switch (scheme.Output)
        {
            case ElementType.Int32:
                w.Line($"{v}.StoreUnsafe({(activation == ActivationKind.Relu ? $"{v}.Max({p}acc, {v}<int>.Zero)" : $"{p}acc")}, {target});");
                return;
            case ElementType.Float:
                w.Line($"{v}<float> {p}y = {v}.ConvertToSingle({p}acc) * {scale};");
                if (activation == ActivationKind.Relu)
                {
                    // as the scalar z < 0 ? 0 : z
                    w.Line($"{p}y = {v}.ConditionalSelect({v}.LessThan({p}y, {v}<float>.Zero), {v}<float>.Zero, {p}y);");
                }

                w.Line($"{v}.StoreUnsafe({p}y, {target});");
                return;
            default:
                (int min, int max) = IntegerScheme.RangeOf(scheme.Output);
                int low = activation == ActivationKind.Relu ? System.Math.Max(min, scheme.OutputZeroPoint) : min;
                int zp = scheme.OutputZeroPoint;
                string round = "global::System.Runtime.Intrinsics.X86." + (lanes == 16 ? "Avx512F.ConvertToVector512Int32" : lanes == 8 ? "Avx.ConvertToVector256Int32" : "Sse2.ConvertToVector128Int32");
                w.Line($"{v}<float> {p}y = {v}.ConvertToSingle({p}acc) * {scale};");
                // the instructions themselves (MAXPS, MINPS: a NaN y comes through as y, as from Vector.Max and Min); Vector.Max
                // against 0 adds a VFIXUPIMMPS for the sign of zero, which the conversion does not see
                string isa = "global::System.Runtime.Intrinsics.X86." + (lanes == 16 ? "Avx512F" : lanes == 8 ? "Avx" : "Sse");
                w.Line($"{p}y = {isa}.Min({v}.Create({N(max - zp)}f), {isa}.Max({v}.Create({N(low - zp)}f), {p}y));");
                w.Line($"{v}<int> {p}q = {round}({p}y){(zp == 0 ? "" : $" + {v}.Create({N(zp)})")};");
                if (lanes == 16)
                {
                    // VPMOVDB: each int's low byte, which is the value (clamped to the output's range above)
                    string lowBytes = scheme.Output == ElementType.Byte ? "ConvertToVector128Byte" : "ConvertToVector128SByte";
                    w.Line($"global::System.Runtime.Intrinsics.Vector128.StoreUnsafe(global::System.Runtime.Intrinsics.X86.Avx512F.{lowBytes}({p}q), {target});");
                    return;
                }

                string half = scheme.Output == ElementType.Byte ? $"{v}.AsUInt16({v}.Narrow({p}q, {p}q))" : $"{v}.Narrow({p}q, {p}q)";
                string narrowed = $"{v}.AsByte({v}.Narrow({half}, {half}))";
                string bytes = scheme.Output.Keyword();

                w.Line($"{(lanes == 8 ? "ulong" : "uint")} {p}bytes = {v}.ToScalar({v}.{(lanes == 8 ? "AsUInt64" : "AsUInt32")}({narrowed}));");
                w.Line($"global::System.Runtime.CompilerServices.Unsafe.WriteUnaligned(ref global::System.Runtime.CompilerServices.Unsafe.As<{bytes}, byte>({target}), {p}bytes);");
                return;
        }
    }

    /// <summary>Whether <see cref="WriteVector"/> covers the kernel's output: every output but a <c>float</c> one through Sigmoid, Tanh or Step.</summary>
    public static bool Vectorizes(IntegerScheme scheme, ActivationKind activation) =>
        scheme.Output != ElementType.Float || activation is ActivationKind.None or ActivationKind.Relu;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
