using System;
using System.IO;
using System.Linq;
using System.Reflection;
using KernelGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KernelGen.Generator.Tests;

/// <summary>Every diagnostic is documented where its help link points, and listed in the README.</summary>
public class DocumentationTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .ToArray();

    private static string RepositoryFile(string relative)
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "KernelGen.sln")))
            {
                return File.ReadAllText(Path.Combine(dir, relative));
            }
        }

        throw new InvalidOperationException("KernelGen.sln not found");
    }

    [Fact]
    public void Every_diagnostic_has_a_section_with_an_example_where_its_help_link_points()
    {
        string docs = RepositoryFile("docs/diagnostics.md");
        Assert.True(Descriptors.Length >= 20);
        foreach (DiagnosticDescriptor d in Descriptors)
        {
            Assert.Equal("https://github.com/kernelgen/kernelgen/blob/main/docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            int section = docs.IndexOf("\n## " + d.Id + "\n", StringComparison.Ordinal);
            Assert.True(section >= 0, $"docs/diagnostics.md has no section '## {d.Id}'");
            int next = docs.IndexOf("\n## ", section + 4, StringComparison.Ordinal);
            string body = next < 0 ? docs[section..] : docs[section..next];
            Assert.Contains(d.Title.ToString(), body, StringComparison.Ordinal);
            Assert.Contains($"| [{d.Id}](#{d.Id.ToLowerInvariant()}) | {(d.DefaultSeverity == DiagnosticSeverity.Info ? "Info" : "Error")} | {d.Title} |", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_diagnostic_is_in_the_README_table_and_the_release_tracking_file()
    {
        string readme = RepositoryFile("README.md");
        string unshipped = RepositoryFile("src/Generator/Diagnostics/AnalyzerReleases.Unshipped.md");
        foreach (DiagnosticDescriptor d in Descriptors)
        {
            Assert.Contains("| " + d.Id + " |", readme, StringComparison.Ordinal);
            Assert.Contains($"{d.Id} | KernelGen | {d.DefaultSeverity} | {d.Title}", unshipped, StringComparison.Ordinal);
        }
    }
}
