using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;

namespace KernelGen.Tool.Sources;

/// <summary>
/// Loads a built assembly into the tool's own load context, so that its <c>KernelGen.Runtime</c> is the tool's (the
/// catalog's types are shared) and its other dependencies resolve from its own <c>.deps.json</c>.
/// </summary>
internal static class KernelAssemblyLoader
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Resolved = new(StringComparer.Ordinal);

    public static KernelSet Load(string path, string origin, Func<KernelInfo, string?>? generatedSource = null)
    {
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new ToolError($"File not found: {path}");
        }

        Assembly assembly;
        try
        {
            // An application's other dependencies resolve from its .deps.json (a compiled declaration has none and needs
            // only KernelGen.Runtime, the tool's own).
            // One resolver per assembly, however often it is loaded (tests load the same one many times).
            if (File.Exists(Path.ChangeExtension(full, ".deps.json")) && Resolved.TryAdd(full, true))
            {
                var resolver = new AssemblyDependencyResolver(full);
                AssemblyLoadContext.Default.Resolving += (context, name) =>
                {
                    string? dependency = resolver.ResolveAssemblyToPath(name);
                    return dependency is null || name.Name == "KernelGen.Runtime" ? null : context.LoadFromAssemblyPath(dependency);
                };
            }

            assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException)
        {
            throw new ToolError($"{path} is not a .NET assembly.");
        }

        KernelCatalog? catalog;
        try
        {
            catalog = KernelCatalog.For(assembly);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new ToolError($"{path} references a KernelGen.Runtime this tool cannot load ({e.Message}): use the tool of the same version as the KernelGen package.");
        }

        if (catalog is null || catalog.Kernels.Count == 0)
        {
            throw new ToolError($"{path} has no KernelGen kernels (no [assembly: KernelCatalog]): does it reference the KernelGen package, declare a kernel, and leave <KernelGenCatalog> on?");
        }

        return new KernelSet(assembly, origin, full, catalog, IsOptimized(assembly), generatedSource ?? FindGeneratedSource(full));
    }

    /// <summary>Whether the compiler optimized the assembly: a Debug build carries <see cref="DebuggableAttribute"/> with the JIT optimizer disabled.</summary>
    public static bool IsOptimized(Assembly assembly) =>
        assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };

    /// <summary>
    /// The generated file beside a built assembly: under <c>obj/</c> of the project above the output folder, written
    /// when the project sets <c>EmitCompilerGeneratedFiles</c>: first the folder of the same configuration and target
    /// framework (<c>bin/Release/net8.0</c> reads <c>obj/Release/net8.0/generated</c>), else the newest copy. Null when
    /// there is none.
    /// </summary>
    private static Func<KernelInfo, string?> FindGeneratedSource(string assemblyPath) => kernel =>
    {
        string output = Path.GetDirectoryName(assemblyPath)!;
        for (DirectoryInfo? folder = new DirectoryInfo(output); folder is not null; folder = folder.Parent)
        {
            string obj = Path.Combine(folder.FullName, "obj");
            if (!Directory.Exists(obj))
            {
                continue;
            }

            string bin = Path.Combine(folder.FullName, "bin");
            if (output.StartsWith(bin + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                string same = Path.Combine(obj, Path.GetRelativePath(bin, output), "generated");
                if (Directory.Exists(same))
                {
                    string? match = Matches(same, kernel.GeneratedFile).FirstOrDefault();
                    if (match is not null)
                    {
                        return File.ReadAllText(match);
                    }
                }
            }

            string? newest = Matches(obj, kernel.GeneratedFile).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
            return newest is null ? null : File.ReadAllText(newest);
        }

        return null;
    };

    private static System.Collections.Generic.IEnumerable<string> Matches(string folder, string file) =>
        Directory.EnumerateFiles(folder, file, SearchOption.AllDirectories)
            .Where(f => f.Replace('\\', '/').Contains("/KernelGen.Generator/", StringComparison.Ordinal));
}
