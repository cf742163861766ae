using System;
using System.Text;

namespace KernelGen.Generator.Shared;

/// <summary>Writes C# text with four-space indentation and '\n' line ends, the same on every machine.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>Writes <paramref name="line"/> when there is one (an attribute a mode leaves out); nothing otherwise.</summary>
    public void OptionalLine(string? line)
    {
        if (line is not null)
        {
            Line(line);
        }
    }

    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
    }

    /// <summary>Writes <paramref name="header"/> (if any), an opening brace, and indents until disposed.</summary>
    public Scope Block(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _depth++;
        return new Scope(this);
    }

    public override string ToString() => _text.ToString();

    /// <summary>One level deeper without a brace (an initializer's members); undone by <see cref="Outdent"/>.</summary>
    public void Indent() => _depth++;

    /// <summary>Undoes <see cref="Indent"/>.</summary>
    public void Outdent() => _depth--;

    public readonly struct Scope : IDisposable
    {
        private readonly IndentedWriter _writer;

        public Scope(IndentedWriter writer) => _writer = writer;

        public void Dispose()
        {
            _writer._depth--;
            _writer.Line("}");
        }
    }
}
