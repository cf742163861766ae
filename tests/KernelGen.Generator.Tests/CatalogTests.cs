using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using KernelGen.Catalog;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// The assembly's kernel catalog, from the generator's side: what is listed and what not (KGEN104), the opt-out, the
/// catalog file's shape, and the entries of a compiled and loaded assembly: names, specs, counts, plans, and the
/// three delegates held to the reference by <see cref="KernelVerifier"/> (which must be able to fail).
/// </summary>
public class CatalogTests
{
    private const string Usings = "using System;\nusing KernelGen;\nnamespace Demo;\n";

    // Every kind, float and double, private and internal kernels, compile-time weights (folded and read), a returned
    // result, a bias left out, a batch, a deterministic kernel.
    private const string Kernels = Usings + """
        public static partial class Net
        {
            static ReadOnlySpan<float> Sobel => new float[] { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
            static readonly double[] Projection = { 1, 0, -1, 0.5, 0, 2 };
            [DotProduct(37)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
            [CosineSimilarity(100)] private static partial double Cos(ReadOnlySpan<double> a, ReadOnlySpan<double> b);
            [Dense(20, 7, Activation = Activation.Sigmoid)] internal static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> w, ReadOnlySpan<float> bias, Span<float> output);
            [Dense(9, 4, Batch = 3, Activation = Activation.Tanh)] public static partial void Batch(ReadOnlySpan<double> input, ReadOnlySpan<double> w, Span<double> output);
            [MatMul(5, 6, 7, TransposeB = true, Activation = Activation.Relu)] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
            #pragma warning disable KGEN102
            [MatMul(4, 2, 3, Weights = nameof(Projection))] public static partial void Project(ReadOnlySpan<double> a, Span<double> c);
            #pragma warning restore KGEN102
            [Conv2D(3, 9, 11, 4, 3, 3, Stride = 2, Padding = 1, Activation = Activation.Step)] public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
            [Conv2D(1, 20, 30, 1, 3, 3, Padding = 1, Weights = nameof(Sobel))] public static partial void Edges(ReadOnlySpan<float> image, Span<float> edges);
            [Conv1D(2, 50, 3, 5, Dilation = 2)] public static partial void Signal(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
            [MaxPool2D(2, 9, 9, 3, 3, Stride = 2, Padding = 1)] public static partial void Max(ReadOnlySpan<float> input, Span<float> output);
            [AvgPool2D(2, 9, 9, 2, 2, CeilMode = true)] public static partial void Avg(ReadOnlySpan<float> input, Span<float> output);
            [DotProduct(8, Deterministic = true)] public static partial double Det(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
        }
        """;

    private static readonly string[] Names = { "Avg", "Batch", "Conv", "Cos", "Det", "Dot", "Edges", "Gemm", "Layer", "Max", "Project", "Signal" };

    private static (GeneratorRun Run, KernelCatalog Catalog) Build()
    {
        GeneratorRun run = GeneratorHarness.Run(Kernels);
        Assert.Empty(run.CompileDiagnostics);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        KernelCatalog? catalog = KernelCatalog.For(GeneratorHarness.Load(run.Output));
        Assert.NotNull(catalog);
        return (run, catalog!);
    }

    [Fact]
    public void The_catalog_lists_every_kernel_once_by_name_with_its_spec_and_counts()
    {
        (GeneratorRun run, KernelCatalog catalog) = Build();
        Assert.Equal(Names.Select(n => "Demo.Net." + n), catalog.Kernels.Select(k => k.Name));
        Assert.Same(catalog.Kernels, catalog.Kernels); // created once
        Assert.Equal(run.Sources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal), catalog.Kernels.Select(k => k.GeneratedFile).OrderBy(h => h, StringComparer.Ordinal));

        KernelInfo dot = catalog.Find("Dot")!;
        Assert.Same(dot, catalog.Find("Demo.Net.Dot"));
        Assert.Equal(("DotProduct", "DotProduct(37)", typeof(float)), (dot.Kind, dot.Attribute, dot.ElementType));
        Assert.Equal(new[]
        {
            new KernelParameter("x", "x", KernelParameterUse.Read, 37, 0, false),
            new KernelParameter("y", "y", KernelParameterUse.Read, 37, 1, false),
            new KernelParameter("result", "return", KernelParameterUse.Returned, 1, -1, false),
        }, dot.Parameters);
        Assert.Equal((74L, 37L * 2 * 4, 4L, 37), (dot.Flops, dot.BytesRead, dot.BytesWritten, dot.Terms));
        Assert.Equal(74.0 / 300, dot.ArithmeticIntensity, 12);

