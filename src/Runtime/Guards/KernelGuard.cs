using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KernelGen;

/// <summary>
/// Argument checks called by generated kernels. Not meant to be called by hand: kept small, allocation-free on the
/// success path, and out of line on the failure path so that the kernels stay short.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KernelGuard
{
    /// <summary>The <see cref="ArgumentException"/> for a span shorter than the kernel needs.</summary>
    /// <param name="paramName">The parameter's name as the user wrote it.</param>
    /// <param name="required">How many elements the kernel reads or writes.</param>
    /// <param name="actual">How many the span has.</param>
    /// <remarks>Generated kernels throw it from a throw-only local function that takes the span lengths: the JIT sees
    /// that such a call never returns, so the kernel keeps no register alive for its failure path.</remarks>
    public static ArgumentException TooShort(string paramName, int required, int actual) =>
        new($"The span '{paramName}' must hold at least {required} elements, but it holds {actual}.", paramName);

    /// <summary>Throws <see cref="TooShort"/>'s exception.</summary>
    /// <param name="paramName">The parameter's name as the user wrote it.</param>
    /// <param name="required">How many elements the kernel reads or writes.</param>
    /// <param name="actual">How many the span has.</param>
    [DoesNotReturn]
    public static void ThrowTooShort(string paramName, int required, int actual) =>
        throw TooShort(paramName, required, actual);

    /// <summary>Throws the <see cref="ArgumentException"/> for an output that overlaps an input.</summary>
    /// <param name="outputName">The output parameter's name as the user wrote it.</param>
    /// <param name="inputName">The input parameter's name as the user wrote it.</param>
    [DoesNotReturn]
    public static void ThrowOverlap(string outputName, string inputName) =>
        throw new ArgumentException(
            $"The output span '{outputName}' overlaps the input span '{inputName}'; pass separate buffers (neighbouring slices are fine).",
            outputName);

    /// <summary>
    /// Throws when the first <paramref name="outputLength"/> elements of <paramref name="output"/> share memory with the
    /// first <paramref name="inputLength"/> elements of <paramref name="input"/>. Both spans are known to be long enough.
    /// </summary>
    /// <remarks>
    /// One unsigned compare on the byte distance d from the input's start to the output's: the two share memory when
    /// -outputBytes &lt; d &lt; inputBytes. (<see cref="MemoryExtensions.Overlaps{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>
    /// says the same, but in a call the JIT does not inline, in every kernel with an output.) The lengths are the
    /// kernel's constants, so the JIT folds everything but the subtraction and the compare.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfOverlaps<TOut, TIn>(Span<TOut> output, int outputLength, string outputName,
        ReadOnlySpan<TIn> input, int inputLength, string inputName)
    {
        nint distance = Unsafe.ByteOffset(ref Unsafe.As<TIn, byte>(ref MemoryMarshal.GetReference(input)), ref Unsafe.As<TOut, byte>(ref MemoryMarshal.GetReference(output)));
        nint outputBytes = (nint)outputLength * Unsafe.SizeOf<TOut>();
        nint inputBytes = (nint)inputLength * Unsafe.SizeOf<TIn>();
        if (outputLength > 0 && inputLength > 0 && (nuint)(distance + outputBytes - 1) < (nuint)(inputBytes + outputBytes - 1))
        {
            ThrowOverlap(outputName, inputName);
        }
    }

    /// <summary>
    /// Whether any of the first <paramref name="length"/> values is NaN. A max pooling's vector paths use one-instruction
    /// maxima, which drop a NaN operand on x64; with a NaN in its input the kernel takes its scalar path instead, whose
    /// <see cref="Math.Max(double, double)"/> keeps it. Four vectors are added per compare: their sum is NaN when one of
    /// them is (or when infinities of both signs meet: then the scalar path runs, which is right either way).
    /// Optimized from its first call, like the kernels that call it: as tier-0 code (a call per vector operation) the
    /// pass over a 64x56x56 input took 1.6-1.9 ms for its first 30 calls, against 15 µs optimized.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool HasNaN<T>(ReadOnlySpan<T> values, int length)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> span = values.Slice(0, length);
        int i = 0;
        if (System.Numerics.Vector.IsHardwareAccelerated && span.Length >= System.Numerics.Vector<T>.Count)
        {
            ReadOnlySpan<System.Numerics.Vector<T>> vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<T, System.Numerics.Vector<T>>(span);
            var numbers = System.Numerics.Vector<byte>.AllBitsSet;
            int v = 0;
            for (; v + 4 <= vectors.Length; v += 4)
            {
                System.Numerics.Vector<T> sum = (vectors[v] + vectors[v + 1]) + (vectors[v + 2] + vectors[v + 3]);
                numbers &= System.Numerics.Vector.AsVectorByte(System.Numerics.Vector.Equals(sum, sum));
            }

            for (; v < vectors.Length; v++)
            {
                numbers &= System.Numerics.Vector.AsVectorByte(System.Numerics.Vector.Equals(vectors[v], vectors[v]));
            }

            if (numbers != System.Numerics.Vector<byte>.AllBitsSet)
            {
                return true;
            }

            i = vectors.Length * System.Numerics.Vector<T>.Count;
        }

        for (; i < span.Length; i++)
        {
            if (T.IsNaN(span[i]))
            {
                return true;
            }
        }

        return false;
    }
}
