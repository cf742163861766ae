using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Generated code must compile for a net8.0 consumer as well as a net10.0 one, from C# 9 up, with nullable enabled
/// or disabled, warnings as errors, with and without <c>AllowUnsafeBlocks</c>: every pair of those settings.
/// </summary>
public class CompileMatrixTests
{
    internal const string Kernels = """
        using System;
        using KernelGen;
        namespace Demo.Matrix
        {
            public static partial class Kernels
            {
                [DotProduct(5)] public static partial float Dot5(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
                [DotProduct(77)] public static partial double Dot77(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
                [DotProduct(4099)] public static partial float Dot4099(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
                [Dense(784, 10, Activation = Activation.Sigmoid)] public static partial void Layer(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                [Dense(33, 7, Activation = Activation.Step)] internal static partial void Small(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
                [Conv2D(3, 20, 20, 8, 3, 3, Stride = 2, Padding = 1, Activation = Activation.Relu)] public static partial void Conv(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                [Conv2D(8, 12, 12, 8, 3, 3, Padding = 1, Groups = 8)] public static partial void Depthwise(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
                [MatMul(17, 19, 23, Activation = Activation.Relu)] public static partial void Gemm(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
                [MatMul(5, 40, 6, TransposeB = true, Activation = Activation.Sigmoid)] internal static partial void GemmT(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> c);
                [Dense(64, 9, Batch = 7, Activation = Activation.Tanh)] public static partial void Batched(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                [Conv1D(2, 300, 4, 7, Stride = 2, Padding = 3, Activation = Activation.Relu)] public static partial void Signal(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                [MaxPool2D(16, 8, 8, 2, 2)] public static partial void Pool(ReadOnlySpan<float> input, Span<float> output);
                [AvgPool2D(3, 7, 9, 3, 3, Stride = 2, Padding = 1, CeilMode = true, CountIncludePad = false)] internal static partial void Average(ReadOnlySpan<double> input, Span<double> output);
                [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void SmallPlane(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                static ReadOnlySpan<float> Sobel => new float[] { -1, 0, 1, -2, 0, 2, -1, 0, 1 };
                static readonly double[] Projection = { 1, 0, -1, 0.5, 0, 2 };
                [Conv2D(1, 200, 300, 1, 3, 3, Padding = 1, Weights = nameof(Sobel))] public static partial void Edges(ReadOnlySpan<float> image, Span<float> output);
                [Conv2D(1, 200, 300, 4, 3, 3, Padding = 1, Threads = 2, Batch = 3)] public static partial void EdgesBatch(ReadOnlySpan<float> image, ReadOnlySpan<float> weights, Span<float> output);
                [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Threads = 0)] internal static partial void Shared(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Span<double> output);
                [Conv2D(16, 20, 20, 32, 3, 3, Padding = 1, Algorithm = ConvAlgorithm.Winograd, Threads = 2, Activation = Activation.Tanh)] public static partial void Winograd(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                [Conv2D(1, 200, 300, 1, 3, 3, Padding = 1, Weights = nameof(Sobel), Algorithm = ConvAlgorithm.Winograd, Batch = 2)] public static partial void EdgesWinograd(ReadOnlySpan<float> image, Span<float> output);
                [MaxPool2D(16, 24, 24, 2, 2, Batch = 5, Threads = 3)] public static partial void Pools(ReadOnlySpan<float> input, Span<float> output);
                [MatMul(96, 64, 80, Threads = 2)] public static partial void Gemms(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
                [Conv2D(16, 12, 12, 24, 3, 3, Padding = 1, InputZeroPoint = 128, OutputZeroPoint = 3, Activation = Activation.Relu, Threads = 2)] public static partial void Int8Conv(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);
                [Conv2D(5, 9, 20, 6, 3, 3, Padding = 1, InputZeroPoint = -3, Activation = Activation.Tanh)] internal static partial void Int8ConvFloat(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<float> scale, Span<float> output);
                [Conv2D(4, 9, 9, 8, 3, 3, Stride = 2, Groups = 2)] public static partial void Int8Strided(ReadOnlySpan<sbyte> input, ReadOnlySpan<sbyte> weights, Span<int> output);
                [MatMul(13, 45, 37, InputZeroPoint = -5, OutputZeroPoint = 7, Threads = 2)] public static partial void Int8Gemm(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<sbyte> c);
                [Dense(100, 10, InputZeroPoint = 7)] public static partial void Int8Layer(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, Span<int> output);
                [DotProduct(300)] public static partial int Int8Dot(ReadOnlySpan<sbyte> x, ReadOnlySpan<sbyte> y);
                [MaxPool2D(8, 40, 40, 2, 2)] public static partial void Int8Pool(ReadOnlySpan<byte> input, Span<byte> output);
                [MaxPool2D(32, 4, 4, 2, 2)] public static partial void Int8GatherPool(ReadOnlySpan<byte> input, Span<byte> output);
                [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, InputZeroPoint = 77, OutputZeroPoint = 2)] public static partial void Int8GatherConv(ReadOnlySpan<byte> input, ReadOnlySpan<sbyte> weights, ReadOnlySpan<int> bias, ReadOnlySpan<float> scale, Span<byte> output);
                [Conv2D(32, 14, 14, 64, 3, 3, Padding = 1, Activation = Activation.Relu, Threads = 2)] public static partial void Lanes(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                [Conv2D(352, 7, 7, 32, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void LanesBlocks(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
                [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Tanh, Batch = 32, Threads = 2)] public static partial void BatchLanes(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                #pragma warning disable KGEN102
                [MatMul(4, 2, 3, Weights = nameof(Projection))] public static partial void Project(ReadOnlySpan<double> a, Span<double> c);
                #pragma warning restore KGEN102
            }
        }
        static partial class GlobalKernels
        {
            [KernelGen.Dense(3, 2, Activation = KernelGen.Activation.Tanh)]
            static partial void Tiny(System.ReadOnlySpan<float> input, System.ReadOnlySpan<float> weights, System.Span<float> output);
        }
        """;

