using System;
using System.Globalization;

namespace KernelGen.Tool.Cli;

/// <summary>Numbers as the tool prints them: invariant culture, SI prefixes for counts, binary ones for bytes.</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A count with an SI prefix: <c>884.7 k</c>, <c>12.5 M</c>.</summary>
    public static string Count(double value) => value switch
    {
        >= 1e9 => (value / 1e9).ToString("0.0", Invariant) + " G",
        >= 1e6 => (value / 1e6).ToString("0.0", Invariant) + " M",
        >= 1e4 => (value / 1e3).ToString("0.0", Invariant) + " k",
        _ => value.ToString("0", Invariant),
    };

    /// <summary>Bytes: <c>4.0 KiB</c>.</summary>
    public static string Bytes(double value) => value switch
    {
        >= 1 << 30 => (value / (1 << 30)).ToString("0.0", Invariant) + " GiB",
        >= 1 << 20 => (value / (1 << 20)).ToString("0.0", Invariant) + " MiB",
        >= 1 << 12 => (value / (1 << 10)).ToString("0.0", Invariant) + " KiB",
        _ => value.ToString("0", Invariant) + " B",
    };

    public static string Number(double value, string format = "0.00") =>
        double.IsFinite(value) ? value.ToString(format, Invariant) : "—";

    /// <summary>Nanoseconds with three significant digits or so.</summary>
    public static string Nanoseconds(double ns) => ns switch
    {
        >= 1e6 => (ns / 1e6).ToString("0.00", Invariant) + " ms",
        >= 1e4 => (ns / 1e3).ToString("0.0", Invariant) + " µs",
        >= 100 => ns.ToString("0", Invariant) + " ns",
        _ => ns.ToString("0.0", Invariant) + " ns",
    };

    /// <summary>A kernel's name in a table: its method's name when no other kernel shown has it, else the full name.</summary>
    public static string KernelName(KernelGen.Catalog.KernelInfo kernel, System.Collections.Generic.IReadOnlyList<KernelGen.Catalog.KernelInfo> shown)
    {
        int same = 0;
        foreach (KernelGen.Catalog.KernelInfo other in shown)
        {
            same += other.Method == kernel.Method ? 1 : 0;
        }

        return same == 1 ? kernel.Method : kernel.Name;
    }

    public static string TypeName(Type type) => type == typeof(float) ? "float" : type == typeof(double) ? "double" : type.Name;
}
