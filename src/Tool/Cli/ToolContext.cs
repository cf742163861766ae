using System.IO;
using Spectre.Console;

namespace KernelGen.Tool.Cli;

/// <summary>
/// Where a command writes: <see cref="Console"/> for tables and progress (Spectre.Console), <see cref="Out"/> for text a
/// user pipes or copies as is (generated source, machine code, exports). Tests give both a <see cref="StringWriter"/>.
/// </summary>
internal sealed class ToolContext(IAnsiConsole console, TextWriter output, TextWriter error)
{
    public IAnsiConsole Console { get; } = console;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>The real terminal.</summary>
    public static ToolContext ForTerminal()
    {
        IAnsiConsole console = AnsiConsole.Console;
        if (System.Console.IsOutputRedirected)
        {
            // Piped or captured: wide enough that tables keep one line per row (a terminal gets its own width).
            console.Profile.Width = 200;
        }

        return new(console, System.Console.Out, System.Console.Error);
    }

    /// <summary>Plain text into one writer, at a fixed width, with no colors or live display: what tests read.</summary>
    public static ToolContext ForWriter(TextWriter writer, int width = 160)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return new ToolContext(console, writer, writer);
    }
}
