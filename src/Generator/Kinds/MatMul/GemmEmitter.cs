using System;
using System.Collections.Generic;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.MatMul;

/// <summary>
/// The ref locals a matrix product reads and writes (<c>a</c>, <c>b</c>, <c>bias</c>, <c>c</c>, by role), and the
/// per-thread scratch field for packed panels when the plan packs them (<see cref="OuterGemmPath.PacksPanels"/>).
/// </summary>
internal sealed record GemmOperands(string A, string B, string Bias, string C, string? PanelField = null);

/// <summary>
/// Writes a planned matrix product: per vector path, a loop over row tiles of <c>a</c> (the last one clamped), and in
/// each the column blocks (outer form) or column tiles (inner form), each a register tile whose outputs are stored once
/// with the bias and the activation fused.
/// </summary>
internal static class GemmEmitter
{
    public static void WritePlan(IndentedWriter w, GemmPlan plan)
    {
        MatMulSpec spec = plan.Spec;
        foreach (GemmPath path in plan.Paths)
        {
            string unit = path.Bits == 0 ? "scalars" : $"vector{(path is OuterGemmPath { VectorsPerBlock: 1 } ? "" : "s")} of {path.Lanes}";
            string rows = Tiles(path.Rows, "row");
            if (path is OuterGemmPath o)
            {
                string columns = o.LoopedBlocks > 0 ? $"{o.LoopedBlocks} block{(o.LoopedBlocks == 1 ? "" : "s")} of {o.VectorsPerBlock}" : "";
                if (o.LastBlockStarts.Count > 0)
                {
                    columns += (columns.Length > 0 ? " + " : "") + $"1 block of {o.LastBlockStarts.Count}";
                }

                string k = o.IsLooped
                    ? $"k: loop of {o.KIterations} x {o.KBody} steps{(o.KRest > 0 ? $" then {o.KRest}" : "")} unrolled"
                    : $"k: all {spec.K} steps unrolled";
                w.Line($"//   {VectorCode.PathName(path.Bits),-10} outer-product tile {o.Rows.Tile} row{(o.Rows.Tile == 1 ? "" : "s")} x up to {o.VectorsPerBlock} {unit} along n ({o.Accumulators} accumulators): {(o.Bits == 0 ? "b and a read as scalars" : "b loaded as vectors, a broadcast")}");
                w.Line(o.PacksPanels
                    ? $"//   {"",-10} column blocks of b outer ({columns}; each k x block panel packed into a contiguous scratch first, {Kb(o.PanelLength, spec.Element)} per thread), {rows} inner; {k} ({o.UnrolledMultiplyAdds} multiply-adds per body)"
                    : o.PanelsOuter
                    ? $"//   {"",-10} column blocks of b outer ({columns}; each k x block panel stays in L2), {rows} inner; {k} ({o.UnrolledMultiplyAdds} multiply-adds per body)"
                    : $"//   {"",-10} {rows}; columns per row tile: {columns}; {k} ({o.UnrolledMultiplyAdds} multiply-adds per body)");
            }
            else if (path is InnerGemmPath i)
            {
                w.Line($"//   {VectorCode.PathName(path.Bits),-10} inner-product tile {i.Rows.Tile} row{(i.Rows.Tile == 1 ? "" : "s")} of a x {i.Columns.Tile} row{(i.Columns.Tile == 1 ? "" : "s")} of b ({i.Accumulators} accumulators along k), each pair summed once at the end");
                w.Line($"//   {"",-10} {rows}; {Tiles(i.Columns, "column")}; per pair: {ReductionPlan.Describe(i.Reduction)}");
            }
        }
    }

    private static string Kb(long elements, ElementType element) => $"{((elements * element.Size()) + 1023) / 1024} KB";

    /// <summary>The per-thread scratch of packed panels, when the plan packs them: a member of the user's type.</summary>
    public static void WritePanelField(IndentedWriter w, GemmPlan plan, string field, string methodName)
    {
        if (plan.PanelLength == 0)
        {
            return;
        }

        w.Line($"// {methodName}'s packed panel of b, one per thread ({Kb(plan.PanelLength, plan.Spec.Element)}): each column block's k x block panel, contiguous.");
        ScratchBuffers.WriteField(w, field);
        w.Line();
    }

