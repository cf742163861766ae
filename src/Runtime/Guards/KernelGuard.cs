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
    /// <summary>Throws the <see cref="ArgumentException"/> for a span shorter than the kernel needs.</summary>
    /// <param name="paramName">The parameter's name as the user wrote it.</param>
    /// <param name="required">How many elements the kernel reads or writes.</param>
    /// <param name="actual">How many the span has.</param>
    // Not NoInlining: the JIT sees that a throw-only method never returns, so the kernel keeps no registers alive
    // across the call and lays the failure path out of line.
    [DoesNotReturn]
    public static void ThrowTooShort(string paramName, int required, int actual) =>
        throw new ArgumentException(
            $"The span '{paramName}' must hold at least {required} elements, but it holds {actual}.", paramName);

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
