using System.Globalization;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The per-thread scratch buffers of generated kernels (a convolution's padded input copy, im2col columns, packed
/// panels, reordered filters), written the same way by every kind: a <c>[ThreadStatic]</c> <c>byte[]</c> field,
/// allocated zeroed and pinned on a thread's first call by the non-generic <c>KernelScratch.Allocate</c>, and read
/// through a <c>ref</c> of the element type from its first 64-byte boundary (<c>KernelScratch.Aligned</c>).
/// Non-generic on purpose: a ReadyToRun image holds no code for a runtime method's instantiation over a primitive
/// (<c>Allocate&lt;float&gt;</c>, <c>GC.AllocateArray&lt;float&gt;</c>), so the JIT compiled those at a kernel's
/// first call (measured: 0.3-0.6 ms of the 16x32x32 convolution's first call from an image).
/// </summary>
internal static class ScratchBuffers
{
    /// <summary>The field's declaration: <c>[ThreadStatic] private static byte[]? {field};</c>.</summary>
    public static void WriteField(IndentedWriter w, string field)
    {
        w.Line("[global::System.ThreadStatic]");
        w.Line($"private static byte[]? {field};");
    }

    /// <summary>
    /// The buffer of <paramref name="length"/> elements of <paramref name="type"/> (a C# keyword), allocated on the
    /// thread's first call: <c>byte[] {local} = {field} ??= KernelScratch.Allocate(bytes);</c>.
    /// </summary>
    public static void WriteAllocate(IndentedWriter w, string local, string field, long length, string type)
    {
        string bytes = type is "byte" or "sbyte"
            ? length.ToString(CultureInfo.InvariantCulture)
            : $"{length.ToString(CultureInfo.InvariantCulture)} * sizeof({type})";
        w.Line($"byte[] {local} = {field} ??= global::KernelGen.KernelScratch.Allocate({bytes});");
    }

    /// <summary>The first element of the buffer <paramref name="array"/> at a 64-byte boundary, as a <c>ref {type}</c> expression (without the leading <c>ref</c>).</summary>
    public static string Aligned(string array, string type) => type == "byte"
        ? $"global::KernelGen.KernelScratch.Aligned({array})"
        : $"global::System.Runtime.CompilerServices.Unsafe.As<byte, {type}>(ref global::KernelGen.KernelScratch.Aligned({array}))";
}
