using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace KernelGen.Tool.Asm;

/// <summary>
/// One method's machine code as the JIT printed it (<c>DOTNET_JitDisasm</c>): its name as the runtime writes it
/// (<c>Namespace.Type:Method(args):ret</c>), the tier, and the listing's lines.
/// </summary>
internal sealed record AsmMethod(string Header, string TypeName, string MethodName, string Tier, IReadOnlyList<string> Lines)
{
    /// <summary>The method's full name as the catalog writes it (<c>Namespace.Type.Method</c>, nested types dotted).</summary>
    public string FullName => TypeName.Replace('+', '.') + "." + MethodName;

    /// <summary>The kernel a local function belongs to (<c>&lt;Kernel&gt;g__CopyIn|0_0</c> → <c>Kernel</c>), or the method itself.</summary>
    public string OwnerFullName
    {
        get
        {
            Match local = Regex.Match(MethodName, @"^<(?<owner>[^>]+)>g__");
            return local.Success ? TypeName.Replace('+', '.') + "." + local.Groups["owner"].Value : FullName;
        }
    }

    /// <summary>Whether this is a local function of a kernel (a throw helper or a copy loop) rather than its body.</summary>
    public bool IsLocalFunction => MethodName.StartsWith('<');

    /// <summary>Whether this is a throw helper: cold code that only builds an exception.</summary>
    public bool IsThrowHelper => IsLocalFunction && MethodName.Contains("Throw", StringComparison.Ordinal);

    /// <summary>The listing's own count, <c>; Total bytes of code N</c>.</summary>
    public int CodeBytes
    {
        get
        {
            foreach (string line in Lines)
            {
                Match m = Regex.Match(line, @"^; Total bytes of code (\d+)");
                if (m.Success)
                {
                    return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                }
            }

            return 0;
        }
    }
}

/// <summary>Splits the JIT's disassembly output into methods.</summary>
internal static class AsmListing
{
    private static readonly Regex Header = new(@"^; Assembly listing for method (?<type>[^:\s]+):(?<method>[^(]+)\(", RegexOptions.Compiled);
    private static readonly Regex Tier = new(@"^; (?<tier>Tier0|Tier1|FullOpts|MinOpts|Tier1-OSR|Instrumented Tier0|Instrumented Tier1)(?: code| compilation)?\b", RegexOptions.Compiled);

    public static IReadOnlyList<AsmMethod> Parse(string text)
    {
        var methods = new List<AsmMethod>();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int start = -1;
        for (int i = 0; i <= lines.Length; i++)
        {
            bool header = i < lines.Length && Header.IsMatch(lines[i]);
            if ((header || i == lines.Length) && start >= 0)
            {
                methods.Add(Build(lines[start..i]));
                start = -1;
            }

            if (header)
            {
                start = i;
            }
        }

        return methods;
    }

    private static AsmMethod Build(string[] lines)
    {
        // The listing ends at its byte count; anything after it (the program's own output) is not part of it.
        int end = Array.FindIndex(lines, l => l.StartsWith("; Total bytes of code", StringComparison.Ordinal));
        string[] body = end >= 0 ? lines[..(end + 1)] : lines;
        Match header = Header.Match(body[0]);
        string tier = body.Select(l => Tier.Match(l)).FirstOrDefault(m => m.Success)?.Groups["tier"].Value
            ?? (body[0].Contains("(FullOpts)", StringComparison.Ordinal) ? "FullOpts" : body[0].Contains("(Tier1)", StringComparison.Ordinal) ? "Tier1" : "unknown");
        return new AsmMethod(body[0].Substring("; Assembly listing for method ".Length).Trim(), header.Groups["type"].Value, header.Groups["method"].Value, tier, body);
    }
}