    // What ImplicitUsings adds to a console project: global usings must not clash with the generated file's usings.
    private const string GlobalUsings = "global using System;\nglobal using System.Linq;\nglobal using System.Collections.Generic;\n";

    /// <summary>
    /// Every pair of settings at least once (a pairwise covering array of the 2 x 5 x 2 x 2 = 40 combinations, 10 of
    /// them): what breaks generated code is one setting or two together (a C# version with nullable, a framework with
    /// unsafe code), and each combination compiles 35 kernels.
    /// </summary>
    public static IEnumerable<object[]> Matrix() => PairwiseCover(
        from framework in new[] { Framework.Net8, Framework.Net10 }
        from version in new[] { LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest }
        from nullable in new[] { NullableContextOptions.Enable, NullableContextOptions.Disable }
        from allowUnsafe in new[] { false, true }
        select new object[] { framework, version, nullable, allowUnsafe });

    /// <summary>Rows of <paramref name="combinations"/>, greedily chosen (the first that covers the most new pairs) until every pair of values appears in one.</summary>
    internal static List<object[]> PairwiseCover(IEnumerable<object[]> combinations)
    {
        List<object[]> all = combinations.ToList();
        IEnumerable<(int, object, int, object)> Pairs(object[] row) =>
            from i in Enumerable.Range(0, row.Length)
            from j in Enumerable.Range(i + 1, row.Length - i - 1)
            select (i, row[i], j, row[j]);
        var uncovered = new HashSet<(int, object, int, object)>(all.SelectMany(Pairs));
        var chosen = new List<object[]>();
        while (uncovered.Count > 0)
        {
            object[] best = all.OrderByDescending(row => Pairs(row).Count(uncovered.Contains)).First();
            uncovered.ExceptWith(Pairs(best));
            chosen.Add(best);
        }

        return chosen;
    }

    [Fact]
    public void The_matrix_covers_every_pair_of_settings()
    {
        List<object[]> rows = Matrix().ToList();
        Assert.InRange(rows.Count, 10, 12); // 5 versions x 2 of anything is the least; the full product is 40
        Assert.Equal(rows.Count, rows.Select(r => string.Join(",", r)).Distinct().Count());
        var values = new object[][]
        {
            new object[] { Framework.Net8, Framework.Net10 },
            new object[] { LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.CSharp12, LanguageVersion.Latest },
            new object[] { NullableContextOptions.Enable, NullableContextOptions.Disable },
            new object[] { false, true },
        };
        for (int i = 0; i < values.Length; i++)
        {
            for (int j = i + 1; j < values.Length; j++)
            {
                foreach (object a in values[i])
                {
                    foreach (object b in values[j])
                    {
                        Assert.Contains(rows, r => r[i].Equals(a) && r[j].Equals(b));
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Generated_code_compiles_with_warnings_as_errors(Framework framework, LanguageVersion version, NullableContextOptions nullable, bool allowUnsafe)
    {
        var sources = version >= LanguageVersion.CSharp10 ? new[] { Kernels, GlobalUsings } : new[] { Kernels };
        CSharpCompilation compilation = GeneratorHarness.Compilation(sources, framework, version, nullable, allowUnsafe);
        GeneratorRun run = GeneratorHarness.Run(compilation);

        Assert.Equal(35, run.Sources.Length);
        Assert.NotNull(run.Catalog);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(run.CompileDiagnostics);
    }
}
