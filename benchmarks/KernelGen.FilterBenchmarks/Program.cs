using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/KernelGen.FilterBenchmarks -- --filter '*'
// (Debian: apt-get install libgtk-3-0 first, for OpenCV's native library.) One launch, 4 warm-up and 15 measured
// iterations per benchmark; pass --job default to override.
if (args.Contains("--check"))
{
    // The peers compute the same thing: the largest difference between OpenCV's result and ours, per filter.
    foreach (KernelGen.FilterBenchmarks.Filter filter in System.Enum.GetValues<KernelGen.FilterBenchmarks.Filter>())
    {
        var b = new KernelGen.FilterBenchmarks.ImageFilterBenchmarks { Filter = filter, Size = "1920x1080" };
        b.SetUp();
        b.OpenCvFilter2D();
        b.KernelGenConstant();
        System.Console.WriteLine($"{filter}: max |OpenCV filter2D - KernelGen| = {b.MaxDifference():E2}");
    }

    var box7 = new KernelGen.FilterBenchmarks.Box7Benchmarks { Size = "1920x1080" };
    box7.SetUp();
    System.Console.WriteLine($"Box 7x7: max |OpenCV filter2D - KernelGen| = {box7.MaxDifference():E2}");

    var fir = new KernelGen.FilterBenchmarks.FirBenchmarks();
    fir.SetUp();
    System.Console.WriteLine($"FIR: max |NWaves - KernelGen| = {fir.MaxDifference():E2}");
    return;
}

IConfig config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (!args.Contains("--job"))
{
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(15).WithId("filters"));
}

BenchmarkSwitcher.FromAssembly(typeof(KernelGen.FilterBenchmarks.FirBenchmarks).Assembly).Run(args, config);
