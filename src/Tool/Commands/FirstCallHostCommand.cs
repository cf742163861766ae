using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KernelGen.Catalog;
using KernelGen.Tool.Bench;
using KernelGen.Tool.Cli;
using KernelGen.Tool.Sources;

namespace KernelGen.Tool.Commands;

/// <summary>
/// The hidden child of <c>kernelgen bench</c> for the first-call column: a fresh process (this tool again) loads the
/// assembly, makes one kernel's operands and times its first call, compiling included, before anything else of the
/// kernel has run; it prints <c>first call: N ms</c>. The runtime's and the tool's own start-up are not counted.
/// </summary>
internal static class FirstCallHostCommand
{
    public const string Name = "__first-call";

    /// <summary>The line the host prints, parsed by <see cref="FirstCalls"/>.</summary>
    public const string Prefix = "first call: ";

    public static Command Create(ToolContext context)
    {
        var assembly = new Option<string>("--assembly") { Required = true };
        var kernel = new Option<string>("--kernel") { Required = true };
        var command = new Command(Name) { Hidden = true };
        command.Options.Add(assembly);
        command.Options.Add(kernel);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            KernelSet set = KernelAssemblyLoader.Load(result.GetValue(assembly)!, "first-call host");
            foreach (KernelInfo info in set.Select(new[] { result.GetValue(kernel)! }))
            {
                BenchCase benchCase = BenchCase.Create(info, 0, BenchVariant.Kernel, aligned: false)
                    ?? throw new ToolError($"{info.Name}: no operands for its element type.");
                var clock = Stopwatch.StartNew();
                benchCase.Run();
                double milliseconds = clock.Elapsed.TotalMilliseconds;
                context.Out.WriteLine(Prefix + milliseconds.ToString("R", CultureInfo.InvariantCulture) + " ms");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
