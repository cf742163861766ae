using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The vector-width ladder, written once: which widths a kernel gets a path for (Vector512, Vector256, Vector128,
/// scalar), the budget of each, and the code that tries them widest first, each in its hardware check (the JIT folds
/// the checks to constants and keeps one path), the scalar path last.
/// </summary>
internal static class VectorPaths
{
    /// <summary>A Vector512 path is emitted only when the reduction has at least this many full 512-bit vectors;
    /// below it, the Vector256 path (taken on the same hardware) has less fixed cost.</summary>
    public const int MinVector512Vectors = 2;

    /// <summary>
    /// Unroll budget of the scalar path when vector paths exist. It is the fallback for hardware without any SIMD (every
    /// x64 and Arm64 machine takes a vector path), yet its IL counts against the JIT's size limit as much as the others':
    /// it gets a small loop body instead of a long unrolled one.
    /// </summary>
    public const int FallbackScalarBudget = 64;

    /// <summary>The vector widths worth a path for a reduction of <paramref name="length"/>, widest first, ending with 0 (scalar).</summary>
    public static IEnumerable<int> ReductionWidths(ElementType element, int length, TargetInfo target)
    {
        if (target.HasVector512 && length >= MinVector512Vectors * ReductionPlan.LanesOf(512, element))
        {
            yield return 512;
        }

        foreach (int bits in new[] { 256, 128 })
        {
            if (length >= ReductionPlan.LanesOf(bits, element))
            {
                yield return bits;
            }
        }

        yield return 0;
    }

    /// <summary>
    /// The widths whose vector fits in a row of <paramref name="width"/> elements (vectorized along that row, with an
    /// overlapping last vector), widest first, ending with 0 (scalar).
    /// </summary>
    public static IEnumerable<int> RowWidths(ElementType element, int width, TargetInfo target)
    {
        foreach (int bits in new[] { 512, 256, 128, 0 })
        {
            if ((bits != 512 || target.HasVector512) && ReductionPlan.LanesOf(bits, element) <= width)
            {
                yield return bits;
            }
        }
    }

    /// <summary>The budget of the path of <paramref name="bits"/> (0: scalar) when the kernel has a vector path or not.</summary>
    public static int PathBudget(int bits, bool hasVectorPath, int budget) =>
        bits == 0 && hasVectorPath ? System.Math.Min(budget, FallbackScalarBudget) : budget;

    /// <summary>Writes each path in its <c>if</c> (the scalar path last, unguarded); <paramref name="writePath"/> writes
    /// one path's body, which ends in a return. A path's check is <see cref="VectorCode.PathCondition"/> unless
    /// <paramref name="conditionOf"/> gives its own (a path that needs particular instructions); <paramref name="onlyScalar"/>
    /// says why a kernel has no vector path. <paramref name="vectorGuard"/> is a run-time condition every vector path
    /// needs (else the scalar path runs): it goes in one <c>if</c> around the vector paths, not into each check, so that
    /// each check stays a constant to the JIT, which then compiles only the path it keeps. (Inside the checks it made
    /// the JIT compile all four paths: the 64x56x56 max pooling's first call spent 18-22 ms in the JIT.)</summary>
    public static void Write<TPath>(IndentedWriter w, KernelPlan plan, IReadOnlyList<TPath> paths, System.Func<TPath, int> bitsOf,
        System.Action<VectorCode, TPath> writePath, ElementType element, System.Func<VectorCode, TPath, string>? conditionOf = null,
        string onlyScalar = "too few elements for the narrowest vector", string? vectorGuard = null)
    {
        System.IDisposable? guarded = null;
        foreach (TPath path in paths)
        {
            int bits = bitsOf(path);
            var code = new VectorCode(element, plan.Target, bits, plan.Deterministic);
            if (bits == 0 && guarded is not null)
            {
                guarded.Dispose();
                guarded = null;
            }

            w.Line();
            if (bits != 0 && vectorGuard is not null && guarded is null)
            {
                guarded = w.Block($"if ({vectorGuard})");
            }

            if (bits == 0)
            {

                w.Line(paths.Count == 1
                    ? $"// Scalar path: {onlyScalar}, so this is the only path."
                    : "// Scalar path: no vector hardware.");
                using (w.Block())
                {
                    writePath(code, path);
                }

                continue;
            }

            using (w.Block($"if ({conditionOf?.Invoke(code, path) ?? code.PathCondition()})"))
            {
                writePath(code, path);
            }
        }

        guarded?.Dispose();
    }
}
