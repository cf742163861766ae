using System.CommandLine;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;

namespace KernelGen.Tool.Commands;

/// <summary><c>kernelgen show</c>: the generated C# exactly as the build got it, to standard output.</summary>
internal static class ShowCommand
{
    public static Command Create(ToolContext context)
    {
        var sources = new SourceOptions();
        var command = new Command("show", "The generated C# of each kernel, exactly as the build gets it (pipe it to a file or a pager).");
        sources.AddTo(command);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            var (set, kernels) = sources.Select(result, context);
            bool first = true;
            foreach (KernelInfo kernel in kernels)
            {
                string? source = set.GeneratedSource(kernel);
                if (source is null)
                {
                    throw new ToolError($"The generated file {kernel.GeneratedFile} of {kernel.Name} is not on disk: build the project with <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>, or use --project (which sets it).");
                }

                if (kernels.Count > 1)
                {
                    context.Out.WriteLine($"{(first ? "" : "\n")}// ===== {kernel.GeneratedFile} ({kernel.Name}) =====");
                }

                context.Out.Write(source);
                first = false;
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