    private static string Tiles(GemmTiles tiles, string what) =>
        $"{tiles.Count} {what} tile{(tiles.Count == 1 ? "" : "s")} of {tiles.Tile}"
        + (tiles.Clamps ? $" (the last starts at {what} {tiles.LastStart}, recomputing {tiles.Count * tiles.Tile - tiles.Extent})" : "");

    public static void WriteBody(IndentedWriter w, GemmPlan plan, GemmOperands ops, string prefix)
    {
        MatMulSpec spec = plan.Spec;
        string t = spec.Element.Keyword();
        GemmPath widest = plan.Paths[0];
        ActivationStore.WriteLanes(w, spec.Activation, widest.Bits, widest.Lanes, t, prefix);
        VectorPaths.Write(w, plan, plan.Paths, p => p.Bits, (code, path) =>
        {
            var writer = new TileWriter(w, code, plan, ops, prefix);
            writer.RowTiles(path);
            w.Line("return;");
        }, spec.Element);
    }

    /// <summary>The code of one path; a class so that the tile's names and sizes are in one place.</summary>
    private sealed class TileWriter
    {
        private readonly IndentedWriter _w;
        private readonly VectorCode _code;
        private readonly MatMulSpec _spec;
        private readonly GemmOperands _ops;
        private readonly string _p;
        private readonly Planning.WorkPartition _partition;
        private readonly GemmPlan _plan;

        public TileWriter(IndentedWriter w, VectorCode code, GemmPlan plan, GemmOperands ops, string prefix)
        {
            _plan = plan;
            _partition = plan.Partition;
            _w = w;
            _code = code;
            _spec = plan.Spec;
            _ops = ops;
            _p = prefix;
        }

        private string T => _code.Scalar;

        private string Type => _code.VectorType(_code.PathBits);

        private static string N(long value) => VectorCode.Number(value);

        /// <summary>The loop over row tiles (or one tile), with the row refs of a and c, around the columns of each.</summary>
        public void RowTiles(GemmPath path)
        {
            // (a caller without a panel field gets plans that do not pack: GemmPlanner.Plan's packPanels)
            if (path is OuterGemmPath { PacksPanels: true } packed && _ops.PanelField is { } field)
            {
                // column panels of b outer, each packed into a contiguous scratch first, then read by every row tile
                long length = _plan.PanelLength;
                _w.Line($"// b's column panels outer: each is copied into a contiguous per-thread scratch ([{N(_spec.K)}][block]; in place its rows are {N(_spec.N)} elements apart), then read by every row tile while it is in cache");
                ScratchBuffers.WriteAllocate(_w, _p + "panelArray", field, length, T);
                _w.Line($"ref {T} {_p}panel = ref {ScratchBuffers.Aligned(_p + "panelArray", T)}; // from a 64-byte boundary");
                ColumnBlocks.Write(_w, _spec.N, packed.Lanes, packed.VectorsPerBlock, packed.LoopedBlocks, packed.LastBlockStarts, _p + "j", "columns",
                    starts =>
                    {
                        Pack(packed, starts);
                        RowLoop(path, () => OuterTile(packed, starts, packedPanel: true));
                    });
                return;
            }

            if (path is OuterGemmPath { PanelsOuter: true } panels)
            {
                // column panels of b outer: each block's panel is read by every row tile while it is in L2
                _w.Line($"// b's column panels outer, each read by every row tile while it is in L2");
                ColumnBlocks.Write(_w, _spec.N, panels.Lanes, panels.VectorsPerBlock, panels.LoopedBlocks, panels.LastBlockStarts, _p + "j", "columns",
                    starts => RowLoop(path, () => OuterTile(panels, starts)));
                return;
            }

            RowLoop(path, () =>
            {
                if (path is OuterGemmPath outer)
                {
                    OuterColumns(outer);
                }
                else
                {
                    InnerColumns((InnerGemmPath)path);
                }
            });
        }

