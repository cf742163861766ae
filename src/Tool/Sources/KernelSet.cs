using System;
using System.Collections.Generic;
using System.Linq;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;

namespace KernelGen.Tool.Sources;

/// <summary>
/// The kernels a command works on, wherever they came from (a declaration compiled in memory, a project built in
/// Release, a built assembly): the assembly's catalog, the assembly on disk (for the <c>asm</c> child process), whether
/// it was optimized, and a way to the generated source of each kernel.
/// </summary>
internal sealed class KernelSet(
    System.Reflection.Assembly assembly,
    string origin,
    string assemblyPath,
    KernelCatalog catalog,
    bool optimized,
    Func<KernelInfo, string?> generatedSource)
{
    /// <summary>The loaded assembly.</summary>
    public System.Reflection.Assembly LoadedAssembly { get; } = assembly;

    /// <summary>What the user named: the declaration, the project or the assembly.</summary>
    public string Origin { get; } = origin;

    /// <summary>The assembly file that holds the kernels.</summary>
    public string AssemblyPath { get; } = assemblyPath;

    public KernelCatalog Catalog { get; } = catalog;

    /// <summary>Whether the assembly was compiled with optimization (Release); a Debug build runs kernels without JIT optimization.</summary>
    public bool Optimized { get; } = optimized;

    /// <summary>The generated C# of one kernel's file, as the build got it, or null when it is not on disk.</summary>
    public string? GeneratedSource(KernelInfo kernel) => generatedSource(kernel);

    /// <summary>
    /// The kernels named by <paramref name="names"/> (full or method names, as <see cref="KernelCatalog.Find"/> takes
    /// them), or every kernel when none is named. An unknown name is an error that lists what there is.
    /// </summary>
    public IReadOnlyList<KernelInfo> Select(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return Catalog.Kernels;
        }

        var selected = new List<KernelInfo>();
        foreach (string name in names)
        {
            KernelInfo? kernel = Catalog.Find(name);
            if (kernel is null)
            {
                bool ambiguous = Catalog.Kernels.Count(k => k.Method == name) > 1;
                string known = string.Join(", ", Catalog.Kernels.Select(k => k.Name).Take(20)) + (Catalog.Kernels.Count > 20 ? ", ..." : "");
                throw new ToolError(ambiguous
                    ? $"'{name}' names more than one kernel in {Origin}: give the full name ({string.Join(", ", Catalog.Kernels.Where(k => k.Method == name).Select(k => k.Name))})."
                    : $"No kernel named '{name}' in {Origin}. Its kernels: {known}.");
            }

            if (!selected.Contains(kernel))
            {
                selected.Add(kernel);
            }
        }

        return selected;
    }
}
