using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using KernelGen.Benchmarks;

// dotnet run -c Release --project benchmarks/KernelGen.Benchmarks -- --filter '*'
// One launch, 4 warm-up and 15 measured iterations per benchmark: enough for stable ratios on this machine in minutes.
// Pass --job default (or any BenchmarkDotNet option) to override. For the Conv2D table in GFLOP/s and fraction of the
// FMA peak, run the conv and peak benchmarks together:  -- --filter '*Conv*' '*Peak*'
IConfig config = DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator);
if (!args.Contains("--job"))
{
    config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(15).WithId("kernelgen"));
}

Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
foreach ((string file, string? table) in new[]
{
    ("conv-gflops.md", ConvReport.Build(summaries)),
    ("matmul-gflops.md", MatMulReport.Build(summaries)),
})
{
    if (table is not null)
    {
        Console.WriteLine(table);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", file), table);
    }
}

public partial class Program;

/// <summary>Turns the Conv2D benchmark times into GFLOP/s and fractions of the FMA peak measured in the same run.</summary>
internal static class ConvReport
{
    public static string? Build(IEnumerable<Summary> summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        BenchmarkReport? peak = reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(PeakBenchmarks.FmaPeak));
        var conv = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(ConvBenchmarks)).ToList();
        if (conv.Count == 0)
        {
            return null;
        }

        double? peakGflops = peak is null ? null : PeakBenchmarks.Flops / peak.ResultStatistics!.Mean;
        var methods = conv.Select(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name).Distinct().ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"FMA peak (Vector512, 16 chains, one core): {(peakGflops is { } p ? p.ToString("F1", CultureInfo.InvariantCulture) + " GFLOP/s" : "not measured (add --filter '*Peak*')")}");
        text.AppendLine();
        text.AppendLine("| Shape | " + string.Join(" | ", methods.Select(m => m + " GFLOP/s")) + (peakGflops is null ? "" : " | Generated % of peak") + " | Generated / PlainLoop |");
        text.AppendLine("|---|" + string.Concat(methods.Select(_ => "---:|")) + (peakGflops is null ? "" : "---:|") + "---:|");
        foreach (ConvShape shape in ConvShape.All)
        {
            var row = conv.Where(r => (string)r.BenchmarkCase.Parameters["Shape"] == shape.Name).ToList();
            if (row.Count == 0)
            {
                continue;
            }

            double Gflops(string method) => row.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method) is { } r
                ? shape.Flops / r.ResultStatistics!.Mean : double.NaN; // FLOPs per ns = GFLOP/s
            string cells = string.Join(" | ", methods.Select(m => Gflops(m).ToString("F2", CultureInfo.InvariantCulture)));
            double generated = Gflops(nameof(ConvBenchmarks.Generated));
            string fraction = peakGflops is { } pk ? " | " + (generated / pk).ToString("P1", CultureInfo.InvariantCulture) : "";
            string speedup = (generated / Gflops(nameof(ConvBenchmarks.PlainLoop))).ToString("F1", CultureInfo.InvariantCulture) + "x";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {shape.Name} | {cells}{fraction} | {speedup} |");
        }

        return text.ToString();
    }
}

/// <summary>Turns the MatMul benchmark times into GFLOP/s, fractions of the FMA peak and speed-ups over the peers.</summary>
internal static class MatMulReport
{
    public static string? Build(IEnumerable<Summary> summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        BenchmarkReport? peak = reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(PeakBenchmarks.FmaPeak));
        var gemm = reports.Where(r => r.BenchmarkCase.Descriptor.Type == typeof(MatMulBenchmarks)).ToList();
        if (gemm.Count == 0)
        {
            return null;
        }

        double? peakGflops = peak is null ? null : PeakBenchmarks.Flops / peak.ResultStatistics!.Mean;
        var methods = gemm.Select(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name).Distinct().ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"FMA peak (Vector512, 16 chains, one core): {(peakGflops is { } p ? p.ToString("F1", CultureInfo.InvariantCulture) + " GFLOP/s" : "not measured (add --filter '*Peak*')")}");
        text.AppendLine();
        text.AppendLine("| m x k x n | " + string.Join(" | ", methods.Select(m => m + " GFLOP/s")) + (peakGflops is null ? "" : " | Generated % of peak") + " | Generated / MathNet | Generated / TP.Dot |");
        text.AppendLine("|---|" + string.Concat(methods.Select(_ => "---:|")) + (peakGflops is null ? "" : "---:|") + "---:|---:|");
        foreach (MatMulShape shape in MatMulShape.All)
        {
            var row = gemm.Where(r => (string)r.BenchmarkCase.Parameters["Shape"] == shape.Name).ToList();
            if (row.Count == 0)
            {
                continue;
            }

            double Gflops(string method) => row.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method) is { } r
                ? shape.Flops / r.ResultStatistics!.Mean : double.NaN;
            string cells = string.Join(" | ", methods.Select(m => Gflops(m).ToString("F2", CultureInfo.InvariantCulture)));
            double generated = Gflops(nameof(MatMulBenchmarks.Generated));
            string fraction = peakGflops is { } pk ? " | " + (generated / pk).ToString("P1", CultureInfo.InvariantCulture) : "";
            string mathNet = (generated / Gflops(nameof(MatMulBenchmarks.MathNetManaged))).ToString("F1", CultureInfo.InvariantCulture) + "x";
            string dot = (generated / Gflops(nameof(MatMulBenchmarks.TensorPrimitivesDotPerElement))).ToString("F1", CultureInfo.InvariantCulture) + "x";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {shape.Name} | {cells}{fraction} | {mathNet} | {dot} |");
        }

        return text.ToString();
    }
}
