using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Kinds.MatMul;

/// <summary>
/// The x64 register tiles of an integer matrix product (<see cref="IntegerTilePath"/>): columns of <c>c</c> in the
/// lanes, rows of <c>a</c> broadcast. <c>b</c> is packed <c>[k / group][paddedColumns][group]</c> (once per call, or by
/// the generator), so that one step loads a vector of columns with <c>group</c> consecutive <c>k</c> in each lane;
/// <c>a</c> is copied row by row as the instruction reads it (unsigned bytes, or shorts less the zero point), <c>k</c>
/// padded to whole groups. Threads share out tiles of columns. Pure data and the emitter, one file.
/// </summary>
internal static class IntegerGemmTiles
{
    private const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
    private const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";
    private const string X86 = "global::System.Runtime.Intrinsics.X86";
    private const string V128 = "global::System.Runtime.Intrinsics.Vector128";

    /// <summary>Rows of <c>a</c> per tile.</summary>
    public const int Rows = 4;

    /// <summary>The tile paths: <c>VPDPBUSD</c> ymm 4 rows x 4 vectors (16 accumulators: the JIT keeps them in ymm0-15, whose VEX form the instruction has), <c>VPMADDWD</c> zmm 4 x 4 and ymm 4 x 2.</summary>
    public static EquatableArray<IntegerTilePath> Plan(MatMulSpec spec, TargetInfo target)
    {
        var paths = new List<IntegerTilePath>();
        if (spec.N < 8)
        {
            return paths.ToEquatableArray();
        }

        IntegerTilePath Path(IntegerProduct product, int bits, int vectors) =>
            new(product, bits, Rows, System.Math.Max(1, System.Math.Min(vectors, spec.N / (bits / 32))));
        if (target.HasAvxVnni)
        {
            paths.Add(Path(IntegerProduct.DotProduct, 256, 4));
        }

        if (target.HasVector512 && spec.N >= 16)
        {
            paths.Add(Path(IntegerProduct.MultiplyAddAdjacent, 512, 4));
        }

        paths.Add(Path(IntegerProduct.MultiplyAddAdjacent, 256, 2));
        return paths.ToEquatableArray();
    }

    public static int Groups(MatMulSpec spec, IntegerTilePath path) => (spec.K + path.Group - 1) / path.Group;

    /// <summary>Tiles of columns, the units threads share out.</summary>
    public static int ColumnTiles(MatMulSpec spec, IntegerTilePath path) => (spec.N + path.Pixels - 1) / path.Pixels;

    public static int PaddedColumns(MatMulSpec spec, IntegerTilePath path) => ColumnTiles(spec, path) * path.Pixels;

    public static int RowBlocks(MatMulSpec spec) => (spec.M + Rows - 1) / Rows;

    /// <summary>Elements of one row of <c>a</c>'s copy.</summary>
    public static int RowLength(MatMulSpec spec, IntegerTilePath path) => Groups(spec, path) * path.Group;

    /// <summary>Bytes of packed <c>b</c>, then (when the path corrects) each padded column's sum.</summary>
    public static int PreparedBytes(MatMulSpec spec, IntegerTilePath path) =>
        (Groups(spec, path) * PaddedColumns(spec, path) * path.Group * path.ElementBytes)
        + (path.Corrects(spec.Integer!) ? PaddedColumns(spec, path) * 4 : 0);

    /// <summary>Per-thread scratch: <c>a</c>'s copy, then each padded column's addend (<c>int</c>) and multiplier (<c>float</c>).</summary>
    public static int ScratchBytes(MatMulSpec spec, IEnumerable<IntegerTilePath> paths) =>
        paths.Max(p => CopyBytes(spec, p) + (PaddedColumns(spec, p) * 8));

    private static int CopyBytes(MatMulSpec spec, IntegerTilePath path) => ((RowBlocks(spec) * Rows * RowLength(spec, path) * path.ElementBytes) + 63) / 64 * 64;

    private static long BIndex(MatMulSpec spec, int k, int n) => spec.TransposeB ? ((long)n * spec.K) + k : ((long)k * spec.N) + n;