        /// <summary>The loop over row tiles (or one tile) of this part, with the row refs of a and c, around <paramref name="body"/>.</summary>
        private void RowLoop(GemmPath path, System.Action body)
        {
            GemmTiles rows = path.Rows;
            string row = _p + "row";
            _w.Line($"// rows of c: {Tiles(rows, "row")}");
            IndentedWriter.Scope scope;
            bool shared = _partition.SharesPerImage > 1;
            (string first, string end) = _partition.UnitRange(rows.Count, _p);
            if (shared)
            {
                _w.Line("// this part's row tiles:");
            }

            if (rows.Count == 1)
            {
                scope = _w.Block(shared ? $"if ({first} < {end})" : null);
                _w.Line($"ref {T} {_p}aTile = ref {_ops.A};");
                _w.Line($"ref {T} {_p}cRow = ref {_ops.C};");
            }
            else
            {
                string i = _p + "i";
                scope = _w.Block(shared
                    ? _partition.TileLoop(i, rows.Tile, rows.Extent, rows.Count, _p)
                    : $"for (int {i} = 0; {i} < {N(rows.Extent)}; {i} += {N(rows.Tile)})");
                _w.Line(rows.Clamps ? $"int {row} = global::System.Math.Min({i}, {N(rows.LastStart)});" : $"int {row} = {i};");
                _w.Line($"ref {T} {_p}aTile = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_ops.A}, {row} * {N(_spec.K)});");
                _w.Line($"ref {T} {_p}cRow = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_ops.C}, {row} * {N(_spec.N)});");
            }

            body();
            scope.Dispose();
        }

        /// <summary>Copies the block's columns at <paramref name="starts"/> of every row of <c>b</c> into the panel, row p at p x the block's width.</summary>
        private void Pack(OuterGemmPath path, List<string> starts)
        {
            int bits = path.Bits, width = starts.Count * path.Lanes;
            string q = _p + "q";
            _w.Line($"// pack: b's rows 0..{_spec.K - 1} at these columns, each {N(width)} wide in the panel");
            using (_w.Block($"for (nuint {q} = 0; {q} < {N(_spec.K)}; {q}++)"))
            {
                _w.Line($"ref {T} {_p}bRow = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_ops.B}, {q} * {N(_spec.N)});");
                _w.Line($"ref {T} {_p}panelRow = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_p}panel, {q} * {N(width)});");
                for (int v = 0; v < starts.Count; v++)
                {
                    string load = VectorCode.Load(bits, _p + "bRow", starts[v]);
                    _w.Line(bits == 0
                        ? $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {_p}panelRow, {N(v)}) = {load};"
                        : $"global::System.Runtime.Intrinsics.Vector{bits}.StoreUnsafe({load}, ref {_p}panelRow, {N(v * path.Lanes)});");
                }
            }

            _w.Line();
        }

        private void OuterColumns(OuterGemmPath path) =>
            ColumnBlocks.Write(_w, _spec.N, path.Lanes, path.VectorsPerBlock, path.LoopedBlocks, path.LastBlockStarts, _p + "j", "columns",
                starts => OuterTile(path, starts));

