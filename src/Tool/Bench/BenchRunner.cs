using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Perfolizer.Horology;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;

namespace KernelGen.Tool.Bench;

/// <summary>
/// One kernel's figures from one run, against the limits measured in the same run. Times are per call with
/// <see cref="OverheadNs"/>, the cost of calling through the catalog's invoker, subtracted (as BenchmarkDotNet subtracts
/// the cost of calling a benchmark method); the spread is that of the measured times, relative to the net median.
/// </summary>
internal sealed record BenchResult(
    KernelInfo Kernel,
    double MedianNs,
    double SpreadPercent,
    double FirstCallMs,
    double? ReferenceNs,
    double? TensorPrimitivesNs,
    double OverheadNs,
    IReadOnlyList<int> OperandOffsets,
    MachineLimits Limits,
    double? OneThreadNs = null)
{
    /// <summary>A threaded kernel's speed-up over its own parts on one thread: that time divided by the kernel's.</summary>
    public double? SpeedupOverOneThread => OneThreadNs / MedianNs;

    public double Gflops => Kernel.Flops / MedianNs;

    public double GBs => (Kernel.BytesRead + Kernel.BytesWritten) / MedianNs;

    /// <summary>Achieved FLOP/s as a percentage of the measured FMA peak (for the element type).</summary>
    public double PercentOfPeak => 100 * Gflops / Limits.PeakGflopsFor(Kernel.ElementType);

    /// <summary>The time to load the bytes the kernel must read at the measured L1 bandwidth, as a percentage of its time: 100 % is at the load floor.</summary>
    public double PercentOfL1Bound => 100 * (Kernel.BytesRead / Limits.L1GBs) / MedianNs;

    /// <summary>Speed-up over the reference interpreter: its time divided by the kernel's.</summary>
    public double? SpeedupOverReference => ReferenceNs / MedianNs;

    /// <summary>Speed-up over TensorPrimitives: its time divided by the kernel's.</summary>
    public double? SpeedupOverTensorPrimitives => TensorPrimitivesNs / MedianNs;
}

