using System.Collections.Generic;
using System.Linq;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The byte gathers of small integer kernels (a convolution's columns, a max pooling's blocks): 64 lanes, each a byte
/// of one 64-byte window of the input or a fill value, one <c>VPERMT2B</c> (AVX512-VBMI) with indices the generator
/// computes. A source is an offset in the input, or <see cref="Fill0"/> / <see cref="Fill1"/>: the first or second
/// byte of the fill vector (index 64 or 65).
/// </summary>
internal static class ByteGathers
{
    public const int Fill0 = -1;

    public const int Fill1 = -2;

    /// <summary>The start of the 64-byte window (inside an input of <paramref name="inputLength"/> bytes) that holds every source, or null when none does.</summary>
    public static int? Window(IEnumerable<int> sources, long inputLength)
    {
        int[] real = sources.Where(s => s >= 0).ToArray();
        if (real.Length == 0)
        {
            return 0;
        }

        int start = (int)System.Math.Min(real.Min(), inputLength - 64);
        return real.Max() - start < 64 ? start : null;
    }

    /// <summary>A source's index: into the window at <paramref name="start"/>, or 64 + n for the fill's byte n.</summary>
    public static byte Index(int source, int start) => (byte)(source >= 0 ? source - start : 63 - source);

    /// <summary>The permute: <paramref name="window"/>'s bytes and <paramref name="fill"/>'s, picked by <paramref name="indices"/>.</summary>
    public static string Permute(string window, string indices, string fill) =>
        $"global::System.Runtime.Intrinsics.X86.Avx512Vbmi.PermuteVar64x8x2({window}, {indices}, {fill})";
}
