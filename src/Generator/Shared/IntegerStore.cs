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

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