    public static string ScratchField(MethodInfo method) => $"__KernelGen_{method.UniqueName}_Tiles";

    private static string PackedData(MethodInfo method, IntegerTilePath path) => $"__KernelGen_{method.UniqueName}_PackedB{path.Group}x{path.Pixels}";

    /// <summary>Paths that read the same packed b: the same group and the same padded columns.</summary>
    private static IEnumerable<IGrouping<(int, int), IntegerTilePath>> Packings(IntegerMatMulPlan plan) =>
        plan.Tiles.GroupBy(t => (t.Group, PaddedColumns(plan.Spec, t)));

    public static void WritePlanLines(IndentedWriter w, IntegerMatMulPlan plan)
    {
        MatMulSpec spec = plan.Spec;
        foreach (IntegerTilePath t in plan.Tiles)
        {
            string what = t.Product == IntegerProduct.DotProduct ? "VPDPBUSD, 4 k as bytes per lane" : "VPMADDWD, 2 k as shorts per lane";
            w.Line($"//   {t.Name,-10} tiles of {t.Rows} rows of a x {t.Vectors} vector{(t.Vectors == 1 ? "" : "s")} of {t.Lanes} columns ({t.Accumulators} accumulators, {what}); b packed [{Groups(spec, t)}][{PaddedColumns(spec, t)}][{t.Group}]{(spec.ConstantOf("b") is null ? " once per call" : " by the generator")}; {ColumnTiles(spec, t)} tile{(ColumnTiles(spec, t) == 1 ? "" : "s")} of columns, each over {RowBlocks(spec)} block{(RowBlocks(spec) == 1 ? "" : "s")} of rows");
        }
    }

