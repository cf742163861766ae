using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KernelGen.Generator.Tests.Fuzzing;

/// <summary>What a fuzzing run found.</summary>
public sealed record FuzzReport(int Seed, int Cases, int Generated, int Diagnosed, IReadOnlyList<string> Failures, TimeSpan Elapsed)
{
    /// <summary>The first failure of each distinct kind (by its message with numbers removed), with counts.</summary>
    public string Summary(int kinds = 15) => string.Join("\n", Failures
        .GroupBy(f => Regex.Replace(f.Substring(f.IndexOf(':', f.IndexOf("case", StringComparison.Ordinal)) + 1), @"[0-9]+", "#"))
        .OrderByDescending(g => g.Count())
        .Take(kinds)
        .Select(g => $"[{g.Count()}x] {g.First()}"));

    public override string ToString() =>
        $"seed {Seed}: {Cases} declarations, {Generated} generated and compiled, {Diagnosed} explained by a KGEN diagnostic, " +
        $"{Failures.Count} failures, {Elapsed.TotalSeconds:F1} s";
}

/// <summary>
/// Runs the generator over batches of random declarations (<see cref="DeclarationFuzzer"/>) and holds each one to the
/// rule: the generator throws nothing (no CS8785, no KGEN999), generated code has no error, and any error in the
/// user's declaration comes with a KGEN error diagnostic in that declaration. Warnings count as errors.
/// </summary>
public static class GeneratorFuzzer
{
    private static readonly Regex CaseNumber = new(@"C(\d+)\b|C(\d+)[^0-9]", RegexOptions.CultureInvariant);

    public static FuzzReport Run(int seed, int count, int batchSize = 125, LanguageVersion version = LanguageVersion.Latest)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var fuzzer = new DeclarationFuzzer(seed);
        var failures = new List<string>();
        int generated = 0, diagnosed = 0;
        for (int start = 0; start < count; start += batchSize)
        {
            FuzzCase[] batch = Enumerable.Range(start, Math.Min(batchSize, count - start)).Select(fuzzer.Next).ToArray();
            (int g, int d) = RunBatch(seed, batch, version, failures);
            generated += g;
            diagnosed += d;
        }

        return new FuzzReport(seed, count, generated, diagnosed, failures, watch.Elapsed);
    }

    private static (int Generated, int Diagnosed) RunBatch(int seed, FuzzCase[] batch, LanguageVersion version, List<string> failures)
    {
        CSharpParseOptions parse = new(version);
        var trees = batch.SelectMany(c => c.Files.Select((text, k) =>
            CSharpSyntaxTree.ParseText(text, parse, path: $"Case{c.Index.ToString(CultureInfo.InvariantCulture)}_{k.ToString(CultureInfo.InvariantCulture)}.cs")));
        CSharpCompilation compilation = CSharpCompilation.Create("Fuzz", trees, GeneratorHarness.References(Framework.Net10),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error, allowUnsafe: true, optimizationLevel: OptimizationLevel.Release));

        GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation, null, trackSteps: false);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();
        string Where(int index) => $"seed {seed}, case {index}: {batch.First(c => c.Index == index).Description}";
        if (result.Exception is { } exception)
        {
            failures.Add($"seed {seed}, batch from case {batch[0].Index}: the generator threw {exception}");
            return (0, 0);
        }

        var generatorDiagnostics = driverDiagnostics.AddRange(result.Diagnostics);
        foreach (Diagnostic d in generatorDiagnostics.Where(d => d.Id is "CS8785" or "KGEN999"))
        {
            failures.Add($"{(d.Location.SourceTree is { } t ? Where(IndexOf(t.FilePath)) : "seed " + seed)}: {d}");
        }

        var kgenErrors = generatorDiagnostics
            .Where(d => d.Id.StartsWith("KGEN", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is not null)
            .Select(d => IndexOf(d.Location.SourceTree!.FilePath))
            .ToHashSet();
        var generatedFor = result.GeneratedSources.Select(s => IndexOf(s.HintName)).ToHashSet();

        foreach (Diagnostic d in output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            string path = d.Location.SourceTree?.FilePath ?? "";
            bool inGenerated = !System.IO.Path.GetFileName(path).StartsWith("Case", StringComparison.Ordinal);
            int index = inGenerated ? IndexOf(System.IO.Path.GetFileName(path)) : IndexOf(path);
            if (inGenerated)
            {
                string line = d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim() ?? "";
                failures.Add($"{Where(index)}: error in generated code {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)} at `{line}`");
            }
            else if (!kgenErrors.Contains(index))
            {
                failures.Add($"{Where(index)}: compile error with no KGEN diagnostic: {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
            }
        }

        return (batch.Count(c => generatedFor.Contains(c.Index)), batch.Count(c => kgenErrors.Contains(c.Index)));
    }

    private static int IndexOf(string path)
    {
        string name = System.IO.Path.GetFileName(path);
        if (name.StartsWith("Case", StringComparison.Ordinal))
        {
            return int.Parse(name.Substring(4, name.IndexOf('_') - 4), CultureInfo.InvariantCulture);
        }

        Match m = CaseNumber.Match(name);
        return m.Success ? int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, CultureInfo.InvariantCulture) : -1;
    }
}
