using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The instructions an integer reduction's path multiplies with; each is exact (no product or pair sum can leave its
/// type under the contract's overflow rule) and each path is chosen by what the hardware has.
/// </summary>
internal enum IntegerProduct
{
    /// <summary>A floating-point reduction.</summary>
    None,

    /// <summary>One product at a time in <c>int</c>.</summary>
    Scalar,

    /// <summary>
    /// Portable (Vector128, every platform with vectors): both operands widened to <c>short</c>, multiplied in
    /// <c>short</c> (|(x - zp) * w| &lt;= 255 * 128 = 32640 fits), the products widened to <c>int</c> and added.
    /// </summary>
    Widening,

    /// <summary>
    /// <c>VPMADDWD</c> (<c>Avx512BW</c>/<c>Avx2.MultiplyAddAdjacent</c>): both operands widened to <c>short</c>, pairs of
    /// products summed into <c>int</c> lanes, exact. (Never <c>VPMADDUBSW</c>, whose pair sum saturates at 32767.)
    /// </summary>
    MultiplyAddAdjacent,

    /// <summary>
    /// <c>VPDPBUSD</c> (<c>AvxVnni.MultiplyWideningAndAdd</c>): u8 x s8 products, four summed into each <c>int</c> lane
    /// and added to it, exact. Activations become unsigned (<see cref="IntegerScheme.UnsignedOffset"/>), and the offset
    /// times the weights' sum (found with the same instruction against ones) is taken off at the end.
    /// </summary>
    DotProduct,

    /// <summary>
    /// <c>SDOT</c> (Arm64 <c>Dp.DotProduct</c>): s8 x s8 products, four summed into each <c>int</c> lane and added to it,
    /// exact. Activations become signed (<see cref="IntegerReductionPlanner.Offset"/>: <c>byte</c> ones less 128), and the
    /// offset times the weights' sum (found with the same instruction against ones) is taken off at the end; an
    /// <c>sbyte</c> kernel with zero point 0 (a cosine) needs no offset at all.
    /// </summary>
    SignedDotProduct,
}

/// <summary>Plans an integer reduction's paths: which instructions at which width, widest and fastest first.</summary>
internal static class IntegerReductionPlanner
{
    /// <summary>The paths worth writing for a reduction of <paramref name="length"/> bytes, ending with the scalar one.</summary>
    public static IEnumerable<(IntegerProduct Product, int Bits)> Paths(int length, TargetInfo target)
    {
        if (target.HasAvxVnni && length >= 16)
        {
            yield return (IntegerProduct.DotProduct, length >= 32 ? 256 : 128);
        }

        if (target.HasVector512 && length >= VectorPaths.MinVector512Vectors * 64)
        {
            yield return (IntegerProduct.MultiplyAddAdjacent, 512);
        }

        if (length >= 32)
        {
            yield return (IntegerProduct.MultiplyAddAdjacent, 256);
        }

        if (target.HasArmDot && length >= 16)
        {
            yield return (IntegerProduct.SignedDotProduct, 128);
        }

        if (length >= 16)
        {
            yield return (IntegerProduct.Widening, 128);
        }

        yield return (IntegerProduct.Scalar, 0);
    }

    /// <summary>Each path of <see cref="Paths"/> with its unroll budget (the scalar fallback's small one when vector paths exist).</summary>
    public static IEnumerable<(IntegerProduct Product, int Bits, int Budget)> Ladder(int length, TargetInfo target, int budget)
    {
        var paths = new List<(IntegerProduct, int)>(Paths(length, target));
        foreach ((IntegerProduct product, int bits) in paths)
        {
            yield return (product, bits, VectorPaths.PathBudget(bits, paths.Count > 1, budget));
        }
    }

    /// <summary>
    /// Every path's reduction of <paramref name="length"/> bytes for <paramref name="sums"/> sums (a dot product's, a
    /// cosine's) over activations of <paramref name="activations"/> with <paramref name="zeroPoint"/>.
    /// </summary>
    public static EquatableArray<ReductionPlan> PlanPaths(int length, int sums, TargetInfo target, int budget, ElementType activations, int zeroPoint)
    {
        var plans = new List<ReductionPlan>();
        foreach ((IntegerProduct product, int bits, int pathBudget) in Ladder(length, target, budget))
        {
            plans.Add(Plan(product, bits, length, sums, pathBudget, Offset(product, activations, zeroPoint) != 0));
        }

        return plans.ToEquatableArray();
    }

