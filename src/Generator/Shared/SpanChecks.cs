using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KernelGen.Generator.Model;

namespace KernelGen.Generator.Shared;

/// <summary>A span a kernel checks: its parameter's name, the elements the kernel reads or writes, their type.</summary>
internal sealed record CheckedSpan(string Name, long Length, ElementType Type);

/// <summary>
/// The up-front checks of every kernel, written from its roles before anything is read or written: every span's
/// length (<see cref="WriteLengthChecks"/>), then that no output overlaps an input.
/// </summary>
internal static class SpanChecks
{
    public static void Write(IndentedWriter w, IReadOnlyList<CheckedSpan> inputs, IReadOnlyList<CheckedSpan> outputs, string prefix, TargetInfo target)
    {
        WriteLengthChecks(w, inputs.Concat(outputs).Select(s => (s.Name, s.Length)).ToList(), prefix);
        if (outputs.Count == 0)
        {
            return;
        }

        w.Line();
        foreach (CheckedSpan output in outputs)
        {
            foreach (CheckedSpan input in inputs)
            {
                w.Line(target.ReadyToRun
                    ? InlineOverlapCheck(output, input)
                    : $"global::KernelGen.KernelGuard.ThrowIfOverlaps({output.Name}, {Number(output.Length)}, {KernelFileWriter.NameLiteral(output.Name)}, {input.Name}, {Number(input.Length)}, {KernelFileWriter.NameLiteral(input.Name)});");
            }
        }
    }

    /// <summary>
    /// <c>KernelGuard.ThrowIfOverlaps</c>'s overlap check written out, for ReadyToRun mode: crossgen2 never inlines a method of
    /// another assembly (KernelGen.Runtime is another version bubble), so the image would call the helper, a generic
    /// instantiation the JIT compiles at the first call. The same one unsigned compare on the byte distance d from the
    /// input's start to the output's: they share memory when -outputBytes &lt; d &lt; inputBytes.
    /// </summary>
    private static string InlineOverlapCheck(CheckedSpan output, CheckedSpan input)
    {
        const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
        long outputBytes = output.Length * output.Type.Size(), inputBytes = input.Length * input.Type.Size();
        string Start(CheckedSpan s) => $"ref {Unsafe}.As<{s.Type.Keyword()}, byte>(ref {Unsafe}.AsRef(in {s.Name}[0]))";
        return $"if ((nuint)({Unsafe}.ByteOffset({Start(input)}, {Start(output)}) + {Number(outputBytes - 1)}) < (nuint){Number(inputBytes + outputBytes - 1)}) " +
            $"global::KernelGen.KernelGuard.ThrowOverlap({KernelFileWriter.NameLiteral(output.Name)}, {KernelFileWriter.NameLiteral(input.Name)});";
    }

    /// <summary>
    /// The length checks, the only checks: nothing inside the body is bounds-checked. One condition over every span;
    /// when it fails, a throw-only local function given the lengths names the first span that is too short. Because
    /// that function only throws, the JIT knows the call never returns and keeps no register alive for it (a throw call
    /// per span made the JIT save both lengths across loading the name, a stack frame on every call: N = 75 went from
    /// 6.4 to 4.7 ns).
    /// </summary>
    public static void WriteLengthChecks(IndentedWriter w, IReadOnlyList<(string Name, long Length)> spans, string prefix)
    {
        string thrower = prefix + "ThrowTooShort";
        string LengthName(string parameter) => prefix + parameter.TrimStart('@') + "Length";

        using (w.Block($"if ({string.Join(" || ", spans.Select(s => $"{s.Name}.Length < {Number(s.Length)}"))})"))
        {
            w.Line($"{thrower}({string.Join(", ", spans.Select(s => s.Name + ".Length"))});");
        }

        w.Line();
        w.Line("// names the first span that is too short; it only throws, so the JIT keeps nothing alive for it");
        w.Line($"static void {thrower}({string.Join(", ", spans.Select(s => "int " + LengthName(s.Name)))}) =>");
        // throw's operand cannot be a bare conditional expression: parenthesized
        for (int i = 0; i < spans.Count; i++)
        {
            (string name, long length) = spans[i];
            string create = $"global::KernelGen.KernelGuard.TooShort({KernelFileWriter.NameLiteral(name)}, {Number(length)}, {LengthName(name)})";
            string lead = i == 0 ? "    throw (" : "        : ";
            w.Line(i == spans.Count - 1
                ? $"{lead}{create});"
                : $"{lead}{LengthName(name)} < {Number(length)} ? {create}");
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