/// <summary>
/// Times kernels with BenchmarkDotNet's engine in this process (<see cref="InProcessNoEmitToolchain"/>: no project is
/// generated or built; the kernels run where the tool loaded them). Each kernel, its reference and its
/// TensorPrimitives baseline are values of one parameter, so they are measured the same way in the same run.
/// </summary>
internal static class BenchRunner
{
    /// <param name="progress">Told of each case as BenchmarkDotNet starts it, with its number and the count of cases.</param>
    /// <param name="firstCall">Times a kernel's first call (in a fresh process: <see cref="FirstCalls"/>); null: in this process, before anything else of it runs.</param>
    public static IReadOnlyList<BenchResult> Run(IReadOnlyList<KernelInfo> kernels, MachineLimits limits, bool quick, bool baselines, bool aligned, Action<BenchCase, int, int>? progress,
        Func<KernelInfo, double>? firstCall = null)
    {
        var cases = new List<BenchCase>();
        var firstCalls = new double[kernels.Count];
        var offsets = new IReadOnlyList<int>[kernels.Count];
        for (int i = 0; i < kernels.Count; i++)
        {
            var variants = new List<BenchVariant> { BenchVariant.Kernel };
            if (baselines)
            {
                variants.AddRange(new[] { BenchVariant.Reference, BenchVariant.TensorPrimitives });
            }

            if (kernels[i].Threads > 1)
            {
                variants.Add(BenchVariant.OneThread); // a threaded kernel: its speed-up over one thread, in the same run
            }

            foreach (BenchVariant variant in variants)
            {
                BenchCase? benchCase = BenchCase.Create(kernels[i], i, variant, aligned);
                if (benchCase is null)
                {
                    continue;
                }

                if (variant == BenchVariant.Kernel)
                {
                    firstCalls[i] = firstCall is null ? benchCase.TimeFirstCall() : firstCall(kernels[i]);
                    offsets[i] = benchCase.Offsets;
                }

                cases.Add(benchCase);
            }
        }

        // What one call through a catalog invoker costs by itself (two delegate calls and the spans over the operands),
        // once per element type: BenchmarkDotNet subtracts the cost of calling its own benchmark method, not this.
        var overheadOf = new Dictionary<Type, string>();
        for (int i = 0; i < kernels.Count; i++)
        {
            if (!overheadOf.ContainsKey(kernels[i].ElementType) && BenchCase.Create(kernels[i], i, BenchVariant.Overhead, aligned) is BenchCase overhead)
            {
                overheadOf[kernels[i].ElementType] = overhead.Id;
                cases.Add(overhead);
            }
        }

        WarmUp(cases);
        string artifacts = Path.Combine(Path.GetTempPath(), "kernelgen", $"bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var logger = new ProgressLogger(cases, progress);
        Job job = Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance).WithLaunchCount(1);
        job = quick
            ? job.WithWarmupCount(3).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(100))
            : job.WithWarmupCount(4).WithIterationCount(15);
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(logger)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);

        KernelBenchmark.Current = cases;
        Summary summary;
        try
        {
            summary = BenchmarkRunner.Run<KernelBenchmark>(config);
        }
        finally
        {
            KernelBenchmark.Current = Array.Empty<BenchCase>();
            try
            {
                Directory.Delete(artifacts, recursive: true);
            }
            catch (IOException)
            {
                // BenchmarkDotNet's scratch folder in the temp directory: harmless if left behind.
            }
        }

        var times = new Dictionary<string, (double Median, double Spread)>(StringComparer.Ordinal);
        foreach (BenchmarkReport report in summary.Reports)
        {
            var statistics = report.ResultStatistics;
            if (statistics is not null && report.BenchmarkCase.Parameters["Case"] is string id)
            {
                times[id] = (statistics.Median, 100 * (statistics.Q3 - statistics.Q1) / statistics.Median);
            }
        }

        var results = new List<BenchResult>();
        for (int i = 0; i < kernels.Count; i++)
        {
            if (!times.TryGetValue(BenchCase.IdOf(i, BenchVariant.Kernel), out var kernel))
            {
                throw new ToolError($"BenchmarkDotNet measured nothing for {kernels[i].Name}:\n{logger.Tail()}");
            }

            double overhead = times.TryGetValue(overheadOf[kernels[i].ElementType], out var o) ? o.Median : 0;
            // A call never costs less than a tenth of what was measured, however noisy the overhead's own median.
            double Net(double measured) => Math.Max(measured - overhead, measured / 10);
            double? Time(BenchVariant variant) => times.TryGetValue(BenchCase.IdOf(i, variant), out var t) ? Net(t.Median) : null;
            double median = Net(kernel.Median);
            results.Add(new BenchResult(kernels[i], median, kernel.Spread * kernel.Median / median, firstCalls[i], Time(BenchVariant.Reference), Time(BenchVariant.TensorPrimitives), overhead, offsets[i], limits,
                Time(BenchVariant.OneThread)));
        }

        return results;
    }

    /// <summary>
    /// Brings every case to its final tier before BenchmarkDotNet starts: the runtime compiles a method at tier 0,
    /// counts 30 calls, and recompiles it optimized in the background after 100 ms without new tier-0 work (twice with
    /// dynamic PGO: instrumented, then optimized). The kernel and the delegates around it are each such a method;
    /// left to BenchmarkDotNet's short warm-up (<c>--quick</c>) some iterations would time tier-0 code.
    /// </summary>
    private static void WarmUp(IReadOnlyList<BenchCase> cases)
    {
        for (int round = 0; round < 4; round++)
        {
            foreach (BenchCase benchCase in cases)
            {
                var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                for (int call = 0; call < 100 && stopwatch.ElapsedMilliseconds < 30; call++)
                {
                    benchCase.Run();
                }
            }

            System.Threading.Thread.Sleep(150);
        }
    }

    /// <summary>Keeps BenchmarkDotNet's log (for an error) and reports each case as it starts.</summary>
    private sealed class ProgressLogger(IReadOnlyList<BenchCase> cases, Action<BenchCase, int, int>? progress) : ILogger
    {
        private readonly Dictionary<string, BenchCase> _cases = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        private readonly StringBuilder _log = new();
        private int _started;

        public string Id => "kernelgen";

        public int Priority => 0;

        public void Write(LogKind logKind, string text) => _log.Append(text);

        public void WriteLine() => _log.AppendLine();

        public void WriteLine(LogKind logKind, string text)
        {
            _log.AppendLine(text);
            const string marker = "// Benchmark: ";
            if (text.StartsWith(marker, StringComparison.Ordinal))
            {
                _started++;
                int at = text.IndexOf("Case=", StringComparison.Ordinal);
                if (at >= 0 && _cases.TryGetValue(text[(at + 5)..].TrimEnd(']', ')'), out BenchCase? started))
                {
                    progress?.Invoke(started, _started, _cases.Count);
                }
            }
        }

        public void Flush()
        {
        }

        public string Tail() => string.Join("\n", _log.ToString().Split('\n').TakeLast(40));
    }
}
