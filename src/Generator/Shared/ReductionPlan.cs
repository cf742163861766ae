using KernelGen.Generator.Model;

namespace KernelGen.Generator.Shared;

/// <summary>
/// How one block of rows reduces <see cref="Length"/> elements on one vector path: <see cref="MainVectors"/> full
/// vectors of <see cref="Bits"/> bits spread over <see cref="Accumulators"/> independent accumulators per row, then,
/// when the length is not a multiple of the width, one more vector that ends at the last element and overlaps the
/// main part, with the <see cref="Lanes"/> - <see cref="TailLanes"/> lanes already counted masked to zero (in both
/// operands, so an infinity there cannot turn into NaN). Each loaded input vector feeds all <see cref="Rows"/> rows.
/// When <c>Rows * MainVectors</c> exceeds the unroll budget, the main vectors run in a loop of
/// <see cref="LoopIterations"/> iterations over an unrolled block of <see cref="LoopBlockVectors"/> vectors, and the
/// rest stays unrolled.
/// </summary>
/// <param name="Bits">Width of the vectors: 512, 256, 128, or 0 for the scalar path (which has no tail).</param>
/// <param name="TailLanes">Elements the overlapping tail vector adds (0: no tail).</param>
internal sealed record ReductionPlan(
    int Bits,
    int Lanes,
    int Length,
    int Rows,
    int Accumulators,
    int MainVectors,
    int LoopBlockVectors,
    int LoopIterations,
    int TailLanes)
{
    public bool IsLooped => LoopIterations > 0;

    /// <summary>Main vectors after the loop (all of them when there is no loop).</summary>
    public int UnrolledMainVectors => MainVectors - (LoopIterations * LoopBlockVectors);

    /// <summary>Multiply-adds in the largest unrolled stretch of code (what the budget limits).</summary>
    public int UnrolledMultiplyAdds => Rows * (IsLooped ? System.Math.Max(LoopBlockVectors, UnrolledMainVectors) : MainVectors);

    /// <summary>Multiply-adds the block would need fully unrolled.</summary>
    public int FullMultiplyAdds => Rows * MainVectors;

    /// <summary>Multiply-adds written out in the code: the loop body, the unrolled rest and the tail vector.</summary>
    public long EmittedMultiplyAdds => (long)Rows * ((long)(IsLooped ? LoopBlockVectors + UnrolledMainVectors : MainVectors) + (TailLanes > 0 ? 1 : 0));

    /// <summary>Where the overlapping tail vector starts.</summary>
    public int TailOffset => Length - Lanes;

    public static int LanesOf(int bits, ElementType element) => bits == 0 ? 1 : bits / (element == ElementType.Float ? 32 : 64);

    /// <summary>The plan in words, for file headers: vectors, accumulators, unrolled or looped, the tail.</summary>
    public static string Describe(ReductionPlan p)
    {
        string unit = p.Bits == 0 ? "scalar multiply-add" + (p.MainVectors == 1 ? "" : "s") : $"vector{(p.MainVectors == 1 ? "" : "s")} of {p.Lanes}";
        string text = $"{p.MainVectors} {unit}, {p.Accumulators} accumulator{(p.Accumulators == 1 ? "" : "s")}{(p.Rows == 1 ? "" : " per row")}";
        text += p.IsLooped
            ? $", loop of {p.LoopIterations} x {p.LoopBlockVectors} then {p.UnrolledMainVectors} unrolled"
            : ", fully unrolled";
        return p.TailLanes == 0 ? text : text + $"; tail: 1 overlapping vector adding the last {p.TailLanes}";
    }
}

/// <summary>Lays out one reduction; the single place where accumulators, the tail and the unroll budget are decided.</summary>
internal static class ReductionPlanner
{
    /// <summary>Independent accumulator chains wanted per block: FMA latency (4) times FMA ports (2).</summary>
    public const int TargetChains = 8;

    /// <summary>Accumulators a block may keep live, leaving registers for loaded inputs (32 with AVX-512, 16 with AVX2).</summary>
    public const int MaxLiveAccumulators = 12;

    /// <param name="length">Elements per row; at least one vector's worth on a vector path.</param>
    public static ReductionPlan Plan(ElementType element, int bits, int length, int rows, int budget)
    {
        int lanes = ReductionPlan.LanesOf(bits, element);
        int main = length / lanes;
        int tail = length - (main * lanes);

        int chains = bits == 0 ? 4 : TargetChains;
        int perRow = (chains + rows - 1) / rows;
        perRow = System.Math.Min(perRow, System.Math.Max(1, MaxLiveAccumulators / rows));
        int accumulators = System.Math.Max(1, System.Math.Min(perRow, main + (tail > 0 ? 1 : 0)));

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

        return new ReductionPlan(bits, lanes, length, rows, accumulators, main, block, iterations, tail);
    }
}
