using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml.Linq;
using Xunit;
using Xunit.Abstractions;

namespace KernelGen.Package.Tests;

/// <summary>
/// KernelGen from the outside, as a user gets it: <c>dotnet pack</c> into a local folder, a brand-new project in a temp
/// directory that references only the <c>KernelGen</c> package, built with warnings as errors and run (net10.0), and
/// the same program for net8.0 run under the JIT and published with NativeAOT, printing the same results.
/// </summary>
public sealed class PackageConsumerTests : IClassFixture<PackageConsumerTests.PackedPackage>
{
    private readonly PackedPackage _package;
    private readonly ITestOutputHelper _log;

    public PackageConsumerTests(PackedPackage package, ITestOutputHelper log)
    {
        _package = package;
        _log = log;
    }

    [Fact]
    public void Package_holds_runtime_in_lib_generator_in_analyzers_and_its_metadata()
    {
        using ZipArchive zip = ZipFile.OpenRead(_package.NupkgPath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("lib/net8.0/KernelGen.Runtime.dll", entries);
        Assert.Contains("lib/net8.0/KernelGen.Runtime.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/KernelGen.Generator.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));
        Assert.Contains("build/KernelGen.props", entries);
        Assert.Contains("buildTransitive/KernelGen.props", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);

        ZipArchiveEntry nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using Stream stream = nuspecEntry.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Meta(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal("KernelGen", Meta("id"));
        Assert.Equal(_package.Version, Meta("version"));
        Assert.Equal("MIT", Meta("license"));
        Assert.Equal("README.md", Meta("readme"));
        Assert.Contains("github.com", metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value, StringComparison.Ordinal);
        // The package has no dependencies a consumer would have to restore.
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.True(File.Exists(Path.ChangeExtension(_package.NupkgPath, ".snupkg")), "symbols package");
    }

    [Fact]
    public void Fresh_net10_consumer_builds_with_warnings_as_errors_and_matches_the_reference()
    {
        string project = _package.CreateConsumer("net10.0", aot: false);
        string output = Dotnet($"run -c Release --project \"{project}\"", Path.GetDirectoryName(project)!);

        Assert.Contains("dot27: ok", output, StringComparison.Ordinal);
        Assert.Contains("dense64x10: ok", output, StringComparison.Ordinal);
        Assert.Contains("conv3x32x32: ok", output, StringComparison.Ordinal);
        Assert.Contains("matmul17x40x23: ok", output, StringComparison.Ordinal);
        Assert.Contains("dense64x10x5: ok", output, StringComparison.Ordinal);
        Assert.Contains("sobel300x400: ok", output, StringComparison.Ordinal);
        Assert.Contains("fir1000: ok", output, StringComparison.Ordinal);
        Assert.Contains("maxpool64x56x56: ok", output, StringComparison.Ordinal);
        Assert.Contains("conv16x4x4: ok", output, StringComparison.Ordinal);
        Assert.Contains("conv8x24x24 batch4 threads2: ok", output, StringComparison.Ordinal);
        Assert.Contains("int8conv16x12x12: ok", output, StringComparison.Ordinal);
        Assert.Contains("workers: 1", output, StringComparison.Ordinal);
        Assert.Contains("short span: x", output, StringComparison.Ordinal);
        Assert.Contains("overlap: output", output, StringComparison.Ordinal);
        Assert.Contains("consumer ok", output, StringComparison.Ordinal);
        Assert.True(Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(project)!, "obj"), "Kernels.Conv.g.cs", SearchOption.AllDirectories).Any(),
            "the consumer emits the generated files (EmitCompilerGeneratedFiles)");
    }

    [Fact]
    public void README_quick_start_builds_and_prints_what_it_says()
    {
        string readme = File.ReadAllText(Path.Combine(PackedPackage.FindRepositoryRoot(), "README.md"));
        int section = readme.IndexOf("## Quick start", StringComparison.Ordinal);
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        string code = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        string project = _package.CreateConsumer("net10.0", aot: false, name: "quickstart", program: code);

        string output = Dotnet($"run -c Release --project \"{project}\"", Path.GetDirectoryName(project)!);

        Assert.Equal("70", output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last());
    }

    [Fact]
    public void Net8_consumer_runs_the_same_under_the_JIT_and_as_NativeAOT_with_no_warnings()
    {
        string project = _package.CreateConsumer("net8.0", aot: true);
        string folder = Path.GetDirectoryName(project)!;

        // Under the JIT: only the .NET 10 runtime is installed here, so the net8.0 program rolls forward.
        Dotnet($"build -c Release \"{project}\"", folder);
        string jit = Run("dotnet", Path.Combine(folder, "bin", "Release", "net8.0", "Consumer.dll"), folder,
            new Dictionary<string, string> { ["DOTNET_ROLL_FORWARD"] = "Major" });

        // NativeAOT: warnings are errors in the consumer, so a trimming or AOT warning fails the publish.
        string publish = Dotnet($"publish -c Release -r linux-x64 \"{project}\" -o \"{Path.Combine(folder, "native")}\"", folder);
        Assert.DoesNotContain("warning IL", publish, StringComparison.Ordinal);
        string aot = Run(Path.Combine(folder, "native", "Consumer"), "", folder);

        Assert.Contains("consumer ok", jit, StringComparison.Ordinal);
        Assert.Equal(jit, aot);
    }

    /// <summary>
    /// Issue "The first call": a consumer with <c>&lt;KernelGenReadyToRun&gt;</c>, published ReadyToRun for this machine's
    /// instruction sets, runs every kernel of the consumer program from its image: the JIT compiles no kernel method
    /// (nor a part or helper of one) until tiering recompiles a hot one at tier 1, and every result matches the reference.
    /// </summary>
    [Fact]
    public void ReadyToRun_consumer_runs_every_kernel_from_its_image_without_the_JIT_and_matches_the_reference()
    {
        string rid = "linux-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        string? instructionSets = ReadyToRunInstructionSets();
        string project = _package.CreateConsumer("net10.0", aot: false, name: "readytorun", properties: $"""
            <KernelGenReadyToRun>true</KernelGenReadyToRun>
            <PublishReadyToRun>true</PublishReadyToRun>
            <RuntimeIdentifier>{rid}</RuntimeIdentifier>
            <SelfContained>false</SelfContained>
            {(instructionSets is null ? "" : $"<PublishReadyToRunCrossgen2ExtraArgs>--instruction-set:{instructionSets}</PublishReadyToRunCrossgen2ExtraArgs>")}
            """);
        string folder = Path.GetDirectoryName(project)!;
        string published = Path.Combine(folder, "published");
        Dotnet($"publish -c Release \"{project}\" -o \"{published}\"", folder);
        string log = Path.Combine(folder, "jit.txt");
        string output = Run(Path.Combine(published, "Consumer"), "", folder,
            new Dictionary<string, string> { ["DOTNET_JitStdOutFile"] = log, ["DOTNET_JitDisasmSummary"] = "1" });

        Assert.Contains("int8conv16x12x12: ok", output, StringComparison.Ordinal);
        Assert.Contains("conv8x24x24 batch4 threads2: ok", output, StringComparison.Ordinal);
        Assert.Contains("overlap: output", output, StringComparison.Ordinal);
        Assert.Contains("consumer ok", output, StringComparison.Ordinal);
        string[] compiled = File.ReadAllLines(log);
        Assert.Contains(compiled, line => line.Contains("JIT compiled ", StringComparison.Ordinal)); // the summary is written (generic helpers, the reference)
        string[] kernels = compiled.Where(line => line.Contains("JIT compiled Kernels:", StringComparison.Ordinal)).ToArray();
        // Poolings and integer kernels are written as by default, compiled by the JIT at their first call (KernelGenerator.TakesReadyToRun)
        string[] exceptions = { "Kernels:MaxPool(", "Kernels:DeterministicAverage(", "Kernels:Int8Conv(", "Kernels:<Int8Conv>" };
        string[] beforeTiering = kernels
            .Where(line => !line.Contains("[Tier1", StringComparison.Ordinal) || line.Contains("Tier1-OSR", StringComparison.Ordinal))
            .Where(line => !exceptions.Any(e => line.Contains(e, StringComparison.Ordinal)))
            .ToArray();
        Assert.True(beforeTiering.Length == 0, $"compiled by the JIT before tiering (instruction sets {instructionSets}):\n{string.Join("\n", beforeTiering)}");
    }

    /// <summary>
    /// crossgen2's instruction sets for this machine as the runtime sees it (an image that assumes less than the machine
    /// has is rejected for every method that asks, such as a kernel's <c>Vector512.IsHardwareAccelerated</c>); null on Arm64.
    /// </summary>
    private static string? ReadyToRunInstructionSets()
    {
        if (RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            return null;
        }

        string level = System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated ? "x86-64-v4"
            : System.Runtime.Intrinsics.X86.Avx2.IsSupported ? "x86-64-v3"
            : "x86-64-v2";
        return System.Runtime.Intrinsics.X86.AvxVnni.IsSupported ? level + ",avxvnni" : level;
    }

    [Fact]
    public void Tool_installs_from_its_package_as_a_local_tool_and_lists_verifies_and_disassembles_a_project()
    {
        // The tool package, the same version as the KernelGen package, into the same feed.
        string repository = PackedPackage.FindRepositoryRoot();
        string toolProject = Path.Combine(repository, "src", "Tool", "KernelGen.Tool.csproj");
        Dotnet($"pack \"{toolProject}\" -c Release -o \"{_package.Feed}\" -p:Version={_package.Version} -p:ContinuousIntegrationBuild=true", repository);
        string nupkg = Path.Combine(_package.Feed, $"KernelGen.Tool.{_package.Version}.nupkg");
        using (ZipArchive zip = ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("tools/net8.0/any/kernelgen.dll", entries);
            Assert.Contains("tools/net8.0/any/DotnetToolSettings.xml", entries);
            Assert.Contains("README.md", entries);
        }

        // A fresh consumer of the KernelGen package, with the tool installed in its own manifest.
        string project = _package.CreateConsumer("net10.0", aot: false, name: "tool-consumer");
        string folder = Path.GetDirectoryName(project)!;
        try
        {
            Dotnet("new tool-manifest", folder);
            Dotnet($"tool install KernelGen.Tool --version {_package.Version}", folder);

            string list = Dotnet("kernelgen list --project Consumer.csproj", folder);
            string verify = Dotnet("kernelgen verify --project Consumer.csproj", folder);
            string asm = Dotnet("kernelgen asm --summary --project Consumer.csproj -k Dot27 -k Conv", folder);

            Assert.Contains("kernels in Consumer.csproj", list, StringComparison.Ordinal);
            foreach (string kernel in new[] { "Dot27", "Gemm", "SobelX", "MaxPool", "DeterministicCosine1536" })
            {
                Assert.Contains($"│ {kernel} ", list, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("Debug build", list, StringComparison.Ordinal);
            Assert.Contains("within the bound", verify, StringComparison.Ordinal);
            Assert.DoesNotContain("FAIL", verify, StringComparison.Ordinal);
            Assert.Equal(2, asm.Split('\n').Count(l => l.Contains("FullOpts", StringComparison.Ordinal) && (l.Contains("│ Dot27 ", StringComparison.Ordinal) || l.Contains("│ Conv ", StringComparison.Ordinal))));
        }
        finally
        {
            string cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "kernelgen.tool", _package.Version);
            if (Directory.Exists(cached))
            {
                Directory.Delete(cached, recursive: true);
            }
        }
    }

    private string Dotnet(string arguments, string folder) => Run("dotnet", arguments, folder);

    private string Run(string file, string arguments, string folder, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDNOINPROCNODE"] = "1";
        foreach (KeyValuePair<string, string> pair in environment ?? new Dictionary<string, string>())
        {
            start.Environment[pair.Key] = pair.Value;
        }

        using Process process = Process.Start(start)!;
        var stdout = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(8)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in 8 minutes.");
        }

        process.WaitForExit();
        string text = stdout.ToString();
        _log.WriteLine($"$ {file} {arguments}\n{text}");
        Assert.True(process.ExitCode == 0, $"{file} {arguments} exited with {process.ExitCode}:\n{text}");
        return text;
    }

    /// <summary>
    /// Packs the repository's KernelGen package once for the test class, with a version unique to this run so that no
    /// stale copy in the NuGet cache can stand in for it; the cached copy is removed afterwards.
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        public PackedPackage()
        {
            Root = Path.Combine(Path.GetTempPath(), "kernelgen-package-" + Guid.NewGuid().ToString("N")[..8]);
            Feed = Path.Combine(Root, "feed");
            Directory.CreateDirectory(Feed);
            Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
            string repository = FindRepositoryRoot();
            string project = Path.Combine(repository, "src", "Runtime", "KernelGen.Runtime.csproj");
            var start = new ProcessStartInfo("dotnet", $"pack \"{project}\" -c Release -o \"{Feed}\" -p:Version={Version} -p:ContinuousIntegrationBuild=true")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["MSBUILDNOINPROCNODE"] = "1";
            using Process process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + output);
            }

            NupkgPath = Path.Combine(Feed, $"KernelGen.{Version}.nupkg");
        }

        public string Root { get; }

        public string Feed { get; }

        public string Version { get; }

        public string NupkgPath { get; }

        /// <summary>A new console project that references only the package, with the consumer program.</summary>
        public string CreateConsumer(string framework, bool aot, string? name = null, string? program = null, string properties = "")
        {
            string folder = Path.Combine(Root, name ?? "consumer-" + framework);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), program ?? File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs")));
            File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="kernelgen-local" value="{Feed}" />
                  </packageSources>
                </configuration>
                """);
            string project = Path.Combine(folder, "Consumer.csproj");
            File.WriteAllText(project, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>{framework}</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    {(aot ? "<PublishAot>true</PublishAot>" : "")}
                    {properties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="KernelGen" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
            return project;
        }

        public void Dispose()
        {
            string cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "kernelgen", Version);
            TryDelete(cached);
            TryDelete(Root);
        }

        private static void TryDelete(string folder)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }

        public static string FindRepositoryRoot()
        {
            for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "KernelGen.sln")))
                {
                    return dir;
                }
            }

            throw new InvalidOperationException("KernelGen.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
