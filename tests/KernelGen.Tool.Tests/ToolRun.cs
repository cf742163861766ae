using System.IO;
using KernelGen.Tool.Cli;

namespace KernelGen.Tool.Tests;

/// <summary>One run of the tool in this process, as a user would type it, with what it printed (plain text, 160 columns).</summary>
public sealed record ToolRun(int ExitCode, string Output)
{
    public static ToolRun Of(params string[] args)
    {
        var writer = new StringWriter { NewLine = "\n" };
        int code = ToolApp.Run(args, ToolContext.ForWriter(writer));
        return new ToolRun(code, writer.ToString().Replace("\r\n", "\n"));
    }

    /// <summary>This test assembly, whose kernels are in <see cref="TestKernels"/>.</summary>
    public static string TestAssembly => typeof(TestKernels).Assembly.Location;
}
