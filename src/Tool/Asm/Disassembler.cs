using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;
using KernelGen.Tool.Commands;
using KernelGen.Tool.Sources;

namespace KernelGen.Tool.Asm;

/// <summary>
/// Gets kernels' machine code as the JIT compiles them on this machine. A child process (this tool again, hidden
/// command <c>__asm-host</c>) loads the assembly and calls each kernel through the catalog, with the runtime's
/// disassembly switches set: <c>DOTNET_TieredCompilation=0</c> (each method compiled once, fully optimized, as
/// tiering ends up compiling a hot kernel), <c>DOTNET_JitDisasm</c> naming the kernels and their local functions,
/// <c>DOTNET_JitStdOutFile</c> so the listing does not mix with the program's output.
/// </summary>
internal static class Disassembler
{
    public static IReadOnlyList<AsmMethod> Disassemble(KernelSet set, IReadOnlyList<KernelInfo> kernels)
    {
        string listing = Path.Combine(Path.GetTempPath(), "kernelgen", $"asm-{Environment.ProcessId}-{Guid.NewGuid():N}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(listing)!);
        var patterns = kernels.Select(k => k.Method).Distinct().SelectMany(m => new[] { m, $"<{m}>g__*" });
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_TieredCompilation"] = "0",
            ["DOTNET_TieredPGO"] = "0",
            ["DOTNET_JitDisasm"] = string.Join(' ', patterns),
            ["DOTNET_JitStdOutFile"] = listing,
            ["DOTNET_JitDisasmSummary"] = "0",
        };
        var arguments = new List<string> { "exec", typeof(Disassembler).Assembly.Location, AsmHostCommand.Name, "--assembly", set.AssemblyPath };
        foreach (KernelInfo kernel in kernels)
        {
            arguments.Add("--kernel");
            arguments.Add(kernel.Name);
        }

        try
        {
            (int code, string output) = Dotnet.Run(arguments, environment);
            if (code != 0)
            {
                throw new ToolError($"The disassembly process failed (exit code {code}):\n{output.Trim()}");
            }

            if (!File.Exists(listing))
            {
                throw new ToolError("The runtime wrote no disassembly (DOTNET_JitDisasm needs .NET 7 or later).");
            }

            var names = kernels.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);
            return AsmListing.Parse(File.ReadAllText(listing)).Where(m => names.Contains(m.OwnerFullName)).ToList();
        }
        finally
        {
            File.Delete(listing);
        }
    }
}
