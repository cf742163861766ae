using System.CommandLine;
using System.Linq;
using KernelGen.Catalog;
using KernelGen.Tool.Asm;
using KernelGen.Tool.Cli;
using Spectre.Console;

namespace KernelGen.Tool.Commands;

/// <summary>
/// <c>kernelgen asm</c>: each kernel's machine code on this machine and a summary to check at a glance (tier, vector
/// width, FMAs, loads, stores, broadcasts, spills, calls). One kernel, or <c>--full</c>, prints the listings too.
/// </summary>
internal static class AsmCommand
{
    public static Command Create(ToolContext context)
    {
        var sources = new SourceOptions();
        var full = new Option<bool>("--full") { Description = "Print every kernel's listing after the summary (the default for one kernel)" };
        var summaryOnly = new Option<bool>("--summary") { Description = "Print only the summary table, even for one kernel" };
        var command = new Command("asm", "Each kernel's machine code as the JIT compiles it on this machine, with a summary: tier, vector width, counts of FMAs, loads, stores, broadcasts and spills, calls left in the body.");
        sources.AddTo(command);
        command.Options.Add(full);
        command.Options.Add(summaryOnly);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            var (set, kernels) = sources.Select(result, context);
            var methods = Disassembler.Disassemble(set, kernels);
            var table = Tables.Create("kernel", "tier", "widest", ">FMAs", ">loads", ">stores", ">broadcasts", ">spills", ">bytes", "calls");

            foreach (KernelInfo kernel in kernels)
            {
                var own = methods.Where(m => m.OwnerFullName == kernel.Name).ToList();
                if (own.Count == 0)
                {
                    table.AddRow(Markup.Escape(Format.KernelName(kernel, kernels)), "[red]not compiled[/]", "", "", "", "", "", "", "", "");
                    continue;
                }

                AsmSummary s = AsmSummary.Of(own);
                table.AddRow(
                    Markup.Escape(Format.KernelName(kernel, kernels)),
                    s.Optimized ? s.Tier : $"[red]{s.Tier}[/]",
                    s.WidestRegister,
                    s.Fmas.ToString(),
                    s.Loads.ToString(),
                    s.Stores.ToString(),
                    s.Broadcasts.ToString(),
                    s.Spills == 0 ? "0" : $"[yellow]{s.Spills}[/]",
                    s.CodeBytes.ToString("N0"),
                    s.Calls.Count == 0 ? "none" : Markup.Escape(string.Join("\n", s.Calls.Select(c => c.Contains(AsmSummary.BoundsCheckHelper) ? c + " (bounds check!)" : c))));
            }

            context.Console.Write(table);
            if (!set.Optimized)
            {
                context.Console.MarkupLine("[yellow]Debug build: the JIT compiles it without optimization (MinOpts); build it with -c Release to see the code that ships.[/]");
            }

            context.Console.MarkupLine("Static counts over each kernel's body and its local functions (throw helpers left out); compiled with DOTNET_TieredCompilation=0, as tiering compiles a hot kernel.");
            if ((result.GetValue(full) || kernels.Count == 1) && !result.GetValue(summaryOnly))
            {
                foreach (AsmMethod method in methods)
                {
                    context.Out.WriteLine();
                    foreach (string line in method.Lines)
                    {
                        context.Out.WriteLine(line);
                    }
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
