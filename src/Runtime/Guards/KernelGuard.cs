using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfOverlaps<T>(Span<T> output, int outputLength, string outputName,
        ReadOnlySpan<T> input, int inputLength, string inputName)
    {
        if (((ReadOnlySpan<T>)output.Slice(0, outputLength)).Overlaps(input.Slice(0, inputLength)))
        {
            ThrowOverlap(outputName, inputName);
        }
    }
}