        /// <summary>One outer-product tile: rows x the column vectors at <paramref name="starts"/>, over all of k.</summary>
        /// <remarks>With <paramref name="packedPanel"/>, b is read from the packed panel (rows <c>starts.Count x lanes</c> apart) instead of in place.</remarks>
        private void OuterTile(OuterGemmPath path, List<string> starts, bool packedPanel = false)
        {
            int bits = path.Bits, rows = path.Rows.Tile;
            string bBase = packedPanel ? _p + "panel" : _ops.B;
            long bStride = packedPanel ? (long)starts.Count * path.Lanes : _spec.N;
            string BColumn(int v) => packedPanel ? N(v * path.Lanes) : starts[v];
            string Acc(int r, int v) => $"{_p}acc{r}_{v}";
            string B(int v) => $"{_p}b{v}";
            for (int r = 0; r < rows; r++)
            {
                var names = new List<string>();
                for (int v = 0; v < starts.Count; v++)
                {
                    names.Add($"{Acc(r, v)} = {_code.Zero(bits)}");
                }

                _w.Line($"{Type} {string.Join(", ", names)};");
            }

            var loaded = new List<string>();
            for (int v = 0; v < starts.Count; v++)
            {
                loaded.Add(B(v));
            }

            bool needsZ = ActivationStore.NeedsZ(_spec.Activation, bits);
            _w.Line($"{Type} {string.Join(", ", loaded)}, {_p}k{(needsZ ? $", {_p}z" : "")};");

            // One step p: b's row p as vectors, a's column p broadcast per row, one FMA per accumulator.
            void Step(string aRef, string bRef, int p)
            {
                for (int v = 0; v < starts.Count; v++)
                {
                    _w.Line($"{B(v)} = {VectorCode.Load(bits, bRef, VectorCode.Offset(BColumn(v), (int)(p * bStride)))};");
                }

                for (int r = 0; r < rows; r++)
                {
                    string a = $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {aRef}, {N((r * _spec.K) + p)})";
                    _w.Line($"{_p}k = {(bits == 0 ? a : $"global::System.Runtime.Intrinsics.Vector{bits}.Create({a})")};");
                    for (int v = 0; v < starts.Count; v++)
                    {
                        _w.Line($"{Acc(r, v)} = {_code.MultiplyAdd(bits, B(v), _p + "k", Acc(r, v))};");
                    }
                }
            }

            int done = 0;
            if (path.IsLooped)
            {
                string pk = _p + "p";
                int end = path.KIterations * path.KBody;
                _w.Line();
                _w.Line($"// k 0..{end - 1}: {path.KIterations} iterations of {path.KBody} steps (over the unroll budget)");
                using (_w.Block($"for (nuint {pk} = 0; {pk} < {N(end)}; {pk} += {N(path.KBody)})"))
                {
                    _w.Line($"ref {T} {_p}aK = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_p}aTile, {pk});");
                    _w.Line($"ref {T} {_p}bK = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {bBase}, {pk} * {N(bStride)});");
                    for (int p = 0; p < path.KBody; p++)
                    {
                        Step(_p + "aK", _p + "bK", p);
                    }
                }

                done = end;
            }

            if (path.KRest > 0)
            {
                _w.Line();
                _w.Line(done == 0 ? $"// k 0..{_spec.K - 1}, unrolled" : $"// k {done}..{_spec.K - 1}, unrolled");
                string aRef = _p + "aTile", bRef = bBase;
                if (done > 0)
                {
                    _w.Line($"ref {T} {_p}aRest = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_p}aTile, {N(done)});");
                    _w.Line($"ref {T} {_p}bRest = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {bBase}, {N((long)done * bStride)});");
                    (aRef, bRef) = (_p + "aRest", _p + "bRest");
                }

                for (int p = 0; p < path.KRest; p++)
                {
                    Step(aRef, bRef, p);
                }
            }

