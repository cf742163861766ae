using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/KernelGen.Benchmarks -- --filter '*'
// One launch, 4 warm-up and 15 measured iterations per benchmark: enough for stable ratios on this machine in minutes.
// Pass --job default (or any BenchmarkDotNet option) to override.
IConfig config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (!args.Contains("--job"))
{
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(15).WithId("kernelgen"));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

public partial class Program;
