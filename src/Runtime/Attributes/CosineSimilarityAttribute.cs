using System;

namespace KernelGen;

/// <summary>
/// Generates the body of a <c>static partial</c> method that returns the cosine similarity of its two spans over
/// exactly <see cref="Length"/> elements: <c>(x . y) / (sqrt(x . x) * sqrt(y . y))</c>, as
/// <c>TensorPrimitives.CosineSimilarity</c> defines it (NaN when either vector is all zeros). The three sums are
/// accumulated together in one pass over the two vectors.
/// </summary>
/// <example>
/// <code>
/// [CosineSimilarity(384)]
/// public static partial float Similarity(ReadOnlySpan&lt;float&gt; x, ReadOnlySpan&lt;float&gt; y);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CosineSimilarityAttribute : Attribute
{
    /// <summary>Declares a cosine similarity over <paramref name="length"/> elements.</summary>
    /// <param name="length">The number of elements of each vector; at least 1.</param>
    public CosineSimilarityAttribute(int length) => Length = length;

    /// <summary>The number of elements of each vector.</summary>
    public int Length { get; }

    /// <summary>
    /// The most multiply-adds one unrolled block may hold before the generator puts a loop around it
    /// (0, the default, takes the project's <c>KernelGenUnrollBudget</c>, else 256).
    /// </summary>
    public int UnrollBudget { get; set; }

    /// <summary>
    /// The same inputs give the same bits on every path the kernel has (Vector512, Vector256, Vector128, scalar; x64 and
    /// Arm64), at every JIT tier and under NativeAOT: one fixed order of every sum, fused multiply-adds on every path.
    /// Default: the project's <c>KernelGenDeterministic</c> property, else false.
    /// </summary>
    public bool Deterministic { get; set; }

    /// <summary>
    /// The most threads one call may use, the calling thread included: 1 (the default: the project's
    /// <c>KernelGenThreads</c>, else 1) runs on the calling thread, 0 on as many as the machine has. The generator
    /// splits the outputs into parts at compile time (see the file's header) and a kernel whose work is too small to
    /// gain runs on one thread; <see cref="KernelThreads.Limit"/> caps every call at run time. The result is
    /// bit-identical for every thread count.
    /// </summary>
    public int Threads { get; set; } = 1;
}
