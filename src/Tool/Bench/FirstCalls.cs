using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;
using KernelGen.Tool.Commands;
using KernelGen.Tool.Sources;

namespace KernelGen.Tool.Bench;

/// <summary>
/// Each kernel's first call in a fresh process (<see cref="FirstCallHostCommand"/>): in the tool's own process the
/// kernels timed before it have already compiled the catalog's invokers and warmed the runtime, and a kernel compiled
/// once cannot be timed again. The child runs with the parent's environment, so tiering and ReadyToRun settings apply.
/// </summary>
internal static class FirstCalls
{
    public static double Measure(KernelSet set, KernelInfo kernel)
    {
        string[] arguments = { "exec", typeof(FirstCalls).Assembly.Location, FirstCallHostCommand.Name, "--assembly", set.AssemblyPath, "--kernel", kernel.Name };
        (int code, string output) = Dotnet.Run(arguments, new Dictionary<string, string>());
        string? line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(FirstCallHostCommand.Prefix, StringComparison.Ordinal));
        if (code != 0 || line is null)
        {
            throw new ToolError($"The first-call process for {kernel.Name} failed (exit code {code}):\n{output.Trim()}");
        }

        return double.Parse(line[FirstCallHostCommand.Prefix.Length..].Replace(" ms", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }
}
