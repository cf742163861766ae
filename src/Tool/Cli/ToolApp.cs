using System;
using System.CommandLine;
using KernelGen.Tool.Commands;

namespace KernelGen.Tool.Cli;

/// <summary>
/// The command line: one subcommand per verb, each a class in <c>Commands/</c> that builds its
/// <see cref="Command"/> and runs it against a <see cref="ToolContext"/>. A <see cref="ToolError"/> prints its message
/// (no stack trace) and exits with <see cref="ExitCodes.UsageError"/>.
/// </summary>
internal static class ToolApp
{
    public static RootCommand Create(ToolContext context)
    {
        var root = new RootCommand("kernelgen: list, show, disassemble, verify and benchmark KernelGen kernels, from a declaration, a project or a built assembly.");
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(AsmCommand.Create(context));
        root.Subcommands.Add(VerifyCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(RooflineCommand.Create(context));
        root.Subcommands.Add(AsmHostCommand.Create(context));
        root.Subcommands.Add(FirstCallHostCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, ToolContext context)
    {
        ParseResult parsed = Create(context).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                context.Error.WriteLine($"error: {error.Message}");
            }

            Command command = parsed.CommandResult.Command;
            context.Error.WriteLine(command is RootCommand ? "Run 'kernelgen --help' for the commands." : $"Run 'kernelgen {command.Name} --help' for the options.");
            return ExitCodes.UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>Wraps a command's body: a <see cref="ToolError"/> becomes its message and exit code 2.</summary>
    public static Func<ParseResult, int> Guarded(ToolContext context, Func<ParseResult, int> body) => result =>
    {
        try
        {
            return body(result);
        }
        catch (ToolError e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageError;
        }
    };
}
