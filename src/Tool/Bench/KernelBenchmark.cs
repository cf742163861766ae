using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace KernelGen.Tool.Bench;

/// <summary>
/// The one benchmark class BenchmarkDotNet runs in-process: every case of the current run is a value of
/// <see cref="Case"/>, so BenchmarkDotNet's engine (pilot, warm-up, measured iterations, outlier removal) times each.
/// Public because BenchmarkDotNet requires it; not an API.
/// </summary>
public class KernelBenchmark
{
    private Action _run = static () => { };

    /// <summary>The cases of the run in progress (BenchmarkDotNet reads them through <see cref="Cases"/>).</summary>
    internal static IReadOnlyList<BenchCase> Current { get; set; } = Array.Empty<BenchCase>();

    public static IEnumerable<string> Cases() => Current.Select(c => c.Id);

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _run = Current.Single(c => c.Id == Case).Run;

    [Benchmark]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Run() => _run();
}
