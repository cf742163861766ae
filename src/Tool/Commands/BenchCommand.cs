using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using KernelGen.Catalog;
using KernelGen.Tool.Bench;
using KernelGen.Tool.Cli;
using KernelGen.Tool.Sources;
using Spectre.Console;

namespace KernelGen.Tool.Commands;

/// <summary>
/// <c>kernelgen bench</c>: each kernel timed by BenchmarkDotNet's engine in-process, against this machine's FMA peak
/// and L1 load bound (measured at start-up), the reference interpreter and TensorPrimitives.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(ToolContext context)
    {
        var sources = new SourceOptions();
        var options = new BenchOptions();
        var command = new Command("bench", "Time each kernel with BenchmarkDotNet's engine: ns per call (median, spread), GFLOP/s, GB/s, % of this machine's FMA peak and L1 load bound, first-call time, speed-up over the reference loop and TensorPrimitives.");
        sources.AddTo(command);
        options.AddTo(command);
        var export = new Option<string?>("--export") { Description = "Also write the figures as md, csv or json (to --output, or standard output)" };
        export.AcceptOnlyFromAmong(BenchExport.Formats);
        var output = new Option<string?>("--output", "-o") { Description = "The file --export writes" };
        var noBaselines = new Option<bool>("--no-baselines") { Description = "Time only the kernels, not the reference loop and TensorPrimitives (faster)" };
        command.Options.Add(noBaselines);
        command.Options.Add(export);
        command.Options.Add(output);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            var (set, kernels) = sources.Select(result, context);
            var (limits, results) = options.Run(result, context, set, kernels, baselines: !result.GetValue(noBaselines));
            Print(context, results, limits);
            if (result.GetValue(export) is string format)
            {
                string text = BenchExport.Write(format, results, limits);
                if (result.GetValue(output) is string path)
                {
                    File.WriteAllText(path, text);
                    context.Console.MarkupLine($"Wrote {Markup.Escape(path)}.");
                }
                else
                {
                    context.Out.Write(text);
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Print(ToolContext context, IReadOnlyList<BenchResult> results, MachineLimits limits)
    {
        bool threaded = results.Any(r => r.Kernel.Threads > 1);
        var columns = new List<string> { "kernel", ">median", ">spread", ">GFLOP/s", ">GB/s", ">% FMA peak", ">% L1 bound", ">first call", ">vs reference", ">vs TensorPrimitives" };
        if (threaded)
        {
            columns.AddRange(new[] { ">threads", ">vs 1 thread" });
        }

        var table = Tables.Create(columns.ToArray());

        var shown = results.Select(r => r.Kernel).ToList();
        foreach (BenchResult r in results)
        {
            var cells = new List<string>
            {
                Markup.Escape(Format.KernelName(r.Kernel, shown)),
                (r.MedianNs < 2 * r.OverheadNs ? "≈" : "") + Format.Nanoseconds(r.MedianNs),
                "±" + Format.Number(r.SpreadPercent / 2, "0.0") + " %",
                Format.Number(r.Gflops, "0.0"),
                Format.Number(r.GBs, "0.0"),
                Format.Number(r.PercentOfPeak, "0.0") + " %",
                Format.Number(r.PercentOfL1Bound, "0.0") + " %",
                Format.Number(r.FirstCallMs, "0.00") + " ms",
                r.SpeedupOverReference is double s ? Format.Number(s, "0.0") + "x" : "—",
                r.SpeedupOverTensorPrimitives is double t ? Format.Number(t, "0.00") + "x" : "—",
            };
            if (threaded)
            {
                cells.Add(r.Kernel.Threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
                cells.Add(r.SpeedupOverOneThread is double one ? Format.Number(one, "0.00") + "x" : "—");
            }

            table.AddRow(cells.ToArray());
        }

        context.Console.Write(table);
        context.Console.MarkupLine(Markup.Escape(
            $"Limits measured in this run ({limits.VectorWidth}): FMA peak {Format.Number(limits.PeakGflops, "0.0")} GFLOP/s fp32 (one core), " +
            $"L1 loads {Format.Number(limits.L1GBs, "0.0")} GB/s, L2 {Format.Number(limits.L2GBs, "0.0")} GB/s, memory {Format.Number(limits.MemoryGBs, "0.0")} GB/s. " +
            $"Times are net of calling through the catalog's invoker ({string.Join(", ", results.Select(r => r.OverheadNs).Distinct().Select(o => Format.Nanoseconds(o)))}, measured in the same run; ≈: a time under twice that, good to a nanosecond or two). " +
            (results.All(r => r.OperandOffsets.All(o => o == 0)) ? "Operands 64-byte aligned. " : "Operands where arrays put them (--aligned to align them to 64 bytes; the export has each operand's offset from a cache line). ") +
            "Spread: half the interquartile range. % L1 bound: the time to load the kernel's inputs at L1 speed over its time (100 % = at the load floor). " +
            "vs: the baseline's time over the kernel's (2.0x = twice as fast); reference = the reference interpreter, a plain loop from the definition." +
            (threaded ? $" threads: the most a call uses (KernelThreads.Limit = {KernelThreads.Limit} here); vs 1 thread: the same kernel with KernelThreads.Limit = 1." : "")));
    }
}

/// <summary>The options <c>bench</c> and <c>roofline</c> share, and the run they make.</summary>
internal sealed class BenchOptions
{
    public Option<bool> Quick { get; } = new("--quick") { Description = "Fewer, shorter iterations (3 warm-up, 5 measured of 100 ms): a quick look, not figures to quote" };

    public Option<bool> Aligned { get; } = new("--aligned") { Description = "Put every operand 64-byte aligned (no load crosses a cache line), instead of where arrays put them (16 bytes into the object, as in an application)" };

    public Option<bool> AllowDebug { get; } = new("--allow-debug") { Description = "Time kernels of a Debug build anyway (they run without JIT optimization, about 25x slower)" };

    public void AddTo(Command command)
    {
        command.Options.Add(Quick);
        command.Options.Add(AllowDebug);
        command.Options.Add(Aligned);
    }

    public (MachineLimits Limits, IReadOnlyList<BenchResult> Results) Run(ParseResult result, ToolContext context, KernelSet set, IReadOnlyList<KernelInfo> kernels, bool baselines)
    {
        if (!set.Optimized && !result.GetValue(AllowDebug))
        {
            throw new ToolError($"{set.AssemblyPath} is a Debug build: its kernels run without JIT optimization (about 25x slower), so its timings say nothing about the kernels. " +
                "Build it with -c Release (or use --project, which does), or pass --allow-debug to time it anyway.");
        }

        bool quick = result.GetValue(Quick);
        double FirstCall(KernelInfo kernel) => FirstCalls.Measure(set, kernel); // each in a fresh process
        MachineLimits limits = default!;
        IReadOnlyList<BenchResult> results = Array.Empty<BenchResult>();
        if (!context.Console.Profile.Capabilities.Interactive)
        {
            // Piped or captured: no live display, only the results.
            limits = MachineLimits.Measure(quick);
            results = BenchRunner.Run(kernels, limits, quick, baselines, result.GetValue(Aligned), progress: null, FirstCall);
        }
        else
        {
            context.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(progress =>
                {
                    ProgressTask measure = progress.AddTask("Measuring this machine's limits", maxValue: 1);
                    limits = MachineLimits.Measure(quick);
                    measure.Increment(1);
                    ProgressTask task = progress.AddTask("Benchmarking", maxValue: 1);
                    results = BenchRunner.Run(kernels, limits, quick, baselines, result.GetValue(Aligned), (benchCase, started, total) =>
                    {
                        task.MaxValue = total;
                        task.Value = started - 1;
                        string what = benchCase.Variant == BenchVariant.Overhead ? "the call overhead" : $"{benchCase.Kernel.Method} ({benchCase.Variant})";
                        task.Description = Markup.Escape($"Benchmarking {what} ({started}/{total})");
                    }, FirstCall);
                    task.Value = task.MaxValue;
                });
        }

        if (!set.Optimized)
        {
            context.Console.MarkupLine("[yellow]Debug build: these kernels ran without JIT optimization.[/]");
        }

        return (limits, results);
    }
}
