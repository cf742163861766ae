using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>
/// <c>&lt;KernelGenReadyToRun&gt;true&lt;/KernelGenReadyToRun&gt;</c> (issue "The first call"): kernels a ReadyToRun image
/// can hold. The runtime never runs precompiled code of an <c>AggressiveOptimization</c> method, and crossgen2 refuses
/// <c>VectorNNN.FusedMultiplyAdd</c> and <c>VectorNNN.Sum</c> above 128 bits; so in this mode no method carries the
/// attribute and the code uses the platform's FMA intrinsics. The package test publishes such a consumer and checks that
/// no kernel is compiled by the JIT at its first call.
/// </summary>
public class ReadyToRunTests
{
    private static readonly Dictionary<string, string> ReadyToRun = new() { ["KernelGenReadyToRun"] = "true" };

    [Theory]
    [InlineData(Framework.Net10)]
    [InlineData(Framework.Net8)]
    public void Every_kind_compiles_without_AggressiveOptimization_or_the_calls_crossgen2_refuses(Framework framework)
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { CompileMatrixTests.Kernels }, framework), ReadyToRun);

        Assert.Equal(35, run.Sources.Length);
        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(run.CompileDiagnostics);
        foreach ((string hint, string source) in run.Sources)
        {
            // poolings and integer kernels are written as by default (KernelGenerator.TakesReadyToRun)
            string kernel = hint.Split('.')[^3];
            if (kernel.StartsWith("Int8", System.StringComparison.Ordinal) || kernel is "Pool" or "Pools" or "Average")
            {
                Assert.Contains("MethodImplOptions.AggressiveOptimization", source);
                continue;
            }

            Assert.DoesNotContain("AggressiveOptimization", source);
            foreach (string refused in new[] { "Vector128.FusedMultiplyAdd", "Vector256.FusedMultiplyAdd", "Vector512.FusedMultiplyAdd", "Vector256.Sum", "Vector512.Sum" })
            {
                Assert.False(source.Contains(refused), $"{hint} calls {refused}");
            }

            // nor generic helpers of another assembly: an image holds no code for their instantiations over a primitive, so the
            // JIT would compile them at the first call (the overlap check is written out, the scratch helpers are not generic,
            // a span's first element is taken by its indexer)
            Assert.DoesNotContain("KernelScratch.Allocate<", source);
            int reference = source.IndexOf("MemoryMarshal.GetReference(", System.StringComparison.Ordinal);
            Assert.True(reference < 0, $"{hint}: {(reference < 0 ? "" : source.Substring(System.Math.Max(0, reference - 200), 300))}");
            Assert.DoesNotContain("KernelGuard.ThrowIfOverlaps", source);
        }

        // the fused multiply-adds are still there, as the platform's intrinsics; the overlap checks written out; the scratch
        // allocated and aligned as bytes
        string all = string.Concat(run.Sources.Select(s => s.Source));
        Assert.Contains("global::KernelGen.KernelGuard.ThrowOverlap(", all);
        Assert.Contains("global::KernelGen.KernelScratch.Allocate(", all);
        Assert.Contains("global::System.Runtime.CompilerServices.Unsafe.As<byte, float>(ref global::KernelGen.KernelScratch.Aligned(", all);
        Assert.Contains("global::System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(", all);
        Assert.Contains("global::System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(", all);
    }

    [Fact]
    public void By_default_every_kernel_method_is_optimized_from_its_first_call()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { CompileMatrixTests.Kernels }));

        Assert.Empty(run.CompileDiagnostics);
        // every method but a small kernel's, which the JIT inlines into its caller
        Assert.All(run.Sources, s => Assert.True(s.Source.Contains("MethodImplOptions.AggressiveOptimization") || s.Source.Contains("MethodImplOptions.AggressiveInlining"), s.HintName));
        Assert.Contains("MethodImplOptions.AggressiveOptimization", run.Source("Kernels.Conv.g.cs"));
        Assert.Contains("Vector512.FusedMultiplyAdd(", string.Concat(run.Sources.Select(s => s.Source)));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData(" true ", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void The_property_reads_as_MSBuild_reads_a_boolean(string? text, bool expected)
    {
        Assert.Equal(expected, KernelGenerator.ReadOptions(null, readyToRunText: text).ReadyToRun);
    }
}
