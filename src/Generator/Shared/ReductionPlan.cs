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
/// <param name="LogicalLanes">0, or for a deterministic kernel the lanes of the one logical vector every path computes
/// with (<see cref="FixedOrder"/>): each logical vector is <see cref="Registers"/> of this path's vectors, and the tail is
/// one logical vector ending at the last element whose lanes already counted keep their accumulator unchanged.</param>
internal sealed record ReductionPlan(
    int Bits,
    int Lanes,
    int Length,
    int Rows,
    int Accumulators,
    int MainVectors,
    int LoopBlockVectors,
    int LoopIterations,
    int TailLanes,
    int LogicalLanes = 0,
    IntegerProduct Product = IntegerProduct.None)
{
    /// <summary>Whether this reduction sums integer products (<see cref="Product"/> says with which instructions).</summary>
    public bool IsInteger => Product != IntegerProduct.None;

    public bool IsLooped => LoopIterations > 0;

    /// <summary>Whether the order of every sum is the kernel's fixed one, the same on every path.</summary>
    public bool IsFixedOrder => LogicalLanes > 0;

    /// <summary>This path's vectors per logical vector (1 when the order is free).</summary>
    public int Registers => IsFixedOrder ? LogicalLanes / Lanes : 1;

    /// <summary>Elements per logical vector: <see cref="LogicalLanes"/>, or this path's lanes when the order is free.</summary>
    public int Width => IsFixedOrder ? LogicalLanes : Lanes;

    /// <summary>Main vectors after the loop (all of them when there is no loop).</summary>
    public int UnrolledMainVectors => MainVectors - (LoopIterations * LoopBlockVectors);

    /// <summary>Multiply-adds in the largest unrolled stretch of code (what the budget limits).</summary>
    public int UnrolledMultiplyAdds => Rows * (IsLooped ? System.Math.Max(LoopBlockVectors, UnrolledMainVectors) : MainVectors);

    /// <summary>Multiply-adds the block would need fully unrolled.</summary>
    public int FullMultiplyAdds => Rows * MainVectors;

    /// <summary>Multiply-adds written out in the code: the loop body, the unrolled rest and the tail vector.</summary>
    public long EmittedMultiplyAdds => IlWeight * (long)Rows * ((long)(IsLooped ? LoopBlockVectors + UnrolledMainVectors : MainVectors) + (TailLanes > 0 ? Registers : 0));

    /// <summary>
    /// A step's IL in floating-point multiply-adds (for the JIT size estimate): an integer step widens and adds as well
    /// (VPDPBUSD with its weights' sum about 2, VPMADDWD with four widenings 3, the portable widening multiply 5).
    /// </summary>
    public int IlWeight => Product switch
    {
        IntegerProduct.DotProduct => 2,
        IntegerProduct.MultiplyAddAdjacent => 3,
        IntegerProduct.Widening => 5,
        _ => 1,
    };

    /// <summary>Where the overlapping tail (logical) vector starts.</summary>
    public int TailOffset => Length - Width;

    public static int LanesOf(int bits, ElementType element) => bits == 0 ? 1 : bits / (8 * element.Size());

    /// <summary>The path's name in headers: the vector width, or an integer path's instructions (<c>AvxVnni256</c>).</summary>
    public static string PathName(ReductionPlan p) => p.IsInteger ? IntegerReductionPlanner.PathName(p) : VectorCode.PathName(p.Bits);

    /// <summary>The plan in words, for file headers: vectors, accumulators, unrolled or looped, the tail.</summary>
    public static string Describe(ReductionPlan p)
    {
        if (p.IsInteger)
        {
            return IntegerReductionPlanner.Describe(p);
        }

        string unit = p.Bits == 0 ? "scalar multiply-add" + (p.MainVectors == 1 ? "" : "s") : $"vector{(p.MainVectors == 1 ? "" : "s")} of {p.Lanes}";
        string text = $"{p.MainVectors} {unit}, {p.Accumulators} accumulator{(p.Accumulators == 1 ? "" : "s")}{(p.Rows == 1 ? "" : " per row")}";
        text += p.IsLooped
            ? $", loop of {p.LoopIterations} x {p.LoopBlockVectors} then {p.UnrolledMainVectors} unrolled"
            : ", fully unrolled";
        if (p.IsFixedOrder)
        {
            text += $"; fixed order: {p.Accumulators / p.Registers} logical accumulator{(p.Accumulators / p.Registers == 1 ? "" : "s")} of {p.LogicalLanes} lanes" +
                (p.Registers == 1 ? "" : $" ({p.Registers} {(p.Bits == 0 ? "scalars" : "vectors")} each)");
            return p.TailLanes == 0 ? text : text + $"; tail: 1 overlapping logical vector adding the last {p.TailLanes}, its other lanes left as they are";
        }

        return p.TailLanes == 0 ? text : text + $"; tail: 1 overlapping vector adding the last {p.TailLanes}";
    }
}

