using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// Generated code names every type it uses with <c>global::</c>, so that nothing the user declares can capture a name:
/// a namespace <c>Demo.System</c> beside the kernels, user types named like the intrinsics in scope, and parameters
/// named like them all compile, and the kernels still compute the right thing.
/// </summary>
public class NamingTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        {
            "a namespace Demo.System next to kernels in Demo",
            """
            namespace Demo.System { public class Marker { } }
            namespace Demo
            {
                using global::System;
                using KernelGen;
                public static partial class Kernels
                {
                    [DotProduct(40)] public static partial float K(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
                    [Conv2D(2, 9, 9, 3, 3, 3, Padding = 1, Activation = Activation.Sigmoid)] public static partial void C(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                    [MatMul(9, 20, 17, Activation = Activation.Relu)] public static partial void G(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> c);
                }
            }
            """
        },
        {
            "user types named Unsafe, MathF, Fma, Vector256, MemoryMarshal, KernelGuard, Span in the kernel's namespace and type",
            """
            using System;
            using KernelGen;
            namespace Demo
            {
                public class Unsafe { } public class MathF { } public class Fma { } public class Vector256 { } public class MemoryMarshal { }
                public class Math { } public class Vector512 { } public class AdvSimd { }
                public static partial class Kernels
                {
                    private struct KernelGuard { } private struct Vector128 { } private class ThreadStatic { } private class MethodImpl { }
                    [DotProduct(40)] public static partial float K(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
                    [Dense(33, 9, Batch = 3, Activation = Activation.Tanh)] public static partial void D(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
                    [Conv2D(2, 9, 9, 3, 3, 3, Stride = 2, Padding = 1)] public static partial void C(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
                }
            }
            """
        },
        {
            "parameters named like the types the body calls",
            """
            using System;
            using KernelGen;
            namespace Demo;
            public static partial class Kernels
            {
                [DotProduct(40)] public static partial float K(ReadOnlySpan<float> Vector128, ReadOnlySpan<float> Unsafe);
                [Dense(20, 3)] public static partial void D(ReadOnlySpan<float> MemoryMarshal, ReadOnlySpan<float> Math, Span<float> KernelGuard);
                [MatMul(5, 6, 7, TransposeB = true)] public static partial void G(ReadOnlySpan<float> Vector512, ReadOnlySpan<float> Fma, Span<float> MathF);
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_code_compiles_whatever_the_user_names_things(string what, string source)
    {
        GeneratorRun run = GeneratorHarness.Run(source);

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.True(run.CompileDiagnostics.IsEmpty, what + ":\n" + string.Join("\n", run.CompileDiagnostics));
        Assert.All(run.Sources, s => Assert.DoesNotContain("\nusing ", s.Source, System.StringComparison.Ordinal));

        // And the dot product still computes: 40 products of 1 x 2.
        var kernels = GeneratorHarness.Load(run.Output).GetType("Demo.Kernels")!;
        var dot = kernels.GetMethod("K")!.CreateDelegate<DotF>();
        Assert.Equal(80f, dot(Enumerable.Repeat(1f, 40).ToArray(), Enumerable.Repeat(2f, 40).ToArray()));
    }

    [Fact]
    public void A_kernel_declared_twice_is_the_compilers_CS0111_not_a_generator_crash()
    {
        // Found when a benchmark file declared Dot16 again: both got the same file name and the generator threw (CS8785).
        GeneratorRun run = GeneratorHarness.Run("""
            using System;
            using KernelGen;
            namespace Demo;
            public static partial class Kernels
            {
                [DotProduct(16)] public static partial float Dot16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
                [DotProduct(16)] public static partial float Dot16(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
                [CosineSimilarity(16)] public static partial float Dot16(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
        // The first declaration gets the one implementation part; the repeated one none (the compiler's errors are at it).
        Assert.Equal(new[] { "Demo.Kernels.Dot16_Single2_0.g.cs" }, run.Sources.Select(s => s.HintName).Where(n => n.Contains("Dot16", System.StringComparison.Ordinal)));
        Assert.Contains(run.CompileDiagnostics, d => d.Id == "CS0111");
        Assert.All(run.CompileDiagnostics, d => Assert.Equal("User0.cs", d.Location.SourceTree?.FilePath));
    }

    public static TheoryData<string> RepeatedSignatures() => new()
    {
        // The fuzzer's finding: `params` does not make a signature differ; the second implementation part was CS0757 in a generated file.
        "[DotProduct(16)] public static partial float D(ReadOnlySpan<float> x, ReadOnlySpan<float> y);\n[DotProduct(16)] public static partial float D(ReadOnlySpan<float> x, params ReadOnlySpan<float> y);",
        "[DotProduct(16)] public static partial float D(ReadOnlySpan<float> x, params ReadOnlySpan<float> y);\n[DotProduct(16)] public static partial float D(ReadOnlySpan<float> x, ReadOnlySpan<float> y);",
        "[DotProduct(16)] public static partial float D(ReadOnlySpan<float> x, params ReadOnlySpan<float> y);\n[CosineSimilarity(16)] public static partial float D(ReadOnlySpan<float> a, params ReadOnlySpan<float> b);",
        "[DotProduct(16)] public static partial float D(ReadOnlySpan<float> x, ReadOnlySpan<float> y);\n[DotProduct(8)] public static partial float D(ReadOnlySpan<float> a, ReadOnlySpan<float> b);",
        "public static float D(ReadOnlySpan<float> x, ReadOnlySpan<float> y) => 0;\n[DotProduct(16)] public static partial float D(ReadOnlySpan<float> x, params ReadOnlySpan<float> y);",
    };

    [Theory]
    [MemberData(nameof(RepeatedSignatures))]
    public void A_signature_declared_twice_is_reported_at_the_users_line_only(string members)
    {
        GeneratorRun run = GeneratorHarness.Run("using System;\nusing KernelGen;\nnamespace Demo;\npublic static partial class Kernels\n{\n" + members + "\n}\n");

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.CompileDiagnostics, d => d.Id == "CS0111" && d.Location.SourceTree?.FilePath == "User0.cs" && d.Location.GetLineSpan().StartLinePosition.Line == 6);
        Assert.All(run.CompileDiagnostics, d => Assert.Equal("User0.cs", d.Location.SourceTree?.FilePath));
        Assert.All(run.CompileDiagnostics, d => Assert.Equal(6, d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.DoesNotContain(run.CompileDiagnostics, d => d.Id == "CS8795");
    }

    private delegate float DotF(System.ReadOnlySpan<float> x, System.ReadOnlySpan<float> y);
}