        KernelInfo layer = catalog.Find("Layer")!;
        Assert.Equal(new[] { "input:input:20", "weights:w:140", "bias:bias:7", "output:output:7" }, layer.Parameters.Select(p => $"{p.Role}:{p.Name}:{p.Length}"));
        Assert.Equal((Activation.Sigmoid, 21, 2L * 20 * 7 + 7, (20 + 140 + 7) * 4L, 28L), (layer.Activation, layer.Terms, layer.Flops, layer.BytesRead, layer.BytesWritten));
        Assert.Equal("Dense(20, 7, Activation = Activation.Sigmoid)", layer.Attribute);

        KernelInfo edges = catalog.Find("Edges")!;
        Assert.Equal(new[] { ("image", false, 0), ("Sobel", true, 1), ("edges", false, -1) }, edges.Parameters.Select(p => (p.Name, p.GivenAtCompileTime, p.Slot)));
        Assert.Contains(edges.Plans, p => p.Path == "Weights" && p.Summary.StartsWith("folded into the code", StringComparison.Ordinal));

        KernelInfo batch = catalog.Find("Batch")!;
        Assert.Equal((typeof(double), 3 * 4, "Dense(9, 4, Batch = 3, Activation = Activation.Tanh), no bias"), (batch.ElementType, batch.OutputLength, batch.Spec));
        Assert.DoesNotContain(batch.Parameters, p => p.Role == "bias");
        Assert.True(catalog.Find("Det")!.Deterministic);
        Assert.False(dot.Deterministic);

