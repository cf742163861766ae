using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using KernelGen.Tool.Bench;
using ScottPlot;

namespace KernelGen.Tool.Roofline;

/// <summary>
/// Every kernel as a point on this machine's roofline: arithmetic intensity (FLOPs per byte moved) across, GFLOP/s up,
/// both logarithmic; the roofs are min(FMA peak, intensity x bandwidth) for L1, L2 and memory, all measured in the
/// same run. A point near a slanted roof is bound by that level's bandwidth, one near the flat roof by arithmetic.
/// </summary>
internal static class RooflinePlot
{
    public static void Save(string path, IReadOnlyList<BenchResult> results, MachineLimits limits, int width, int height)
    {
        var points = results.Where(r => r.Gflops > 0 && r.Kernel.ArithmeticIntensity > 0).ToList();
        double minAi = Math.Min(0.05, points.Select(r => r.Kernel.ArithmeticIntensity).DefaultIfEmpty(1).Min() / 2);
        double maxAi = Math.Max(100, points.Select(r => r.Kernel.ArithmeticIntensity).DefaultIfEmpty(1).Max() * 2);
        int lowDecade = (int)Math.Floor(Math.Log10(minAi)), highDecade = (int)Math.Ceiling(Math.Log10(maxAi));

        var plot = new Plot();
        plot.Title($"Roofline: {limits.VectorWidth}, FMA peak {limits.PeakGflops:0} GFLOP/s (fp32, one core)");
        plot.XLabel("arithmetic intensity (FLOP / byte)");
        plot.YLabel("GFLOP/s");

        double[] xs = Enumerable.Range(0, 200).Select(i => lowDecade + ((highDecade - lowDecade) * i / 199.0)).ToArray();
        var roofs = new (string Name, double GBs, Color Color)[]
        {
            ("L1", limits.L1GBs, Colors.SteelBlue),
            ("L2", limits.L2GBs, Colors.SeaGreen),
            ("memory", limits.MemoryGBs, Colors.DarkOrange),
        };
        foreach (var (name, gbs, color) in roofs)
        {
            double[] ys = xs.Select(x => Math.Log10(Math.Min(limits.PeakGflops, Math.Pow(10, x) * gbs))).ToArray();
            var line = plot.Add.ScatterLine(xs, ys);
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{name} {gbs:0} GB/s");
        }

        var peak = plot.Add.HorizontalLine(Math.Log10(limits.PeakGflops));
        peak.Color = Colors.Gray;
        peak.LinePattern = LinePattern.Dashed;
        peak.LegendText = string.Create(CultureInfo.InvariantCulture, $"FMA peak {limits.PeakGflops:0} GFLOP/s");

        foreach (BenchResult r in points)
        {
            double x = Math.Log10(r.Kernel.ArithmeticIntensity), y = Math.Log10(r.Gflops);
            var marker = plot.Add.Marker(x, y);
            marker.Color = Colors.Crimson;
            marker.Size = 9;
            var label = plot.Add.Text(r.Kernel.Method, x, y);
            label.LabelFontSize = 12;
            label.LabelOffsetX = 6;
            label.LabelOffsetY = -6;
        }

        double lowY = Math.Floor(Math.Log10(Math.Max(1e-3, Math.Min(points.Select(r => r.Gflops).DefaultIfEmpty(1).Min(), limits.PeakGflops * minAi / maxAi * 10) / 2)));
        double highY = Math.Ceiling(Math.Log10(limits.PeakGflops * 2));
        plot.Axes.Bottom.TickGenerator = LogTicks(lowDecade, highDecade);
        plot.Axes.Left.TickGenerator = LogTicks((int)lowY, (int)highY);
        plot.Axes.SetLimits(lowDecade, highDecade, lowY, highY);
        plot.ShowLegend(Alignment.LowerRight);

        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            plot.SaveSvg(path, width, height);
        }
        else
        {
            plot.SavePng(path, width, height);
        }
    }

    /// <summary>Ticks at powers of ten (labelled) and at 2..9 times them, for values plotted as their base-10 logarithm.</summary>
    private static ScottPlot.TickGenerators.NumericManual LogTicks(int low, int high)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (int decade = low; decade <= high; decade++)
        {
            ticks.AddMajor(decade, Math.Pow(10, decade).ToString("0.###", CultureInfo.InvariantCulture));
            for (int m = 2; m <= 9 && decade < high; m++)
            {
                ticks.AddMinor(decade + Math.Log10(m));
            }
        }

        return ticks;
    }
}