            _w.Line();
            _w.Line(_spec.HasBias || _spec.Activation != ActivationKind.None ? "// add the bias, activate, store once" : "// store once");
            for (int v = 0; v < starts.Count; v++)
            {
                if (_spec.HasBias)
                {
                    _w.Line($"{_p}k = {VectorCode.Load(bits, _ops.Bias, starts[v])};");
                }

                for (int r = 0; r < rows; r++)
                {
                    string z = _spec.HasBias ? $"{Acc(r, v)} + {_p}k" : Acc(r, v);
                    ActivationStore.Write(_w, _code, _spec.Activation, z, _p + "cRow", VectorCode.Offset(starts[v], r * _spec.N), path.Lanes, _p, loopLanes: true);
                }
            }
        }

        /// <summary>The column tiles of the inner form (the last one clamped), each a tile of pairs reduced along k.</summary>
        private void InnerColumns(InnerGemmPath path)
        {
            GemmTiles columns = path.Columns;
            string col = _p + "col";
            _w.Line();
            _w.Line($"// columns of c: {Tiles(columns, "column")}");
            IndentedWriter.Scope scope;
            if (columns.Count == 1)
            {
                scope = _w.Block();
                _w.Line($"ref {T} {_p}bTile = ref {_ops.B};");
                _w.Line($"ref {T} {_p}cTile = ref {_p}cRow;");
                InnerTile(path, "0");
            }
            else
            {
                string j = _p + "j";
                scope = _w.Block($"for (int {j} = 0; {j} < {N(columns.Extent)}; {j} += {N(columns.Tile)})");
                _w.Line(columns.Clamps ? $"int {col} = global::System.Math.Min({j}, {N(columns.LastStart)});" : $"int {col} = {j};");
                _w.Line($"ref {T} {_p}bTile = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_ops.B}, {col} * {N(_spec.K)});");
                _w.Line($"ref {T} {_p}cTile = ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {_p}cRow, {col});");
                InnerTile(path, col);
            }

            scope.Dispose();
        }

        /// <summary>One inner-product tile: every (row of a, row of b) pair of the tile reduced along k, then stored.</summary>
        private void InnerTile(InnerGemmPath path, string column)
        {
            ReductionPlan plan = path.Reduction;
            int bits = path.Bits, rows = path.Rows.Tile, columns = path.Columns.Tile;
            int k = _spec.K;
            string Acc(int r, int c, int j) => $"{_p}acc{r}_{c}_{j}";
            string A(int r) => $"{_p}a{r}";
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    var names = new List<string>();
                    for (int j = 0; j < plan.Accumulators; j++)
                    {
                        names.Add($"{Acc(r, c, j)} = {_code.Zero(bits)}");
                    }

                    _w.Line($"{Type} {string.Join(", ", names)};");
                }
            }

            var loaded = new List<string>();
            for (int r = 0; r < rows; r++)
            {
                loaded.Add(A(r));
            }

            _w.Line($"{Type} {string.Join(", ", loaded)}, {_p}bv;");

            void Step(Func<int, string> offset, int j, string? mask)
            {
                for (int r = 0; r < rows; r++)
                {
                    _w.Line($"{A(r)} = {ReductionEmitter.MaskLoad(plan, VectorCode.Load(bits, _p + "aTile", offset(r * k)), mask)};");
                }

                for (int c = 0; c < columns; c++)
                {
                    _w.Line($"{_p}bv = {ReductionEmitter.MaskLoad(plan, VectorCode.Load(bits, _p + "bTile", offset(c * k)), mask)};");
                    for (int r = 0; r < rows; r++)
                    {
                        _w.Line($"{Acc(r, c, j)} = {ReductionEmitter.Accumulate(_code, plan, A(r), _p + "bv", Acc(r, c, j), mask)};");
                    }
                }
            }

            ReductionEmitter.WriteSteps(_w, _code, plan, _p + "p", _p + "mask", "k", "", (first, last) => $"k {first}..{last}", Step);

            _w.Line();
            _w.Line("// sum each pair's accumulators");
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    var accumulators = new List<string>();
                    for (int j = 0; j < plan.Accumulators; j++)
                    {
                        accumulators.Add(Acc(r, c, j));
                    }

                    ReductionEmitter.WriteSum(_w, _code, plan, accumulators, $"{_p}sum{r}_{c}", $"{_p}z{r}_{c}");
                }
            }

            _w.Line();
            _w.Line(_spec.HasBias || _spec.Activation != ActivationKind.None ? "// add the bias, activate, store once" : "// store once");
            var scalar = new VectorCode(_spec.Element, _code.Target, 0, _code.Deterministic);
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    string z = $"{_p}z{r}_{c}";
                    if (_spec.HasBias)
                    {
                        _w.Line($"{z} += global::System.Runtime.CompilerServices.Unsafe.Add(ref {_ops.Bias}, {VectorCode.Offset(column, c)});");
                    }

                    _w.Line($"global::System.Runtime.CompilerServices.Unsafe.Add(ref {_p}cTile, {N((r * _spec.N) + c)}) = {scalar.Activate(_spec.Activation, z)};");
                }
            }
        }
    }
}
