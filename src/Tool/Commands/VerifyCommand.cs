using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;
using KernelGen.Tool.Sources;
using Spectre.Console;

namespace KernelGen.Tool.Commands;

/// <summary>
/// <c>kernelgen verify</c>: <see cref="KernelVerifier"/> as a command. Each kernel on random inputs against the
/// reference interpreter; exit code 1 when any is over the contract's bound.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(ToolContext context)
    {
        var sources = new SourceOptions();
        var trials = new Option<int>("--trials") { Description = "Random inputs per kernel", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "The random generator's seed", DefaultValueFactory = _ => 1 };
        var command = new Command("verify", "Check each kernel on random inputs against the reference interpreter, to the contract's accuracy bound; exit code 1 when any kernel is over it.");
        sources.AddTo(command);
        command.Options.Add(trials);
        command.Options.Add(seed);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            var (set, kernels) = sources.Select(result, context);
            int n = result.GetValue(trials);
            if (n < 1)
            {
                throw new ToolError("--trials must be at least 1.");
            }

            return Run(context, set, kernels, n, result.GetValue(seed));
        }));
        return command;
    }

    /// <summary>Verifies <paramref name="kernels"/>, prints the table and returns the exit code.</summary>
    internal static int Run(ToolContext context, KernelSet set, IReadOnlyList<KernelInfo> kernels, int n, int seed)
    {
        var table = Tables.Create("kernel", "attribute", ">worst error", ">bound", ">of bound", "result");
        var results = kernels.Select(k => KernelVerifier.Verify(k, n, seed)).ToList();
        foreach (KernelVerification v in results)
        {
            table.AddRow(
                Markup.Escape(Format.KernelName(v.Kernel, kernels)),
                Markup.Escape(v.Kernel.Attribute),
                v.WorstError.ToString("0.00e+00", System.Globalization.CultureInfo.InvariantCulture),
                v.Bound.ToString("0.00e+00", System.Globalization.CultureInfo.InvariantCulture),
                Format.Number(100 * v.Ratio, "0.0") + " %",
                v.Passed ? "[green]pass[/]" : $"[red]FAIL[/] (output {v.WorstOutput})");
        }

        int failed = results.Count(v => !v.Passed);
        context.Console.Write(table);
        context.Console.MarkupLine(failed == 0
            ? $"[green]All {results.Count} kernel{(results.Count == 1 ? "" : "s")} of {Markup.Escape(set.Origin)} within the bound[/] ({n} random input{(n == 1 ? "" : "s")} each, seed {seed})."
            : $"[red]{failed} of {results.Count} kernels over the bound.[/]");
        return failed == 0 ? ExitCodes.Success : ExitCodes.VerificationFailed;
    }
}
