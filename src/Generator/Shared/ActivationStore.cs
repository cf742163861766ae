using KernelGen.Generator.Model;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The store-with-activation epilogue every tiled kernel ends with: one accumulator (plus bias) stored once, with the
/// activation applied on the vector where it is a compare and select (Relu, Step), lane by lane through a small
/// stack buffer where it is a transcendental (Sigmoid, Tanh).
/// </summary>
internal static class ActivationStore
{
    /// <summary>Whether <paramref name="activation"/> is applied lane by lane (and needs <see cref="WriteLanes"/>'s buffer).</summary>
    public static bool IsLaneWise(ActivationKind activation) => activation is ActivationKind.Sigmoid or ActivationKind.Tanh;

    /// <summary>Whether the store needs a scratch local <c>{prefix}z</c> of the path's vector type.</summary>
    public static bool NeedsZ(ActivationKind activation, int bits) =>
        activation == ActivationKind.Relu || (bits == 0 && activation != ActivationKind.None);

    /// <summary>The lane buffer of a lane-wise activation on a vector path: <c>Span&lt;T&gt; {prefix}lanes</c>.</summary>
    public static void WriteLanes(IndentedWriter w, ActivationKind activation, int widestBits, int lanes, string t, string prefix)
    {
        if (IsLaneWise(activation) && widestBits != 0)
        {
            w.Line($"global::System.Span<{t}> {prefix}lanes = stackalloc {t}[{VectorCode.Number(lanes)}];");
        }
    }

    /// <summary>
    /// Stores one accumulator (vector or scalar) with the activation applied, writing each output once. A lane-wise
    /// activation is written lane by lane, unrolled, or with <paramref name="loopLanes"/> as a short loop over the
    /// lanes (for tiles with many accumulators, whose unrolled epilogue would dominate the method's size).
    /// </summary>
    public static void Write(IndentedWriter w, VectorCode code, ActivationKind activation, string z, string outRef, string at, int lanes, string prefix,
        bool loopLanes = false)
    {
        int bits = code.PathBits;
        if (bits == 0)
        {
            if (activation == ActivationKind.None)
            {
                w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref {outRef}, {at}) = {z};");
                return;
            }

            w.Line($"{prefix}z = {z};");
            w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref {outRef}, {at}) = {code.Activate(activation, prefix + "z")};");
            return;
        }

        string v = VectorCode.Vector(bits);
        string zero = code.Zero(bits);
        switch (activation)
        {
            case ActivationKind.None:
                w.Line($"{v}.StoreUnsafe({z}, ref {outRef}, {at});");
                break;
            case ActivationKind.Relu:
                w.Line($"{prefix}z = {z};");
                w.Line($"{v}.StoreUnsafe({v}.ConditionalSelect({v}.LessThan({prefix}z, {zero}), {zero}, {prefix}z), ref {outRef}, {at});");
                break;
            case ActivationKind.Step:
                w.Line($"{v}.StoreUnsafe({v}.ConditionalSelect({v}.GreaterThanOrEqual({z}, {zero}), {v}.Create({code.Literal(1)}), {zero}), ref {outRef}, {at});");
                break;
            default:
                // (the indexer, not MemoryMarshal.GetReference: a ReadyToRun image compiles it; the buffer's constant length drops the check)
                w.Line($"{v}.StoreUnsafe({z}, ref {prefix}lanes[0]);");
                if (loopLanes)
                {
                    string l = prefix + "l";
                    using (w.Block($"for (int {l} = 0; {l} < {VectorCode.Number(lanes)}; {l}++)"))
                    {
                        w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {outRef}, {at}), {l}) = {code.Activate(activation, $"{prefix}lanes[{l}]")};");
                    }

                    break;
                }

                for (int i = 0; i < lanes; i++)
                {
                    w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref {outRef}, {VectorCode.Offset(at, i)}) = {code.Activate(activation, $"{prefix}lanes[{i}]")};");
                }

                break;
        }
    }

}
