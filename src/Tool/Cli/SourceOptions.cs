using System;
using System.CommandLine;
using System.Linq;
using KernelGen.Tool.Sources;

namespace KernelGen.Tool.Cli;

/// <summary>
/// Where the kernels come from, the same for every command: a declaration (the argument), <c>--project</c> or
/// <c>--assembly</c>; and which of them (<c>--kernel</c>, repeatable; all when left out).
/// </summary>
internal sealed class SourceOptions
{
    public Argument<string?> Declaration { get; } = new("declaration")
    {
        Description = "A kernel attribute, e.g. \"Conv2D(3, 32, 32, 16, 3, 3, Stride = 2)\" (or whole members: \"[DotProduct(64)] public static partial float K(ReadOnlySpan<float> x, ReadOnlySpan<float> y);\")",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<string> Type { get; } = new("--type", "-t")
    {
        Description = "The element type of a declared kernel: float or double",
        DefaultValueFactory = _ => "float",
    };

    public Option<bool> NoBias { get; } = new("--no-bias")
    {
        Description = "Declare the kernel without a bias operand (Dense, Conv2D, Conv1D, MatMul)",
    };

    public Option<string?> Project { get; } = new("--project", "-p")
    {
        Description = "A project to build in Release and take the kernels of",
    };

    public Option<string?> Assembly { get; } = new("--assembly", "-a")
    {
        Description = "A built assembly to take the kernels of",
    };

    public Option<string[]> Kernels { get; } = new("--kernel", "-k")
    {
        Description = "A kernel's name (Namespace.Type.Method, or the method's name when it is unique); repeat for several; all when left out",
        DefaultValueFactory = _ => Array.Empty<string>(),
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Declaration);
        command.Options.Add(Type);
        command.Options.Add(NoBias);
        command.Options.Add(Project);
        command.Options.Add(Assembly);
        command.Options.Add(Kernels);
    }

    /// <summary>The kernels the options name.</summary>
    public KernelSet Resolve(ParseResult result, ToolContext context)
    {
        string? declaration = result.GetValue(Declaration);
        string? project = result.GetValue(Project);
        string? assembly = result.GetValue(Assembly);
        int given = new[] { declaration, project, assembly }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (given != 1)
        {
            throw new ToolError(given == 0
                ? "Say which kernels: a declaration (kernelgen list \"DotProduct(64)\"), --project App.csproj or --assembly App.dll."
                : "Give one of a declaration, --project or --assembly, not several.");
        }

        if (declaration is not null)
        {
            return DeclarationCompiler.Compile(declaration, result.GetValue(Type) ?? "float", !result.GetValue(NoBias));
        }

        return project is not null
            ? ProjectBuilder.Build(project, context)
            : KernelAssemblyLoader.Load(assembly!, System.IO.Path.GetFileName(assembly!));
    }

    /// <summary>The kernels the options name, narrowed by <c>--kernel</c>.</summary>
    public (KernelSet Set, System.Collections.Generic.IReadOnlyList<KernelGen.Catalog.KernelInfo> Kernels) Select(ParseResult result, ToolContext context)
    {
        KernelSet set = Resolve(result, context);
        return (set, set.Select(result.GetValue(Kernels) ?? Array.Empty<string>()));
    }
}
