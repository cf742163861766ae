using System.Collections.Generic;
using System.Linq;
using KernelGen.Generator.Kinds;
using KernelGen.Generator.Model;
using KernelGen.Generator.Planning;
using KernelGen.Generator.Shared;

namespace KernelGen.Generator.Catalog;

/// <summary>
/// Writes a kernel's catalog entry into its own file: an <c>internal static</c> factory in the user's type (so that
/// it can call a private kernel and read its compile-time values) returning a <c>KernelGen.Catalog.KernelInfo&lt;T&gt;</c>
/// with the kernel's name, kind, attribute, operands, costs and plan, and three delegates over spans: the kernel, the
/// reference interpreter for the same spec, and the reference's exact values. The assembly's catalog
/// (<see cref="CatalogFileWriter"/>) lists every factory. Only for kernels whose types code elsewhere can reach.
/// </summary>
internal static class CatalogEntryWriter
{
    /// <summary>The factory's name: a member of the user's type, prefixed like the generated data so that it does not clash.</summary>
    public static string FactoryName(MethodInfo method) => $"__KernelGen_{method.UniqueName}_CatalogEntry";

    public static void Write(IndentedWriter w, KernelModel model, KernelPlan plan)
    {
        KernelSpec spec = model.Spec;
        KernelKind kind = spec.Kind;
        MethodInfo method = model.Method;
        string t = spec.Element.Keyword();
        string p = method.LocalPrefix;
        string ns = "global::KernelGen.Catalog.";
        IReadOnlyList<ParameterRole> roles = kind.Roles;
        List<ParameterRole> reads = roles.Where(r => r.Use == RoleUse.Read).ToList();
        string Slot(ParameterRole role) => p + "in" + reads.IndexOf(role);
        string output = p + "output";
        bool returns = roles.Any(r => r.Use == RoleUse.Returned);

        // Operands of the reference: the invoker's slot, the compile-time data, or nothing (a bias left out).
        string Operand(string roleName)
        {
            ParameterRole role = roles.First(r => r.Name == roleName);
            if (spec.ConstantOf(roleName) is { } constant)
            {
                return KernelFileWriter.ConstantData(method, constant);
            }

            return method.Find(roleName) is null ? "default" : PerImage(role, Slot(role));
        }

        // A batch: the reference runs image by image over slices of the per-image operands.
        string image = p + "image";
        string PerImage(ParameterRole role, string operand) =>
            spec.Images == 1 || !role.PerImage ? operand : $"{operand}.Slice({image} * {CatalogOperands.N(spec.LengthOf(role))}, {CatalogOperands.N(spec.LengthOf(role))})";
        ParameterRole? writtenRole = roles.FirstOrDefault(r => r.Use == RoleUse.Written);
        string Each(string statement) => spec.Images == 1 ? statement
            : $"{{ for (int {image} = 0; {image} < {CatalogOperands.N(spec.Images)}; {image}++) {{ {statement}; }} }}";
        CatalogReference reference = kind.Reference(spec, new CatalogOperands(t, Operand,
            writtenRole is null ? output : PerImage(writtenRole, output), writtenRole is null ? p + "exact" : PerImage(writtenRole, p + "exact"), p + "absolute"));

        long bytesRead = 0;
        var parameters = new List<string>();
        foreach (ParameterRole role in roles)
        {
            string use = role.Use.ToString();
            int slot = role.Use == RoleUse.Read ? reads.IndexOf(role) : -1;
            if (role.Use == RoleUse.Returned)
            {
                parameters.Add($"new {ns}KernelParameter(\"{role.Name}\", \"return\", {ns}KernelParameterUse.Returned, 1, -1, false),");
                continue;
            }

            long length = spec.TotalLengthOf(role);
            ConstantOperand? constant = spec.ConstantOf(role.Name);
            BoundParameter? bound = method.Find(role.Name);
            if (constant is null && bound is null)
            {
                continue; // left out (a bias the declaration does not take)
            }

            if (role.Use == RoleUse.Read)
            {
                bytesRead += length * spec.Element.Size();
            }

            string name = constant?.Member ?? bound!.Name.TrimStart('@');
            parameters.Add($"new {ns}KernelParameter(\"{role.Name}\", {Literal(name)}, {ns}KernelParameterUse.{use}, {CatalogOperands.N(length)}, {CatalogOperands.N(slot)}, {(constant is null ? "false" : "true")}),");
        }

        ParameterRole? written = roles.FirstOrDefault(r => r.Use == RoleUse.Written);
        long outputLength = written is null ? 1 : spec.TotalLengthOf(written);

        // The kernel's own call: its parameters in the user's order, each from its slot.
        string call = method.Name + "(" + string.Join(", ", method.Parameters.Select(b =>
        {
            ParameterRole role = roles.First(r => r.Name == b.Role);
            return role.Use == RoleUse.Written ? output : Slot(role);
        })) + ")";
        string lambda = $"static ({p}in0, {p}in1, {p}in2, {output}) =>";

        w.Line();
        w.Line($"/// <summary>{model.Method.Name.TrimStart('@')}'s entry in the assembly's kernel catalog (<c>KernelGen.Catalog.KernelCatalog.For</c>).</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Line($"internal static {ns}KernelInfo {FactoryName(method)}() => new {ns}KernelInfo<{t}>");
        w.Line("{");
        w.Indent();
        w.Line($"Name = {Literal(model.FullName)},");
        w.Line($"Method = {Literal(method.Name.TrimStart('@'))},");
        w.Line($"Kind = {Literal(kind.AttributeName)},");
        w.Line($"Attribute = {Literal(model.AttributeText)},");
        w.Line($"Spec = {Literal(spec.Describe())},");
        w.Line($"Parameters = new {ns}KernelParameter[]");
        w.Line("{");
        foreach (string parameter in parameters)
        {
            w.Line("    " + parameter);
        }

        w.Line("},");
        w.Line($"Flops = {CatalogOperands.N(spec.TotalFlops)},");
        w.Line($"BytesRead = {CatalogOperands.N(bytesRead)},");
        w.Line($"BytesWritten = {CatalogOperands.N(outputLength * spec.Element.Size())},");
        w.Line($"OutputLength = {CatalogOperands.N(outputLength)},");
        w.Line($"Terms = {CatalogOperands.N(reference.Terms)},");
        w.Line($"Activation = {CatalogOperands.Activation(reference.Activation)},");
        w.Line($"Deterministic = {(plan.Deterministic ? "true" : "false")},");
        if (plan.Partition.IsThreaded)
        {
            w.Line($"Threads = {CatalogOperands.N(plan.Partition.Threads)},");
        }

        w.Line($"GeneratedFile = {Literal(model.HintName)},");
        List<(string Path, string Summary)> plans = PlanLines(kind, plan);
        w.Line($"Plans = {ns}KernelReference.Plans({(plans.Count == 0 ? ")," : "")}");
        for (int i = 0; i < plans.Count; i++)
        {
            w.Line($"    {Literal(plans[i].Path)}, {Literal(plans[i].Summary)}{(i == plans.Count - 1 ? ")," : ",")}");
        }

