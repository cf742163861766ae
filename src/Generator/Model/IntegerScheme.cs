namespace KernelGen.Generator.Model;

/// <summary>
/// An integer (quantized) kernel's numbers, as the contract's "Integer (quantized) kernels" defines them: activations
/// of type <see cref="Activations"/> (<c>byte</c> or <c>sbyte</c>) read as <c>x - InputZeroPoint</c>, <c>sbyte</c>
/// weights, an <c>int</c> bias, the exact 32-bit sum <c>acc</c>, and the output: <c>acc</c> itself (<c>int</c>),
/// requantized (<c>byte</c>/<c>sbyte</c>: <c>clamp(round_even(float(acc) * scale) + OutputZeroPoint)</c>) or
/// dequantized (<c>float(acc) * scale</c>). Read once from the signature and the attribute; part of the spec's equality.
/// </summary>
internal sealed record IntegerScheme(ElementType Activations, ElementType Output, int InputZeroPoint, int OutputZeroPoint)
{
    /// <summary>
    /// The most products one output may sum: <c>products * 255 * 128</c> must stay below 2^31, so that no sum of
    /// products, however the hardware groups them, can leave the 32-bit range (the contract's overflow rule).
    /// </summary>
    public const long MaxProducts = int.MaxValue / (255L * 128);

    /// <summary>A kernel whose output holds the activations' own values (a max pooling): no sums, no zero points.</summary>
    public bool Selects { get; init; }

    /// <summary>Whether the output is requantized to <c>byte</c>/<c>sbyte</c>.</summary>
    public bool Requantizes => !Selects && Output is ElementType.Byte or ElementType.SByte;

    /// <summary>Whether the kernel takes a <c>scale</c> (a requantized or dequantized output).</summary>
    public bool HasScale => Output != ElementType.Int32;

    /// <summary>
    /// What makes the activations unsigned for the u8 x s8 instructions (<c>VPDPBUSD</c>): <c>u = x</c> for <c>byte</c>,
    /// <c>u = x ^ 0x80 = x + 128</c> for <c>sbyte</c>; then <c>x - InputZeroPoint = u - UnsignedOffset</c>, and a sum of
    /// products is <c>sum(u * w) - UnsignedOffset * sum(w)</c>.
    /// </summary>
    public int UnsignedOffset => Activations == ElementType.SByte ? InputZeroPoint + 128 : InputZeroPoint;

    /// <summary>The type's range: <c>0..255</c> for <c>byte</c>, <c>-128..127</c> for <c>sbyte</c>.</summary>
    public static (int Min, int Max) RangeOf(ElementType type) => type == ElementType.Byte ? (0, 255) : (-128, 127);

    /// <summary>The scheme in a header line: <c>byte activations (zero point 3) x sbyte weights -&gt; int</c>.</summary>
    public string Describe()
    {
        if (Selects)
        {
            return $"{Activations.Keyword()} values in and out, each the exact maximum of its window (padding never wins)";
        }

        string output = Output switch
        {
            ElementType.Int32 => "int (the exact sum)",
            ElementType.Float => "float (dequantized: float(acc) * scale)",
            _ => $"{Output.Keyword()} (requantized: round_even(float(acc) * scale) + {OutputZeroPoint}, saturated)",
        };
        return $"{Activations.Keyword()} activations (zero point {InputZeroPoint}) x sbyte weights, exact int sums -> {output}";
    }

    /// <summary>The type of an operand of <paramref name="role"/> in a kernel of <paramref name="element"/> and <paramref name="scheme"/>.</summary>
    public static ElementType TypeOf(ParameterRole role, ElementType element, IntegerScheme? scheme)
    {
        if (scheme is null)
        {
            return element;
        }

        return role.Quantity switch
        {
            Quantity.Activation => scheme.Activations,
            Quantity.Weight => ElementType.SByte,
            Quantity.Bias => ElementType.Int32,
            Quantity.Scale or Quantity.Real => ElementType.Float,
            _ => scheme.Output,
        };
    }
}
