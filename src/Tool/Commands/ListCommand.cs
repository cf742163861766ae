using System.CommandLine;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;
using Spectre.Console;

namespace KernelGen.Tool.Commands;

/// <summary><c>kernelgen list</c>: every kernel with its kind, shape, costs and widest path's plan.</summary>
internal static class ListCommand
{
    public static Command Create(ToolContext context)
    {
        var sources = new SourceOptions();
        var command = new Command("list", "Every kernel: kind, attribute, element type, FLOPs and bytes per call, arithmetic intensity, the widest vector path's plan.");
        sources.AddTo(command);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            var (set, kernels) = sources.Select(result, context);
            var table = Tables.Create("kernel", "attribute", "type", ">FLOPs", ">read", ">written", ">FLOP/B", "widest path");
            foreach (KernelInfo kernel in kernels)
            {
                KernelPathPlan? widest = kernel.WidestPath;
                table.AddRow(
                    Markup.Escape(Format.KernelName(kernel, kernels)),
                    Markup.Escape(kernel.Attribute),
                    Format.TypeName(kernel.ElementType),
                    Format.Count(kernel.Flops),
                    Format.Bytes(kernel.BytesRead),
                    Format.Bytes(kernel.BytesWritten),
                    Format.Number(kernel.ArithmeticIntensity),
                    Markup.Escape(widest is null ? "—" : $"{widest.Path}: {widest.Summary}"));
            }

            context.Console.MarkupLine($"{kernels.Count} kernel{(kernels.Count == 1 ? "" : "s")} in {Markup.Escape(set.Origin)}{(set.Optimized ? "" : " [yellow](Debug build: kernels run without JIT optimization)[/]")}");
            context.Console.Write(table);
            return ExitCodes.Success;
        }));
        return command;
    }
}
