using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace KernelGen.Kernels.Tests;

/// <summary>
/// <c>Deterministic = true</c>: the same bits on every vector path and JIT tier. tests/KernelGen.Determinism runs
/// deterministic kernels of every kind that sums (dot, cosine, dense, batched dense, MatMul, Conv2D in its plans, Conv1D,
/// pooling) and prints a hash of each kernel's output bits; each child process below switches vector ISAs off step by
/// step or changes how the JIT compiles, says which vector path its hardware checks allow, and must print the same
/// hashes as the default process. The app is built for net10.0 and net8.0 (whose kernels use other APIs for the
/// 128-bit FMA), and both builds must agree too. NativeAOT against the JIT is the package test's (its consumer).
/// </summary>
public sealed class DeterministicKernelTests
{
    private static readonly (string Name, string Path, string[] Environment)[] Settings =
    {
        ("default", "", Array.Empty<string>()),
        ("no AVX-512", "Vector256", new[] { "DOTNET_EnableAVX512=0" }),
        ("128-bit vectors (with FMA)", "Vector128", new[] { "DOTNET_PreferredVectorBitWidth=128" }),
        ("no AVX2 (so no FMA: the scalar path)", "scalar", new[] { "DOTNET_EnableAVX512=0", "DOTNET_EnableAVX2=0" }),
        ("no hardware intrinsics", "scalar", new[] { "DOTNET_EnableAVX512=0", "DOTNET_EnableAVX2=0", "DOTNET_EnableHWIntrinsic=0" }),
        ("fully optimized at once", "", new[] { "DOTNET_TieredCompilation=0" }),
        ("minimal optimization (tier 0)", "", new[] { "DOTNET_JITMinOpts=1" }),
        ("tier 0 without AVX-512", "Vector256", new[] { "DOTNET_JITMinOpts=1", "DOTNET_EnableAVX512=0" }),
    };

    public static IEnumerable<object[]> Frameworks() => new[] { new object[] { "net10.0" }, new object[] { "net8.0" } };

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void Every_path_and_tier_gives_the_same_bits(string framework)
    {
        string reference = Run(App("net10.0"), Array.Empty<string>());
        List<string> expected = Hashes(reference);
        Assert.True(expected.Count >= 30, reference);

        foreach ((string name, string path, string[] environment) in Settings)
        {
            string output = Run(App(framework), environment);
            string reported = output.Split('\n')[0].Trim();
            if (path.Length > 0)
            {
                Assert.True(reported == $"path: {path}", $"{name}: expected path {path}, the child reported '{reported}'");
            }

            List<string> actual = Hashes(output);
            var differing = expected.Zip(actual, (e, a) => e == a ? null : $"{e} -> {a}").Where(d => d is not null).ToList();
            Assert.True(actual.Count == expected.Count && differing.Count == 0,
                $"{framework}, {name} ({reported}): {differing.Count} kernels differ from the default process:\n{string.Join("\n", differing)}");
        }
    }

    private static List<string> Hashes(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => !l.StartsWith("path:", StringComparison.Ordinal)).ToList();

    private static string App(string framework)
    {
        string folder = typeof(DeterministicKernelTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "DeterminismApp").Value!;
        string dll = Path.Combine(folder, framework, "KernelGen.Determinism.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        return dll;
    }

    private static string Run(string dll, string[] environment)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string variable in environment)
        {
            int equals = variable.IndexOf('=');
            start.Environment[variable[..equals]] = variable[(equals + 1)..];
        }

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the determinism app did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {error}");
        return output;
    }
}
