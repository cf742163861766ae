using System;
using System.CommandLine;
using KernelGen.Tool.Cli;
using KernelGen.Tool.Roofline;
using Spectre.Console;

namespace KernelGen.Tool.Commands;

/// <summary><c>kernelgen roofline</c>: times the kernels and plots each on this machine's roofline (PNG or SVG).</summary>
internal static class RooflineCommand
{
    public static Command Create(ToolContext context)
    {
        var sources = new SourceOptions();
        var options = new BenchOptions();
        var output = new Option<string>("--output", "-o") { Description = "The image to write: .png or .svg", DefaultValueFactory = _ => "roofline.png" };
        var width = new Option<int>("--width") { Description = "Width in pixels", DefaultValueFactory = _ => 1200 };
        var height = new Option<int>("--height") { Description = "Height in pixels", DefaultValueFactory = _ => 800 };
        var command = new Command("roofline", "Time each kernel and plot it on this machine's roofline (measured FMA peak, L1, L2 and memory bandwidth) as a PNG or SVG.");
        sources.AddTo(command);
        options.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(width);
        command.Options.Add(height);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            string path = result.GetValue(output)!;
            if (!path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
            {
                throw new ToolError($"--output {path}: the roofline is written as .png or .svg.");
            }

            int w = result.GetValue(width), h = result.GetValue(height);
            if (w < 200 || h < 150 || w > 10000 || h > 10000)
            {
                throw new ToolError("--width and --height must be between 200x150 and 10000x10000 pixels.");
            }

            var (set, kernels) = sources.Select(result, context);
            var (limits, results) = options.Run(result, context, set, kernels, baselines: false);
            RooflinePlot.Save(path, results, limits, w, h);
            context.Console.MarkupLine($"Wrote {Markup.Escape(path)} ({w}x{h}): {results.Count} kernel{(results.Count == 1 ? "" : "s")} on this machine's roofline.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