    public static void WriteMembers(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        w.Line($"// {method.Name}'s copy of a and its columns' addends and multipliers, per thread (the tile paths).");
        ScratchBuffers.WriteField(w, ScratchField(method));
        w.Line();
        if (spec.ConstantOf("b") is not { } b)
        {
            return;
        }

        foreach (IntegerTilePath path in Packings(plan).Select(g => g.First()))
        {
            var bytes = new List<double>();
            int columns = PaddedColumns(spec, path), groups = Groups(spec, path);
            for (int g = 0; g < groups; g++)
            {
                for (int n = 0; n < columns; n++)
                {
                    for (int j = 0; j < path.Group; j++)
                    {
                        int k = (g * path.Group) + j;
                        int value = k < spec.K && n < spec.N ? (int)b[(int)BIndex(spec, k, n)] : 0;
                        for (int e = 0; e < path.ElementBytes; e++)
                        {
                            bytes.Add((sbyte)(value >> (8 * e)));
                        }
                    }
                }
            }

            if (path.Corrects(spec.Integer!))
            {
                for (int n = 0; n < columns; n++)
                {
                    long sum = 0;
                    for (int k = 0; n < spec.N && k < spec.K; k++)
                    {
                        sum += (long)b[(int)BIndex(spec, k, n)];
                    }

                    for (int e = 0; e < 4; e++)
                    {
                        bytes.Add((sbyte)(sum >> (8 * e)));
                    }
                }
            }

            w.Line($"// {method.Name}'s b ({b.Member}) packed by the generator for the {path.Group}-k tiles of {path.Pixels} columns (little-endian{(path.Corrects(spec.Integer!) ? "; then each column's sum" : "")}).");
            KernelFileWriter.WriteData(w, PackedData(method, path), ElementType.SByte, bytes.Count, i => bytes[i]);
        }
    }

    /// <summary>Run-time <c>b</c> packed for the path that runs, on the calling thread, into <c>packedB</c>; <paramref name="otherwise"/> for the other paths.</summary>
    public static void WritePreparation(IndentedWriter w, IntegerMatMulPlan plan, string p, string b, System.Action otherwise) =>
        IntegerTileMethods.WritePreparation(w, Packings(plan), path => WritePacking(w, plan, path, p, b), otherwise);

    private static void WritePacking(IndentedWriter w, IntegerMatMulPlan plan, IntegerTilePath path, string p, string b)
    {
        MatMulSpec spec = plan.Spec;
        int columns = PaddedColumns(spec, path), groups = Groups(spec, path), g = path.Group;
        string e = path.ElementBytes == 1 ? "sbyte" : "short";
        w.Line($"// b packed [{groups}][{columns}][{g}] ({e}s), padding zero{(path.Corrects(spec.Integer!) ? "; then each column's sum" : "")}");
        if (columns > spec.N)
        {
            using (w.Block($"for (int {p}g = 0; {p}g < {N(groups)}; {p}g++)"))
            {
                w.Line($"{p}transposed.Slice(({p}g * {N(columns * g)} + {N(spec.N * g)}) * {N(path.ElementBytes)}, {N((columns - spec.N) * g * path.ElementBytes)}).Clear(); // the padding columns are zero");
            }
        }

        w.Line($"ref {e} {p}packed = ref {Unsafe}.As<sbyte, {e}>(ref {Marshal}.GetReference({p}transposed));");
        w.Line($"ref sbyte {p}source = ref {Marshal}.GetReference({b});");
        string gi = p + "g", n = p + "n", j = p + "j";
        using (w.Block($"for (int {gi} = 0; {gi} < {N(groups)}; {gi}++)"))
        {
            w.Line($"ref {e} {p}to = ref {Unsafe}.Add(ref {p}packed, {gi} * {N(columns * g)});");
            w.Line($"int {n} = 0;");
            bool whole = spec.K % g == 0;
            if (!spec.TransposeB && spec.N >= 16)
            {
                // g rows of b, 16 columns at a time, interleaved by unpacks as the convolution's image copy
                string rows = whole ? "" : $"{gi} < {N(spec.K / g)} && ";
                using (w.Block($"for (; {rows}{n} <= {N(spec.N - 16)}; {n} += 16)"))
                {
                    var loaded = new List<string>();
                    for (int r = 0; r < g; r++)
                    {
                        w.Line($"{V128}<sbyte> {p}r{N(r)} = {V128}.LoadUnsafe(ref {p}source, (nuint)(((({gi} * {N(g)}) + {N(r)}) * {N(spec.N)}) + {n}));");
                        loaded.Add($"{p}r{N(r)}");
                    }

                    if (g == 4)
                    {
                        w.Line($"var {p}a0 = {V128}.AsInt16({X86}.Sse2.UnpackLow({loaded[0]}, {loaded[1]})); var {p}a1 = {V128}.AsInt16({X86}.Sse2.UnpackHigh({loaded[0]}, {loaded[1]}));");
                        w.Line($"var {p}b0 = {V128}.AsInt16({X86}.Sse2.UnpackLow({loaded[2]}, {loaded[3]})); var {p}b1 = {V128}.AsInt16({X86}.Sse2.UnpackHigh({loaded[2]}, {loaded[3]}));");
                        w.Line($"ref short {p}at = ref {Unsafe}.As<sbyte, short>(ref {Unsafe}.Add(ref {p}to, {n} * 4));");
                    }
                    else
                    {
                        w.Line($"var {p}a0 = {V128}.WidenLower({loaded[0]}); var {p}a1 = {V128}.WidenUpper({loaded[0]});");
                        w.Line($"var {p}b0 = {V128}.WidenLower({loaded[1]}); var {p}b1 = {V128}.WidenUpper({loaded[1]});");
                        w.Line($"ref short {p}at = ref {Unsafe}.Add(ref {p}to, {n} * 2);");
                    }

                    w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackLow({p}a0, {p}b0), ref {p}at);");
                    w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackHigh({p}a0, {p}b0), ref {p}at, 8);");
                    w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackLow({p}a1, {p}b1), ref {p}at, 16);");
                    w.Line($"{V128}.StoreUnsafe({X86}.Sse2.UnpackHigh({p}a1, {p}b1), ref {p}at, 24);");
                }
            }

            using (w.Block($"for (; {n} < {N(spec.N)}; {n}++)"))
            {
                using (w.Block($"for (int {j} = 0; {j} < {N(g)}; {j}++)"))
                {
                    w.Line($"int {p}k = ({gi} * {N(g)}) + {j};");
                    string index = spec.TransposeB ? $"({n} * {N(spec.K)}) + {p}k" : $"({p}k * {N(spec.N)}) + {n}";
                    string read = $"{Unsafe}.Add(ref {p}source, {index})";
                    w.Line($"{Unsafe}.Add(ref {p}to, ({n} * {N(g)}) + {j}) = {(whole ? read : $"{p}k < {N(spec.K)} ? {read} : ({e})0")};");
                }
            }
        }

