using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using KernelGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KernelGen.Generator.Tests;

/// <summary>Which reference assemblies a test compilation gets.</summary>
public enum Framework
{
    Net10,
    Net8,
}

/// <summary>
/// What one run of the generator produced, and how the result compiles: the kernels' files in <see cref="Sources"/>,
/// the assembly's kernel catalog (when any kernel is listed) in <see cref="Catalog"/>.
/// </summary>
public sealed record GeneratorRun(
    CSharpCompilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<(string HintName, string Source)> Sources,
    GeneratorDriver Driver,
    string? Catalog = null)
{
    /// <summary>Compiler errors and warnings of the compilation with the generated code (hidden and info left out).</summary>
    public ImmutableArray<Diagnostic> CompileDiagnostics =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    public string Source(string hintSuffix) => Sources.Single(s => s.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).Source;
}

/// <summary>Runs <see cref="KernelGenerator"/> in-process over source text, the way the compiler does.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Net10References = new(() =>
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var paths = tpa.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .ToList();
        paths.Add(typeof(KernelGen.DotProductAttribute).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    private static readonly Lazy<ImmutableArray<MetadataReference>> Net8References = new(() =>
    {
        string folder = typeof(GeneratorHarness).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Net8ReferenceAssemblies").Value!;
        var paths = Directory.GetFiles(folder, "*.dll").ToList();
        paths.Add(typeof(KernelGen.DotProductAttribute).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    public static ImmutableArray<MetadataReference> References(Framework framework) =>
        framework == Framework.Net8 ? Net8References.Value : Net10References.Value;

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new CSharpParseOptions(version);

    public static CSharpCompilation Compilation(IEnumerable<string> sources, Framework framework = Framework.Net10,
        LanguageVersion version = LanguageVersion.Latest, NullableContextOptions nullable = NullableContextOptions.Enable,
        bool allowUnsafe = false, string assemblyName = "UserCode")
    {
        CSharpParseOptions parse = ParseOptions(version);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"User{i}.cs"));
        return CSharpCompilation.Create(assemblyName, trees, References(framework),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                allowUnsafe: allowUnsafe,
                optimizationLevel: OptimizationLevel.Release,
                generalDiagnosticOption: ReportDiagnostic.Error, // warnings as errors
                deterministic: true));
    }

    /// <summary>The catalog file's hint name.</summary>
    public const string CatalogHintName = "KernelGenCatalog.g.cs";

    public static GeneratorRun Run(params string[] sources) => Run(Compilation(sources));

    public static GeneratorRun Run(CSharpCompilation compilation, IReadOnlyDictionary<string, string>? buildProperties = null,
        bool trackSteps = false)
    {
        GeneratorDriver driver = CreateDriver(compilation, buildProperties, trackSteps);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return Result(driver, (CSharpCompilation)output, diagnostics);
    }

    public static GeneratorDriver CreateDriver(CSharpCompilation compilation, IReadOnlyDictionary<string, string>? buildProperties, bool trackSteps)
    {
        var options = new TestOptionsProvider(buildProperties ?? new Dictionary<string, string>());
        return CSharpGeneratorDriver.Create(
            new[] { new KernelGenerator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public static GeneratorRun Result(GeneratorDriver driver, CSharpCompilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        GeneratorDriverRunResult result = driver.GetRunResult();
        var generated = result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, Source: s.SourceText.ToString()))
            .ToList();
        var sources = generated.Where(s => s.HintName != CatalogHintName).ToImmutableArray();
        string? catalog = generated.Where(s => s.HintName == CatalogHintName).Select(s => s.Source).SingleOrDefault();
        var all = diagnostics.AddRange(result.Diagnostics).Distinct().ToImmutableArray();
        return new GeneratorRun(output, all, sources, driver, catalog);
    }

    /// <summary>
    /// Generates and compiles one kernel declaration (a method named K) in <c>Fuzz.Kernels</c> and returns the loaded
    /// method; any generator error, or compiler error or warning, throws with the diagnostics.
    /// </summary>
    public static MethodInfo CompileKernel(string declaration)
    {
        GeneratorRun run = Run("using System;\nusing KernelGen;\nnamespace Fuzz;\npublic static partial class Kernels\n{\n    " + declaration + "\n}\n");
        var problems = run.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Concat(run.CompileDiagnostics).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"{declaration}\n{string.Join("\n", problems)}");
        }

        return Load(run.Output).GetType("Fuzz.Kernels")!.GetMethod("K")!;
    }

    /// <summary>Emits the output compilation and loads it in a collectible context.</summary>
    public static Assembly Load(CSharpCompilation output)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Generated code failed to compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        var context = new System.Runtime.Loader.AssemblyLoadContext("kernels", isCollectible: true);
        context.Resolving += (_, name) => name.Name == "KernelGen.Runtime" ? typeof(KernelGen.DotProductAttribute).Assembly : null;
        return context.LoadFromStream(stream);
    }

    private sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value)
            {
                const string prefix = "build_property.";
                if (key.StartsWith(prefix, StringComparison.Ordinal) && values.TryGetValue(key.Substring(prefix.Length), out string? v))
                {
                    value = v;
                    return true;
                }

                value = "";
                return false;
            }
        }
    }
}
