using System;
using System.IO;
using KernelGen.Generator.Tests;
using KernelGen.Tool.Sources;
using Xunit;

namespace KernelGen.Tool.Tests;

/// <summary>Every misuse is a message that says what to change, with exit code 2 and no stack trace.</summary>
public sealed class ErrorTests
{
    [Fact]
    public void A_declaration_the_generator_refuses_gives_its_KGEN_diagnostic_at_its_column()
    {
        ToolRun run = ToolRun.Of("list", "Conv2D(3, 32, 32, 16, 33, 3)");

        Assert.Equal(2, run.ExitCode);
        Snapshot.Verify(run.Output, "Error_KGEN_FilterLargerThanInput", "txt");
    }

    [Fact]
    public void A_misspelt_named_argument_gives_the_compilers_error_under_the_word()
    {
        ToolRun run = ToolRun.Of("show", "  DotProduct(64, Deterministc = true)");

        Assert.Equal(2, run.ExitCode);
        Snapshot.Verify(run.Output, "Error_CS_MisspeltNamedArgument", "txt");
    }

    [Fact]
    public void An_unknown_kind_lists_the_kinds()
    {
        ToolRun run = ToolRun.Of("plan", "Convolution(3, 32, 32)");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: 'Convolution' is not a KernelGen kernel kind. Kinds: DotProduct, CosineSimilarity, Dense, Conv2D, Conv1D, MatMul, MaxPool2D, AvgPool2D.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsupported_type_is_refused()
    {
        ToolRun run = ToolRun.Of("list", "DotProduct(8)", "--type", "half");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --type half is not an element type KernelGen supports: use float or double.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        ToolRun run = ToolRun.Of("list", "--assembly", "no/such/App.dll");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: File not found: no/such/App.dll\n", run.Output);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_named()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kernelgen-not-an-assembly-{Guid.NewGuid():N}.dll");
        File.WriteAllText(path, "not a PE file");
        try
        {
            ToolRun run = ToolRun.Of("list", "--assembly", path);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"error: {path} is not a .NET assembly.\n", run.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_assembly_without_kernels_says_what_it_lacks()
    {
        // The tool's own assembly references KernelGen.Runtime but declares no kernel.
        string tool = typeof(Cli.ToolApp).Assembly.Location;
        ToolRun run = ToolRun.Of("verify", "--assembly", tool);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {tool} has no KernelGen kernels (no [assembly: KernelCatalog]): does it reference the KernelGen package, declare a kernel, and leave <KernelGenCatalog> on?\n", run.Output);
    }

    [Fact]
    public void An_unknown_kernel_name_lists_the_kernels_there_are()
    {
        ToolRun run = ToolRun.Of("show", "--assembly", ToolRun.TestAssembly, "-k", "Dot99");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: No kernel named 'Dot99' in KernelGen.Tool.Tests.dll. Its kernels: KernelGen.Tool.Tests.TestKernels.Dot100, KernelGen.Tool.Tests.TestKernels.Layer, KernelGen.Tool.Tests.TestKernels.Pool.\n", run.Output);
    }

    [Fact]
    public void No_source_or_several_sources_are_refused()
    {
        ToolRun none = ToolRun.Of("list");
        ToolRun two = ToolRun.Of("list", "DotProduct(8)", "--assembly", ToolRun.TestAssembly);

        Assert.Equal(2, none.ExitCode);
        Assert.Contains("Say which kernels: a declaration", none.Output, StringComparison.Ordinal);
        Assert.Equal(2, two.ExitCode);
        Assert.Contains("Give one of a declaration, --project or --assembly, not several.", two.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Debug_assembly_is_not_benchmarked_unless_allowed()
    {
        KernelSet debug = DeclarationCompiler.Compile("DotProduct(32)", optimize: false);
        Assert.False(debug.Optimized);

        ToolRun run = ToolRun.Of("bench", "--assembly", debug.AssemblyPath, "--quick");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {debug.AssemblyPath} is a Debug build: its kernels run without JIT optimization (about 25x slower)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Build it with -c Release (or use --project, which does), or pass --allow-debug to time it anyway.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roofline_file_must_be_png_or_svg()
    {
        ToolRun run = ToolRun.Of("roofline", "DotProduct(8)", "-o", "plot.jpg");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --output plot.jpg: the roofline is written as .png or .svg.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_a_command_does_not_have_is_a_usage_error()
    {
        ToolRun run = ToolRun.Of("list", "DotProduct(8)", "--trials", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Unrecognized command or argument '--trials'.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Run 'kernelgen list --help' for the options.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_points_to_the_commands()
    {
        ToolRun run = ToolRun.Of("disassemble", "DotProduct(8)");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Unrecognized command or argument 'disassemble'.", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("Run 'kernelgen --help' for the commands.\n", run.Output, StringComparison.Ordinal);
    }
}
