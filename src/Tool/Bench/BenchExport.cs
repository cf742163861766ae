using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KernelGen.Tool.Bench;

/// <summary>A run's figures as Markdown, CSV or JSON (the same columns as the table, with the limits they are relative to).</summary>
internal static class BenchExport
{
    public static readonly string[] Formats = { "md", "csv", "json" };

    private static readonly string[] Columns =
    {
        "kernel", "attribute", "type", "median ns", "spread %", "GFLOP/s", "GB/s", "% FMA peak", "% L1 load bound", "first call ms",
        "reference ns", "speed-up vs reference", "TensorPrimitives ns", "speed-up vs TensorPrimitives", "threads", "one thread ns", "speed-up vs one thread",
    };

    public static string Write(string format, IReadOnlyList<BenchResult> results, MachineLimits limits) => format switch
    {
        "md" => Markdown(results, limits),
        "csv" => Csv(results),
        "json" => Json(results, limits),
        _ => throw new ArgumentException($"Unknown format {format}.", nameof(format)),
    };

    private static string N(double? value, string format = "0.###") =>
        value is double v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "";

    private static string[] Row(BenchResult r) =>
    [
        r.Kernel.Name, r.Kernel.Attribute, r.Kernel.ElementType == typeof(float) ? "float" : "double",
        N(r.MedianNs), N(r.SpreadPercent, "0.0"), N(r.Gflops, "0.00"), N(r.GBs, "0.00"), N(r.PercentOfPeak, "0.0"), N(r.PercentOfL1Bound, "0.0"), N(r.FirstCallMs, "0.00"),
        N(r.ReferenceNs), N(r.SpeedupOverReference, "0.00"), N(r.TensorPrimitivesNs), N(r.SpeedupOverTensorPrimitives, "0.00"),
        N(r.Kernel.Threads), N(r.OneThreadNs), N(r.SpeedupOverOneThread, "0.00"),
    ];

    private static string Markdown(IReadOnlyList<BenchResult> results, MachineLimits limits)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Limits measured in this run: FMA peak {limits.PeakGflops:0.0} GFLOP/s (fp32, one core), L1 {limits.L1GBs:0.0} GB/s, L2 {limits.L2GBs:0.0} GB/s, memory {limits.MemoryGBs:0.0} GB/s. Times are per call, net of calling through the catalog's invoker ({string.Join(", ", results.Select(r => r.OverheadNs.ToString("0.00", CultureInfo.InvariantCulture)).Distinct())} ns).");
        text.AppendLine();
        text.AppendLine("| " + string.Join(" | ", Columns) + " |");
        text.AppendLine("|" + string.Concat(Columns.Select((_, i) => i < 3 ? " --- |" : " ---: |")));
        foreach (BenchResult r in results)
        {
            text.AppendLine("| " + string.Join(" | ", Row(r).Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        }

        return text.ToString();
    }

    private static string Csv(IReadOnlyList<BenchResult> results)
    {
        static string Quote(string s) => s.Contains(',') || s.Contains('"') ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        var text = new StringBuilder();
        text.AppendLine(string.Join(",", Columns.Select(Quote)));
        foreach (BenchResult r in results)
        {
            text.AppendLine(string.Join(",", Row(r).Select(Quote)));
        }

        return text.ToString();
    }

    private static string Json(IReadOnlyList<BenchResult> results, MachineLimits limits)
    {
        static double? F(double? v) => v is double d && double.IsFinite(d) ? Math.Round(d, 4) : null;
        var document = new
        {
            limits = new { fmaPeakGflops = F(limits.PeakGflops), l1GBs = F(limits.L1GBs), l2GBs = F(limits.L2GBs), memoryGBs = F(limits.MemoryGBs), vectorWidth = limits.VectorWidth },
            kernels = results.Select(r => new
            {
                name = r.Kernel.Name,
                attribute = r.Kernel.Attribute,
                type = r.Kernel.ElementType == typeof(float) ? "float" : "double",
                flops = r.Kernel.Flops,
                bytesRead = r.Kernel.BytesRead,
                bytesWritten = r.Kernel.BytesWritten,
                medianNs = F(r.MedianNs),
                callOverheadNs = F(r.OverheadNs),
                operandOffsetsFromCacheLine = r.OperandOffsets,
                spreadPercent = F(r.SpreadPercent),
                gflops = F(r.Gflops),
                gbs = F(r.GBs),
                percentOfFmaPeak = F(r.PercentOfPeak),
                percentOfL1LoadBound = F(r.PercentOfL1Bound),
                firstCallMs = F(r.FirstCallMs),
                referenceNs = F(r.ReferenceNs),
                speedupOverReference = F(r.SpeedupOverReference),
                tensorPrimitivesNs = F(r.TensorPrimitivesNs),
                speedupOverTensorPrimitives = F(r.SpeedupOverTensorPrimitives),
                threads = r.Kernel.Threads,
                oneThreadNs = F(r.OneThreadNs),
                speedupOverOneThread = F(r.SpeedupOverOneThread),
            }),
        };
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