    /// <summary>
    /// One path's reduction of <paramref name="length"/> bytes for <paramref name="sums"/> sums per step: 8 accumulator
    /// chains in all, half of them for the weights' sums when the path needs them (<paramref name="corrected"/>).
    /// </summary>
    public static ReductionPlan Plan(IntegerProduct product, int bits, int length, int sums, int budget, bool corrected)
    {
        int chains = bits == 0 ? 4 : corrected && IsByteDot(product) ? 4 : ReductionPlanner.TargetChains;
        return ReductionPlanner.Plan(ElementType.SByte, bits, length, sums, budget, chains) with { Product = product };
    }

    /// <summary>Whether <paramref name="product"/> multiplies bytes four at a time (<c>VPDPBUSD</c>, <c>SDOT</c>) and so reads the activations with an offset.</summary>
    public static bool IsByteDot(IntegerProduct product) => product is IntegerProduct.DotProduct or IntegerProduct.SignedDotProduct;

    /// <summary>
    /// What the activations of <paramref name="type"/> with <paramref name="zeroPoint"/> carry on <paramref name="product"/>'s
    /// path: <c>x - zeroPoint = t - offset</c> for the transformed bytes <c>t</c> it reads, so that a sum of products is
    /// <c>sum(t * w) - offset * sum(w)</c>; 0 for the paths that read <c>x - zeroPoint</c> as it is.
    /// </summary>
    public static int Offset(IntegerProduct product, ElementType type, int zeroPoint) => product switch
    {
        IntegerProduct.DotProduct => type == ElementType.SByte ? zeroPoint + 128 : zeroPoint, // u = x ^ 0x80 = x + 128 for sbyte
        IntegerProduct.SignedDotProduct => type == ElementType.Byte ? zeroPoint - 128 : zeroPoint, // s = x ^ 0x80 = x - 128 for byte
        _ => 0,
    };

    /// <summary>Whether <paramref name="product"/>'s path needs each weight row's sum for <paramref name="scheme"/>'s activations.</summary>
    public static bool Corrects(IntegerProduct product, IntegerScheme scheme) => Offset(product, scheme.Activations, scheme.InputZeroPoint) != 0;

    /// <summary>The path's check; the JIT folds it to a constant.</summary>
    public static string Condition(ReductionPlan plan) => plan.Product switch
    {
        IntegerProduct.DotProduct => "global::System.Runtime.Intrinsics.X86.AvxVnni.IsSupported",
        IntegerProduct.MultiplyAddAdjacent when plan.Bits == 512 => "global::System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated && global::System.Runtime.Intrinsics.X86.Avx512BW.IsSupported",
        IntegerProduct.MultiplyAddAdjacent => "global::System.Runtime.Intrinsics.X86.Avx2.IsSupported",
        IntegerProduct.SignedDotProduct => "global::System.Runtime.Intrinsics.Arm.Dp.IsSupported",
        IntegerProduct.Widening => "global::System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated",
        _ => "true",
    };

    /// <summary>The path's name in headers: <c>AvxVnni256</c>, <c>Avx512BW</c>, <c>Avx2</c>, <c>ArmDp</c>, <c>Vector128</c>, <c>Scalar</c>.</summary>
    public static string PathName(ReductionPlan plan) => plan.Product switch
    {
        IntegerProduct.DotProduct => "AvxVnni" + plan.Bits,
        IntegerProduct.SignedDotProduct => "ArmDp",
        IntegerProduct.MultiplyAddAdjacent => plan.Bits == 512 ? "Avx512BW" : "Avx2",
        IntegerProduct.Widening => "Vector128",
        _ => "Scalar",
    };

    /// <summary>The plan in words, for headers.</summary>
    public static string Describe(ReductionPlan p)
    {
        string how = p.Product switch
        {
            IntegerProduct.DotProduct => "VPDPBUSD (u8 x s8, 4 products per int lane)",
            IntegerProduct.SignedDotProduct => "SDOT (s8 x s8, 4 products per int lane)",
            IntegerProduct.MultiplyAddAdjacent => "VPMADDWD (s16 x s16 pairs per int lane)",
            IntegerProduct.Widening => "short products widened to int",
            _ => "int products",
        };
        string unit = p.Bits == 0 ? (p.MainVectors == 1 ? "element" : "elements") : $"vector{(p.MainVectors == 1 ? "" : "s")} of {p.Lanes} bytes";
        string text = $"{how}: {p.MainVectors} {unit}, {p.Accumulators} accumulator{(p.Accumulators == 1 ? "" : "s")}{(p.Rows == 1 ? "" : " per row")}";
        text += p.IsLooped ? $", loop of {p.LoopIterations} x {p.LoopBlockVectors} then {p.UnrolledMainVectors} unrolled" : ", fully unrolled";
        return p.TailLanes == 0 ? text : text + $"; tail: 1 overlapping vector adding the last {p.TailLanes}";
    }
}
