using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/KernelGen.Benchmarks -- --filter '*'   (all)
// add --job short for a quicker, noisier run
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance.AddJob(Job.Default.WithId("default")).WithOptions(ConfigOptions.DisableOptimizationsValidator));

public partial class Program;
