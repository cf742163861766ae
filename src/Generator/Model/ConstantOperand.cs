using System;

namespace KernelGen.Generator.Model;

/// <summary>
/// The values of a role given at compile time (<c>Weights = nameof(Filter)</c>): the role, the member they were read
/// from, and each element's bits as a <c>double</c> (the element type's value, widened exactly). Bits, not values,
/// so that equality tells <c>-0.0</c> from <c>0.0</c> and every NaN apart: changing any value regenerates the kernel.
/// </summary>
internal sealed record ConstantOperand(string Role, string Member, EquatableArray<long> Bits)
{
    public int Length => Bits.Count;

    public double this[int index] => BitConverter.Int64BitsToDouble(Bits[index]);

    public static ConstantOperand From(string role, string member, double[] values) =>
        new(role, member, Array.ConvertAll(values, BitConverter.DoubleToInt64Bits).ToEquatableArray());
}