        if (path.Corrects(spec.Integer!))
        {
            // each column's sum by VPDPBUSD against ones: 8 columns per vector, over every group of 4 k
            w.Line($"ref int {p}columnSums = ref {Unsafe}.As<sbyte, int>(ref {Unsafe}.Add(ref {Marshal}.GetReference({p}transposed), {N(groups * columns * g)}));");
            using (w.Block($"for (int {n} = 0; {n} < {N(columns)}; {n} += 8)"))
            {
                w.Line($"global::System.Runtime.Intrinsics.Vector256<int> {p}sum = global::System.Runtime.Intrinsics.Vector256<int>.Zero;");
                using (w.Block($"for (int {gi} = 0; {gi} < {N(groups)}; {gi}++)"))
                {
                    w.Line($"{p}sum = {X86}.AvxVnni.MultiplyWideningAndAdd({p}sum, global::System.Runtime.Intrinsics.Vector256.Create((byte)1), global::System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref {p}packed, (nuint)(({gi} * {N(columns * g)}) + ({n} * 4))));");
                }

                w.Line($"global::System.Runtime.Intrinsics.Vector256.StoreUnsafe({p}sum, ref {p}columnSums, (nuint){n});");
            }
        }
    }

    /// <summary>Every tile path as <c>if (hardware) { call; return; }</c>, each a static local function of its own.</summary>
    public static void WritePaths(IndentedWriter w, IntegerMatMulPlan plan, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        IntegerScheme integer = spec.Integer!;
        string p = method.LocalPrefix;
        var arguments = new List<string> { $"ref {p}a" };
        var parameters = new List<string> { $"ref {integer.Activations.Keyword()} {p}a" };
        if (spec.ConstantOf("b") is null)
        {
            arguments.Add($"ref {p}b");
            parameters.Add($"ref sbyte {p}b");
        }

        if (spec.HasBias)
        {
            arguments.Add($"ref {p}bias");
            parameters.Add($"ref int {p}bias");
        }

        if (integer.HasScale)
        {
            arguments.Add($"ref {p}scale");
            parameters.Add($"ref float {p}scale");
        }

        arguments.Add($"ref {p}c");
        parameters.Add($"ref {integer.Output.Keyword()} {p}c");
        parameters.Add($"int {p}first");
        parameters.Add($"int {p}end");
        IntegerTileMethods.Write(w, plan.Target, plan.Tiles, p, parameters, path =>
        {
            (string first, string end) = plan.Partition.UnitRange(ColumnTiles(spec, path), p);
            return $"{string.Join(", ", arguments)}, {first}, {end}";
        }, path => WritePath(w, plan, path, method));
    }

    private static void WritePath(IndentedWriter w, IntegerMatMulPlan plan, IntegerTilePath path, MethodInfo method)
    {
        MatMulSpec spec = plan.Spec;
        IntegerScheme integer = spec.Integer!;
        string p = method.LocalPrefix;
        string e = path.ElementBytes == 1 ? "byte" : "short";
        int columns = PaddedColumns(spec, path), groups = Groups(spec, path), row = RowLength(spec, path);
        ScratchBuffers.WriteAllocate(w, p + "tiles", ScratchField(method), ScratchBytes(spec, plan.Tiles), "byte");
        w.Line($"ref byte {p}scratch = ref {ScratchBuffers.Aligned(p + "tiles", "byte")};");
        w.Line($"ref {e} {p}copy = ref {Unsafe}.As<byte, {e}>(ref {p}scratch);");
        w.Line($"ref int {p}addends = ref {Unsafe}.As<byte, int>(ref {Unsafe}.Add(ref {p}scratch, {N(CopyBytes(spec, path))}));");
        w.Line($"ref float {p}multipliers = ref {Unsafe}.As<byte, float>(ref {Unsafe}.Add(ref {p}scratch, {N(CopyBytes(spec, path) + (columns * 4))}));");
        w.Line(spec.ConstantOf("b") is not null
            ? $"ref {(path.ElementBytes == 1 ? "sbyte" : "short")} {p}packed = ref {Unsafe}.As<sbyte, {(path.ElementBytes == 1 ? "sbyte" : "short")}>(ref {Marshal}.GetReference({PackedData(method, path)}));"
            : $"ref {(path.ElementBytes == 1 ? "sbyte" : "short")} {p}packed = ref {Unsafe}.As<sbyte, {(path.ElementBytes == 1 ? "sbyte" : "short")}>(ref {p}b); // packed once per call");
        WriteCopy(w, spec, path, p, row);
        WriteColumnTerms(w, spec, path, p, columns, groups);

        string t = p + "t", mb = p + "mb", gi = p + "g";
        int lanes = path.Lanes, vectors = path.Vectors, rows = path.Rows;
        string v = $"global::System.Runtime.Intrinsics.Vector{path.Bits}";
        string Acc(int r, int c) => $"{p}acc{N(r)}_{N(c)}";
        w.Line($"// this part's tiles of {path.Pixels} columns, each over every block of {rows} rows");
        using (w.Block($"for (int {t} = {p}first; {t} < {p}end; {t}++)"))
        {
            using (w.Block($"for (int {mb} = 0; {mb} < {N(RowBlocks(spec))}; {mb}++)"))
            {
                for (int r = 0; r < rows; r++)
                {
                    w.Line($"{v}<int> {string.Join(", ", Enumerable.Range(0, vectors).Select(c => $"{Acc(r, c)} = {v}<int>.Zero"))};");
                }

                w.Line($"ref {e} {p}rows = ref {Unsafe}.Add(ref {p}copy, {mb} * {N(rows * row)});");
                w.Line($"ref {(path.ElementBytes == 1 ? "sbyte" : "short")} {p}panel = ref {Unsafe}.Add(ref {p}packed, {t} * {N(path.Pixels * path.Group)});");
                string bt = path.ElementBytes == 1 ? "sbyte" : "short";
                w.Line($"{v}<{bt}> {string.Join(", ", Enumerable.Range(0, vectors).Select(c => $"{p}y{N(c)}"))};");
                w.Line($"{v}<{(path.ElementBytes == 1 ? "byte" : "short")}> {p}x;");
                // two groups of k per iteration, the row and panel references advanced (constant offsets within)
                void Step(int half)
                {
                    for (int c = 0; c < vectors; c++)
                    {
                        w.Line($"{p}y{N(c)} = {v}.LoadUnsafe(ref {p}panel, {N((half * columns * path.Group) + (c * lanes * path.Group))});");
                    }

                    for (int r = 0; r < rows; r++)
                    {
                        string a = $"{Unsafe}.ReadUnaligned<int>(ref {Unsafe}.As<{e}, byte>(ref {Unsafe}.Add(ref {p}rows, {N((half * path.Group) + (r * row))})))";
                        w.Line($"{p}x = {v}.{(path.ElementBytes == 1 ? "AsByte" : "AsInt16")}({v}.Create({a}));");
                        for (int c = 0; c < vectors; c++)
                        {
                            w.Line(path.Product == IntegerProduct.DotProduct
                                ? $"{Acc(r, c)} = {X86}.AvxVnni.MultiplyWideningAndAdd({Acc(r, c)}, {p}x, {p}y{N(c)});"
                                : $"{Acc(r, c)} += {X86}.{(path.Bits == 512 ? "Avx512BW" : "Avx2")}.MultiplyAddAdjacent({p}x, {p}y{N(c)});");
                        }
                    }
                }

                if (groups >= 2)
                {
                    using (w.Block($"for (int {gi} = 0; {gi} < {N(groups / 2)}; {gi}++)"))
                    {
                        Step(0);
                        Step(1);
                        w.Line($"{p}panel = ref {Unsafe}.Add(ref {p}panel, {N(2 * columns * path.Group)});");
                        w.Line($"{p}rows = ref {Unsafe}.Add(ref {p}rows, {N(2 * path.Group)});");
                    }
                }

                if (groups % 2 == 1)
                {
                    w.Line("// the last group of k");
                    Step(0);
                }

                WriteTileStores(w, plan, path, p, Acc);
            }
        }
    }

    /// <summary>a's rows copied as the instruction reads them, k padded to whole groups (b's padding is zero), rows to whole blocks.</summary>
    private static void WriteCopy(IndentedWriter w, MatMulSpec spec, IntegerTilePath path, string p, int row)
    {
        IntegerScheme integer = spec.Integer!;
        bool bytes = path.ElementBytes == 1, flips = bytes && integer.Activations == ElementType.SByte;
        string t = integer.Activations.Keyword();
        w.Line(bytes
            ? $"// a's rows as unsigned bytes{(flips ? " (x + 128)" : "")}, [{RowBlocks(spec) * Rows}][{row}]"
            : $"// a's rows as shorts x - {N(integer.InputZeroPoint)}, [{RowBlocks(spec) * Rows}][{row}]");
        string m = p + "m", k = p + "k";
        using (w.Block($"for (int {m} = 0; {m} < {N(spec.M)}; {m}++)"))
        {
            w.Line($"ref {t} {p}from = ref {Unsafe}.Add(ref {p}a, {m} * {N(spec.K)});");
            w.Line($"ref {(bytes ? "byte" : "short")} {p}into = ref {Unsafe}.Add(ref {p}copy, {m} * {N(row)});");
            w.Line($"int {k} = 0;");
            if (spec.K >= 16)
            {
                using (w.Block($"for (; {k} <= {N(spec.K - 16)}; {k} += 16)"))
                {
                    w.Line($"{V128}<byte> {p}raw = {V128}.LoadUnsafe(ref {Unsafe}.As<{t}, byte>(ref {p}from), (nuint){k});");
                    if (bytes)
                    {
                        w.Line($"{V128}.StoreUnsafe({(flips ? $"{p}raw ^ {V128}.Create((byte)0x80)" : $"{p}raw")}, ref {p}into, (nuint){k});");
                    }
                    else
                    {
                        string zp = integer.InputZeroPoint == 0 ? "" : $" - {V128}.Create((short){N(integer.InputZeroPoint)})";
                        string Widen(string half) => integer.Activations == ElementType.SByte
                            ? $"{V128}.Widen{half}({V128}.AsSByte({p}raw))" : $"{V128}.AsInt16({V128}.Widen{half}({p}raw))";
                        w.Line($"{V128}.StoreUnsafe({Widen("Lower")}{zp}, ref {p}into, (nuint){k});");
                        w.Line($"{V128}.StoreUnsafe({Widen("Upper")}{zp}, ref {p}into, (nuint)({k} + 8));");
                    }
                }
            }

            using (w.Block($"for (; {k} < {N(row)}; {k}++)"))
            {
                string x = $"{Unsafe}.Add(ref {p}from, {k})";
                string value = bytes ? (flips ? $"(byte)({x} ^ 0x80)" : x) : $"(short)({x} - {N(integer.InputZeroPoint)})";
                w.Line($"{Unsafe}.Add(ref {p}into, {k}) = {k} < {N(spec.K)} ? {value} : ({(bytes ? "byte" : "short")})0;");
            }
        }
    }

    /// <summary>Each padded column's addend (bias less the offset times its sum) and multiplier, so the stores read whole vectors.</summary>
    private static void WriteColumnTerms(IndentedWriter w, MatMulSpec spec, IntegerTilePath path, string p, int columns, int groups)
    {
        IntegerScheme integer = spec.Integer!;
        bool corrects = path.Corrects(integer);
        if (!spec.HasBias && !corrects && !integer.HasScale)
        {
            return;
        }

        if (corrects)
        {
            w.Line($"ref int {p}columnSums = ref {Unsafe}.As<{(path.ElementBytes == 1 ? "sbyte" : "short")}, int>(ref {Unsafe}.Add(ref {p}packed, {N(groups * columns * path.Group)}));");
        }

        string n = p + "n";
        w.Line("// each column's addend and multiplier (0 past the last column)");
        using (w.Block($"for (int {n} = 0; {n} < {N(columns)}; {n}++)"))
        {
            var terms = new List<string>();
            if (spec.HasBias)
            {
                terms.Add($"({n} < {N(spec.N)} ? {Unsafe}.Add(ref {p}bias, {n}) : 0)");
            }

            if (corrects)
            {
                terms.Add($"{N(-integer.UnsignedOffset)} * {Unsafe}.Add(ref {p}columnSums, {n})");
            }

            w.Line($"{Unsafe}.Add(ref {p}addends, {n}) = {(terms.Count == 0 ? "0" : string.Join(" + ", terms))};");
            if (integer.HasScale)
            {
                w.Line($"{Unsafe}.Add(ref {p}multipliers, {n}) = {n} < {N(spec.N)} ? {Unsafe}.Add(ref {p}scale, {n}) : 0f;");
            }
        }
    }

    /// <summary>The tile's outputs: whole vectors through the shared vector store, a vector past the last column lane by lane.</summary>
    private static void WriteTileStores(IndentedWriter w, IntegerMatMulPlan plan, IntegerTilePath path, string p, System.Func<int, int, string> acc)
    {
        MatMulSpec spec = plan.Spec;
        IntegerScheme integer = spec.Integer!;
        bool sums = spec.HasBias || path.Corrects(integer) || integer.HasScale;
        bool vector = IntegerStore.Vectorizes(integer, spec.Activation) && path.Lanes == 8;
        string v = $"global::System.Runtime.Intrinsics.Vector{path.Bits}";
        w.Line("// add, requantize, store");
        for (int r = 0; r < path.Rows; r++)
        {
            for (int c = 0; c < path.Vectors; c++)
            {
                string m = $"({p}mb * {N(path.Rows)} + {N(r)})", n = $"({p}t * {N(path.Pixels)} + {N(c * path.Lanes)})";
                string guard = spec.M % path.Rows == 0 ? "" : $"{m} < {N(spec.M)} && ";
                using (w.Block($"if ({guard}{n} + {N(path.Lanes)} <= {N(spec.N)})"))
                {
                    if (vector)
                    {
                        string sum = sums ? $"{acc(r, c)} + {v}.LoadUnsafe(ref {p}addends, (nuint){n})" : acc(r, c);
                        string? scale = integer.HasScale ? $"{v}.LoadUnsafe(ref {p}multipliers, (nuint){n})" : null;
                        IntegerStore.WriteVector(w, integer, spec.Activation, 8, sum, scale, $"ref {Unsafe}.Add(ref {p}c, ({m} * {N(spec.N)}) + {n})", p);
                    }
                    else
                    {
                        WriteLanes(w, plan, path, p, acc(r, c), m, n, sums, path.Lanes.ToString(CultureInfo.InvariantCulture));
                    }
                }

                using (w.Block($"else if ({guard}{n} < {N(spec.N)})"))
                {
                    WriteLanes(w, plan, path, p, acc(r, c), m, n, sums, $"{N(spec.N)} - {n}");
                }
            }
        }
    }

    private static void WriteLanes(IndentedWriter w, IntegerMatMulPlan plan, IntegerTilePath path, string p, string acc, string m, string n, bool sums, string count)
    {
        MatMulSpec spec = plan.Spec;
        IntegerScheme integer = spec.Integer!;
        string l = p + "l";
        string v = $"global::System.Runtime.Intrinsics.Vector{path.Bits}";
        using (w.Block($"for (int {l} = 0; {l} < {count}; {l}++)"))
        {
            string value = $"({v}.GetElement({acc}, {l}){(sums ? $" + {Unsafe}.Add(ref {p}addends, {n} + {l})" : "")})";
            var floats = new VectorCode(ElementType.Float, plan.Target, 0);
            w.Line($"{Unsafe}.Add(ref {p}c, ({m} * {N(spec.N)}) + {n} + {l}) = {IntegerStore.Value(integer, spec.Activation, value, integer.HasScale ? $"{Unsafe}.Add(ref {p}multipliers, {n} + {l})" : null, floats)};");
        }
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