        foreach (KernelInfo kernel in catalog.Kernels)
        {
            // The paths widest first, down to scalar (a tiny kernel has fewer), as the header says.
            var paths = kernel.Plans.Where(p => p.IsPath).Select(p => p.Path).ToList();
            Assert.Equal(new[] { "Vector512", "Vector256", "Vector128", "Scalar" }.Skip(4 - paths.Count), paths);
            Assert.Equal(paths[0], kernel.WidestPath!.Path);
            string file = run.Sources.Single(s => s.HintName == kernel.GeneratedFile).Source;
            Assert.Contains(kernel.WidestPath.Summary.Split(' ')[0], file, StringComparison.Ordinal);
            Assert.True(kernel.Flops > 0 && kernel.BytesRead > 0 && kernel.BytesWritten > 0, kernel.Name);
        }
    }

    [Fact]
    public void Every_entry_runs_its_kernel_and_the_reference_within_the_bound_and_a_wrong_kernel_fails()
    {
        (_, KernelCatalog catalog) = Build();
        IReadOnlyList<KernelVerification> results = KernelVerifier.VerifyAll(catalog, trials: 4, seed: 7);
        Assert.Equal(catalog.Kernels.Count, results.Count);
        foreach (KernelVerification v in results)
        {
            Assert.True(v.Passed, $"{v.Kernel.Name}: error {v.WorstError:E3} > bound {v.Bound:E3} at output {v.WorstOutput}");
            Assert.True(v.Ratio < 1, v.Kernel.Name);
        }

        // The max pooling is exact; the reference invoker rounds to T and must give what the kernel gives there.
        var max = (KernelInfo<float>)catalog.Find("Max")!;
        var args = KernelArguments<float>.Random(max, new Random(3));
        max.Invoke(args.Input0, args.Input1, args.Input2, args.Output);
        float[] kernel = args.Output.ToArray();
        max.Reference(args.Input0, args.Input1, args.Input2, args.Output);
        Assert.Equal(args.Output, kernel);

        // A returned result comes back from the invoker; the reference's rounded value is within the bound of it.
        var dot = (KernelInfo<float>)catalog.Find("Dot")!;
        var dotArgs = KernelArguments<float>.Random(dot, new Random(4));
        Assert.True(dotArgs.Returns);
        float fast = dotArgs.Call(dot.Invoke), slow = dotArgs.Call(dot.Reference);
        Assert.True(Math.Abs(fast - slow) <= 1e-4 * (1 + Math.Abs(slow)), $"{fast} vs {slow}");

        // The verifier can fail: the same entry with a kernel that is off by one part in a thousand (and passes exact).
        var layer = (KernelInfo<float>)catalog.Find("Layer")!;
        KernelInfo<float> Scaled(double factor) => new()
        {
            Name = layer.Name, Kind = layer.Kind, Parameters = layer.Parameters, OutputLength = layer.OutputLength, Terms = layer.Terms,
            Activation = Activation.None, Exact = layer.Exact,
            Invoke = (a, b, c, o) => { var z = new double[o.Length]; layer.Exact(a, b, c, z, false); for (int i = 0; i < o.Length; i++) { o[i] = (float)(z[i] * factor); } return 0; },
        };
        KernelVerification failed = KernelVerifier.Verify(Scaled(1.001), trials: 2);
        Assert.False(failed.Passed);
        Assert.True(failed.Ratio > 1);
        Assert.True(KernelVerifier.Verify(Scaled(1), trials: 2).Passed);
    }

    [Fact]
    public void The_catalog_file_lists_each_factory_in_name_order()
    {
        GeneratorRun run = GeneratorHarness.Run(Kernels);
        Snapshot.Verify(run.Catalog!, "Catalog_EveryKind");
        Assert.Contains("[assembly: global::KernelGen.Catalog.KernelCatalogAttribute(typeof(global::KernelGen.Generated.KernelCatalog_UserCode))]", run.Catalog, StringComparison.Ordinal);
        foreach (string name in Names)
        {
            Assert.Contains($"internal static global::KernelGen.Catalog.KernelInfo __KernelGen_{name}_CatalogEntry()", run.Source($"Net.{name}.g.cs"), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("public static partial class Outer { private static partial class K { [DotProduct(16)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); } }", "its containing type 'K' is private")]
    [InlineData("public static partial class Outer { protected internal static partial class K { } protected static partial class P { [DotProduct(16)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); } }", "its containing type 'P' is protected")]
    [InlineData("public static partial class G<T> { [DotProduct(16)] public static partial float [|Dot|](ReadOnlySpan<float> x, ReadOnlySpan<float> y); }", "its containing type 'G' is generic")]
    public void A_kernel_code_elsewhere_cannot_reach_is_left_out_with_KGEN104(string marked, string why)
    {
        (string source, string expectedText) = DiagnosticTests.Unmark(Usings + marked);
        GeneratorRun run = GeneratorHarness.Run(source);

        Diagnostic d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("KGEN104", DiagnosticSeverity.Info), (d.Id, d.Severity));
        Assert.Equal(expectedText, d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
        Assert.Contains(why, d.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("CatalogEntry", Assert.Single(run.Sources).Source, StringComparison.Ordinal); // the kernel is still generated
        Assert.Null(run.Catalog);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("false")]
    [InlineData(" False ")]
    public void KernelGenCatalog_false_leaves_out_the_catalog_and_every_entry(string value)
    {
        const string source = Usings + "public static partial class Outer { private static partial class K { [DotProduct(16)] public static partial float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y); } [Dense(4, 2)] public static partial void L(ReadOnlySpan<float> x, ReadOnlySpan<float> w, Span<float> y); }";
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { source }), new Dictionary<string, string> { ["KernelGenCatalog"] = value });
        Assert.Null(run.Catalog);
        Assert.Empty(run.GeneratorDiagnostics); // no KGEN104 either
        Assert.Equal(2, run.Sources.Length);
        Assert.All(run.Sources, s => Assert.DoesNotContain("CatalogEntry", s.Source, StringComparison.Ordinal));
        Assert.Empty(run.CompileDiagnostics);
        Assert.Null(KernelCatalog.For(GeneratorHarness.Load(run.Output)));

        GeneratorRun on = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { source }), new Dictionary<string, string> { ["KernelGenCatalog"] = "true" });
        Assert.NotNull(on.Catalog);
    }

    [Fact]
    public void An_assembly_without_kernels_has_no_catalog_and_nothing_to_verify()
    {
        Assembly plain = typeof(CatalogTests).Assembly;
        Assert.Null(KernelCatalog.For(plain));
        Assert.Empty(KernelVerifier.VerifyAll(plain));
    }
}
