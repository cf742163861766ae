using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace KernelGen.Tool.Asm;

/// <summary>
/// What a person checks in a kernel's machine code at a glance: the tier it was compiled at (FullOpts or Tier1 is
/// optimized), the widest vector register it uses, how many fused multiply-adds, vector loads and stores, broadcasts and
/// stack spills it has, and every call left in it (a bounds-check helper, <c>CORINFO_HELP_RNGCHKFAIL</c>, flagged).
/// Counts are static (instructions in the listing, not executions), over the body and its local functions except throw helpers.
/// </summary>
internal sealed record AsmSummary(
    string Tier,
    string WidestRegister,
    int Fmas,
    int Loads,
    int Stores,
    int Broadcasts,
    int Spills,
    IReadOnlyList<string> Calls,
    int CodeBytes,
    int Instructions)
{
    /// <summary>The runtime's bounds-check failure helper: its call means a span access kept its check.</summary>
    public const string BoundsCheckHelper = "CORINFO_HELP_RNGCHKFAIL";

    /// <summary>Whether the JIT optimized the code (FullOpts, or Tier1 after tiering).</summary>
    public bool Optimized => Tier is "FullOpts" or "Tier1";

    public bool HasBoundsCheck => Calls.Any(c => c.Contains(BoundsCheckHelper, StringComparison.Ordinal));

    private static readonly Regex Instruction = new(@"^\s+(?<mnemonic>[a-z][a-z0-9]*)\s*(?<operands>.*)$", RegexOptions.Compiled);

    public static AsmSummary Of(IReadOnlyList<AsmMethod> methods)
    {
        var counted = methods.Where(m => !m.IsThrowHelper).ToList();
        string tier = methods.FirstOrDefault(m => !m.IsLocalFunction)?.Tier ?? methods.FirstOrDefault()?.Tier ?? "unknown";
        int widest = 0, fmas = 0, loads = 0, stores = 0, broadcasts = 0, spills = 0, instructions = 0;
        var calls = new List<string>();
        var coldCalls = ColdCalls(counted);
        foreach (string line in counted.SelectMany(m => m.Lines))
        {
            if (line.TrimStart().StartsWith(';'))
            {
                continue;
            }

            Match m = Instruction.Match(StripComment(line));
            if (!m.Success || line.TrimEnd().EndsWith(':'))
            {
                continue;
            }

            string mnemonic = m.Groups["mnemonic"].Value;
            string operands = m.Groups["operands"].Value;
            instructions++;
            if (mnemonic == "call")
            {
                string target = operands.Trim();
                // A throw helper's call, and what its block calls to build the exception (the parameter names'
                // string constants), sit on the cold path that reports bad input: not part of the work.
                if (!coldCalls.Contains(line) && !calls.Contains(target))
                {
                    calls.Add(target);
                }

                continue;
            }

            if (!mnemonic.StartsWith('v'))
            {
                continue;
            }

            widest = Math.Max(widest, operands.Contains("zmm", StringComparison.Ordinal) ? 512 : operands.Contains("ymm", StringComparison.Ordinal) ? 256 : operands.Contains("xmm", StringComparison.Ordinal) ? 128 : 0);
            if (Regex.IsMatch(mnemonic, "^vf(n?)m(add|sub)"))
            {
                fmas++;
            }

            if (mnemonic.StartsWith("vbroadcast", StringComparison.Ordinal) || mnemonic.StartsWith("vpbroadcast", StringComparison.Ordinal) || operands.Contains("{1to", StringComparison.Ordinal))
            {
                broadcasts++;
            }

            string[] parts = SplitOperands(operands);
            if (parts.Length == 0)
            {
                continue;
            }

            if (parts[0].Contains('['))
            {
                stores++;
                if (Regex.IsMatch(parts[0], @"\[(rsp|rbp)\b"))
                {
                    spills++;
                }
            }
            else if (parts.Skip(1).Any(p => p.Contains('[')))
            {
                loads++;
            }
        }

        return new AsmSummary(tier, widest switch { 512 => "zmm (512-bit)", 256 => "ymm (256-bit)", 128 => "xmm (128-bit)", _ => "none" },
            fmas, loads, stores, broadcasts, spills, calls, counted.Sum(m => m.CodeBytes), instructions);
    }

    /// <summary>
    /// The call lines of throw blocks: every call in a basic block (a <c>G_M..._IG..:</c> label to the next) that
    /// calls a method named <c>Throw...</c>.
    /// </summary>
    private static HashSet<string> ColdCalls(IEnumerable<AsmMethod> methods)
    {
        var cold = new HashSet<string>(ReferenceEqualityComparer.Instance); // lines, not their text: the same call can be hot in one block and cold in another
        foreach (AsmMethod method in methods)
        {
            var block = new List<string>();
            bool throws = false;
            foreach (string line in method.Lines.Append("G_M_END:"))
            {
                if (BlockLabel.IsMatch(line))
                {
                    if (throws)
                    {
                        cold.UnionWith(block);
                    }

                    block.Clear();
                    throws = false;
                    continue;
                }

                Match m = Instruction.Match(StripComment(line));
                if (m.Success && m.Groups["mnemonic"].Value == "call")
                {
                    block.Add(line);
                    throws |= m.Groups["operands"].Value.Contains("Throw", StringComparison.Ordinal);
                }
            }
        }

        return cold;
    }

    private static readonly Regex BlockLabel = new(@"^G_M[0-9A-Z_]*:", RegexOptions.Compiled);

    private static string StripComment(string line)
    {
        int comment = line.IndexOf(';', StringComparison.Ordinal);
        return comment >= 0 ? line[..comment] : line;
    }

    /// <summary>Operands split at top-level commas (not inside brackets or braces).</summary>
    private static string[] SplitOperands(string operands)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < operands.Length; i++)
        {
            char c = operands[i];
            if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                parts.Add(operands[start..i].Trim());
                start = i + 1;
            }
        }

        if (operands.Trim().Length > 0)
        {
            parts.Add(operands[start..].Trim());
        }

        return parts.ToArray();
    }
}
