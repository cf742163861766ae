using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using KernelGen.Generator;
using KernelGen.Tool.Cli;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KernelGen.Tool.Sources;

/// <summary>
/// Declaration mode: <c>kernelgen show "Conv2D(3, 32, 32, 16, 3, 3, Stride = 2)"</c>. The attribute is put on a method
/// with the kind's signature in <c>KernelGen.Declared.Kernels.Kernel</c>, compiled in memory in Release with the
/// generator the tool carries, exactly as a user's build would run it, and emitted to a temporary folder (the
/// <c>asm</c> child process loads it from there). An error, the generator's <c>KGEN</c> diagnostics included, is
/// reported at its column in the string.
/// </summary>
internal static class DeclarationCompiler
{
    /// <summary>The declared kernel's type, as the catalog names it.</summary>
    public const string TypeName = "KernelGen.Declared.Kernels";

    /// <summary>Each kind's signature, with <c>{T}</c> for the element type; <c>bias</c> is left out with <c>--no-bias</c>.</summary>
    private static readonly IReadOnlyDictionary<string, string> Signatures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DotProduct"] = "{T} Kernel(ReadOnlySpan<{T}> x, ReadOnlySpan<{T}> y)",
        ["CosineSimilarity"] = "{T} Kernel(ReadOnlySpan<{T}> x, ReadOnlySpan<{T}> y)",
        ["Dense"] = "void Kernel(ReadOnlySpan<{T}> input, ReadOnlySpan<{T}> weights, ReadOnlySpan<{T}> bias, Span<{T}> output)",
        ["Conv2D"] = "void Kernel(ReadOnlySpan<{T}> input, ReadOnlySpan<{T}> weights, ReadOnlySpan<{T}> bias, Span<{T}> output)",
        ["Conv1D"] = "void Kernel(ReadOnlySpan<{T}> input, ReadOnlySpan<{T}> weights, ReadOnlySpan<{T}> bias, Span<{T}> output)",
        ["MatMul"] = "void Kernel(ReadOnlySpan<{T}> a, ReadOnlySpan<{T}> b, ReadOnlySpan<{T}> bias, Span<{T}> c)",
        ["MaxPool2D"] = "void Kernel(ReadOnlySpan<{T}> input, Span<{T}> output)",
        ["AvgPool2D"] = "void Kernel(ReadOnlySpan<{T}> input, Span<{T}> output)",
    };

    private static readonly ConcurrentDictionary<string, KernelSet> Compiled = new(StringComparer.Ordinal);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var paths = tpa.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .ToList();
        paths.Add(typeof(DotProductAttribute).Assembly.Location);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
    });

    /// <summary>
    /// Compiles <paramref name="declaration"/>: an attribute (<c>DotProduct(64)</c>, brackets optional) or, when it
    /// contains <c>partial</c>, whole members of the class (<c>[Conv2D(...)] public static partial void K(...);</c>, for
    /// weights given at compile time or several kernels at once).
    /// </summary>
    /// <remarks><paramref name="optimize"/> false compiles Debug, as a test of the tool's Debug checks needs.</remarks>
    public static KernelSet Compile(string declaration, string type = "float", bool bias = true, bool optimize = true)
    {
        if (type is not ("float" or "double"))
        {
            throw new ToolError($"--type {type} is not an element type KernelGen supports: use float or double.");
        }

        return Compiled.GetOrAdd($"{type}|{bias}|{optimize}|{declaration}", _ => CompileNew(declaration, type, bias, optimize));
    }

    private static KernelSet CompileNew(string declaration, string type, bool bias, bool optimize)
    {
        (string source, int offset) = Wrap(declaration.Trim(), type, bias);
        // Columns are counted in the string as the user typed it.
        offset -= declaration.Length - declaration.TrimStart().Length;
        string hash = Hash(source + (optimize ? "" : "|debug"));
        string assemblyName = $"KernelGen.Declared_{hash[..8]}";
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(source, parse, path: "Declaration.cs");
        var compilation = CSharpCompilation.Create(assemblyName, new[] { tree }, References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: optimize ? OptimizationLevel.Release : OptimizationLevel.Debug,
                deterministic: true));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new KernelGenerator().AsSourceGenerator() },
            parseOptions: parse,
            optionsProvider: EmptyOptions.Provider);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        var errors = generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && d.Id.StartsWith("KGEN", StringComparison.Ordinal)))
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToList();
        if (errors.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            // A kernel the generator refuses has no body, and the compiler's complaint about that says nothing more.
            if (errors.Any(d => d.Id.StartsWith("KGEN", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error))
            {
                errors = errors.Where(d => d.Id.StartsWith("KGEN", StringComparison.Ordinal)).ToList();
            }

            throw new ToolError(Describe(declaration, errors, offset));
        }

        var sources = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources)
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        string folder = Path.Combine(Path.GetTempPath(), "kernelgen", "declared", hash[..16]);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, assemblyName + ".dll");
        if (!File.Exists(path))
        {
            string partial = path + "." + Environment.ProcessId + ".tmp";
            using (var stream = File.Create(partial))
            {
                var emit = output.Emit(stream);
                if (!emit.Success)
                {
                    throw new ToolError(Describe(declaration, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList(), offset));
                }
            }

            File.Move(partial, path, overwrite: true);
        }

        string shown = declaration.Trim();
        return KernelAssemblyLoader.Load(path, shown.Length <= 60 ? $"\"{shown}\"" : $"the declaration \"{shown[..50]}...\"", kernel => sources.GetValueOrDefault(kernel.GeneratedFile));
    }

    /// <summary>The source for one declaration and where in it the declaration's first character is.</summary>
    internal static (string Source, int Offset) Wrap(string declaration, string type, bool bias)
    {
        const string prefix = "using System;\nusing KernelGen;\n\nnamespace KernelGen.Declared\n{\n    public static partial class Kernels\n    {\n";
        if (declaration.Contains("partial", StringComparison.Ordinal))
        {
            return (prefix + "        " + declaration + "\n    }\n}\n", prefix.Length + 8);
        }

        bool bracketed = declaration.StartsWith('[') && declaration.EndsWith(']');
        string attribute = bracketed ? declaration[1..^1] : declaration;
        string kind = attribute.Split('(')[0].Trim();
        if (kind.EndsWith("Attribute", StringComparison.Ordinal))
        {
            kind = kind[..^"Attribute".Length];
        }

        if (!Signatures.TryGetValue(kind, out string? signature))
        {
            throw new ToolError($"'{kind}' is not a KernelGen kernel kind. Kinds: {string.Join(", ", Signatures.Keys)}. " +
                "Write the attribute, e.g. \"DotProduct(64)\", or whole members: \"[DotProduct(64)] public static partial float K(ReadOnlySpan<float> x, ReadOnlySpan<float> y);\".");
        }

        if (!bias)
        {
            signature = signature.Replace(" ReadOnlySpan<{T}> bias,", "", StringComparison.Ordinal);
        }

        string line = "        [";
        int offset = prefix.Length + line.Length - (bracketed ? 1 : 0);
        string member = line + attribute + "]\n        public static partial " + signature.Replace("{T}", type, StringComparison.Ordinal) + ";\n";
        return (prefix + member + "    }\n}\n", offset);
    }

    /// <summary>Each error with its column in the declaration and a caret under it.</summary>
    private static string Describe(string declaration, IReadOnlyList<Diagnostic> diagnostics, int offset)
    {
        var text = new StringBuilder($"The declaration does not compile: \"{declaration}\"");
        foreach (Diagnostic d in diagnostics)
        {
            int column = d.Location.SourceSpan.Start - offset;
            int length = d.Location.SourceSpan.Length;
            bool inside = column >= 0 && column + length <= declaration.Length;
            text.Append('\n').Append(d.Id).Append(inside ? $" at column {column + 1}: " : ": ").Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            if (inside)
            {
                text.Append("\n    ").Append(declaration)
                    .Append("\n    ").Append(' ', column).Append('^', Math.Max(1, length));
            }
        }

        return text.ToString();
    }

    private static string Hash(string source) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source + "|" + typeof(KernelGenerator).Assembly.ManifestModule.ModuleVersionId))).ToLowerInvariant();

    /// <summary>No MSBuild properties: the generator's project defaults (catalog on, not deterministic).</summary>
    private sealed class EmptyOptions : AnalyzerConfigOptionsProvider
    {
        public static readonly EmptyOptions Provider = new();

        public override AnalyzerConfigOptions GlobalOptions => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty.Instance;

        private sealed class Empty : AnalyzerConfigOptions
        {
            public static readonly Empty Instance = new();

            public override bool TryGetValue(string key, out string value)
            {
                value = "";
                return false;
            }
        }
    }
}
