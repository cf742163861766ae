using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke in the IDE: an edit that does not change a kernel must leave every step
/// cached, changing one kernel must regenerate only that one, and no step may hold a compilation, symbol or syntax node.
/// </summary>
public class CachingTests
{
    private const string Kernels = """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Kernels
        {
            [DotProduct(27)]
            public static partial float Dot27(ReadOnlySpan<float> x, ReadOnlySpan<float> y);

            [Dense(16, 4, Activation = Activation.Relu)]
            public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """;

    private const string Other = "namespace Demo; public static class Other { public static int Answer => 42; }";

    private static readonly string[] TrackedSteps =
    {
        KernelGenerator.Steps.Parse, KernelGenerator.Steps.Plans, KernelGenerator.Steps.Models, KernelGenerator.Steps.Target,
        KernelGenerator.Steps.Options, KernelGenerator.Steps.Files,
    };

    [Fact]
    public void Editing_an_unrelated_file_leaves_every_step_cached()
    {
        (GeneratorDriverRunResult second, _) = RunTwice(Kernels, Other, Kernels, Other + " // a comment");

        foreach (string step in TrackedSteps)
        {
            var outputs = Outputs(second, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{step}: {o.Reason}"));
        }

        Assert.All(Outputs(second, KernelGenerator.Steps.Files), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Adding_a_comment_above_a_kernel_regenerates_no_file()
    {
        string edited = Kernels.Replace("    [DotProduct(27)]", "    // the dot product of the tour\n    [DotProduct(27)]");
        (GeneratorDriverRunResult second, _) = RunTwice(Kernels, Other, edited, Other);

        Assert.All(Outputs(second, KernelGenerator.Steps.Models), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(Outputs(second, KernelGenerator.Steps.Files), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Changing_one_size_regenerates_only_that_kernel()
    {
        string edited = Kernels.Replace("[Dense(16, 4,", "[Dense(16, 5,");
        (GeneratorDriverRunResult second, _) = RunTwice(Kernels, Other, edited, Other);

        var files = Outputs(second, KernelGenerator.Steps.Files);
        Assert.Equal(2, files.Count);
        Assert.Equal(1, files.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, files.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        var modified = ((string HintName, string Source))files.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value;
        Assert.EndsWith("Layer.g.cs", modified.HintName);
    }

    private const string ConstantKernels = """
        using System;
        using KernelGen;
        namespace Demo;
        public static partial class Filters
        {
            static ReadOnlySpan<float> Sobel => [-1, 0, 1, -2, 0, 2, -1, 0, 1];
            static ReadOnlySpan<float> Blur => [1, 2, 1, 2, 4, 2, 1, 2, 1];

            [Conv2D(1, 16, 16, 1, 3, 3, Padding = 1, Weights = nameof(Sobel))]
            public static partial void Edges(ReadOnlySpan<float> image, Span<float> output);

            [Conv2D(1, 16, 16, 1, 3, 3, Padding = 1, Weights = nameof(Blur))]
            public static partial void Smooth(ReadOnlySpan<float> image, Span<float> output);
        }
        """;

    [Fact]
    public void With_constant_weights_an_unrelated_edit_stays_cached_and_one_changed_value_regenerates_one_kernel()
    {
        (GeneratorDriverRunResult unrelated, _) = RunTwice(ConstantKernels, Other, ConstantKernels + "\n// a comment", Other + " // edit");
        Assert.All(Outputs(unrelated, KernelGenerator.Steps.Files), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        string edited = ConstantKernels.Replace("[1, 2, 1, 2, 4, 2, 1, 2, 1]", "[1, 2, 1, 2, 5, 2, 1, 2, 1]");
        (GeneratorDriverRunResult second, _) = RunTwice(ConstantKernels, Other, edited, Other);
        var files = Outputs(second, KernelGenerator.Steps.Files);
        Assert.Equal(2, files.Count);
        var modified = ((string HintName, string Source))files.Single(o => o.Reason == IncrementalStepRunReason.Modified).Value;
        Assert.EndsWith("Smooth.g.cs", modified.HintName);
        Assert.Contains("Create(5f)", modified.Source);
        Assert.Equal(1, files.Count(o => o.Reason == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_or_syntax_node()
    {
        (GeneratorDriverRunResult second, GeneratorDriverRunResult first) = RunTwice(Kernels, Other, Kernels, Other);
        foreach (GeneratorDriverRunResult run in new[] { first, second })
        {
            foreach (var steps in run.Results[0].TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)).Select(s => s.Value))
            {
                foreach (IncrementalGeneratorRunStep step in steps)
                {
                    foreach ((object value, _) in step.Outputs)
                    {
                        AssertNoRoslynObjects(value, step.Name ?? "?", new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                    }
                }
            }
        }
    }

    [Fact]
    public void In_a_200_kernel_project_an_edit_regenerates_only_what_it_changes()
    {
        var files = new List<string>();
        for (int f = 0; f < 20; f++)
        {
            var text = new System.Text.StringBuilder($"using System;\nusing KernelGen;\nnamespace P{f};\npublic static partial class K{f}\n{{\n");
            for (int k = 0; k < 10; k++)
            {
                text.Append((k % 3) switch
                {
                    0 => $"    [DotProduct({(f * 31) + k + 1})] public static partial float M{k}(ReadOnlySpan<float> x, ReadOnlySpan<float> y);\n",
                    1 => $"    [Dense({f + k + 1}, {k + 2})] public static partial void M{k}(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);\n",
                    _ => $"    [Conv2D(2, {f + 8}, {k + 8}, 4, 3, 3, Stride = 1, Padding = 1)] public static partial void M{k}(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y);\n",
                });
            }

            files.Add(text.Append("}\n").ToString());
        }

        files.Add("namespace Other; public static class Helper { public static int Twice(int x) => 2 * x; }");
        CSharpCompilation first = GeneratorHarness.Compilation(files);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(first, null, trackSteps: true).RunGenerators(first);
        Assert.Equal(200 + 1, driver.GetRunResult().GeneratedTrees.Length); // and the assembly's catalog
        CSharpParseOptions options = (CSharpParseOptions)first.SyntaxTrees.First().Options;

        // One character in an unrelated file: every generated file cached.
        SyntaxTree helper = first.SyntaxTrees.Last();
        CSharpCompilation unrelated = first.ReplaceSyntaxTree(helper, CSharpSyntaxTree.ParseText(files[^1].Replace("2 * x", "3 * x"), options, helper.FilePath));
        GeneratorDriverRunResult unrelatedRun = driver.RunGenerators(unrelated).GetRunResult();
        var afterUnrelated = Outputs(unrelatedRun, KernelGenerator.Steps.Files);
        Assert.Equal(200, afterUnrelated.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Outputs(unrelatedRun, KernelGenerator.Steps.Catalog)).Reason);

        // One kernel's stride: that kernel's file modified, the other 199 cached.
        SyntaxTree seventh = first.SyntaxTrees.ElementAt(7);
        int at = files[7].IndexOf("Stride = 1", System.StringComparison.Ordinal);
        string edited = files[7].Remove(at, 10).Insert(at, "Stride = 2");
        CSharpCompilation stride = first.ReplaceSyntaxTree(seventh, CSharpSyntaxTree.ParseText(edited, options, seventh.FilePath));
        GeneratorDriverRunResult strideRun = driver.RunGenerators(stride).GetRunResult();
        var afterStride = Outputs(strideRun, KernelGenerator.Steps.Files);
        // The catalog lists names and factories only: a new stride leaves it as it was (its file is not rewritten).
        Assert.Contains(Assert.Single(Outputs(strideRun, KernelGenerator.Steps.Catalog)).Reason,
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Equal(199, afterStride.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        var modified = ((string HintName, string Source))Assert.Single(afterStride, o => o.Reason == IncrementalStepRunReason.Modified).Value;
        Assert.Equal("P7.K7.M2.g.cs", modified.HintName);
        Assert.Contains("Stride = 2", modified.Source, System.StringComparison.Ordinal);
    }

    private static (GeneratorDriverRunResult Second, GeneratorDriverRunResult First) RunTwice(string a1, string b1, string a2, string b2)
    {
        CSharpCompilation first = GeneratorHarness.Compilation(new[] { a1, b1 });
        GeneratorDriver driver = GeneratorHarness.CreateDriver(first, null, trackSteps: true);
        driver = driver.RunGenerators(first);
        GeneratorDriverRunResult firstResult = driver.GetRunResult();

        CSharpParseOptions options = (CSharpParseOptions)first.SyntaxTrees.First().Options;
        CSharpCompilation second = first;
        if (a2 != a1)
        {
            second = second.ReplaceSyntaxTree(first.SyntaxTrees.ElementAt(0), CSharpSyntaxTree.ParseText(a2, options, "User0.cs"));
        }

        if (b2 != b1)
        {
            second = second.ReplaceSyntaxTree(first.SyntaxTrees.ElementAt(1), CSharpSyntaxTree.ParseText(b2, options, "User1.cs"));
        }

        driver = driver.RunGenerators(second);
        return (driver.GetRunResult(), firstResult);
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorDriverRunResult run, string step) =>
        run.Results[0].TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException($"step {step} was not tracked");

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode, $"Step {step} holds a {value.GetType().Name}");
        if (value is DiagnosticDescriptor or SyntaxTree)
        {
            return; // descriptors are static singletons; diagnostics keep their tree (for #pragma) outside the source steps
        }

        if (value is IEnumerable items)
        {
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, step, seen, depth + 1);
            }
        }

        foreach (FieldInfo field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen, depth + 1);
        }
    }
}
