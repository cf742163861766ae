using System.Collections.Generic;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Planning;

/// <summary>
/// How one block of rows reduces <see cref="Length"/> elements on one vector path: <see cref="MainVectors"/> full
/// vectors of <see cref="Bits"/> bits spread over <see cref="Accumulators"/> independent accumulators per row, then at
/// most one narrower vector of each smaller width, then scalars. Each loaded input vector feeds all
/// <see cref="Rows"/> rows. When <c>Rows * MainVectors</c> exceeds the unroll budget, the main vectors run in a loop of
/// <see cref="LoopIterations"/> iterations over an unrolled block of <see cref="LoopBlockVectors"/> vectors, and the
/// rest stays unrolled.
/// </summary>
/// <param name="Bits">Width of the main vectors: 512, 256, 128, or 0 for the scalar path.</param>
internal sealed record ReductionPlan(
    int Bits,
    int Lanes,
    int Length,
    int Rows,
    int Accumulators,
    int MainVectors,
    int LoopBlockVectors,
    int LoopIterations,
    EquatableArray<int> TailBits,
    int TailScalars)
{
    public bool IsLooped => LoopIterations > 0;

    /// <summary>Main vectors after the loop (all of them when there is no loop).</summary>
    public int UnrolledMainVectors => MainVectors - (LoopIterations * LoopBlockVectors);

    /// <summary>Multiply-adds in the largest unrolled stretch of code (what the budget limits).</summary>
    public int UnrolledMultiplyAdds => Rows * (IsLooped ? System.Math.Max(LoopBlockVectors, UnrolledMainVectors) : MainVectors);

    /// <summary>Multiply-adds the block would need fully unrolled.</summary>
    public int FullMultiplyAdds => Rows * MainVectors;

    public static int LanesOf(int bits, ElementType element) => bits == 0 ? 1 : bits / (element == ElementType.Float ? 32 : 64);
}

/// <summary>Lays out one reduction; the single place where accumulators, tails and the unroll budget are decided.</summary>
internal static class ReductionPlanner
{
    /// <summary>Independent accumulator chains wanted per block: FMA latency (4) times FMA ports (2).</summary>
    public const int TargetChains = 8;

    /// <summary>Accumulators a block may keep live, leaving registers for loaded inputs (32 with AVX-512, 16 with AVX2).</summary>
    public const int MaxLiveAccumulators = 12;

    public static ReductionPlan Plan(ElementType element, int bits, int length, int rows, int budget)
    {
        int lanes = ReductionPlan.LanesOf(bits, element);
        int main = length / lanes;
        int rest = length - (main * lanes);
        var tails = new List<int>();
        for (int w = 256; w >= 128 && bits != 0; w /= 2)
        {
            int l = ReductionPlan.LanesOf(w, element);
            if (w < bits && rest >= l)
            {
                tails.Add(w);
                rest -= l;
            }
        }

        int chains = bits == 0 ? 4 : TargetChains;
        int perRow = (chains + rows - 1) / rows;
        perRow = System.Math.Min(perRow, System.Math.Max(1, MaxLiveAccumulators / rows));
        int accumulators = System.Math.Max(1, System.Math.Min(perRow, main));

        int block = 0, iterations = 0;
        if ((long)rows * main > budget)
        {
            // As many blocks as the budget asks for, of equal size, so that little is left after the loop.
            long blocks = (((long)rows * main) + budget - 1) / budget;
            int even = (int)((main + blocks - 1) / blocks) / accumulators * accumulators;
            int cap = budget / rows / accumulators * accumulators;
            block = System.Math.Max(accumulators, System.Math.Min(even, cap));
            iterations = main / block;
        }

        return new ReductionPlan(bits, lanes, length, rows, accumulators, main, block, iterations, tails.ToEquatableArray(), rest);
    }
}
