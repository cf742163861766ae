using System.Collections.Generic;
using System.Linq;

namespace KernelGen.Generator.Shared;

/// <summary>
/// The frame every kind's x64 register tiles (<see cref="IntegerTilePath"/>) share: the ladder that calls the first
/// path whose hardware check passes and returns, each path a static local function of its own (the JIT compiles only
/// the one that runs, with few locals, fully optimized: written inline, a convolution's paths pushed the method into
/// MinOpts), and the once-per-call preparation ladder of the packed operand.
/// </summary>
internal static class IntegerTileMethods
{
    /// <summary>
    /// <c>if (hardware) { Tiles&lt;Path&gt;(arguments); return; }</c> for each path, then the local functions of
    /// <paramref name="parameters"/> whose bodies <paramref name="body"/> writes.
    /// </summary>
    public static void Write(IndentedWriter w, Model.TargetInfo target, IReadOnlyList<IntegerTilePath> tiles, string prefix, IReadOnlyList<string> parameters,
        System.Func<IntegerTilePath, string> arguments, System.Action<IntegerTilePath> body)
    {
        foreach (IntegerTilePath path in tiles)
        {
            w.Line();
            using (w.Block($"if ({path.Condition})"))
            {
                w.Line($"{prefix}Tiles{path.Name}({arguments(path)});");
                w.Line("return;");
            }
        }

        foreach (IntegerTilePath path in tiles)
        {
            w.Line();
            w.Line($"// the {path.Name} tiles, a method of their own");
            w.OptionalLine(target.OptimizationAttribute);
            using (w.Block($"static void {prefix}Tiles{path.Name}({string.Join(", ", parameters)})"))
            {
                body(path);
            }
        }
    }

    /// <summary>
    /// The packed operand for the path that runs (the JIT keeps one branch): one branch per packing (paths that read the
    /// same layout share it), <paramref name="otherwise"/> for the paths without tiles.
    /// </summary>
    public static void WritePreparation<TKey>(IndentedWriter w, IEnumerable<IGrouping<TKey, IntegerTilePath>> packings,
        System.Action<IntegerTilePath> pack, System.Action otherwise)
    {
        bool first = true;
        foreach (IGrouping<TKey, IntegerTilePath> packing in packings)
        {
            string condition = string.Join(" || ", packing.Select(t => packing.Count() == 1 ? t.Condition : $"({t.Condition})"));
            using (w.Block($"{(first ? "" : "else ")}if ({condition})"))
            {
                pack(packing.First());
            }

            first = false;
        }

        if (first)
        {
            otherwise(); // no tile path packs
            return;
        }

        using (w.Block("else"))
        {
            otherwise();
        }
    }
}
