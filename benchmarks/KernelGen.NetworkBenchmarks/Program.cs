using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using KernelGen.NetworkBenchmarks;

// dotnet run -c Release --project benchmarks/KernelGen.NetworkBenchmarks -- --filter '*'
// One launch, 4 warm-up and 15 measured iterations per benchmark; pass --job default to override.
// --check: the peers compute the same thing (largest difference from KernelGen's outputs, per benchmark).
if (args.Contains("--check"))
{
#if TORCHSHARP
    static string T(double d) => d.ToString("E2");
#else
    static string T(double d) => "not built (-p:WithTorchSharp=true)";
#endif
    foreach (int batch in new[] { 1, 64 })
    {
        var digits = new DigitsBenchmarks { Batch = batch };
        digits.SetUp();
        System.Console.WriteLine($"digits, batch {batch}: max |logit difference| ORT {digits.Differences().Ort:E2}, TorchSharp {T(digits.Differences().Torch)}");
    }

    var batched = new DigitsBatchBenchmarks();
    batched.SetUp();
    System.Console.WriteLine($"digits, Batch = 64 layers: max |logit difference| ORT {batched.Difference():E2}");
    var block = new BlockBenchmarks();
    block.SetUp();
    System.Console.WriteLine($"block: max |difference| ORT {block.Differences().Ort:E2}, TorchSharp {T(block.Differences().Torch)}");
    foreach (string op in new[] { "MaxPool", "AvgPool" })
    {
        var pool = new PoolBenchmarks { Op = op };
        pool.SetUp();
        System.Console.WriteLine($"{op}: max |difference| ORT {pool.Differences().Ort:E2}, TorchSharp {T(pool.Differences().Torch)}");
    }

    foreach (string shape in new[] { "64x56x56", "128x28x28", "256x14x14", "32x112x112" })
    {
        var winograd = new WinogradBenchmarks { Shape = shape };
        winograd.SetUp();
        (double direct, double ort) = winograd.Differences();
        System.Console.WriteLine($"Winograd {shape}: max |difference| from our direct kernel {direct:E2}, from ORT {ort:E2}");
    }

    return;
}

IConfig config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (!args.Contains("--job"))
{
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(15).WithId("networks"));
}

BenchmarkSwitcher.FromAssembly(typeof(DigitsBenchmarks).Assembly).Run(args, config);
