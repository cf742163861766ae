using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using KernelGen.Tool.Cli;

namespace KernelGen.Tool.Sources;

/// <summary>
/// Project mode: <c>--project App.csproj</c> builds the project in Release (kernels are measured as they ship) with
/// <c>EmitCompilerGeneratedFiles</c>, so <c>show</c> prints the generated files the build wrote, and loads the built
/// assembly.
/// </summary>
internal static class ProjectBuilder
{
    public static KernelSet Build(string project, ToolContext context)
    {
        string full = Path.GetFullPath(project);
        if (Directory.Exists(full))
        {
            string[] projects = Directory.GetFiles(full, "*.csproj");
            full = projects.Length == 1
                ? projects[0]
                : throw new ToolError(projects.Length == 0
                    ? $"No .csproj in {project}."
                    : $"{project} holds several projects ({string.Join(", ", projects.Select(Path.GetFileName))}): name one.");
        }
        else if (!File.Exists(full))
        {
            throw new ToolError($"File not found: {project}");
        }

        context.Error.WriteLine($"Building {Path.GetFileName(full)} (Release)...");
        (int code, string output) = Dotnet.Run("build", full, "-c", "Release", "-nologo", "-v:q", "-p:EmitCompilerGeneratedFiles=true");
        if (code != 0)
        {
            string tail = string.Join("\n", output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(20));
            throw new ToolError($"dotnet build {project} -c Release failed (exit code {code}):\n{(tail.Length > 0 ? tail : output.Trim())}");
        }

        (code, output) = Dotnet.Run("msbuild", full, "-nologo", "-p:Configuration=Release", "-getProperty:TargetPath");
        string targetPath = output.Trim();
        if (code != 0 || targetPath.Length == 0)
        {
            throw new ToolError($"Could not find what {project} builds (TargetPath is empty: a project with several target frameworks?). Build it and pass --assembly bin/Release/<tfm>/<name>.dll.");
        }

        return KernelAssemblyLoader.Load(targetPath, Path.GetFileName(full));
    }
}

/// <summary>The <c>dotnet</c> executable that runs this tool (or the first on PATH), for builds and child processes.</summary>
internal static class Dotnet
{
    public static string Path
    {
        get
        {
            string? host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host))
            {
                return host;
            }

            string? process = Environment.ProcessPath;
            return process is not null && System.IO.Path.GetFileNameWithoutExtension(process) == "dotnet" ? process : "dotnet";
        }
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> and returns its exit code and its output (stdout and stderr).</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments) => Run(arguments, new Dictionary<string, string>());

    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        // A build started from the tool must not inherit a parent build's MSBuild node settings.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");

        using var process = Process.Start(start) ?? throw new ToolError($"Could not start {Path}.");
        var text = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (text) { text.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (text) { text.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, text.ToString());
    }
}
