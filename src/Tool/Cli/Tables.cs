using Spectre.Console;

namespace KernelGen.Tool.Cli;

/// <summary>The tool's tables: rounded borders, every column but the last kept on one line, numbers right-aligned.</summary>
internal static class Tables
{
    /// <summary>A table with <paramref name="headers"/>; a header starting with '>' is right-aligned (the '>' is dropped).</summary>
    public static Table Create(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        for (int i = 0; i < headers.Length; i++)
        {
            bool right = headers[i].StartsWith('>');
            var column = new TableColumn(right ? headers[i][1..] : headers[i]);
            if (right)
            {
                column.RightAligned();
            }

            if (i < headers.Length - 1)
            {
                column.NoWrap();
            }

            table.AddColumn(column);
        }

        return table;
    }
}