/// <summary>
/// The one order a deterministic reduction sums in, whatever the path: element <c>i</c> goes to lane <c>i % L</c> of
/// logical accumulator <c>(i / L) % K</c> by a fused multiply-add, in increasing <c>i</c>; the last <c>n % L</c>
/// elements go, as one logical vector ending at element <c>n - 1</c>, into accumulator <c>(n / L) % K</c>, whose lanes
/// already counted stay as they are; the K accumulators are added lane by lane as a balanced tree
/// (<see cref="VectorCode.SumTree"/>), then the L lanes halved (lane <c>l</c> plus lane <c>l + L/2</c>) down to one.
/// A narrower path keeps each logical vector in several registers, the scalar path in L scalars: the same operations
/// on the same values, so the same bits.
/// </summary>
internal static class FixedOrder
{
    /// <summary>The header's words for a fixed-order reduction (<see cref="Kinds.KernelKind.FixedOrderText"/>).</summary>
    public const string HeaderText =
        "element i into lane i % L of logical accumulator (i / L) % K (L, K in the plan; narrower paths hold a logical vector in several registers), the accumulators added as one tree, the lanes halved down to one; activations by KernelGen.DeterministicMath.";

    /// <summary>L: the lanes of the widest vector up to 512 bits that fits in <paramref name="length"/>; 1 below the narrowest.</summary>
    public static int LogicalLanes(ElementType element, int length)
    {
        foreach (int bits in new[] { 512, 256, 128 })
        {
            int lanes = ReductionPlan.LanesOf(bits, element);
            if (length >= lanes)
            {
                return lanes;
            }
        }

        return 1;
    }

    /// <summary>K for a reduction of <paramref name="length"/> elements that wants <paramref name="wanted"/> chains: never more than it has logical vectors.</summary>
    public static int Accumulators(int length, int logicalLanes, int wanted)
    {
        int vectors = (length + logicalLanes - 1) / logicalLanes;
        return System.Math.Max(1, System.Math.Min(wanted, vectors));
    }
}

/// <summary>Lays out one reduction; the single place where accumulators, the tail and the unroll budget are decided.</summary>
internal static class ReductionPlanner
{
    /// <summary>Independent accumulator chains wanted per block: FMA latency (4) times FMA ports (2).</summary>
    public const int TargetChains = 8;

    /// <summary>Accumulators a block may keep live, leaving registers for loaded inputs (32 with AVX-512, 16 with AVX2).</summary>
    public const int MaxLiveAccumulators = 12;

    /// <summary>
    /// A deterministic reduction's plan on one path: <paramref name="logicalAccumulators"/> logical accumulators of
    /// <paramref name="logicalLanes"/> lanes (<see cref="FixedOrder"/>), each <c>logicalLanes / lanes</c> of this path's
    /// vectors; the loop (over the budget) runs whole rounds of accumulators, so every element meets the same accumulator.
    /// </summary>
    public static ReductionPlan PlanFixed(ElementType element, int bits, int length, int rows, int budget, int logicalLanes, int logicalAccumulators)
    {
        int lanes = ReductionPlan.LanesOf(bits, element);
        int registers = logicalLanes / lanes;
        int logical = length / logicalLanes;
        int main = logical * registers;
        int tail = length - (logical * logicalLanes);
        int accumulators = logicalAccumulators * registers;

        int block = 0, iterations = 0;
        if ((long)rows * main > budget)
        {
            int round = accumulators;
            long blocks = (((long)rows * main) + budget - 1) / budget;
            int even = (int)((main + blocks - 1) / blocks) / round * round;
            int cap = budget / rows / round * round;
            block = System.Math.Max(round, System.Math.Min(even, cap));
            iterations = main / block;
        }

        return new ReductionPlan(bits, lanes, length, rows, accumulators, main, block, iterations, tail, logicalLanes);
    }

    /// <param name="length">Elements per row; at least one vector's worth on a vector path.</param>
    /// <param name="chains">Accumulator chains wanted in all (0: <see cref="TargetChains"/>, 4 on the scalar path).</param>
    public static ReductionPlan Plan(ElementType element, int bits, int length, int rows, int budget, int chains = 0)
    {
        int lanes = ReductionPlan.LanesOf(bits, element);
        int main = length / lanes;
        int tail = length - (main * lanes);

        chains = chains > 0 ? chains : bits == 0 ? 4 : TargetChains;
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
