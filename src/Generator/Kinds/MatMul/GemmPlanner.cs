using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.MatMul;

/// <summary>
/// Chooses a matrix product's register tiles: the outer-product tile for <c>b</c> as <c>[k][n]</c>, the inner-product
/// tile for <c>TransposeB</c>; per vector width, the tile with the fewest loads per FMA that fits the registers
/// (rows recomputed by a clamped last tile count against it), and the k loop under the budget. A pure function.
/// </summary>
internal static class GemmPlanner
{
    /// <summary>Vector registers of a path: 32 with AVX-512, 16 for the 256- and 128-bit paths (AVX2's count), 16 scalar.</summary>
    public static int Registers(int bits) => bits == 512 ? 32 : 16;

    /// <summary>Accumulators an outer tile may hold: 24 of AVX-512's 32 registers, 12 of AVX2's 16, 8 scalars.</summary>
    public static int MaxAccumulators(int bits) => bits == 512 ? 24 : bits == 0 ? 8 : 12;

    /// <summary>
    /// A <c>b</c> larger than this (bytes) is read panel by panel, column blocks outer (<see cref="OuterGemmPath.PanelsOuter"/>):
    /// then all of it no longer stays in a core's L2 (1 MB here) beside a and c while the row tiles read it
    /// (measured: 512³, a 1 MB b, ran at 54 % of the FMA peak rows outer; 256³, 256 KB, at 83 %).
    /// </summary>
    public const long PanelsOuterBytes = 384 * 1024;

    /// <summary>
    /// A smaller <c>b</c>, from this size (bytes), is still packed panel by panel when at least <see cref="PackedRowTiles"/>
    /// row tiles read each panel (measured on Zen 5: 256³, 43 row tiles, 179.6 -> 169.9 µs packed; 128x512x512, 22 row
    /// tiles, level; 64x256x256, 11 row tiles, 43.4 -> 45.7 µs, the copy no longer paid for).
    /// </summary>
    public const long PackedPanelBytes = 64 * 1024;

    /// <summary>Row tiles that must read each panel, on each thread, for a <c>b</c> under <see cref="PanelsOuterBytes"/> to be packed.</summary>
    public const int PackedRowTiles = 32;

    /// <summary>Rows of <c>a</c> per tile at most: enough to hide the FMA latency with one column vector.</summary>
    public const int MaxRowTile = 16;

    /// <param name="packPanels">Whether the caller provides the per-thread scratch for packed panels (<see cref="OuterGemmPath.PacksPanels"/>).</param>
    public static GemmPlan Plan(MatMulSpec spec, TargetInfo target, int budget, bool packPanels = false)
    {
        var paths = new List<GemmPath>();
        int[] widths = spec.TransposeB
            ? VectorPaths.ReductionWidths(spec.Element, spec.K, target).ToArray()
            : VectorPaths.RowWidths(spec.Element, spec.N, target).ToArray();
        foreach (int bits in widths)
        {
            int pathBudget = VectorPaths.PathBudget(bits, widths.Length > 1, budget);
            paths.Add(spec.TransposeB ? PlanInner(spec, bits, pathBudget) : PlanOuter(spec, bits, pathBudget, packPanels));
        }

        return new GemmPlan(spec, paths.ToEquatableArray(), target, budget);
    }

