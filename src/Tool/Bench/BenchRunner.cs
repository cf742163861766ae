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

/// <summary>One kernel's figures from one run, against the limits measured in the same run.</summary>
internal sealed record BenchResult(
    KernelInfo Kernel,
    double MedianNs,
    double SpreadPercent,
    double FirstCallMs,
    double? ReferenceNs,
    double? TensorPrimitivesNs,
    MachineLimits Limits)
{
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
    public static IReadOnlyList<BenchResult> Run(IReadOnlyList<KernelInfo> kernels, MachineLimits limits, bool quick, bool baselines, Action<string, int, int>? progress)
    {
        var cases = new List<BenchCase>();
        var firstCall = new Dictionary<int, double>();
        for (int i = 0; i < kernels.Count; i++)
        {
            foreach (BenchVariant variant in baselines ? Enum.GetValues<BenchVariant>() : new[] { BenchVariant.Kernel })
            {
                BenchCase? benchCase = BenchCase.Create(kernels[i], i, variant);
                if (benchCase is null)
                {
                    continue;
                }

                if (variant == BenchVariant.Kernel)
                {
                    firstCall[i] = benchCase.TimeFirstCall();
                }

                cases.Add(benchCase);
            }
        }

        var logger = new ProgressLogger(cases.Count, progress);
        Job job = Job.Default.WithToolchain(InProcessNoEmitToolchain.Instance).WithLaunchCount(1);
        job = quick
            ? job.WithWarmupCount(3).WithIterationCount(5).WithIterationTime(TimeInterval.FromMilliseconds(100))
            : job.WithWarmupCount(4).WithIterationCount(15);
        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(logger)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "kernelgen", "bench-" + Environment.ProcessId))
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
            if (!times.TryGetValue($"{i:D3}:{BenchVariant.Kernel}", out var kernel))
            {
                throw new ToolError($"BenchmarkDotNet measured nothing for {kernels[i].Name}:\n{logger.Tail()}");
            }

            double? Time(BenchVariant variant) => times.TryGetValue($"{i:D3}:{variant}", out var t) ? t.Median : null;
            results.Add(new BenchResult(kernels[i], kernel.Median, kernel.Spread, firstCall[i], Time(BenchVariant.Reference), Time(BenchVariant.TensorPrimitives), limits));
        }

        return results;
    }

    /// <summary>Keeps BenchmarkDotNet's log (for an error) and reports each case as it starts.</summary>
    private sealed class ProgressLogger(int total, Action<string, int, int>? progress) : ILogger
    {
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
                progress?.Invoke(at >= 0 ? text[(at + 5)..].TrimEnd(']', ')') : text[marker.Length..], _started, total);
            }
        }

        public void Flush()
        {
        }

        public string Tail() => string.Join("\n", _log.ToString().Split('\n').TakeLast(40));
    }
}
