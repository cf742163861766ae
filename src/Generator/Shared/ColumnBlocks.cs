using System;
using System.Collections.Generic;

namespace KernelGen.Generator.Shared;

/// <summary>
/// A row of <c>width</c> outputs vectorized along its length, as register tiles of up to <c>vectorsPerBlock</c>
/// vectors: <c>Looped</c> full blocks (in a loop when there are several), then one block at the constant columns
/// <c>LastStarts</c>, whose last vector ends at the last column and, when the width is not a multiple of the lanes,
/// recomputes a few outputs of the one before (storing the same values again): no remainder code, no branches.
/// Convolutions (along an output row) and matrix products (along n) split their columns here.
/// </summary>
internal static class ColumnBlocks
{
    /// <summary>Splits <paramref name="width"/> columns into full blocks and the last block's vector starts.</summary>
    public static (int Looped, List<int> LastStarts) Split(int width, int lanes, int vectorsPerBlock)
    {
        int vectors = (int)(((long)width + lanes - 1) / lanes); // long: a width near int.MaxValue must not wrap
        bool overlap = width % lanes != 0;
        int regular = overlap ? vectors - 1 : vectors;
        int looped = regular / vectorsPerBlock;
        var last = new List<int>();
        for (int i = looped * vectorsPerBlock; i < regular; i++)
        {
            last.Add(i * lanes);
        }

        // The last block holds the rest of the regular vectors (fewer than a block) and the overlapping one: at most a block.
        if (overlap)
        {
            last.Add(width - lanes);
        }

        return (looped, last);
    }

    /// <summary>
    /// Writes the blocks of a split row: the loop over full blocks (loop variable <paramref name="loopVariable"/>,
    /// <c>nuint</c>) or the one full block, then the last block; <paramref name="tile"/> writes one register tile at
    /// the given vector starts (constants, or offsets from the loop variable). <paramref name="recomputed"/> names
    /// what the overlapping vector recomputes, for the comment.
    /// </summary>
    public static void Write(IndentedWriter w, int width, int lanes, int vectorsPerBlock, int looped, IReadOnlyList<int> lastStarts,
        string loopVariable, string recomputed, Action<List<string>> tile)
    {
        static string N(long value) => VectorCode.Number(value);
        int blockWidth = vectorsPerBlock * lanes;
        if (looped > 1)
        {
            w.Line();
            w.Line($"// columns 0..{(looped * blockWidth) - 1}, {blockWidth} at a time");
            using (w.Block($"for (nuint {loopVariable} = 0; {loopVariable} < {N(looped * blockWidth)}; {loopVariable} += {N(blockWidth)})"))
            {
                var starts = new List<string>();
                for (int v = 0; v < vectorsPerBlock; v++)
                {
                    starts.Add(v == 0 ? loopVariable : $"{loopVariable} + {N(v * lanes)}");
                }

                tile(starts);
            }
        }
        else if (looped == 1)
        {
            w.Line();
            w.Line($"// columns 0..{blockWidth - 1}");
            var starts = new List<string>();
            for (int v = 0; v < vectorsPerBlock; v++)
            {
                starts.Add(N(v * lanes));
            }

            using (w.Block())
            {
                tile(starts);
            }
        }

        if (lastStarts.Count > 0)
        {
            var starts = new List<string>();
            foreach (int s in lastStarts)
            {
                starts.Add(N(s));
            }

            int first = lastStarts[0];
            w.Line();
            w.Line(width % lanes != 0 && lanes > 1
                ? $"// columns {first}..{width - 1} (the last vector starts at {width - lanes}, recomputing {lanes - (width % lanes)} {recomputed} of the one before)"
                : $"// columns {first}..{width - 1}");
            using (w.Block())
            {
                tile(starts);
            }
        }
    }
}