    /// <summary>The outer-product tile for one width: rows x column vectors, then the k loop.</summary>
    public static OuterGemmPath PlanOuter(MatMulSpec spec, int bits, int budget, bool packPanels = false)
    {
        int lanes = ReductionPlan.LanesOf(bits, spec.Element);
        int vectors = (int)(((long)spec.N + lanes - 1) / lanes); // long: n near int.MaxValue must not wrap
        int max = MaxAccumulators(bits), registers = Registers(bits);

        int bestRows = 1, bestVectors = 1;
        double bestCost = double.MaxValue;
        for (int rows = System.Math.Min(spec.M, MaxRowTile); rows >= 1; rows--)
        {
            for (int nr = System.Math.Min(vectors, max / rows); nr >= 1; nr--)
            {
                if ((rows * nr) + nr + 1 > registers)
                {
                    continue;
                }

                // Loads per FMA over the blocks of a row of tiles (full blocks, then the smaller last one), times the
                // share of rows a clamped last tile recomputes.
                int full = vectors / nr, rest = vectors % nr;
                double loads = (full * (rows + nr)) + (rest > 0 ? rows + rest : 0);
                double fmas = (full * rows * nr) + (rows * rest);
                var tiles = new GemmTiles(spec.M, rows);
                double cost = loads / fmas * ((double)tiles.Count * rows / spec.M);
                if (cost < bestCost - 1e-9)
                {
                    (bestRows, bestVectors, bestCost) = (rows, nr, cost);
                }
            }
        }

        (int looped, List<int> last) = ColumnBlocks.Split(spec.N, lanes, bestVectors);
        int widest = looped > 0 ? bestVectors : last.Count;
        long perStep = (long)bestRows * widest;
        int kBody = 0, kIterations = 0, kRest = spec.K;
        // (k = 1 cannot be looped: the one step is the body, however wide the tile.)
        if (perStep * spec.K > budget && spec.K >= 2)
        {
            int most = (int)System.Math.Max(1, budget / perStep);
            kBody = most;
            for (int d = most; d * 2 > most; d--)
            {
                if (spec.K % d == 0)
                {
                    kBody = d;
                    break;
                }
            }

            // A loop of one iteration saves no code: halve the body so that it runs at least twice.
            if (spec.K / kBody < 2)
            {
                kBody = spec.K / 2;
            }

            kIterations = spec.K / kBody;
            kRest = spec.K % kBody;
        }

        long bBytes = (long)spec.K * spec.N * spec.Element.Size();
        int rowTiles = new GemmTiles(spec.M, bestRows).Count;
        // each thread packs the panels of its own share of row tiles (measured: 256³ at Threads = 2, 22 row tiles a
        // thread, ran 86 us in place and 114 us packed)
        int threads = Planning.WorkPartition.Plan(1, (long)spec.M * spec.K * spec.N, spec.Threads, rowTiles, "row tiles").Threads;
        bool panelsOuter = (bBytes > PanelsOuterBytes && rowTiles > 1) || (packPanels && bBytes > PackedPanelBytes && rowTiles / threads >= PackedRowTiles);
        return new OuterGemmPath(bits, lanes, new GemmTiles(spec.M, bestRows), bestVectors, looped, last.ToEquatableArray(), kBody, kIterations, kRest)
        {
            PanelsOuter = panelsOuter,
            PacksPanels = panelsOuter && packPanels,
        };
    }

    /// <summary>The inner-product tile for one width: rows of a x rows of b, each pair reduced along k.</summary>
    /// <remarks>Deterministic: each pair is one logical accumulator of the fixed order (<see cref="FixedOrder"/>), held in
    /// <c>logical lanes / lanes</c> registers, which count against the tile's limits (a scalar tile is then one pair).</remarks>
    public static InnerGemmPath PlanInner(MatMulSpec spec, int bits, int budget)
    {
        int lanes = ReductionPlan.LanesOf(bits, spec.Element);
        int logicalLanes = spec.Deterministic ? FixedOrder.LogicalLanes(spec.Element, spec.K) : 0;
        int per = spec.Deterministic ? logicalLanes / lanes : 1;
        int maxPairs = bits == 512 ? 20 : bits == 0 ? 8 : 9;
        int registers = Registers(bits);

        int bestRows = 1, bestColumns = 1;
        double bestCost = double.MaxValue;
        for (int rows = System.Math.Min(spec.M, 8); rows >= 1; rows--)
        {
            for (int columns = System.Math.Min(spec.N, 8); columns >= 1; columns--)
            {
                bool single = rows == 1 && columns == 1;
                if (!single && (rows * columns * per > maxPairs || (rows * columns * per) + rows + 1 > registers))
                {
                    continue;
                }

                var r = new GemmTiles(spec.M, rows);
                var c = new GemmTiles(spec.N, columns);
                double waste = ((double)r.Count * rows / spec.M) * ((double)c.Count * columns / spec.N);
                double cost = (double)(rows + columns) / (rows * columns) * waste;
                if (cost < bestCost - 1e-9)
                {
                    (bestRows, bestColumns, bestCost) = (rows, columns, cost);
                }
            }
        }

        ReductionPlan reduction = spec.Deterministic
            ? ReductionPlanner.PlanFixed(spec.Element, bits, spec.K, bestRows * bestColumns, budget, logicalLanes, 1)
            : ReductionPlanner.Plan(spec.Element, bits, spec.K, bestRows * bestColumns, budget);
        return new InnerGemmPath(bits, lanes, new GemmTiles(spec.M, bestRows), new GemmTiles(spec.N, bestColumns), reduction);
    }
}
