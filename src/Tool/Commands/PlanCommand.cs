using System.CommandLine;
using System.Linq;
using KernelGen.Catalog;
using KernelGen.Tool.Cli;
using Spectre.Console;

namespace KernelGen.Tool.Commands;

/// <summary><c>kernelgen plan</c>: what the generator decided for each kernel, in words and numbers.</summary>
internal static class PlanCommand
{
    public static Command Create(ToolContext context)
    {
        var sources = new SourceOptions();
        var command = new Command("plan", "Each kernel's spec, operands, costs and the plan of every vector path, in words and numbers.");
        sources.AddTo(command);
        command.SetAction(ToolApp.Guarded(context, result =>
        {
            var (_, kernels) = sources.Select(result, context);
            foreach (KernelInfo kernel in kernels)
            {
                context.Console.Write(Describe(kernel));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Panel Describe(KernelInfo kernel)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        grid.AddRow("attribute", Markup.Escape($"[{kernel.Attribute}]"));
        grid.AddRow("spec", Markup.Escape(kernel.Spec));
        grid.AddRow("element type", Format.TypeName(kernel.ElementType));
        grid.AddRow("operands", Markup.Escape(string.Join("\n", kernel.Parameters.Select(p =>
            $"{p.Role,-8} {p.Name,-10} {p.Use.ToString().ToLowerInvariant(),-8} {p.Length,8:N0} elements{(p.GivenAtCompileTime ? "  (given at compile time)" : "")}"))));
        grid.AddRow("per call", Markup.Escape(
            $"{kernel.Flops:N0} FLOPs, {kernel.BytesRead:N0} bytes read, {kernel.BytesWritten:N0} written: {Format.Number(kernel.ArithmeticIntensity)} FLOP/byte"));
        grid.AddRow("accuracy", Markup.Escape($"{kernel.Terms} terms per output (the contract's n), {(kernel.Deterministic ? "deterministic: the same bits on every path" : "not deterministic: paths may differ in the last bits")}"));
        if (kernel.Activation != Activation.None)
        {
            grid.AddRow("activation", kernel.Activation.ToString());
        }

        grid.AddRow("file", Markup.Escape(kernel.GeneratedFile));
        foreach (KernelPathPlan plan in kernel.Plans)
        {
            grid.AddRow(Markup.Escape(plan.Path), Markup.Escape(plan.Summary));
        }

        return new Panel(grid).Header(Markup.Escape($" {kernel.Name} ")).Border(BoxBorder.Rounded).Expand();
    }
}
