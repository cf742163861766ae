// dotnet run -c Release --project benchmarks/KernelGen.GeneratorBenchmarks
// Prints what each incremental run regenerated, then runs the BenchmarkDotNet suite.
using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using KernelGen.Generator;
using KernelGen.GeneratorBenchmarks;
using Microsoft.CodeAnalysis;

var (original, unrelated, stride) = KernelProject.Create();
GeneratorDriver warm = KernelProject.Driver(track: true).RunGenerators(original);
Console.WriteLine($"full run: {warm.GetRunResult().GeneratedTrees.Length} files generated");
foreach ((string name, Compilation edited) in new[] { ("unrelated edit", (Compilation)unrelated), ("one stride changed", stride) })
{
    var reasons = warm.RunGenerators(edited).GetRunResult().Results.Single().TrackedSteps[KernelGenerator.Steps.Files]
        .SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Count()} {g.Key}");
    Console.WriteLine($"{name}: files step {string.Join(", ", reasons)}");
}

IConfig config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (!args.Contains("--job"))
{
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("kernelgen"));
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args, config);
