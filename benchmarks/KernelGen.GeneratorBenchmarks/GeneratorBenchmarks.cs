using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using KernelGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KernelGen.GeneratorBenchmarks;

/// <summary>
/// The generator as the IDE runs it, over a project of 200 kernels of mixed kinds (dot, dense, conv) in 20 files plus
/// 20 unrelated files: a full run from a fresh driver; a run after a one-character edit to an unrelated file (every
/// step cached, nothing regenerated); a run after changing one kernel's stride (only that kernel regenerated).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _unrelatedEdit = null!;
    private CSharpCompilation _strideEdit = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_compilation, _unrelatedEdit, _strideEdit) = KernelProject.Create();
        _warm = KernelProject.Driver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => KernelProject.Driver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_unrelatedEdit);

    [Benchmark]
    public GeneratorDriver OneStrideChanged() => _warm.RunGenerators(_strideEdit);
}

/// <summary>The benchmark's project: 200 kernels in 20 files, 20 other files, and its two edited versions.</summary>
public static class KernelProject
{
    public static GeneratorDriver Driver(bool track = false) => CSharpGeneratorDriver.Create(
        new[] { new KernelGenerator().AsSourceGenerator() },
        parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static (CSharpCompilation Original, CSharpCompilation UnrelatedEdit, CSharpCompilation StrideEdit) Create()
    {
        var random = new Random(200);
        var files = new List<string>();
        for (int f = 0; f < 20; f++)
        {
            var text = new System.Text.StringBuilder($"using System;\nusing KernelGen;\nnamespace Project.Layer{f};\npublic static partial class Kernels{f}\n{{\n");
            for (int k = 0; k < 10; k++)
            {
                string name = $"K{f}_{k}";
                text.Append((k % 3) switch
                {
                    0 => $"    [DotProduct({random.Next(1, 600)})] public static partial float {name}(ReadOnlySpan<float> x, ReadOnlySpan<float> y);\n",
                    1 => $"    [Dense({random.Next(1, 300)}, {random.Next(1, 40)}, Activation = Activation.Relu)] public static partial void {name}(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);\n",
                    _ => $"    [Conv2D({random.Next(1, 17)}, {random.Next(8, 40)}, {random.Next(8, 40)}, 8, 3, 3, Stride = 1, Padding = 1)] public static partial void {name}(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);\n",
                });
            }

            files.Add(text.Append("}\n").ToString());
        }

        for (int f = 0; f < 20; f++)
        {
            files.Add($"namespace Project.Other{f};\npublic static class Helper{f}\n{{\n    public static int Twice(int x) => 2 * x;\n}}\n");
        }

        CSharpCompilation original = Compile(files);
        var unrelated = files.ToList();
        unrelated[25] = unrelated[25].Replace("2 * x", "3 * x", StringComparison.Ordinal);
        var stride = files.ToList();
        int at = stride[7].IndexOf("Stride = 1", StringComparison.Ordinal);
        stride[7] = stride[7].Remove(at, "Stride = 1".Length).Insert(at, "Stride = 2");
        return (original, Replace(original, unrelated, 25), Replace(original, stride, 7));
    }

    private static CSharpCompilation Compile(IEnumerable<string> files)
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var references = tpa.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Append(typeof(KernelGen.DotProductAttribute).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        return CSharpCompilation.Create("Project",
            files.Select((text, i) => CSharpSyntaxTree.ParseText(text, parse, path: $"File{i.ToString(CultureInfo.InvariantCulture)}.cs")),
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    /// <summary>The compilation with one tree replaced, as the IDE does on an edit (the other trees stay the same objects).</summary>
    private static CSharpCompilation Replace(CSharpCompilation original, List<string> files, int index)
    {
        SyntaxTree old = original.SyntaxTrees.ElementAt(index);
        return original.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(files[index], (CSharpParseOptions)old.Options, path: old.FilePath));
    }
}
