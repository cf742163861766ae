using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace KernelGen.Generator.Tests;

/// <summary>
/// RyuJIT compiles a method with MinOpts (no register allocation worth the name, no inlining) when it is too large:
/// more than 60,000 bytes of IL, 20,000 instructions, 2,000 basic blocks, 2,000 locals or 8,000 local references. A
/// "fully unrolled" kernel that crossed those would silently run an order of magnitude slower. These tests build the
/// largest kernels a user can ask for (huge sizes, huge unroll budgets), run them in a fresh process with the JIT's own
/// report (<c>DOTNET_JitStdOutFile</c>, <c>DOTNET_JitDisasmSummary=1</c>) and assert every kernel was compiled with full
/// optimization; and they check the IL size the generator's size cap keeps under the limit.
/// </summary>
public class JitCompilationTests(ITestOutputHelper output)
{
    /// <summary>The JIT's IL-size threshold for switching to MinOpts (DEFAULT_MIN_OPTS_CODE_SIZE).</summary>
    private const int MinOptsIlSize = 60_000;

    private const string Kernels = """
        using System;
        using KernelGen;
        namespace JitCheck;
        public static partial class Kernels
        {
            [DotProduct(4099, UnrollBudget = 100000)] public static partial float DotHuge(ReadOnlySpan<float> x, ReadOnlySpan<float> y);
            [DotProduct(1000)] public static partial double DotDefault(ReadOnlySpan<double> x, ReadOnlySpan<double> y);
            [Dense(1024, 64, UnrollBudget = 100000, Activation = Activation.Tanh)] public static partial void DenseHuge(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
            [Dense(300, 17, Activation = Activation.Sigmoid)] public static partial void DenseDefault(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
            [Conv2D(64, 14, 14, 64, 3, 3, Padding = 1, UnrollBudget = 100000)] public static partial void ConvHuge(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
            [Conv2D(16, 40, 40, 24, 5, 5, Stride = 2, Padding = 2, Activation = Activation.Relu)] public static partial void ConvDefault(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
            [Conv2D(32, 28, 28, 32, 7, 7, Padding = 3, Groups = 32, UnrollBudget = 100000)] public static partial void DepthwiseHuge(ReadOnlySpan<double> input, ReadOnlySpan<double> weights, Span<double> output);
            [MatMul(64, 256, 100, UnrollBudget = 100000, Activation = Activation.Sigmoid)] public static partial void GemmHuge(ReadOnlySpan<float> a, ReadOnlySpan<float> b, ReadOnlySpan<float> bias, Span<float> c);
            [Dense(784, 10, Batch = 64, UnrollBudget = 100000)] public static partial void BatchHuge(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, Span<float> output);
            static ReadOnlySpan<float> Taps => [0.5f, 0, -0.25f, 0, 0.125f, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 2];
            static ReadOnlySpan<float> Sobel => [-1, 0, 1, -2, 0, 2, -1, 0, 1];
            static ReadOnlySpan<float> Blur => [1, 4, 6, 4, 1, 4, 16, 24, 16, 4, 6, 24, 36, 24, 6, 4, 16, 24, 16, 4, 1, 4, 6, 4, 1];
            [Conv1D(1, 48000, 1, 63, Padding = 31, Weights = nameof(Taps))] public static partial void FirConstant(ReadOnlySpan<float> signal, Span<float> output);
            [Conv1D(1, 48000, 1, 63, UnrollBudget = 100000)] public static partial void FirHuge(ReadOnlySpan<float> signal, ReadOnlySpan<float> taps, Span<float> output);
            [Conv2D(1, 1080, 1920, 1, 3, 3, Padding = 1, Weights = nameof(Sobel))] public static partial void SobelBanded(ReadOnlySpan<float> image, Span<float> output);
            [Conv2D(1, 1080, 1920, 1, 5, 5, Padding = 2, Weights = nameof(Blur))] public static partial void BlurSeparable(ReadOnlySpan<float> image, Span<float> output);
            // a folded small-plane product whose fallback paths once wrote out every block (MinOpts: 10.5 us a call against 0.93 us)
            [Conv2D(8, 8, 8, 16, 3, 3, Padding = 1, Activation = Activation.Relu, Batch = 2)] public static partial void PlaneBatch(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
            [Conv2D(16, 4, 4, 32, 3, 3, Padding = 1, Activation = Activation.Tanh, Batch = 64)] public static partial void BatchLanes(ReadOnlySpan<float> input, ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, Span<float> output);
        }
        """;