        w.Line(returns
            ? $"Invoke = {lambda} {call},"
            : $"Invoke = {lambda} {{ {call}; return default; }},");
        w.Line(returns
            ? $"Reference = {lambda} {reference.Call},"
            : spec.Images == 1 ? $"Reference = {lambda} {{ {reference.Call}; return default; }},"
            : $"Reference = {lambda} {{ {Each(reference.Call)} return default; }},");
        w.Line(spec.Images == 1
            ? $"Exact = static ({p}in0, {p}in1, {p}in2, {p}exact, {p}absolute) => {reference.Exact},"
            : $"Exact = static ({p}in0, {p}in1, {p}in2, {p}exact, {p}absolute) => {Each(reference.Exact)},");
        w.Outdent();
        w.Line("};");
    }

    /// <summary>
    /// The plan as the header states it, line by line: <c>("Vector512", "tile 8 channels x ...")</c>, <c>("Input", "...")</c>;
    /// a continuation line joins the line before it.
    /// </summary>
    public static List<(string Path, string Summary)> PlanLines(KernelKind kind, KernelPlan plan)
    {
        var header = new IndentedWriter();
        if (plan.Partition.IsSplit || plan.Partition.Requested != 1)
        {
            header.Line("//   Threads:  " + plan.Partition.Describe());
        }

        kind.WritePlanHeader(header, plan);
        var lines = new List<(string Path, string Summary)>();
        foreach (string raw in header.ToString().Split('\n'))
        {
            if (!raw.StartsWith("//", System.StringComparison.Ordinal))
            {
                continue;
            }

            string content = raw.Substring(2);
            string text = content.Trim();
            int indent = content.Length - content.TrimStart().Length;
            if (text.Length == 0)
            {
                continue;
            }

            if (indent > 3 && lines.Count > 0)
            {
                lines[lines.Count - 1] = (lines[lines.Count - 1].Path, lines[lines.Count - 1].Summary + " " + text);
                continue;
            }

            int end = 0;
            while (end < text.Length && text[end] != ' ' && text[end] != ':')
            {
                end++;
            }

            lines.Add((text.Substring(0, end), text.Substring(end).TrimStart(':').Trim()));
        }

        return lines;
    }

    /// <summary>A C# string literal (Roslyn's own escaping).</summary>
    public static string Literal(string text) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true);
}