    private const string Program = """
        using System;
        namespace JitCheck;
        public static class Program
        {
            public static int Main()
            {
                float[] f = new float[1 << 21];
                double[] d = new double[1 << 20];
                for (int i = 0; i < 2; i++)
                {
                    Kernels.DotHuge(f, f);
                    Kernels.DotDefault(d, d);
                    Kernels.DenseHuge(f, f.AsSpan(0, 1024 * 64), f.AsSpan(0, 64), new float[64]);
                    Kernels.DenseDefault(d, d, new double[17]);
                    Kernels.ConvHuge(f, f.AsSpan(0, 64 * 64 * 9), f.AsSpan(0, 64), new float[64 * 14 * 14]);
                    Kernels.ConvDefault(f, f.AsSpan(0, 24 * 16 * 25), f.AsSpan(0, 24), new float[24 * 20 * 20]);
                    Kernels.DepthwiseHuge(d, d.AsSpan(0, 32 * 49), new double[32 * 28 * 28]);
                    Kernels.GemmHuge(f.AsSpan(0, 64 * 256), f.AsSpan(0, 256 * 100), f.AsSpan(0, 100), new float[64 * 100]);
                    Kernels.BatchHuge(f.AsSpan(0, 64 * 784), f.AsSpan(0, 7840), new float[640]);
                    Kernels.FirConstant(f.AsSpan(0, 48000), new float[48000]);
                    Kernels.FirHuge(f.AsSpan(0, 48000), f.AsSpan(0, 63), new float[47938]);
                    Kernels.SobelBanded(f.AsSpan(0, 1920 * 1080), new float[1920 * 1080]);
                    Kernels.BlurSeparable(f.AsSpan(0, 1920 * 1080), new float[1920 * 1080]);
                    Kernels.PlaneBatch(f.AsSpan(0, 2 * 8 * 64), f.AsSpan(0, 16 * 72), f.AsSpan(0, 16), new float[2 * 16 * 64]);
                    Kernels.BatchLanes(f.AsSpan(0, 64 * 256), f.AsSpan(0, 32 * 144), f.AsSpan(0, 32), new float[64 * 512]);
                }

                Console.WriteLine("ran");
                return 0;
            }
        }
        """;

    private static readonly string[] KernelNames = { "DotHuge", "DotDefault", "DenseHuge", "DenseDefault", "ConvHuge", "ConvDefault", "DepthwiseHuge", "GemmHuge", "BatchHuge", "FirConstant", "FirHuge", "SobelBanded", "BlurSeparable", "PlaneBatch", "BatchLanes" };

    [Fact]
    public void Largest_kernels_stay_under_the_JIT_IL_size_limit()
    {
        GeneratorRun run = GeneratorHarness.Run(Kernels);
        Assert.Empty(run.CompileDiagnostics);
        Type type = GeneratorHarness.Load(run.Output).GetType("JitCheck.Kernels")!;
        output.WriteLine(string.Join("\n", run.GeneratorDiagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
        foreach (string name in KernelNames)
        {
            int il = type.GetMethod(name)!.GetMethodBody()!.GetILAsByteArray()!.Length;
            int locals = type.GetMethod(name)!.GetMethodBody()!.LocalVariables.Count;
            output.WriteLine($"{name}: IL {il} bytes, {locals} locals");
            Assert.True(il < MinOptsIlSize * 3 / 4, $"{name}: {il} bytes of IL is too close to the JIT's MinOpts threshold of {MinOptsIlSize}");
            Assert.True(locals < 500, $"{name}: {locals} locals");
        }
    }

    [Fact]
    public void Every_kernel_is_jitted_with_full_optimization()
    {
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compilation(new[] { Kernels, Program }));
        Assert.Empty(run.CompileDiagnostics);
        string folder = Path.Combine(Path.GetTempPath(), "kernelgen-jit-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            CSharpCompilation exe = run.Output.WithOptions(run.Output.Options.WithOutputKind(OutputKind.ConsoleApplication).WithMainTypeName("JitCheck.Program"))
                .WithAssemblyName("JitCheck");
            var emit = exe.Emit(Path.Combine(folder, "JitCheck.dll"));
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            File.Copy(typeof(KernelGen.DotProductAttribute).Assembly.Location, Path.Combine(folder, "KernelGen.Runtime.dll"));
            string version = Environment.Version.ToString(3);
            File.WriteAllText(Path.Combine(folder, "JitCheck.runtimeconfig.json"),
                $$"""{ "runtimeOptions": { "tfm": "net10.0", "framework": { "name": "Microsoft.NETCore.App", "version": "{{version}}" } } }""");

            string report = Path.Combine(folder, "jit.txt");
            var start = new ProcessStartInfo("dotnet", $"exec \"{Path.Combine(folder, "JitCheck.dll")}\"")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["DOTNET_JitStdOutFile"] = report;
            start.Environment["DOTNET_JitDisasmSummary"] = "1";
            using (Process process = Process.Start(start)!)
            {
                string stdout = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                Assert.True(process.WaitForExit(120_000), "the kernels did not finish");
                Assert.True(process.ExitCode == 0 && stdout.Contains("ran", StringComparison.Ordinal), stdout);
            }

            string[] lines = File.ReadAllLines(report);
            foreach (string name in KernelNames)
            {
                string[] compiled = lines.Where(l => l.Contains($"JitCheck.Kernels:{name}(", StringComparison.Ordinal)).ToArray();
                output.WriteLine(string.Join("\n", compiled));
                Assert.NotEmpty(compiled);
                Assert.All(compiled, l => Assert.Matches(new Regex(@"\[(FullOpts|Tier1|Tier1-OSR|Instrumented Tier1)[,\]]"), l));
                Assert.All(compiled, l => Assert.DoesNotContain("MinOpts", l, StringComparison.Ordinal));
            }
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
